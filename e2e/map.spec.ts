import { test, expect, TILE_HOST, TILE_URL } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, dist, entry, locatedEntries, nameOf, targets, type ContentFile } from './content.ts';

test.describe.configure({ mode: 'parallel' });

// What the map must show, read from the content files (not from the build or the site's code).
const files = contentFiles();
const located = locatedEntries();
const locatedFiles = files.filter((f) => located.has(f.slug));
const places = new Set([...located.values()].map((p) => p.from));
const pinOf = (f: ContentFile) => located.get(f.slug)!;
const approximate = (f: ContentFile) => pinOf(f).precision !== 'building';
/** Entries sharing a place's marker. */
const membersOf = (place: string) => locatedFiles.filter((f) => pinOf(f).from === place);

/** German texts, written out by hand with their plural forms. */
const statusText = (shown: number, total: number, placeCount: number) => `${shown} von ${total} verorteten ${total === 1 ? 'Eintrag' : 'Einträgen'} an ${placeCount} ${placeCount === 1 ? 'Ort' : 'Orten'}`;
const markerLabel = (place: string, n: number) => `${nameOf(entry(place))}: ${n} ${n === 1 ? 'Eintrag' : 'Einträge'}`;

const LOAD_TILES = 'Hintergrundkarte von OpenStreetMap laden';
const REMEMBER = 'Auf diesem Gerät merken';
const WITHDRAW = 'Nicht mehr laden';

/** A view centred on an entry with WGS-84 coordinates in the file (so the marker is in the middle). */
const wgsEntry = locatedFiles.find((f) => pinOf(f).datum === 'wgs84')!;

/** Opens the map page and waits until the map script has drawn the markers. */
async function openMap(page: Page, path = '/karte/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /\d+/);
}

test('the content has located entries, at several places, some approximate and some exact', () => {
  expect(located.size).toBeGreaterThan(1);
  expect(places.size).toBeGreaterThan(1);
  expect(locatedFiles.some(approximate)).toBe(true);
  expect(locatedFiles.some((f) => !approximate(f))).toBe(true);
  expect(wgsEntry).toBeDefined();
});

test('the GeoJSON export holds every located entry, in WGS-84', async ({ request }) => {
  const response = await request.get('/atlas.geojson');
  expect(response.status()).toBe(200);
  const data = await response.json();
  expect(data.type).toBe('FeatureCollection');
  expect(data.features.map((f: { properties: { slug: string } }) => f.properties.slug).sort()).toEqual([...located.keys()].sort());
  for (const f of data.features) {
    const file = entry(f.properties.slug);
    const pin = pinOf(file);
    const [lon, lat] = f.geometry.coordinates as [number, number];
    if (pin.datum === 'wgs84') expect([lon, lat], file.file).toEqual([pin.lon, pin.lat]);
    else {
      // GCJ-02 is shifted north-east of WGS-84 in Beijing by roughly 0.006° east and 0.0013° north.
      expect(pin.datum, file.file).toBe('gcj02');
      expect(pin.lon - lon, file.file).toBeGreaterThan(0.004);
      expect(pin.lon - lon, file.file).toBeLessThan(0.008);
      expect(pin.lat - lat, file.file).toBeGreaterThan(0.0005);
      expect(pin.lat - lat, file.file).toBeLessThan(0.0025);
    }
    expect(f.properties.url, file.file).toBe(file.path);
    expect(f.properties.name, file.file).toBe(nameOf(file));
    expect(f.properties.place, file.file).toBe(pin.from);
    expect(f.properties.precision, file.file).toBe(pin.precision);
    expect(['building', 'street', 'area']).toContain(f.properties.precision);
  }
  // The article's wording travels with the established name.
  const moonshot = data.features.find((f: { properties: { slug: string } }) => f.properties.slug === 'moonshot-ai');
  expect(moonshot.properties.article_name).toBe(entry('moonshot-ai').data['article_name']);
});

