import { test, expect } from './fixtures.ts';
import { contentFiles, root } from './content.ts';
import { scanContent } from '../src/lib/content-files.ts';
import { timelineItems } from '../src/lib/timeline.ts';
import { CHARTS } from '../src/lib/charts.ts';

const files = contentFiles();
const scan = scanContent(root);
const count = (collection: string) => files.filter((f) => f.collection === collection).length;

/** Scripts a page loads, by bundle name. */
async function scripts(html: string): Promise<string[]> {
  return (html.match(/<script\b[^>]*>/gi) ?? []).map((tag) => tag.match(/src="\/_astro\/([A-Za-z]+)/)?.[1] ?? tag);
}

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
  const charts = page.locator('figure.chart');
  await expect(charts).toHaveCount(CHARTS.length);
  for (const spec of CHARTS) {
    const chart = page.locator(`#chart-${spec.id}`);
    const svg = chart.locator('svg[aria-labelledby]');
    const labelledby = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    for (const id of labelledby) await expect(page.locator(`[id="${id}"]`)).not.toBeEmpty();
    await expect(chart.locator('desc')).toContainText(':');
    await expect(chart.locator('table tbody tr')).toHaveCount(spec.bars.length);
    const hrefs = await chart.locator('svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(spec.bars.length);
    for (const href of hrefs) {
      const anchor = href.split('#')[1]!;
      await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
      expect((await request.get(`/zahlen/${anchor}/`)).status()).toBe(200);
    }
  }
  await expect(page.locator('li.figure-item')).toHaveCount(count('figures'));
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
  const expected = timelineItems(scan.graph.nodes.values());
  await page.goto('/zeitleiste/');
  await expect(page.locator('.timeline__item')).toHaveCount(expected.length);
  await expect(page.getByRole('heading', { level: 2, name: /Symbolische KI/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Large Models/ })).toBeVisible();
  await expect(page.locator('.timeline__item', { hasText: 'übernimmt 863-Projekt' }).locator('.timeline__date')).toHaveText('1980er Jahre');
  const first = await page.locator('.timeline__date time').first().getAttribute('datetime');
  expect(first).toMatch(/^\d{4}$/);
  const hrefs = new Set(await page.locator('.timeline__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test('figures, timeline and data pages carry no client JavaScript but the search loader', async ({ request }) => {
  for (const path of ['/zahlen/', '/zeitleiste/', '/daten/']) {
    expect(await scripts(await (await request.get(path)).text()), path).toEqual(['SearchBox']);
  }
});

test('the downloads parse and contain every entry, relation, figure and event', async ({ request, page }) => {
  const json = await (await request.get('/daten/atlas.json')).json();
  expect(json.entries).toHaveLength(files.length);
  expect(json.relations).toHaveLength(scan.graph.edges.length);
  const tables: Record<string, number> = { eintraege: files.length, beziehungen: scan.graph.edges.length, zahlen: count('figures'), ereignisse: count('events') };
  for (const [name, rows] of Object.entries(tables)) {
    const response = await request.get(`/daten/${name}.csv`);
    expect(response.headers()['content-type']).toMatch(/text\/csv/);
    const parsed = parseCsv(await response.text());
    expect(parsed.length - 1, name).toBe(rows);
    const width = parsed[0]!.length;
    for (const row of parsed) expect(row.length, `${name}: ${row.join('|')}`).toBe(width);
  }
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
  expect(hrefs.size).toBe(files.length);
  for (const href of hrefs) expect((await request.get(href!)).status(), href!).toBe(200);
  // Every node has an accessible name.
  const names = await nodes.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? a.querySelector('title')?.textContent ?? ''));
  for (const name of names) expect(name).not.toBe('');
  // Legend and the relations as text.
  await expect(page.getByText('Hervorgegangen aus').first()).toBeAttached();
  const details = page.locator('details').filter({ has: page.locator('summary') }).last();
  await details.locator('summary').click();
  await expect(details.locator('a').first()).toBeVisible();
  expect(await scripts(await (await request.get('/netzwerk/')).text())).toEqual(['SearchBox']);
});

test('entry pages show their neighbourhood in the network', async ({ page }) => {
  await page.goto('/unternehmen/zhipu/');
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Im Netzwerk' }) });
  await expect(section).toBeVisible();
  await expect(section.locator('a[aria-current="page"]')).toHaveCount(1);
  await expect(section.locator('svg a[href="/institutionen/tsinghua-keg/"]')).toHaveCount(1);
});
