import { test, expect } from './fixtures.ts';
import { citations, contentFiles, countOf, entry, locatedEntries, nameOf, scriptBundles, timelinePointCount, typedRelations, wikiLinks } from './content.ts';

test.describe.configure({ mode: 'parallel' });

const files = contentFiles();
const slugs = new Set(files.map((f) => f.slug));

/** The charts of the figures page and the figures each compares (hand-written from the design). */
const CHARTS: Record<string, string[]> = {
  'haidian-shares': ['haidian-land-share', 'haidian-gdp-share', 'ai-companies-share', 'top-ai-scientists-share-atlas'],
  'large-models': ['large-models-released-2023', 'large-models-registered-2025'],
  'model-shares': ['large-models-national-share', 'large-models-beijing-share'],
  compute: ['computing-platform-phase-one', 'computing-platform-target'],
  universities: ['haidian-universities', 'universities-ai-bachelor'],
};

/** Minimal RFC 4180 parser for the tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

test('the figures page has every chart with title, text alternative and data table, and every figure by anchor', async ({ page, request }) => {
  await page.goto('/zahlen/');
  await expect(page.locator('figure.chart')).toHaveCount(Object.keys(CHARTS).length);
  for (const [id, bars] of Object.entries(CHARTS)) {
    const chart = page.locator(`#chart-${id}`);
    const svg = chart.locator('svg[aria-labelledby]');
    const labelledby = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    for (const label of labelledby) await expect(page.locator(`[id="${label}"]`)).not.toBeEmpty();
    await expect(chart.locator('desc')).toContainText(':');
    await expect(chart.locator('table tbody tr')).toHaveCount(bars.length);
    const hrefs = await chart.locator('svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toEqual(bars.map((figure) => `/zahlen/#${figure}`));
    for (const figure of bars) {
      await expect(page.locator(`[id="${figure}"]`)).toHaveCount(1);
      expect((await request.get(`/zahlen/${figure}/`)).status(), figure).toBe(200);
    }
  }
  await expect(page.locator('li.figure-item')).toHaveCount(countOf('figures'));
  for (const f of files.filter((x) => x.collection === 'figures')) await expect(page.locator(`li.figure-item[id="${f.slug}"]`), f.slug).toHaveCount(1);
  for (const theme of ['Rechenleistung', 'Daten', 'Modelle', 'Anwendungsfälle', 'Talente', 'Kapital']) {
    await expect(page.getByRole('heading', { level: 3, name: theme })).toBeVisible();
  }
});

test('figures appear on the pages of the entries they concern', async ({ page }) => {
  await page.goto('/institutionen/public-computing-platform/');
  const section = page.locator('.related-figures');
  await expect(section.getByRole('heading')).toHaveText('Zahlen zu diesem Eintrag');
  await expect(section.locator('a[href^="/zahlen/#"]').first()).toBeVisible();
  await section.locator('a', { hasText: '3.500' }).click();
  await expect(page).toHaveURL(/\/zahlen\/#computing-platform-phase-one$/);
  await expect(page.locator('#computing-platform-phase-one')).toBeInViewport();
});

test('the timeline lists every dated point with honest precision, grouped by era', async ({ page, request }) => {
  await page.goto('/zeitleiste/');
  await expect(page.locator('.timeline__item')).toHaveCount(timelinePointCount());
  await expect(page.getByRole('heading', { level: 2, name: /Symbolische KI/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Large Models/ })).toBeVisible();
  await expect(page.locator('.timeline__item', { hasText: nameOf(entry('casia-863-project-1980s')) }).locator('.timeline__date')).toHaveText('1980er Jahre');
  const first = await page.locator('.timeline__date time').first().getAttribute('datetime');
  expect(first).toMatch(/^\d{4}$/);
  // Every event is on the timeline, linked to its page.
  for (const event of files.filter((f) => f.collection === 'events')) await expect(page.locator(`.timeline__title a[href="${event.path}"]`), event.slug).toHaveCount(1);
  const hrefs = new Set(await page.locator('.timeline__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test('figures, timeline and data pages carry no client JavaScript but the search loader', async ({ request }) => {
  for (const path of ['/zahlen/', '/zeitleiste/', '/daten/', '/netzwerk/', '/schlagwoerter/', '/unternehmen/']) {
    expect(scriptBundles(await (await request.get(path)).text()), path).toEqual(['SearchBox']);
  }
});

test('the downloads parse and contain every entry, relation, figure and event', async ({ request, page }) => {
  const json = await (await request.get('/daten/atlas.json')).json();
  expect(json.entries.map((e: { slug: string }) => e.slug).sort()).toEqual([...slugs].sort());
  const relations = json.relations as Array<{ from: string; relation: string; to: string }>;
  // Typed relations and citations exactly as the files write them.
  const key = (r: { from: string; relation: string; to: string }) => `${r.from}>${r.relation}>${r.to}`;
  const typed = new Set(relations.filter((r) => r.relation !== 'mentions' && r.relation !== 'cites').map(key));
  expect(typed).toEqual(typedRelations());
  expect(new Set(relations.filter((r) => r.relation === 'cites').map(key))).toEqual(citations());
  // Mentions join known entries, and every wiki link of a body is a mention or a typed relation.
  const mentions = relations.filter((r) => r.relation === 'mentions');
  for (const m of mentions) {
    expect(slugs.has(m.from) && slugs.has(m.to), key(m)).toBe(true);
    expect(m.from).not.toBe(m.to);
  }
  for (const f of files) {
    for (const to of new Set(wikiLinks(f.body))) {
      if (to === f.slug) continue;
      expect(relations.some((r) => r.from === f.slug && r.to === to && r.relation !== 'cites'), `${f.file}: [[${to}]]`).toBe(true);
    }
  }
  expect(relations.length).toBe(typed.size + citations().size + mentions.length);
  const tables: Record<string, number> = { eintraege: files.length, beziehungen: relations.length, zahlen: countOf('figures'), ereignisse: countOf('events') };
  for (const [name, rows] of Object.entries(tables)) {
    const response = await request.get(`/daten/${name}.csv`);
    expect(response.status(), name).toBe(200);
    expect(response.headers()['content-type']).toMatch(/text\/csv/);
    const parsed = parseCsv(await response.text());
    expect(parsed.length - 1, name).toBe(rows);
    const width = parsed[0]!.length;
    for (const row of parsed) expect(row.length, `${name}: ${row.join('|')}`).toBe(width);
  }
  // The entries table has the map point of every located entry and no other.
  const entries = parseCsv(await (await request.get('/daten/eintraege.csv')).text());
  const [header, ...rows] = entries;
  const col = (name: string) => header!.indexOf(name);
  const withPoint = rows.filter((r) => r[col('lat')] !== '').map((r) => r[col('slug')]).sort();
  expect(withPoint).toEqual([...locatedEntries().keys()].sort());
  await page.goto('/daten/');
  for (const file of ['atlas.json', 'eintraege.csv', 'beziehungen.csv', 'zahlen.csv', 'ereignisse.csv', 'atlas.geojson']) {
    await expect(page.getByRole('link', { name: file })).toBeVisible();
  }
  await expect(page.locator('main')).toContainText('ODbL 1.0');
});

test('the network draws every entry as a link to its page, with legend and text alternative', async ({ page, request }) => {
  await page.goto('/netzwerk/');
  const svg = page.locator('svg[aria-labelledby]').first();
  await expect(svg).toBeVisible();
  const nodes = svg.locator('a');
  const hrefs = new Set(await nodes.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href'))));
  // Every entry is a node (entries without relations sit in their collection's cluster).
  expect([...hrefs].sort()).toEqual(files.map((f) => f.path).sort());
  for (const href of hrefs) expect((await request.get(href!)).status(), href!).toBe(200);
  // Every node has an accessible name.
  const names = await nodes.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? a.querySelector('title')?.textContent ?? ''));
  for (const name of names) expect(name).not.toBe('');
  // Legend and the relations as text.
  await expect(page.getByText('Hervorgegangen aus').first()).toBeAttached();
  const details = page.locator('details').filter({ has: page.locator('summary') }).last();
  await details.locator('summary').click();
  await expect(details.locator('a').first()).toBeVisible();
});

test('the network of one collection shows its members', async ({ page }) => {
  await page.goto('/netzwerk/unternehmen/');
  const svg = page.locator('svg[aria-labelledby]').first();
  await expect(svg).toBeVisible();
  const hrefs = new Set(await svg.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href'))));
  for (const company of files.filter((f) => f.collection === 'companies')) expect(hrefs.has(company.path), company.path).toBe(true);
});

test('entry pages show their neighbourhood in the network as an image with its legend', async ({ page, request }) => {
  await page.goto('/unternehmen/zhipu/');
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Im Netzwerk' }) });
  await expect(section).toBeVisible();
  const image = section.getByRole('img', { name: /^Umfeld von Zhipu im Netzwerk: \d+ Einträge und \d+ Beziehungen\. Farbe und Form/ });
  await expect(image).toHaveAttribute('src', '/unternehmen/zhipu/netzwerk.svg');
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(520);
  await expect(section.getByRole('listitem').filter({ hasText: 'Unternehmen' })).toHaveCount(1);
  await expect(section.getByRole('listitem').filter({ hasText: 'Sitz' })).toHaveCount(1);
  // The picture is not in the page's HTML, and it draws the entry's neighbours.
  await expect(section.locator('svg.network__svg')).toHaveCount(0);
  const file = await request.get('/unternehmen/zhipu/netzwerk.svg');
  expect(file.headers()['content-type']).toContain('image/svg+xml');
  const svg = await file.text();
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" lang="de"><title>Umfeld von Zhipu im Netzwerk/);
  expect(svg).toContain('>Tsinghua-Universität</text>');
  const english = await request.get('/en/companies/zhipu/network.svg');
  expect(await english.text()).toContain('<title>Neighborhood of Zhipu AI in the network');
});
