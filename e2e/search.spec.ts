import { test, expect } from './fixtures.ts';
import type { Page, Route } from '@playwright/test';
import { contentFiles, entry, nameOf } from './content.ts';

test.describe.configure({ mode: 'parallel' });

const files = contentFiles();

/** The search page's status line. */
const pageStatus = (page: Page) => page.locator('#search-page [data-search-status]');
/** The result links of the search page, as paths. */
const resultPaths = (page: Page) => page.locator('[data-search-results] .search-hit__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Runs a query on the search page and returns the result URLs in order. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`/suche/?q=${encodeURIComponent(query)}`);
  await expect(pageStatus(page)).toContainText(/Treffer für/);
  return resultPaths(page);
}

/**
 * Holds the responses to matching requests until `release()`; `held()` counts the requests
 * caught, `done()` those answered since.
 */
async function hold(page: Page, pattern: string): Promise<{ held: () => number; done: () => number; release: () => void }> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let held = 0;
  let done = 0;
  await page.route(pattern, async (route: Route) => {
    held++;
    await gate;
    await route.continue().catch(() => undefined);
    done++;
  });
  return { held: () => held, done: () => done, release: () => open() };
}

/** Lets the page finish whatever its answered requests started (microtasks, timers). */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));

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
  // English brand names and the article's wording
  ['English', 'Moonshot', '/unternehmen/moonshot-ai/'],
  ['English (the article’s wording)', 'DarkSide', '/unternehmen/moonshot-ai/'],
  ['English', 'ModelBest', '/unternehmen/modelbest/'],
  ['English', 'Galbot', '/unternehmen/galbot/'],
  ['English', 'BAAI', '/institutionen/baai/'],
  ['English', 'Microsoft Research Asia', '/institutionen/msra/'],
];

/** The group of a query kind ("German ss spelling" → German). */
const groupOf = (kind: string) => kind.split(' ')[0]!;

// One test per language group; each query runs in the same page (typed into the search field).
for (const group of new Set(QUERIES.map(([kind]) => groupOf(kind)))) {
  test(`ranking: ${group} queries find their entry in the top three`, async ({ page }) => {
    await page.goto('/suche/');
    await expect(pageStatus(page)).toHaveText('Geben Sie einen Suchbegriff ein.');
    for (const [kind, query, expected] of QUERIES.filter(([k]) => groupOf(k) === group)) {
      await page.locator('#search-page-input').fill(query);
      await expect(pageStatus(page)).toContainText(`Treffer für „${query}“`);
      const urls = await resultPaths(page);
      const top = urls.slice(0, 3);
      const message = `${kind}: "${query}" → ${urls.slice(0, 5).join(', ')}`;
      if (typeof expected === 'string') expect.soft(top, message).toContain(expected);
      else {
        expect.soft(top, message).toHaveLength(3);
        for (const url of top) expect.soft(url, message).toMatch(expected);
      }
    }
  });
}

test('every entry is in its edition\'s bundle exactly once, and nothing else is', async ({ request }) => {
  const de = await (await request.get('/pagefind/pagefind-entry.json')).json();
  expect(Object.keys(de.languages)).toEqual(['de']);
  expect(de.languages.de.page_count).toBe(files.length);
  const en = await (await request.get('/en/pagefind/pagefind-entry.json')).json();
  expect(Object.keys(en.languages)).toEqual(['en']);
  expect(en.languages.en.page_count).toBe(files.length);
});

test('navigation, footers and list pages are not indexed', async ({ page }) => {
  const entryPaths = new Set(files.map((f) => f.path));
  // Words that occur only in the map legend, tag lists, backlink headings and edit links.
  for (const query of ['Legende', 'Schlagwörter', 'Verknüpft', 'bearbeiten']) {
    const urls = await search(page, query);
    for (const url of urls) expect(entryPaths.has(url), `${query} → ${url}`).toBe(true);
  }
  await page.goto('/suche/?q=Legende');
  await expect(pageStatus(page)).toContainText('Keine Treffer für „Legende“');
});

