import { chromium } from '@playwright/test';
const [,, url, out, w = '1280', h = '900', scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
