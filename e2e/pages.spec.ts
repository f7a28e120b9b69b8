import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { builtEntryPages, citations, COLLECTIONS, contentFiles, countOf, entry, locatedEntries, nameOf, SEGMENT, scriptBundles, taggedWith, wikiLinks } from './content.ts';

test.describe.configure({ mode: 'parallel' });

const files = contentFiles();
const located = locatedEntries();

/** German count of entries, written out by hand: "1 Eintrag", "2 Einträge". */
const entriesText = (n: number) => `${n} ${n === 1 ? 'Eintrag' : 'Einträge'}`;

test('every content file yields exactly one entry page', async ({ request }) => {
  const expected = files.map((f) => f.path).sort();
  expect(expected.length).toBeGreaterThan(10);
  expect(builtEntryPages().sort()).toEqual(expected);
  for (const file of files) {
    const response = await request.get(file.path);
    expect(response.status(), file.path).toBe(200);
    const html = await response.text();
    expect(html.match(/<article class="entry"/g)?.length, file.path).toBe(1);
    expect(html, file.path).toContain(`data-slug="${file.slug}"`);
  }
});

test('entry pages load only the search loader, plus the small map where located', async ({ request }) => {
  expect(located.size).toBeGreaterThan(0);
  for (const file of files) {
    const html = await (await request.get(file.path)).text();
    expect(html).toMatch(/<html lang="de"/);
    const expected = located.has(file.slug) ? ['MiniMap', 'SearchBox'] : ['SearchBox'];
    expect(scriptBundles(html).sort(), file.path).toEqual(expected);
  }
});

test('the infobox shows names, kind, location and typed relations', async ({ page }) => {
  const zhipu = entry('zhipu');
  await page.goto('/unternehmen/zhipu/');
  const infobox = page.locator('aside.infobox');
  await expect(infobox).toBeVisible();
  await expect(infobox.locator('[lang="zh"]', { hasText: String(zhipu.data['name_zh']) })).toBeVisible();
  await expect(infobox).toContainText(String(zhipu.data['name_en']));
  await expect(infobox).toContainText(String(zhipu.data['pinyin']));
  await expect(infobox).toContainText('Large Models');
  // Zhipu's street has no checked point of its own (the only one is a building's): the seat is
  // named, but no location is shown and there is no pin.
  await expect(infobox.locator('li[data-relation="located_in"]')).toContainText(nameOf(entry('zhongguancun-east-road')));
  await expect(infobox.locator('.location')).toHaveCount(0);
  const origin = infobox.locator('li[data-relation="origin"] a');
  await expect(origin).toHaveAttribute('href', '/institutionen/tsinghua-keg/');
  await expect(infobox.locator('li[data-relation="people"]')).toContainText('Chefwissenschaftler');
  // Editorial identifications are labelled as such.
  await expect(infobox).toContainText('redaktionelle Identifizierungen');
});

test('an entry in a building without coordinates, on a street with a point, is shown approximately at the street', async ({ page }) => {
  await page.goto(entry('moonshot-ai').path);
  const infobox = page.locator('aside.infobox');
  await expect(infobox).toContainText('ungefähre Lage');
  await expect(infobox.locator('.location')).toContainText(nameOf(entry('zhichun-road')));
});

test('an entry titled with its established name shows the article’s wording too', async ({ page }) => {
  const moonshot = entry('moonshot-ai');
  const articleName = String(moonshot.data['article_name']);
  expect(nameOf(moonshot)).not.toBe(articleName);
  await page.goto(moonshot.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nameOf(moonshot));
  await expect(page.locator('.entry__article-name')).toHaveText(`im Artikel: ${articleName}`);
  await expect(page).toHaveTitle(new RegExp(`^${nameOf(moonshot)}`));
});

test('sources and editorial notes are shown apart', async ({ page }) => {
  await page.goto('/unternehmen/zhipu/');
  await expect(page.locator('section.sources blockquote').first()).toContainText('Zhipu');
  await expect(page.locator('section.sources cite').first()).toHaveText(nameOf(entry('haidian-article')));
  const notes = page.locator('aside.editorial');
  await expect(notes).toContainText('Redaktionelle Anmerkungen');
  await expect(notes).toContainText('Korrektur');
  await expect(notes.locator('[lang="zh"]').first()).toBeVisible();
});

/** From the first page of all links to an entry, the targets of `selector` on every page, following "next". */
async function linksOnAllPages(page: Page, selector: string): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Alle Verweise auf');
    seen.push(...(await page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))));
    const next = page.getByRole('navigation', { name: 'Seiten der Verweise' }).locator('a[rel="next"]');
    if ((await next.count()) === 0) return seen;
    await next.click();
  }
}

