import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './content.ts';
import { scanContent } from '../src/lib/content-files.ts';

/** Records CSP violations: the browser's securitypolicyviolation events and its console reports. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) logged.push(`${page.url()}: ${m.text()}`);
  });
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

test('every page carries the Content-Security-Policy without inline scripts', async ({ request }) => {
  const html = await (await request.get('/unternehmen/zhipu/')).text();
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
  expect(csp).toBeTruthy();
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  const headers = readFileSync(join(root, 'dist', '_headers'), 'utf8');
  expect(headers).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
});

// Third-party requests are caught by the offline fixture (e2e/fixtures.ts) in every test.
test('map, search, mini map and pages run without CSP violations or third-party requests', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/karte/');
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /\d+/);
  await page.goto('/institutionen/haidian-government/');
  await page.locator('[data-minimap]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-minimap]')).toHaveAttribute('data-rendered', 'true');
  await page.locator('#site-search-input').fill('Zhipu');
  await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
  await page.goto('/suche/?q=清华');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.goto('/');
  expect(await violations()).toEqual([]);
});

test('a former slug leads to the entry', async ({ page }) => {
  const scan = scanContent(root);
  const [alias, slug] = [...scan.graph.aliases][0]!;
  const node = scan.graph.nodes.get(slug)!;
  await page.goto(node.path.replace(`/${slug}/`, `/${alias}/`));
  await expect(page).toHaveURL(new RegExp(`${node.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(node.data.name);
});

test('entry pages say when they last changed', async ({ page }) => {
  await page.goto('/unternehmen/zhipu/');
  const edit = page.locator('.entry__edit');
  await expect(edit.getByRole('link', { name: 'Diese Seite bearbeiten' })).toBeVisible();
  // In a checkout with history the date is shown; without history it is left out.
  const text = await edit.textContent();
  if (/Zuletzt geändert/.test(text ?? '')) await expect(edit.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('no page of the sitemap logs a CSP violation', async ({ page }) => {
  test.setTimeout(600_000);
  const paths = [...readFileSync(join(root, 'dist', 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(paths.length).toBeGreaterThan(250);
  const violations = await recordViolations(page);
  for (const path of paths) await page.goto(path, { waitUntil: 'load' });
  expect(await violations()).toEqual([]);
});
