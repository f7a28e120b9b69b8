import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanContent } from '../src/lib/content-files.ts';
import { root } from './content.ts';

// What the map must show, computed from the content files (not from the build).
const scan = scanContent(root);
const located = [...scan.graph.nodes.values()].filter((n) => n.pin);
const places = new Set(located.map((n) => n.pin!.from));

async function openMap(page: Page, path = '/karte/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /\d+/);
}

test('the GeoJSON export holds every located entry, in WGS-84', async ({ request }) => {
  const data = await (await request.get('/atlas.geojson')).json();
  expect(data.type).toBe('FeatureCollection');
  expect(data.features).toHaveLength(located.length);
  for (const f of data.features) {
    const node = scan.graph.nodes.get(f.properties.slug)!;
    expect(f.geometry.coordinates).toEqual([node.pin!.lon, node.pin!.lat]);
    expect(f.properties.url).toBe(node.path);
    expect(['building', 'street', 'area']).toContain(f.properties.precision);
  }
  expect(located.length).toBeGreaterThan(0);
});

test('with tiles blocked the map shows every located entry, and says the background is missing', async ({ page, blocked }) => {
  await openMap(page);
  const map = page.locator('#atlas-map');
  await expect(map).toHaveAttribute('data-entries', String(located.length));
  await expect(map).toHaveAttribute('data-markers', String(places.size));
  await expect(page.locator('#map-tiles-notice')).toBeVisible();
  expect(blocked.tiles.length).toBeGreaterThan(0);
  // Every marker is either on the map or inside a cluster whose badge counts it.
  const standalone = await page.locator('.leaflet-marker-icon.atlas-marker').count();
  const clustered = await page.locator('.marker-cluster span').evaluateAll((spans) => spans.reduce((n, s) => n + Number(s.textContent), 0));
  expect(standalone + clustered).toBe(places.size);
  // The status line counts the same.
  await expect(page.locator('#map-status')).toContainText(`${located.length} von ${located.length}`);
});

test('marker images load (no broken Leaflet icon paths)', async ({ page }) => {
  await openMap(page, `/karte/#map=17/${located[0]!.pin!.lat}/${located[0]!.pin!.lon}`);
  const icons = page.locator('img.atlas-marker');
  await expect(icons.first()).toBeVisible();
  const widths = await icons.evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((i) => (i.complete ? i.naturalWidth : -1)));
  expect(widths.length).toBeGreaterThan(0);
  for (const w of widths) expect(w).toBeGreaterThan(0);
});

test('filters change the markers, and live in the URL', async ({ page }) => {
  await openMap(page);
  const placesCount = located.filter((n) => n.collection === 'places').length;
  test.skip(placesCount === 0 || placesCount === located.length, 'needs located places and other located entries');
  await page.locator('#map-filters input[name="c"][value="places"]').uncheck();
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', String(located.length - placesCount));
  await expect(page).toHaveURL(/[?&]c=[a-z,]+/);
  expect(page.url()).not.toMatch(/c=[^&#]*places/);
  // The list follows the filter.
  const hiddenItems = await page.locator('#map-list li[data-collection="places"]').evaluateAll((lis) => lis.filter((li) => (li as HTMLElement).hidden).length);
  expect(hiddenItems).toBe(placesCount);
  // Reloading the shared URL restores the filter.
  await page.reload();
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', String(located.length - placesCount));
  await expect(page.locator('#map-filters input[name="c"][value="places"]')).not.toBeChecked();
  // Reset shows all again.
  await page.getByRole('button', { name: 'Alle zeigen' }).click();
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', String(located.length));
});

test('focusing an entry opens its popup, whose link leads to the page', async ({ page }) => {
  const target = located.find((n) => n.collection === 'companies') ?? located[0]!;
  await openMap(page, `/karte/?focus=${target.slug}`);
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  await expect(popup).toContainText(target.data.name);
  if (target.pin!.precision !== 'building') await expect(popup).toContainText('ungefähre Lage');
  await popup.getByRole('link', { name: target.data.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${target.path}$`));
});

test('markers are reachable and opened by keyboard', async ({ page }) => {
  await openMap(page, `/karte/#map=17/${located[0]!.pin!.lat}/${located[0]!.pin!.lon}`);
  const marker = page.locator('.leaflet-marker-icon.atlas-marker').first();
  await expect(marker).toHaveAttribute('tabindex', '0');
  await expect(marker).toHaveAttribute('alt', /Einträge/);
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-popup')).toBeVisible();
});

test('without JavaScript the list shows every located entry', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/karte/');
  await expect(page.locator('#map-list li[data-slug]')).toHaveCount(located.length);
  await expect(page.locator('#map-list [data-place-group]')).toHaveCount(places.size);
  await expect(page.locator('#map-filters')).toBeHidden();
  await context.close();
});

test('a located entry page shows a small map that loads when scrolled into view', async ({ page }) => {
  const target = located.find((n) => n.collection !== 'places') ?? located[0]!;
  await page.goto(target.path);
  const mini = page.locator('[data-minimap]');
  await expect(mini).toHaveCount(1);
  await mini.scrollIntoViewIfNeeded();
  await expect(mini).toHaveAttribute('data-rendered', 'true');
  const width = await mini.locator('img.atlas-marker').evaluate((img) => (img as HTMLImageElement).naturalWidth);
  expect(width).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Auf der großen Karte zeigen' }).click();
  await expect(page).toHaveURL(new RegExp(`/karte/\\?focus=${target.slug}`));
  await expect(page.locator('.leaflet-popup')).toContainText(target.data.name);
});

test('pages without a location load no map code at all', async ({ request }) => {
  const unlocated = [...scan.graph.nodes.values()].find((n) => !n.pin)!;
  const html = await (await request.get(unlocated.path)).text();
  expect(html).not.toMatch(/MiniMap|mini-map|data-minimap/);
  expect(html).not.toMatch(/leaflet/i);
  const built = readFileSync(join(root, 'dist', unlocated.path, 'index.html'), 'utf8');
  expect(built).toBe(html);
});

test('place pages list what is located there', async ({ page }) => {
  const place = [...scan.graph.nodes.values()].find((n) => n.collection === 'places' && scan.graph.backlinks(n.slug).some((g) => g.kind === 'located_in'));
  test.skip(!place, 'no place with located entries');
  await page.goto(place!.path);
  const group = page.locator('[data-backlink-kind="located_in"]');
  await expect(group.getByRole('heading')).toHaveText('Hier ansässig');
  const expected = scan.graph.backlinks(place!.slug).find((g) => g.kind === 'located_in')!.edges.length;
  await expect(group.locator('li')).toHaveCount(expected);
});