test('a page lists at most 12 of the figures that concern it; the pages of all links list every one', async ({ page }) => {
  // Every figure cites the article (counted from the content files).
  const figures = files.filter((f) => f.collection === 'figures' && citations().has(`${f.slug}>cites>haidian-article`)).map((f) => f.path);
  expect(figures.length).toBeGreaterThan(12);
  await page.goto('/quellen/haidian-article/');
  const section = page.locator('section.related-figures');
  await expect(section.getByRole('listitem')).toHaveCount(12);
  await section.getByRole('link', { name: `… und ${figures.length - 12} weitere Zahlen: alle Verweise` }).click();
  const seen = await linksOnAllPages(page, 'section a[href^="/zahlen/"]');
  expect([...new Set(seen)].sort()).toEqual(figures.sort());
});

test('a figure that concerns an entry is listed once on its page, with its value, not again among the backlinks', async ({ page }) => {
  await page.goto('/orte/haidian-district/');
  await expect(page.locator('section.related-figures a[href^="/zahlen/#"]')).toHaveCount(12);
  await expect(page.locator('section.backlinks li').first()).toBeVisible();
  await expect(page.locator('section.backlinks a[href^="/zahlen/"]')).toHaveCount(0);
  // The pages of all links still list the figures among the links.
  await page.locator('section.related-figures').getByRole('link', { name: /weitere Zahlen: alle Verweise/ }).click();
  await expect(page.locator('section.backlinks__group a[href^="/zahlen/"]').first()).toBeVisible();
});

test('backlinks are grouped by relation', async ({ page }) => {
  await page.goto('/institutionen/tsinghua-keg/');
  const backlinks = page.locator('section.backlinks');
  await expect(backlinks.getByRole('heading', { name: 'Verknüpft mit …' })).toBeVisible();
  const origin = backlinks.locator('[data-backlink-kind="origin"]');
  await expect(origin.getByRole('heading')).toHaveText('Ausgründungen und Ableger');
  await expect(origin.getByRole('link', { name: nameOf(entry('zhipu')) })).toHaveAttribute('href', '/unternehmen/zhipu/');
  // The source page lists everything that cites it.
  const citing = [...citations()].filter((c) => c.endsWith('>cites>haidian-article')).length;
  expect(citing).toBeGreaterThan(0);
  expect(citing).toBeGreaterThan(12);
  // The entry page shows the first 12 of each kind besides the figures (listed with their
  // values under "Zahlen zu diesem Eintrag", not twice) and links to the pages of all links ...
  const figures = new Set(files.filter((f) => f.collection === 'figures').map((f) => f.slug));
  const citingBesidesFigures = [...citations()].filter((c) => c.endsWith('>cites>haidian-article') && !figures.has(c.split('>')[0]!)).length;
  expect(citingBesidesFigures).toBeGreaterThan(12);
  expect(citingBesidesFigures).toBeLessThan(citing);
  await page.goto('/quellen/haidian-article/');
  const cites = page.locator('section.backlinks [data-backlink-kind="cites"]');
  await expect(cites.locator('li')).toHaveCount(12);
  await cites.getByRole('link', { name: `${citingBesidesFigures - 12} weitere` }).click();
  // ... which, page by page, list every entry that cites it, each once.
  const seen = await linksOnAllPages(page, '[data-backlink-kind="cites"] li a');
  expect(seen.length).toBe(citing);
  expect(new Set(seen).size).toBe(citing);
});

test('every wiki link resolves to an existing page', async ({ page, request }) => {
  const targets = new Set<string>();
  for (const file of files.filter((f) => !['sources', 'figures', 'events'].includes(f.collection))) {
    const html = await (await request.get(file.path)).text();
    const links = [...html.matchAll(/<a href="([^"]+)" class="wikilink"/g)].map((m) => m[1]!);
    // Every [[link]] of the file became a link on the page.
    for (const slug of new Set(wikiLinks(file.body))) expect(links, `${file.file}: [[${slug}]]`).toContain(entry(slug).path);
    for (const link of links) targets.add(link);
  }
  expect(targets.size).toBeGreaterThan(5);
  for (const href of targets) expect((await request.get(href)).status(), href).toBe(200);
  await page.goto('/unternehmen/zhipu/');
  await page.locator('.prose a.wikilink', { hasText: 'Tang Jie' }).click();
  await expect(page).toHaveURL(/\/personen\/tang-jie\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nameOf(entry('tang-jie')));
});

