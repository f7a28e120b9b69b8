import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { COLLECTIONS, contentFiles, locatedEntries, SEGMENT } from './content.ts';

test.describe.configure({ mode: 'parallel' });

const files = contentFiles();
const located = locatedEntries();
/** WCAG 2.0–2.2, levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const minimapEntry = files.find((f) => f.collection === 'institutions' && located.has(f.slug))!;

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ...COLLECTIONS.map((c) => [`index of ${c}`, `/${SEGMENT[c]}/`] as [string, string]),
  ...COLLECTIONS.map((c) => [`entry of ${c}`, files.find((f) => f.collection === c)!.path] as [string, string]),
  ['entry with the article’s wording', '/unternehmen/moonshot-ai/'],
  ['kind filter page', '/unternehmen/art/large-model/'],
  ['tags', '/schlagwoerter/'],
  ['tag', '/schlagwoerter/tsinghua/'],
  ['timeline', '/zeitleiste/'],
  ['data', '/daten/'],
  ['network', '/netzwerk/'],
  ['network of one collection', '/netzwerk/unternehmen/'],
  ['search without a query', '/suche/'],
  ['404', '/gibt-es-nicht/'],
];

/** The violations of the page, one line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const [name, path] of PAGES) {
  test(`axe: ${name} (${path}) has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

test('axe: the map with its consent panel, filters and list', async ({ page }) => {
  await page.goto('/karte/');
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /\d+/);
  await expect(page.locator('[data-tile-consent]')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: a located entry with its small map and consent panel', async ({ page }) => {
  expect(minimapEntry).toBeDefined();
  await page.goto(minimapEntry.path);
  await page.locator('[data-minimap]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-minimap]')).toHaveAttribute('data-rendered', 'true');
  await expect(page.locator('.minimap [data-tile-consent]')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: the map’s data error and the search’s unavailable message', async ({ page }) => {
  await page.route('**/atlas.geojson', (route) => route.fulfill({ status: 500 }));
  await page.goto('/karte/');
  await expect(page.locator('#map-data-error')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 500 }));
  await page.goto('/suche/?q=Zhipu');
  await expect(page.locator('#search-page .search-retry')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe('with the background map', () => {
  test.use({ tileConsent: true });

  test('axe: the map after the visitor loaded the background', async ({ page }) => {
    await page.goto('/karte/');
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /\d+/);
    await page.getByRole('button', { name: 'Hintergrundkarte von OpenStreetMap laden' }).click();
    await expect(page.getByRole('button', { name: 'Nicht mehr laden' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

test('axe: search with results and the open header search', async ({ page }) => {
  await page.goto('/suche/?q=Tsinghua');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.locator('#site-search-input').fill('Zhipu');
  await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
  await page.locator('#site-search-input').press('ArrowDown');
  expect(await violations(page)).toEqual([]);
});

test('keyboard: skip link, search field, language switch, header navigation and the map list are reachable in order', async ({ page }) => {
  await page.goto('/karte/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.site-title')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#site-search-input')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Suchen' }).first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'English' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link').first()).toBeFocused();
  // Skip to the content, then reach the consent button and the first entry of the list below the map by keyboard alone.
  await page.goto('/karte/');
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /\d+/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  const isFocused = (selector: string) => page.locator(selector).first().evaluate((el) => el === document.activeElement);
  let consentReached = false;
  for (let i = 0; i < 400 && !(await isFocused('#map-list a')); i++) {
    await page.keyboard.press('Tab');
    consentReached ||= await isFocused('[data-tiles-load]');
  }
  expect(consentReached).toBe(true);
  await expect(page.locator('#map-list a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/karte\/$/);
});
