import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { contentFiles } from './content.ts';
import { COLLECTIONS, collectionPath } from '../src/lib/collections.ts';

const files = contentFiles();
/** WCAG 2.0–2.2, levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ...COLLECTIONS.map((c) => [`index of ${c}`, collectionPath(c)] as [string, string]),
  ...COLLECTIONS.map((c) => [`entry of ${c}`, files.find((f) => f.collection === c)!.path] as [string, string]),
  ['located entry with mini map', '/institutionen/haidian-government/'],
  ['kind filter page', '/unternehmen/art/large-model/'],
  ['tags', '/schlagwoerter/'],
  ['map', '/karte/'],
  ['figures', '/zahlen/'],
  ['timeline', '/zeitleiste/'],
  ['data', '/daten/'],
  ['network', '/netzwerk/'],
  ['network of one collection', '/netzwerk/unternehmen/'],
  ['404', '/gibt-es-nicht/'],
];

for (const [name, path] of PAGES) {
  test(`axe: ${name} (${path}) has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    if (path === '/karte/') await expect(page.locator('#atlas-map')).toHaveAttribute('data-entries', /\d+/);
    if (path === '/institutionen/haidian-government/') {
      await page.locator('[data-minimap]').scrollIntoViewIfNeeded();
      await expect(page.locator('[data-minimap]')).toHaveAttribute('data-rendered', 'true');
    }
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('axe: search with results and the open header search', async ({ page }) => {
  await page.goto('/suche/?q=Tsinghua');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  let results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.locator('#site-search-input').fill('Zhipu');
  await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
  await page.locator('#site-search-input').press('ArrowDown');
  results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('keyboard: skip link, header navigation, search field and the map list are reachable in order', async ({ page }) => {
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
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link').first()).toBeFocused();
  // Skip to the content, then reach the first entry of the list below the map by keyboard alone.
  await page.goto('/karte/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  const firstListLink = page.locator('#map-list a').first();
  for (let i = 0; i < 400 && !(await firstListLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(firstListLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/karte\/$/);
});