test('tag pages list tagged entries', async ({ page }) => {
  await page.goto('/unternehmen/zhipu/');
  await page.locator('aside.infobox .tags a', { hasText: 'Tsinghua' }).click();
  await expect(page).toHaveURL(/\/schlagwoerter\/tsinghua\/$/);
  const tagged = taggedWith('tsinghua');
  expect(tagged.length).toBeGreaterThan(1);
  for (const f of tagged) await expect(page.locator(`table.entries a[href="${f.path}"]`)).toHaveCount(1);
  await expect(page.locator('.page-header .muted')).toHaveText(entriesText(tagged.length));
});

test('home page shows counts and entry points; unknown URLs get the 404 page', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Haidian Innovation Atlas');
  for (const collection of COLLECTIONS) {
    await expect(page.locator(`.stats a[href="/${SEGMENT[collection]}/"] .stats__n`), collection).toHaveText(String(countOf(collection)));
  }
  await expect(page.locator('.stats li', { hasText: 'verortete Einträge' }).locator('.stats__n')).toHaveText(String(located.size));
  for (const path of ['/karte/', '/netzwerk/', '/zeitleiste/', '/zahlen/', '/daten/']) await expect(page.locator(`.cards a[href="${path}"]`)).toBeVisible();
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

test('every entry page has an edit link to its file in the repository', async ({ page, request }) => {
  await page.goto('/personen/tang-jie/');
  await expect(page.getByRole('link', { name: 'Diese Seite bearbeiten' })).toHaveAttribute('href', /\/edit\/main\/content\/people\/tang-jie\.mdx$/);
  for (const file of files) {
    const html = await (await request.get(file.path)).text();
    expect(html, file.path).toMatch(new RegExp(`<a href="[^"]+/edit/main/${file.file.replace(/[.]/g, '\\.')}"`));
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('collection indexes list every entry and filter by kind', async ({ page }) => {
    await page.goto('/institutionen/');
    const institutions = files.filter((f) => f.collection === 'institutions');
    await expect(page.locator('table.entries tbody tr')).toHaveCount(institutions.length);
    await expect(page.locator('.page-header .muted')).toHaveText(entriesText(institutions.length));
    const labs = institutions.filter((f) => f.data['kind'] === 'lab');
    expect(labs.length).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Nach Art filtern' }).getByRole('link', { name: /Labor/ }).click();
    await expect(page).toHaveURL(/\/institutionen\/art\/lab\/$/);
    await expect(page.locator('table.entries tbody tr')).toHaveCount(labs.length);
    for (const lab of labs) await expect(page.locator('table.entries')).toContainText(nameOf(lab));
    await expect(page.locator('.page-header .muted')).toHaveText(entriesText(labs.length));
  });
});

test('every list page counts its entries in the singular or plural', async ({ request }) => {
  const counts: number[] = [];
  for (const collection of COLLECTIONS) {
    const members = files.filter((f) => f.collection === collection);
    const byKind = Map.groupBy(members, (f) => String(f.data['kind']));
    const lists: Array<[string, number]> = [[`/${SEGMENT[collection]}/`, members.length], ...[...byKind].map(([kind, list]) => [`/${SEGMENT[collection]}/art/${kind}/`, list.length] as [string, number])];
    for (const [path, n] of lists) {
      const html = await (await request.get(path)).text();
      expect(/<header class="page-header">[\s\S]*?<p class="muted">([^<]*)<\/p>/.exec(html)?.[1], path).toBe(entriesText(n));
      counts.push(n);
    }
  }
  // Both forms were exercised.
  expect(counts).toContain(1);
  expect(counts.some((n) => n > 1)).toBe(true);
});

test('all Chinese text is marked lang="zh" (WCAG 3.1.2)', async ({ page }) => {
  // The markup is server-rendered: parse every page in the browser (DOMParser runs no scripts)
  // instead of loading each one, which is much faster.
  const paths = ['/', '/unternehmen/', '/institutionen/', '/schlagwoerter/', '/karte/', '/suche/', '/zeitleiste/', '/zahlen/', '/netzwerk/', '/daten/', '/404.html', ...files.map((f) => f.path)];
  await page.goto('/');
  const unmarked = await page.evaluate(async (list) => {
    const bad: Record<string, string[]> = {};
    for (const path of list) {
      const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style')) continue;
        if (/\p{Script=Han}/u.test(node.textContent ?? '') && !parent.closest('[lang^="zh"]')) (bad[path] ??= []).push(node.textContent!.trim());
      }
    }
    return bad;
  }, paths);
  expect(unmarked).toEqual({});
});