test('results show name, Chinese name, kind and a highlighted excerpt; filters narrow them', async ({ page }) => {
  const zhipuFile = entry('zhipu');
  await page.goto('/suche/?q=Zhipu');
  const zhipu = page.locator('[data-search-results] li', { has: page.locator('a[href="/unternehmen/zhipu/"]') });
  await expect(zhipu.locator('.search-hit__title')).toHaveText(nameOf(zhipuFile));
  await expect(zhipu.locator('.search-hit__zh')).toHaveText(new RegExp(String(zhipuFile.data['name_zh'])));
  await expect(zhipu.locator('.search-hit__zh')).toHaveAttribute('lang', 'zh');
  await expect(zhipu.locator('.search-hit__kind')).toHaveText('Unternehmen · Large Models');
  await expect(page.locator('[data-search-results] mark').first()).toHaveText(/Zhipu/i);
  await page.goto('/suche/?q=Tsinghua');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  const status = pageStatus(page);
  const total = Number((await status.textContent())!.match(/\d+/)![0]);
  const filter = page.locator('[data-search-filters] fieldset', { hasText: 'Sammlung' }).locator('label', { hasText: 'Unternehmen' });
  const expected = Number(await filter.locator('.count').textContent());
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(total);
  await filter.locator('input').check();
  await expect(status).toContainText(`${expected} Treffer`);
  await expect(page).toHaveURL(/Sammlung=Unternehmen/);
  const kinds = await page.locator('[data-search-results] .search-hit__kind').allTextContents();
  expect(kinds.length).toBe(Math.min(expected, 20));
  for (const kind of kinds) expect(kind).toMatch(/^Unternehmen · /);
});

test('a query without results explains and suggests', async ({ page }) => {
  await page.goto('/suche/?q=xyzzyquux');
  await expect(pageStatus(page)).toContainText('Keine Treffer für „xyzzyquux“');
  const help = page.locator('[data-search-help]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: '清华' })).toHaveAttribute('href', '/suche/?q=%E6%B8%85%E5%8D%8E');
  await expect(help.getByRole('link', { name: '清华' })).toHaveAttribute('lang', 'zh');
});

test('the header search loads only when used, then works by keyboard', async ({ page, requests }) => {
  const paths = () => requests.map((r) => new URL(r.url()).pathname);
  await page.goto('/unternehmen/zhipu/');
  await page.waitForLoadState('networkidle');
  expect(paths().filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  expect(paths().some((p) => /search-box/.test(p))).toBe(false);
  await page.keyboard.press('/');
  const input = page.locator('#site-search-input');
  await expect(input).toBeFocused();
  await input.pressSequentially('Moonshot', { delay: 20 });
  const options = page.locator('#site-search-results [role="option"]');
  await expect(options.first()).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  expect(paths()).toContain('/pagefind/pagefind.js');
  await input.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
  await expect(options.first()).toHaveAttribute('data-href', '/unternehmen/moonshot-ai/');
  await expect(options.first().locator('.search-hit__title')).toHaveText(nameOf(entry('moonshot-ai')));
  await input.press('Escape');
  await expect(page.locator('[data-search-panel]')).toBeHidden();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await input.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/unternehmen\/moonshot-ai\/$/);
});

test('Ctrl+K focuses the search field', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search-input')).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header field submits to the search page, which explains', async ({ page }) => {
    await page.goto('/personen/tang-jie/');
    await page.locator('#site-search-input').fill('Zhipu');
    await page.locator('#site-search-input').press('Enter');
    await expect(page).toHaveURL(/\/suche\/\?q=Zhipu$/);
    const nojs = page.locator('[data-search-nojs]');
    await expect(nojs).toBeVisible();
    await expect(nojs).toContainText('Die Suche läuft im Browser und braucht JavaScript.');
    await expect(nojs.getByRole('link', { name: 'Unternehmen' })).toHaveAttribute('href', '/unternehmen/');
  });

  test('the search page hides its empty result area', async ({ page }) => {
    await page.goto('/suche/?q=Zhipu');
    await expect(page.locator('[data-search-nojs]')).toBeVisible();
    await expect(page.locator('#search-page')).toBeHidden({ timeout: 2000 });
  });
});

