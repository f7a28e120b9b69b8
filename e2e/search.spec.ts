import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { contentFiles } from './content.ts';

/** Runs a query on the search page and returns the result URLs in order. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`/suche/?q=${encodeURIComponent(query)}`);
  const status = page.locator('#search-page [data-search-status]');
  await expect(status).toContainText(/Treffer für/);
  return page.locator('[data-search-results] .search-hit__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Query → the page that must be among the first three results (or a pattern all three must match). */
const QUERIES: Array<[string, string, string | RegExp]> = [
  // German, with and without umlauts, inflected forms
  ['German', 'Tsinghua-Universität', '/institutionen/tsinghua-university/'],
  ['German without umlaut', 'Universitat Tsinghua', '/institutionen/tsinghua-university/'],
  ['German ae spelling', 'Universitaet Tsinghua', '/institutionen/tsinghua-university/'],
  ['German', 'Gründerstraße', '/orte/zgc-startup-street/'],
  ['German ss spelling', 'Gruenderstrasse', '/orte/zgc-startup-street/'],
  ['German inflected form', 'Zuschüssen', '/politik/measures-2023-ai-zgc-science-city/'],
  ['German', 'Automatisierung', '/institutionen/casia/'],
  ['German stem (singular of Zuschüsse)', 'Zuschuss', '/politik/measures-2023-ai-zgc-science-city/'],
  ['German ß as ss', 'Massnahme', '/politik/measures-2023-ai-zgc-science-city/'],
  ['German', 'Rechenleistung', /computing|compute|sugon|baidu/],
  // Chinese characters and parts of them
  ['Chinese full name', '智谱华章', '/unternehmen/zhipu/'],
  ['Chinese prefix', '智谱', '/unternehmen/zhipu/'],
  ['Chinese inner part', '华章', '/unternehmen/zhipu/'],
  ['Chinese', '月之暗面', '/unternehmen/moonshot-ai/'],
  ['Chinese part', '清华', /tsinghua/],
  ['Chinese inside longer text', '科技园', '/institutionen/tsinghua-science-park/'],
  ['Chinese', '五道口', '/orte/wudaokou/'],
  // Pinyin
  ['pinyin', 'Zhipu', '/unternehmen/zhipu/'],
  ['pinyin', 'Qinghua', '/institutionen/tsinghua-university/'],
  ['pinyin', 'Wudaokou', '/orte/wudaokou/'],
  ['pinyin', 'Yuezhi Anmian', '/unternehmen/moonshot-ai/'],
  // English brand names
  ['English', 'Moonshot', '/unternehmen/moonshot-ai/'],
  ['English', 'ModelBest', '/unternehmen/modelbest/'],
  ['English', 'Galbot', '/unternehmen/galbot/'],
  ['English', 'BAAI', '/institutionen/baai/'],
  ['English', 'Microsoft Research Asia', '/institutionen/msra/'],
];

for (const [kind, query, expected] of QUERIES) {
  test(`${kind}: "${query}" finds ${expected} in the top three`, async ({ page }) => {
    const urls = await search(page, query);
    const top = urls.slice(0, 3);
    if (typeof expected === 'string') expect(top, `results: ${urls.slice(0, 5).join(', ')}`).toContain(expected);
    else {
      expect(top).toHaveLength(3);
      for (const url of top) expect(url, `results: ${urls.slice(0, 5).join(', ')}`).toMatch(expected);
    }
  });
}

const files = contentFiles();

test('every entry is in the index exactly once, and nothing else is', async ({ request }) => {
  const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
  expect(Object.keys(entry.languages)).toEqual(['de']);
  expect(entry.languages.de.page_count).toBe(files.length);
});

test('navigation, footers and list pages are not indexed', async ({ page }) => {
  const entryPaths = new Set(files.map((f) => f.path));
  // Words that occur only in the map legend, tag lists, backlink headings and edit links.
  for (const query of ['Legende', 'Schlagwörter', 'Verknüpft', 'bearbeiten']) {
    const urls = await search(page, query);
    for (const url of urls) expect(entryPaths.has(url), `${query} → ${url}`).toBe(true);
  }
  await page.goto('/suche/?q=Legende');
  await expect(page.locator('#search-page [data-search-status]')).toContainText('Keine Treffer für „Legende“');
});

test('results show name, Chinese name, kind and a highlighted excerpt; filters narrow them', async ({ page }) => {
  await page.goto('/suche/?q=Zhipu');
  const zhipu = page.locator('[data-search-results] li', { has: page.locator('a[href="/unternehmen/zhipu/"]') });
  await expect(zhipu.locator('.search-hit__title')).toHaveText('Zhipu');
  await expect(zhipu.locator('.search-hit__zh')).toHaveText(/智谱华章/);
  await expect(zhipu.locator('.search-hit__zh')).toHaveAttribute('lang', 'zh');
  await expect(zhipu.locator('.search-hit__kind')).toHaveText('Unternehmen · Large Models');
  await expect(page.locator('[data-search-results] mark').first()).toHaveText(/Zhipu/i);
  await page.goto('/suche/?q=Tsinghua');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  const status = page.locator('#search-page [data-search-status]');
  const total = Number((await status.textContent())!.match(/\d+/)![0]);
  const filter = page.locator('[data-search-filters] fieldset', { hasText: 'Sammlung' }).locator('label', { hasText: 'Unternehmen' });
  const expected = Number(await filter.locator('.count').textContent());
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(total);
  await filter.locator('input').check();
  await expect(status).toContainText(`${expected} Treffer`);
  await expect(page).toHaveURL(/Sammlung=Unternehmen/);
  for (const kind of await page.locator('[data-search-results] .search-hit__kind').allTextContents()) expect(kind).toMatch(/^Unternehmen · /);
});

test('a query without results explains and suggests', async ({ page }) => {
  await page.goto('/suche/?q=xyzzyquux');
  await expect(page.locator('#search-page [data-search-status]')).toContainText('Keine Treffer für „xyzzyquux“');
  const help = page.locator('[data-search-help]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: '清华' })).toHaveAttribute('href', '/suche/?q=%E6%B8%85%E5%8D%8E');
});

test('the header search loads only when used, then works by keyboard', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/unternehmen/zhipu/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  expect(requested.some((p) => /search-box/.test(p))).toBe(false);
  await page.keyboard.press('/');
  const input = page.locator('#site-search-input');
  await expect(input).toBeFocused();
  await input.pressSequentially('Moonshot', { delay: 20 });
  const options = page.locator('#site-search-results [role="option"]');
  await expect(options.first()).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  expect(requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
  await input.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
  await expect(options.first()).toHaveAttribute('data-href', '/unternehmen/moonshot-ai/');
  const firstHref = await options.first().getAttribute('data-href');
  await input.press('Escape');
  await expect(page.locator('[data-search-panel]')).toBeHidden();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await input.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${firstHref}$`));
});

test('Ctrl+K focuses the search field', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search-input')).toBeFocused();
});

test('without JavaScript the header field submits to the search page, which explains', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/personen/tang-jie/');
  await page.locator('#site-search-input').fill('Zhipu');
  await page.locator('#site-search-input').press('Enter');
  await expect(page).toHaveURL(/\/suche\/\?q=Zhipu$/);
  const nojs = page.locator('[data-search-nojs]');
  await expect(nojs).toBeVisible();
  await expect(nojs).toContainText('Die Suche läuft im Browser und braucht JavaScript.');
  await expect(nojs.getByRole('link', { name: 'Unternehmen' })).toHaveAttribute('href', '/unternehmen/');
  await context.close();
});