test('without the background the map shows outline, every located entry, list and legend, and loads no tiles', async ({ page, offsite }) => {
  await openMap(page);
  const map = page.locator('#atlas-map');
  await expect(map).toHaveAttribute('data-entries', String(located.size));
  await expect(map).toHaveAttribute('data-markers', String(places.size));
  await expect(map).toHaveAttribute('data-background', 'off');
  // The district outline is drawn from this site.
  await expect(map.locator('.leaflet-overlay-pane path').first()).toBeAttached();
  await expect(map.locator('.leaflet-tile')).toHaveCount(0);
  await expect(page.locator('#map-tiles-notice')).toBeHidden();
  // Every marker is either on the map or inside a cluster whose badge counts it.
  const standalone = await page.locator('.leaflet-marker-icon.atlas-marker').count();
  const clustered = await page.locator('.marker-cluster span').evaluateAll((spans) => spans.reduce((n, s) => n + Number(s.textContent), 0));
  expect(standalone + clustered).toBe(places.size);
  await expect(page.locator('#map-status')).toHaveText(statusText(located.size, located.size, places.size));
  await expect(page.locator('#map-filters')).toBeVisible();
  await expect(page.locator('.map-legend')).toBeVisible();
  await expect(page.locator('#map-list li[data-slug]')).toHaveCount(located.size);
  await expect(page.getByRole('button', { name: LOAD_TILES })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(offsite.tiles).toEqual([]);
});

test('marker images load (no broken Leaflet icon paths)', async ({ page }) => {
  await openMap(page, `/karte/#map=17/${pinOf(wgsEntry).lat}/${pinOf(wgsEntry).lon}`);
  const icons = page.locator('img.atlas-marker');
  await expect(icons.first()).toBeVisible();
  const widths = await icons.evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((i) => (i.complete ? i.naturalWidth : -1)));
  expect(widths.length).toBeGreaterThan(0);
  for (const w of widths) expect(w).toBeGreaterThan(0);
});

