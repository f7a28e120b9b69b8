/**
 * The site built for a project site on GitHub Pages (ATLAS_SITE_URL=https://owner.github.io/atlas/,
 * `npm run build:subpath` → dist-subpath/), served under /atlas/ (Playwright project "subpath").
 * Every page type renders with its styles; search (box and page), the map (markers, a popup),
 * the downloads and a redirect work, and nothing the browser loads leaves /atlas/.
 * Paths are written without a leading slash so that they resolve under the base URL.
 */
import { test, expect } from './fixtures.ts';
import { aliases, entry, nameOf } from './content.ts';

const BASE = '/atlas/';
/** A site path (/unternehmen/zhipu/) as a path under the base URL (unternehmen/zhipu/). */
const rel = (path: string) => path.replace(/^\//, '');

const PAGES: Array<[string, string]> = [
  ['home', ''],
  ['entry', 'unternehmen/zhipu/'],
  ['collection', 'unternehmen/'],
  ['collection by date', 'unternehmen/nach-datum/'],
  ['tags', 'schlagwoerter/'],
  ['tag', 'schlagwoerter/tsinghua/'],
  ['map', 'karte/'],
  ['search', 'suche/'],
  ['timeline', 'zeitleiste/'],
  ['network', 'netzwerk/'],
  ['data', 'daten/'],
  ['figure', 'zahlen/'],
];

test('every request of every page type stays under the base path', async ({ page, requests }) => {
  for (const [name, path] of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), name).toBe(200);
    await expect(page.locator('h1'), name).toBeVisible();
    // The stylesheet applied: the header is laid out by the site's CSS, not the browser default.
    expect(await page.locator('link[rel="stylesheet"]').count(), `${name} has its stylesheet`).toBeGreaterThan(0);
  }
  const outside = requests.map((r) => new URL(r.url())).filter((u) => !u.pathname.startsWith(BASE));
  expect(outside.map((u) => u.pathname)).toEqual([]);
});

test('every link, script, stylesheet and image on a page points under the base path', async ({ page }) => {
  for (const [name, path] of PAGES) {
    await page.goto(path);
    // Attributes resolved against the page (an SVG link's href is not a string property).
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((el) => new URL(el.getAttribute('href') ?? el.getAttribute('src')!, document.baseURI).href),
    );
    const local = urls.map((u) => new URL(u)).filter((u) => u.hostname === '127.0.0.1');
    expect(local.filter((u) => !u.pathname.startsWith(BASE)).map((u) => u.pathname), name).toEqual([]);
  }
});

test('the search page finds an entry and links under the base path', async ({ page }) => {
  await page.goto('suche/?q=Zhipu');
  const first = page.locator('[data-search-results] .search-hit__title').first();
  await expect(first).toBeVisible();
  const hrefs = await page.locator('[data-search-results] .search-hit__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain(`${BASE}unternehmen/zhipu/`);
  expect(hrefs.every((h) => h.startsWith(BASE))).toBe(true);
});

test("the English search page loads the English edition's bundle under the base path", async ({ page, requests }) => {
  await page.goto('en/search/?q=Zhipu');
  const first = page.locator('[data-search-results] .search-hit__title').first();
  await expect(first).toBeVisible();
  const hrefs = await page.locator('[data-search-results] .search-hit__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain(`${BASE}en/companies/zhipu/`);
  const bundles = requests.map((r) => new URL(r.url()).pathname).filter((p) => p.endsWith('/pagefind.js'));
  expect(bundles).toEqual([`${BASE}en/pagefind/pagefind.js`]);
});

test('the header search box loads the index under the base path and opens the result', async ({ page }) => {
  await page.goto('unternehmen/zhipu/');
  const input = page.locator('#site-search-input');
  await input.pressSequentially('Moonshot', { delay: 20 });
  const option = page.locator('#site-search-results [role="option"]').first();
  await expect(option).toHaveAttribute('data-href', `${BASE}unternehmen/moonshot-ai/`);
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${BASE}unternehmen/moonshot-ai/$`));
  await expect(page.locator('h1')).toContainText(nameOf(entry('moonshot-ai')));
});

test('the map shows its markers and a popup whose link stays under the base path', async ({ page }) => {
  await page.goto('karte/?focus=baidu');
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /^[1-9]\d*$/);
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  const link = popup.getByRole('link', { name: nameOf(entry('baidu')), exact: true });
  expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`${BASE}unternehmen/baidu/`);
});

test('every download on the data page is served under the base path', async ({ page }) => {
  await page.goto('daten/');
  const files = await page.locator('main a[href$=".csv"], main a[href$=".json"], main a[href$=".geojson"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(files.length).toBeGreaterThanOrEqual(6);
  for (const url of files) {
    expect(new URL(url).pathname.startsWith(BASE), url).toBe(true);
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    expect((await response.body()).length, url).toBeGreaterThan(100);
  }
});

test('a former slug forwards to the entry under the base path', async ({ page }) => {
  const { alias, entry: target } = aliases()[0]!;
  await page.goto(`${rel(target.path).split('/')[0]}/${alias}/`);
  await expect(page).toHaveURL(new RegExp(`${BASE}${rel(target.path)}$`));
  await expect(page.locator('h1')).toContainText(nameOf(target));
});

test('a missing page gets the 404 page with working links', async ({ page }) => {
  const response = await page.goto('gibt-es-nicht/');
  expect(response?.status()).toBe(404);
  const home = page.locator('main a').first();
  expect(new URL(await home.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(BASE);
});
