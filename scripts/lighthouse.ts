/**
 * Lighthouse on the built site (`npm run bench:lighthouse`, after a build): the home page,
 * an entry page and the map page, served locally with gzip, in Debian's chromium (or
 * CHROMIUM_PATH), map tiles blocked. Prints the four category scores per page.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './lib/static-server.ts';
import { SITE } from '../src/site/config.ts';
import { tileOrigin } from '../src/features/security/csp.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/unternehmen/zhipu/', '/karte/'];
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = await serveStatic(join(root, 'dist'), { gzip: true });
const chrome = await chromeLauncher.launch({ ...(chromePath ? { chromePath } : {}), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
console.log(`lighthouse ${new Date().toISOString().slice(0, 10)} (mobile emulation, simulated throttling; map tiles blocked)`);
try {
  for (const page of pages) {
    const result = await lighthouse(`${server.url}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      blockedUrlPatterns: [`${tileOrigin(SITE.tiles.url)}/*`],
    });
    const c = result!.lhr.categories;
    const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
    console.log(`${page.padEnd(24)} performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`);
    const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual');
    if (failing.length) console.log(`  below 100: ${failing.slice(0, 8).map((a) => a.id).join(', ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
