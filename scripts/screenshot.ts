/**
 * Takes a full-page screenshot of a page of the running site, for looking at what a
 * visitor sees: `node scripts/screenshot.ts <url> <out.png> [width] [height] [light|dark]`.
 * Uses Debian's chromium (or CHROMIUM_PATH) like the e2e tests.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const [url, out, width = '1280', height = '900', scheme = 'light'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.ts <url> <out.png> [width] [height] [light|dark]');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch(executablePath ? { executablePath } : {});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
await page.goto(url);
await page.waitForTimeout(Number(process.env.WAIT ?? 0));
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();
console.log(`wrote ${out}`);