test('filters change the markers, and live in the URL', async ({ page }) => {
  const placeEntries = locatedFiles.filter((f) => f.collection === 'places');
  expect(placeEntries.length).toBeGreaterThan(0);
  expect(placeEntries.length).toBeLessThan(located.size);
  const rest = locatedFiles.filter((f) => f.collection !== 'places');
  const restPlaces = new Set(rest.map((f) => pinOf(f).from)).size;
  await openMap(page);
  await page.locator('#map-filters input[name="c"][value="places"]').uncheck();
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', String(rest.length));
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-markers', String(restPlaces));
  await expect(page.locator('#map-status')).toHaveText(statusText(rest.length, located.size, restPlaces));
  await expect(page).toHaveURL(/[?&]c=[a-z,]+/);
  expect(page.url()).not.toMatch(/c=[^&#]*places/);
  // The list follows the filter.
  const hiddenItems = await page.locator('#map-list li[data-collection="places"]').evaluateAll((lis) => lis.filter((li) => (li as HTMLElement).hidden).length);
  expect(hiddenItems).toBe(placeEntries.length);
  // Reloading the shared URL restores the filter.
  await page.reload();
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', String(rest.length));
  await expect(page.locator('#map-filters input[name="c"][value="places"]')).not.toBeChecked();
  // Reset shows all again.
  await page.getByRole('button', { name: 'Alle zeigen' }).click();
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', String(located.size));
});

test('focusing an approximately located entry opens its popup, whose link leads to the page', async ({ page }) => {
  const target = locatedFiles.find((f) => f.collection === 'companies' && approximate(f)) ?? locatedFiles.find(approximate)!;
  await openMap(page, `/karte/?focus=${target.slug}`);
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  await expect(popup.locator('.map-popup__place')).toContainText(nameOf(entry(pinOf(target).from)));
  await expect(popup.locator('.map-popup__approx')).toHaveText('(ungefähre Lage)');
  await popup.getByRole('link', { name: nameOf(target), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${target.path}$`));
});

test('an exactly located entry’s popup does not call its location approximate', async ({ page }) => {
  const target = locatedFiles.find((f) => !approximate(f))!;
  await openMap(page, `/karte/?focus=${target.slug}`);
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toContainText(nameOf(target));
  await expect(popup.locator('.map-popup__approx')).toHaveCount(0);
  await expect(popup).not.toContainText('ungefähre Lage');
});

test('a place shared by several entries has one popup listing them all, with its count', async ({ page }) => {
  const place = [...places].sort((a, b) => membersOf(b).length - membersOf(a).length)[0]!;
  const members = membersOf(place);
  expect(members.length).toBeGreaterThan(1);
  await openMap(page, `/karte/?focus=${place}`);
  const popup = page.locator('.leaflet-popup');
  await expect(popup.locator('.map-popup__count')).toHaveText(`${members.length} Einträge an diesem Ort`);
  await expect(popup.locator('.map-popup__list li')).toHaveCount(members.length);
  for (const m of members) await expect(popup.locator(`.map-popup__list li[data-slug="${m.slug}"] a`)).toHaveText(nameOf(m));
  // Chinese names are marked as such (built as text nodes with a lang attribute).
  for (const m of members.filter((x) => x.data['name_zh'])) await expect(popup.locator(`li[data-slug="${m.slug}"] [lang="zh"]`)).toHaveText(String(m.data['name_zh']));
});

test('popups show names and addresses as text, never as markup', async ({ page }) => {
  const target = locatedFiles.find((f) => f.collection === 'companies')!;
  const hostile = '<img src="https://evil.example/x.png" onerror="window.__pwned=1"><b>fett</b>';
  // Serve the real export with hostile text in one entry's name and its place's name and address.
  await page.route('**/atlas.geojson', async (route) => {
    const data = await (await route.fetch()).json();
    for (const f of data.features) {
      if (f.properties.slug === target.slug) f.properties.name = `${hostile} Name`;
      if (f.properties.place === pinOf(target).from) Object.assign(f.properties, { place_name: `${hostile} Ort`, address_de: `${hostile} Adresse` });
    }
    await route.fulfill({ json: data });
  });
  await openMap(page, `/karte/?focus=${target.slug}`);
  const popup = page.locator('.leaflet-popup');
  await expect(popup.locator('.map-popup__place')).toContainText(`${hostile} Ort`);
  await expect(popup.locator('.map-popup__address')).toContainText(`${hostile} Adresse`);
  await expect(popup.locator(`li[data-slug="${target.slug}"] a`)).toHaveText(`${hostile} Name`);
  await expect(popup.locator('img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('markers are reachable and opened by keyboard', async ({ page }) => {
  await openMap(page, `/karte/#map=17/${pinOf(wgsEntry).lat}/${pinOf(wgsEntry).lon}`);
  await expect(page.locator('.leaflet-marker-icon.atlas-marker').first()).toHaveAttribute('tabindex', '0');
  const place = pinOf(wgsEntry).from;
  const own = page.locator(`.leaflet-marker-icon.atlas-marker[alt="${markerLabel(place, membersOf(place).length)}"]`);
  await expect(own).toHaveCount(1);
  await own.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-popup')).toBeVisible();
  await expect(page.locator('.leaflet-popup .map-popup__place')).toContainText(nameOf(entry(place)));
});

test('marker labels name the place and count its entries in the singular or plural', async ({ page }) => {
  const single = [...places].find((p) => membersOf(p).length === 1)!;
  const several = [...places].find((p) => membersOf(p).length > 1)!;
  expect(single).toBeDefined();
  expect(several).toBeDefined();
  for (const place of [single, several]) {
    await openMap(page, `/karte/?focus=${place}`);
    await expect(page.locator('.leaflet-popup')).toBeVisible();
    await expect(page.locator(`.leaflet-marker-icon.atlas-marker[alt="${markerLabel(place, membersOf(place).length)}"]`), place).toHaveCount(1);
  }
  // Every marker drawn at the start carries one of the expected labels.
  await openMap(page);
  const expected = [...places].map((p) => markerLabel(p, membersOf(p).length));
  for (const alt of await page.locator('.leaflet-marker-icon.atlas-marker').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt') ?? ''))) expect(expected).toContain(alt);
});

test('a located entry page shows a small map without tiles, which leads to the big map', async ({ page }) => {
  const target = locatedFiles.find((f) => f.collection !== 'places')!;
  await page.goto(target.path);
  const mini = page.locator('[data-minimap]');
  await expect(mini).toHaveCount(1);
  await mini.scrollIntoViewIfNeeded();
  await expect(mini).toHaveAttribute('data-rendered', 'true');
  await expect(mini).toHaveAttribute('data-background', 'off');
  await expect(mini.locator('.leaflet-tile')).toHaveCount(0);
  await expect(mini.locator('.leaflet-overlay-pane path').first()).toBeAttached();
  const width = await mini.locator('img.atlas-marker').evaluate((img) => (img as HTMLImageElement).naturalWidth);
  expect(width).toBeGreaterThan(0);
  await expect(page.locator('.minimap').getByRole('button', { name: LOAD_TILES })).toBeVisible();
  await page.getByRole('link', { name: 'Auf der großen Karte zeigen' }).click();
  await expect(page).toHaveURL(new RegExp(`/karte/\\?focus=${target.slug}`));
  await expect(page.locator('.leaflet-popup')).toContainText(nameOf(target));
});

test('pages without a location load no map code at all', async ({ request }) => {
  const unlocated = files.find((f) => !located.has(f.slug) && f.collection === 'companies')!;
  const html = await (await request.get(unlocated.path)).text();
  expect(html).not.toMatch(/MiniMap|mini-map|data-minimap|data-tile-consent/);
  expect(html).not.toMatch(/leaflet/i);
  const built = readFileSync(join(dist, unlocated.path, 'index.html'), 'utf8');
  expect(built).toBe(html);
});

test('place pages list what is located there', async ({ page }) => {
  const inPlace = (place: string) => files.filter((f) => targets(f.data['located_in']).includes(place));
  const place = files.filter((f) => f.collection === 'places').sort((a, b) => inPlace(b.slug).length - inPlace(a.slug).length)[0]!;
  const expected = inPlace(place.slug);
  expect(expected.length).toBeGreaterThan(0);
  await page.goto(place.path);
  const group = page.locator('[data-backlink-kind="located_in"]');
  await expect(group.getByRole('heading')).toHaveText('Hier ansässig');
  await expect(group.locator('li')).toHaveCount(expected.length);
  for (const f of expected) await expect(group.locator(`a[href="${f.path}"]`)).toHaveCount(1);
});

test.describe('when the map data cannot load', () => {
  test('a 500 for the GeoJSON shows the message with a retry button, the list stays, nothing throws', async ({ page, pageErrors }) => {
    await page.route('**/atlas.geojson', (route) => route.fulfill({ status: 500, body: 'down' }));
    await page.goto('/karte/');
    const problem = page.locator('#map-data-error');
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('Die Kartendaten konnten nicht geladen werden.');
    await expect(page.locator('#atlas-map')).not.toHaveAttribute('data-entries', /\d/);
    await expect(page.locator('#map-list li[data-slug]')).toHaveCount(located.size);
    await expect(page.locator('#map-list li[data-slug]').first()).toBeVisible();
    expect(pageErrors).toEqual([]);
    // Once the data is back, the retry button draws the map.
    await page.unroute('**/atlas.geojson');
    await problem.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', String(located.size));
    await expect(page.locator('#map-data-error')).toBeHidden();
  });

  test('an unreachable GeoJSON (network error) shows the same message', async ({ page }) => {
    await page.route('**/atlas.geojson', (route) => route.abort('connectionrefused'));
    await page.goto('/karte/');
    await expect(page.locator('#map-data-error')).toBeVisible();
    await expect(page.locator('#map-data-error').getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  });
});

test.describe('the background map asks first', () => {
  test.use({ tileConsent: true });

  /** The number of entries in the page's localStorage. */
  const stored = (page: Page) => page.evaluate(() => Object.keys(localStorage).length);

  test('no request leaves the site before the click; afterwards tiles come from the tile server only', async ({ page, offsite, requests, baseURL }) => {
    await openMap(page);
    await page.waitForLoadState('networkidle');
    const panel = page.locator('[data-tile-consent]');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(TILE_HOST);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.map((r) => new URL(r.url()).hostname).filter((h) => h !== '127.0.0.1')).toEqual([]);
    expect(offsite.tiles).toEqual([]);
    await expect(page.locator('#atlas-map .leaflet-tile')).toHaveCount(0);

    await page.getByRole('button', { name: LOAD_TILES }).click();
    await expect.poll(() => offsite.tiles.length).toBeGreaterThan(0);
    for (const url of offsite.tiles) expect(url).toMatch(TILE_URL);
    expect(offsite.other).toEqual([]);
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-background', 'on');
    await expect(page.locator('#atlas-map .leaflet-tile').first()).toBeAttached();
    await expect(page.getByRole('button', { name: WITHDRAW })).toBeVisible();
    await expect(page.getByRole('button', { name: LOAD_TILES })).toBeHidden();
    // The suite blocks the tiles: the map says the background is missing, and keeps working.
    await expect(page.locator('#map-tiles-notice')).toBeVisible();
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', String(located.size));
    // Tile requests carry the site's origin as referrer (the tile policy wants one), never the page.
    const tileRequest = requests.find((r) => TILE_URL.test(r.url()))!;
    expect((await tileRequest.allHeaders())['referer']).toBe(`${new URL(baseURL!).origin}/`);
    // Without "remember", the choice holds for this page only.
    expect(await stored(page)).toBe(0);
    const before = offsite.tiles.length;
    await openMap(page);
    await page.waitForLoadState('networkidle');
    expect(offsite.tiles.length).toBe(before);
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-background', 'off');
    await expect(page.getByRole('button', { name: LOAD_TILES })).toBeVisible();
  });

  test('a remembered choice survives a reload; withdrawing removes the tiles and the stored choice', async ({ page, offsite }) => {
    await openMap(page);
    expect(await stored(page)).toBe(0);
    await page.getByLabel(REMEMBER).check();
    await page.getByRole('button', { name: LOAD_TILES }).click();
    await expect.poll(() => offsite.tiles.length).toBeGreaterThan(0);
    expect(await stored(page)).toBe(1);

    await page.reload();
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /\d+/);
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-background', 'on');
    await expect(page.locator('#atlas-map .leaflet-tile').first()).toBeAttached();
    await expect(page.getByRole('button', { name: WITHDRAW })).toBeVisible();
    await expect(page.getByRole('button', { name: LOAD_TILES })).toBeHidden();

    await page.getByRole('button', { name: WITHDRAW }).click();
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-background', 'off');
    await expect(page.locator('#atlas-map .leaflet-tile')).toHaveCount(0);
    await expect(page.locator('#map-tiles-notice')).toBeHidden();
    await expect(page.getByRole('button', { name: LOAD_TILES })).toBeVisible();
    expect(await stored(page)).toBe(0);
    // Withdrawn stays withdrawn.
    await page.waitForLoadState('networkidle');
    const before = offsite.tiles.length;
    await page.reload();
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /\d+/);
    await page.waitForLoadState('networkidle');
    expect(offsite.tiles.length).toBe(before);
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-background', 'off');
  });

  test('the small map asks too, and follows a choice remembered on the big map', async ({ page, offsite, requests }) => {
    const target = locatedFiles.find((f) => f.collection !== 'places')!;
    await page.goto(target.path);
    const mini = page.locator('[data-minimap]');
    await mini.scrollIntoViewIfNeeded();
    await expect(mini).toHaveAttribute('data-rendered', 'true');
    await page.waitForLoadState('networkidle');
    expect(requests.map((r) => new URL(r.url()).hostname).filter((h) => h !== '127.0.0.1')).toEqual([]);
    await page.locator('.minimap').getByRole('button', { name: LOAD_TILES }).click();
    await expect.poll(() => offsite.tiles.length).toBeGreaterThan(0);
    await expect(mini).toHaveAttribute('data-background', 'on');
    await expect(mini.locator('.leaflet-tile').first()).toBeAttached();
    for (const url of offsite.tiles) expect(url).toMatch(TILE_URL);

    // Remembered on the big map, the small map loads its background without asking.
    await openMap(page);
    await page.getByLabel(REMEMBER).check();
    await page.getByRole('button', { name: LOAD_TILES }).click();
    await page.goto(target.path);
    await page.locator('[data-minimap]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-minimap]')).toHaveAttribute('data-background', 'on');
    await expect(page.locator('.minimap').getByRole('button', { name: WITHDRAW })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list shows every located entry, and nothing third-party loads', async ({ page, offsite, requests }) => {
    await page.goto('/karte/');
    await expect(page.locator('#map-list li[data-slug]')).toHaveCount(located.size);
    await expect(page.locator('#map-list [data-place-group]')).toHaveCount(places.size);
    for (const f of locatedFiles) await expect(page.locator(`#map-list li[data-slug="${f.slug}"] a`).first()).toHaveAttribute('href', f.path);
    await expect(page.locator('#map-filters')).toBeHidden();
    await expect(page.locator('[data-tile-consent]')).toBeHidden();
    await expect(page.locator('.map-noscript')).toBeVisible();
    await page.goto(locatedFiles.find((f) => f.collection !== 'places')!.path);
    await expect(page.locator('[data-tile-consent]')).toBeHidden();
    await page.waitForLoadState('networkidle');
    expect(requests.map((r) => new URL(r.url()).hostname).filter((h) => h !== '127.0.0.1')).toEqual([]);
    expect(offsite).toEqual({ tiles: [], other: [] });
  });
});