// Failure paths. The fixture fails every test on an uncaught error or unhandled rejection.
test.describe('when the index cannot load', () => {
  for (const [what, pattern] of [
    ['the Pagefind bundle', '**/pagefind/pagefind.js'],
    ['the result fragments', '**/pagefind/fragment/**'],
  ] as const) {
    test(`the search page says so when ${what} cannot load, and "Erneut versuchen" works once it is back`, async ({ page }) => {
      await page.route(pattern, (route) => route.fulfill({ status: 500, body: 'down' }));
      await page.goto('/suche/?q=Zhipu');
      const status = pageStatus(page);
      await expect(status).toContainText('Der Suchindex konnte nicht geladen werden.');
      const retry = status.getByRole('button', { name: 'Erneut versuchen' });
      await expect(retry).toBeVisible();
      await expect(page.locator('[data-search-results] li')).toHaveCount(0);
      await expect(page.locator('[data-search-more]')).toBeHidden();
      await page.unroute(pattern);
      await retry.click();
      await expect(status).toContainText('Treffer für „Zhipu“');
      expect(await resultPaths(page)).toContain('/unternehmen/zhipu/');
    });
  }

  /** Types into the header field while the Pagefind bundle cannot load; returns the panel's status line. */
  async function failHeaderSearch(page: Page) {
    await page.route('**/pagefind/pagefind.js', (route) => route.abort('connectionrefused'));
    await page.goto('/personen/tang-jie/');
    const input = page.locator('#site-search-input');
    await input.click();
    await input.pressSequentially('Zhipu', { delay: 20 });
    const status = page.locator('[data-search-box] [data-search-status]');
    await expect(status).toContainText('Der Suchindex konnte nicht geladen werden.');
    // Let every search the typing started fail too (the field debounces by 150 ms).
    await settle(page);
    await expect(status).toContainText('Der Suchindex konnte nicht geladen werden.');
    await expect(status.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
    await expect(page.locator('#site-search-results [role="option"]')).toHaveCount(0);
    return { input, status };
  }

  test('the header search says so when the bundle fails, and loads once it is back', async ({ page }) => {
    const { input } = await failHeaderSearch(page);
    await page.unroute('**/pagefind/pagefind.js');
    // Typing again tries again.
    await input.press('End');
    await input.press('Backspace');
    await input.press('u');
    await expect(page.locator('#site-search-results [data-href="/unternehmen/zhipu/"]')).toBeVisible();
    await expect(input).toHaveAttribute('aria-expanded', 'true');
  });

  test('the header search’s retry button shows the results once the bundle is back', async ({ page }) => {
    const { input, status } = await failHeaderSearch(page);
    await page.unroute('**/pagefind/pagefind.js');
    await status.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(input).toBeFocused();
    await expect(page.locator('#site-search-results [data-href="/unternehmen/zhipu/"]')).toBeVisible({ timeout: 3000 });
    await expect(input).toHaveAttribute('aria-expanded', 'true');
  });
});

test.describe('races', () => {
  test('on the search page, an older query’s late results never replace a newer query’s', async ({ page }) => {
    await page.goto('/suche/');
    await expect(pageStatus(page)).toHaveText('Geben Sie einen Suchbegriff ein.');
    const fragments = await hold(page, '**/pagefind/fragment/**');
    const input = page.locator('#search-page-input');
    await input.fill('Zhipu');
    await expect.poll(fragments.held).toBeGreaterThan(0);
    await input.fill('xyzzyquux');
    await expect(pageStatus(page)).toHaveText('Keine Treffer für „xyzzyquux“.');
    fragments.release();
    await expect.poll(fragments.done).toBe(fragments.held());
    await settle(page);
    await expect(pageStatus(page)).toHaveText('Keine Treffer für „xyzzyquux“.');
    await expect(page.locator('[data-search-results] li')).toHaveCount(0);
    await expect(page).toHaveURL(/\?q=xyzzyquux$/);
  });

  test('on the search page, a newer query with results keeps them when an older one finishes late', async ({ page }) => {
    await page.goto('/suche/?q=Wudaokou');
    await expect(pageStatus(page)).toContainText('Treffer für „Wudaokou“');
    const fragments = await hold(page, '**/pagefind/fragment/**');
    const input = page.locator('#search-page-input');
    // Fragments Wudaokou already loaded are cached; Galbot's are new and held.
    await input.fill('Galbot');
    await expect.poll(fragments.held).toBeGreaterThan(0);
    await page.unroute('**/pagefind/fragment/**');
    await input.fill('Wudaokou');
    await expect(pageStatus(page)).toContainText('Treffer für „Wudaokou“');
    const newer = await resultPaths(page);
    expect(newer).toContain('/orte/wudaokou/');
    fragments.release();
    await expect.poll(fragments.done).toBe(fragments.held());
    await settle(page);
    await expect(pageStatus(page)).toContainText('Treffer für „Wudaokou“');
    expect(await resultPaths(page)).toEqual(newer);
  });

  test('in the header, an older query’s late results never replace a newer query’s', async ({ page }) => {
    await page.goto('/personen/tang-jie/');
    const fragments = await hold(page, '**/pagefind/fragment/**');
    const input = page.locator('#site-search-input');
    await input.click();
    await input.pressSequentially('Zhipu', { delay: 20 });
    await expect.poll(fragments.held).toBeGreaterThan(0);
    await input.fill('xyzzyquux');
    const status = page.locator('[data-search-box] [data-search-status]');
    await expect(status).toHaveText('Keine Treffer für „xyzzyquux“.');
    fragments.release();
    await expect.poll(fragments.done).toBe(fragments.held());
    await settle(page);
    await expect(status).toHaveText('Keine Treffer für „xyzzyquux“.');
    await expect(page.locator('#site-search-results [role="option"]')).toHaveCount(0);
  });

  test('clicking "Weitere Treffer laden" twice quickly loads the next page once', async ({ page }) => {
    await page.goto('/suche/?q=Haidian');
    const status = pageStatus(page);
    await expect(status).toContainText('Treffer für „Haidian“');
    const total = Number((await status.textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(20);
    const items = page.locator('[data-search-results] li');
    await expect(items).toHaveCount(20);
    const more = page.getByRole('button', { name: 'Weitere Treffer laden' });
    const fragments = await hold(page, '**/pagefind/fragment/**');
    await more.click();
    await more.click();
    fragments.release();
    await expect(items).toHaveCount(Math.min(total, 40));
    await expect.poll(fragments.done).toBe(fragments.held());
    await settle(page);
    await expect(items).toHaveCount(Math.min(total, 40));
    const paths = await resultPaths(page);
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('two clicks on "more" in the same moment load one page', async ({ page }) => {
    await page.goto('/suche/?q=Haidian');
    await expect(pageStatus(page)).toContainText('Treffer für „Haidian“');
    const total = Number((await pageStatus(page).textContent())!.match(/\d+/)![0]);
    const items = page.locator('[data-search-results] li');
    await expect(items).toHaveCount(20);
    await page.locator('[data-search-more]').evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await expect(items).toHaveCount(Math.min(total, 40));
    await settle(page);
    await expect(items).toHaveCount(Math.min(total, 40));
    const paths = await resultPaths(page);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

test('changing a filter by keyboard keeps the focus on its checkbox', async ({ page }) => {
  await page.goto('/suche/?q=Tsinghua');
  const status = pageStatus(page);
  await expect(status).toContainText('Treffer für „Tsinghua“');
  const total = (await status.textContent())!;
  const box = page.locator('[data-search-filters] input[name="Sammlung"][value="Unternehmen"]');
  const companies = Number(await page.locator('[data-search-filters] label', { has: page.locator('input[name="Sammlung"][value="Unternehmen"]') }).locator('.count').textContent());
  expect(`${companies} Treffer für „Tsinghua“`).not.toBe(total);
  await box.focus();
  await page.keyboard.press('Space');
  await expect(status).toHaveText(`${companies} Treffer für „Tsinghua“`);
  await expect(page).toHaveURL(/Sammlung=Unternehmen/);
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
  await page.keyboard.press('Space');
  await expect(status).toHaveText(total);
  await expect(page).not.toHaveURL(/Sammlung=/);
  await expect(box).not.toBeChecked();
  await expect(box).toBeFocused();
  // Tab moves on from the checkbox, not from the top of the page.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-search-filters]') !== null)).toBe(true);
});
