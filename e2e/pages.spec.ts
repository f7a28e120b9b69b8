import { test, expect } from './fixtures.ts';
import { builtEntryPages, contentFiles, root } from './content.ts';
import { scanContent } from '../src/lib/content-files.ts';

const files = contentFiles();

test('every content file yields exactly one entry page', async ({ request }) => {
  const expected = files.map((f) => f.path).sort();
  expect(expected.length).toBeGreaterThan(10);
  expect(builtEntryPages().sort()).toEqual(expected);
  for (const file of files) {
    const response = await request.get(file.path);
    expect(response.status(), file.path).toBe(200);
    const html = await response.text();
    expect(html.match(/<article class="entry"/g)?.length, file.path).toBe(1);
    expect(html).toContain(`data-slug="${file.slug}"`);
  }
});

test('entry pages load only the search loader, plus the small map where located', async ({ request }) => {
  const scan = scanContent(root);
  for (const file of files) {
    const html = await (await request.get(file.path)).text();
    expect(html).toMatch(/<html lang="de"/);
    const scripts = (html.match(/<script\b[^>]*>/gi) ?? []).map((tag) => tag.match(/src="\/_astro\/([A-Za-z]+)/)?.[1] ?? tag);
    const expected = scan.graph.nodes.get(file.slug)!.pin ? ['MiniMap', 'SearchBox'] : ['SearchBox'];
    expect(scripts.sort(), file.path).toEqual(expected);
  }
});

test('the infobox shows names, kind, location and typed relations', async ({ page }) => {
  await page.goto('/unternehmen/zhipu/');
  const infobox = page.locator('aside.infobox');
  await expect(infobox).toBeVisible();
  await expect(infobox.locator('[lang="zh"]', { hasText: '智谱华章' })).toBeVisible();
  await expect(infobox).toContainText('Zhipu AI');
  await expect(infobox).toContainText('Zhìpǔ Huázhāng');
  await expect(infobox).toContainText('Large Models');
  await expect(infobox).toContainText('ungefähre Lage');
  const origin = infobox.locator('li[data-relation="origin"] a');
  await expect(origin).toHaveAttribute('href', '/institutionen/tsinghua-keg/');
  await expect(infobox.locator('li[data-relation="people"]')).toContainText('Chefwissenschaftler');
  // Editorial identifications are labelled as such.
  await expect(infobox).toContainText('redaktionelle Identifizierungen');
});

test('sources and editorial notes are shown apart', async ({ page }) => {
  await page.goto('/unternehmen/zhipu/');
  await expect(page.locator('section.sources blockquote').first()).toContainText('Zhipu');
  await expect(page.locator('section.sources cite').first()).toHaveText('Die Gründerstraße ist wieder lebhaft geworden');
  const notes = page.locator('aside.editorial');
  await expect(notes).toContainText('Redaktionelle Anmerkungen');
  await expect(notes).toContainText('Korrektur');
  await expect(notes.locator('[lang="zh"]').first()).toBeVisible();
});

test('backlinks are grouped by relation', async ({ page }) => {
  await page.goto('/institutionen/tsinghua-keg/');
  const backlinks = page.locator('section.backlinks');
  await expect(backlinks.getByRole('heading', { name: 'Verknüpft mit …' })).toBeVisible();
  const origin = backlinks.locator('[data-backlink-kind="origin"]');
  await expect(origin.getByRole('heading')).toHaveText('Ausgründungen und Ableger');
  await expect(origin.getByRole('link', { name: 'Zhipu' })).toHaveAttribute('href', '/unternehmen/zhipu/');
  // The source page lists everything that cites it.
  await page.goto('/quellen/haidian-article/');
  const cites = page.locator('[data-backlink-kind="cites"] li');
  expect(await cites.count()).toBe(files.filter((f) => f.collection !== 'sources').length);
});

test('every wiki link resolves to an existing page', async ({ page, request }) => {
  const targets = new Set<string>();
  for (const file of files.filter((f) => !['sources', 'figures', 'events'].includes(f.collection))) {
    const html = await (await request.get(file.path)).text();
    for (const match of html.matchAll(/<a href="([^"]+)" class="wikilink"/g)) targets.add(match[1]!);
  }
  expect(targets.size).toBeGreaterThan(5);
  for (const href of targets) expect((await request.get(href)).status(), href).toBe(200);
  await page.goto('/unternehmen/zhipu/');
  await page.locator('.prose a.wikilink', { hasText: 'Tang Jie' }).click();
  await expect(page).toHaveURL(/\/personen\/tang-jie\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tang Jie');
});

test('collection indexes list every entry and filter by kind without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/institutionen/');
  const rows = page.locator('table.entries tbody tr');
  await expect(rows).toHaveCount(files.filter((f) => f.collection === 'institutions').length);
  await page.getByRole('navigation', { name: 'Nach Art filtern' }).getByRole('link', { name: /Labor/ }).click();
  await expect(page).toHaveURL(/\/institutionen\/art\/lab\/$/);
  await expect(page.locator('table.entries tbody tr')).toHaveCount(1);
  await expect(page.locator('table.entries tbody tr')).toContainText('Knowledge Engineering Group');
  await context.close();
});

test('tag pages list tagged entries', async ({ page }) => {
  await page.goto('/unternehmen/zhipu/');
  await page.locator('aside.infobox .tags a', { hasText: 'Tsinghua' }).click();
  await expect(page).toHaveURL(/\/schlagwoerter\/tsinghua\/$/);
  await expect(page.locator('table.entries')).toContainText('Zhipu');
  await expect(page.locator('table.entries')).toContainText('Tang Jie');
});

test('home page shows counts and entry points; unknown URLs get the 404 page', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Haidian Innovation Atlas');
  await expect(page.locator('.stats')).toContainText(String(files.filter((f) => f.collection === 'companies').length));
  const missing = await request.get('/unternehmen/gibt-es-nicht/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Seite nicht gefunden');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/unternehmen/zhipu/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('every page has an edit link to its file in the repository', async ({ page }) => {
  await page.goto('/personen/tang-jie/');
  await expect(page.getByRole('link', { name: 'Diese Seite bearbeiten' })).toHaveAttribute('href', /\/edit\/main\/content\/people\/tang-jie\.mdx$/);
});

test('all Chinese text is marked lang="zh" (WCAG 3.1.2)', async ({ browser }) => {
  test.setTimeout(180_000);
  // The markup is server-rendered: check it without running scripts, which is also faster.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const paths = ['/', '/unternehmen/', '/institutionen/', '/schlagwoerter/', '/karte/', '/suche/', ...files.map((f) => f.path)];
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const unmarked = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const bad: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/\p{Script=Han}/u.test(node.textContent ?? '') && !node.parentElement?.closest('[lang^="zh"]')) bad.push(node.textContent!.trim());
      }
      return bad;
    });
    expect(unmarked, path).toEqual([]);
  }
  await context.close();
});
