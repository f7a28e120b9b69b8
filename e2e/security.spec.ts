import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliases, builtPages, commitDates, contentFiles, dist, entry, locatedEntries, nameOf, pathOfFile } from './content.ts';

test.describe.configure({ mode: 'parallel' });

const site = new URL(process.env['ATLAS_SITE_URL'] ?? 'https://haidian-atlas.example.org/');

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

/** The policy of a page's meta tag, unescaped. */
function policyOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** One directive of a policy, e.g. "script-src 'self' …". */
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

/** The CSP source expression of a text's SHA-256 hash. */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('every page carries one Content-Security-Policy that allows no inline script it does not hash', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(250);
  const policies = new Set<string>();
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const policy = policyOf(html);
    expect(policy, pathOfFile(file)).toBeTruthy();
    policies.add(policy!);
    const scripts = directive(policy!, 'script-src');
    expect(scripts).toMatch(/^script-src 'self' 'wasm-unsafe-eval'/);
    expect(scripts).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    // Every inline script and style of the page is covered by its hash.
    for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
      if (/type="application\/(ld\+)?json"/.test(m[0])) continue;
      expect(scripts, `${pathOfFile(file)}: inline script ${m[1]!.slice(0, 60)}`).toContain(sha256(m[1]!));
    }
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) expect(directive(policy!, 'style-src'), `${pathOfFile(file)}: inline style`).toContain(sha256(m[1]!));
  }
  expect(policies.size).toBe(1);
  const [policy] = [...policies];
  expect(directive(policy!, 'default-src')).toBe("default-src 'self'");
  expect(directive(policy!, 'connect-src')).toBe("connect-src 'self'");
  expect(directive(policy!, 'object-src')).toBe("object-src 'none'");
  // The only third-party origin is the tile server, for images.
  expect(policy!.match(/https?:\/\/[^\s;']+/g)).toEqual(['https://tile.openstreetmap.org']);
  expect(directive(policy!, 'img-src')).toBe("img-src 'self' data: https://tile.openstreetmap.org");
  // The headers file carries the same policy, plus what only a header can say.
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  const header = /^ {2}Content-Security-Policy: (.*)$/m.exec(headers)?.[1];
  expect(header).toBe(`${policy!.replace(/;\s*$/, '')}; frame-ancestors 'none'`);
  expect(headers).toMatch(/^\/\*$/m);
  expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
});

// Third-party requests are caught by the offline fixture (e2e/fixtures.ts) in every test.
test('map, search, mini map and pages run without CSP violations or third-party requests', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/karte/');
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /\d+/);
  expect(locatedEntries().has('haidian-government')).toBe(true);
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

test.describe('with the background map', () => {
  test.use({ tileConsent: true });

  test('the policy lets the tiles through once the visitor asks for them', async ({ page, offsite }) => {
    const violations = await recordViolations(page);
    await page.goto('/karte/');
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /\d+/);
    await page.getByRole('button', { name: 'Hintergrundkarte von OpenStreetMap laden' }).click();
    // A tile blocked by the policy never becomes a request: that the fixture saw some proves the policy allows them.
    await expect.poll(() => offsite.tiles.length).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });
});

test('a former slug leads to the entry', async ({ page }) => {
  const all = aliases();
  expect(all.length).toBeGreaterThan(0);
  const darkside = all.find((a) => a.entry.slug === 'moonshot-ai')!;
  for (const { alias, entry: target } of [darkside, ...all.filter((a) => a !== darkside).slice(0, 1)]) {
    await page.goto(target.path.replace(`/${target.slug}/`, `/${alias}/`));
    await expect(page).toHaveURL(new RegExp(`${target.path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nameOf(target));
  }
});

test('entry pages say when they last changed', async ({ page }) => {
  const zhipu = entry('zhipu');
  const dates = commitDates(zhipu.file);
  test.skip(dates.length === 0, `no git history for ${zhipu.file} (a tarball or a shallow clone): the page then shows no date`);
  await page.goto(zhipu.path);
  const edit = page.locator('.entry__edit');
  await expect(edit.getByRole('link', { name: 'Diese Seite bearbeiten' })).toBeVisible();
  await expect(edit).toContainText('Zuletzt geändert am');
  const shown = await edit.locator('time').getAttribute('datetime');
  expect(shown).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // One of the file's commit dates (the newest when the site was built).
  expect(dates).toContain(shown);
});

test('robots.txt points to the sitemap, which lists every page but forwarding and 404 pages', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site.origin}/sitemap-index.xml`);
  const index = await (await request.get('/sitemap-index.xml')).text();
  expect(index).toContain(`<loc>${site.origin}/sitemap-0.xml</loc>`);
  const paths = sitemapPaths();
  expect(new Set(paths).size).toBe(paths.length);
  const built = builtPages().map(pathOfFile).filter((p) => p !== '/404.html');
  expect([...paths].sort()).toEqual(built.sort());
  for (const f of contentFiles()) expect(paths, f.path).toContain(f.path);
  for (const { alias, entry: target } of aliases()) expect(paths).not.toContain(target.path.replace(`/${target.slug}/`, `/${alias}/`));
});

/** The site paths the sitemap lists. */
function sitemapPaths(): string[] {
  return [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

// The crawl of every page, in four parts that run in parallel.
const SHARDS = 4;
for (let shard = 0; shard < SHARDS; shard++) {
  test(`no page of the sitemap logs a CSP violation (part ${shard + 1} of ${SHARDS})`, async ({ page }) => {
    test.setTimeout(300_000);
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(250);
    const violations = await recordViolations(page);
    for (const path of paths.filter((_, i) => i % SHARDS === shard)) await page.goto(path, { waitUntil: 'load' });
    await page.goto('/404-does-not-exist/', { waitUntil: 'load' });
    expect(await violations()).toEqual([]);
  });
}
