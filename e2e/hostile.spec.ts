/**
 * The hostile fixture (tests/fixtures/hostile, built by `npm run build:hostile` into
 * dist-hostile/, Playwright project "hostile"): HTML, quotes, `</script>`, `onerror=`, RTL and
 * zero-width characters, emoji and an 80-letter word in every text field. On its page, in the
 * map popup, in search results, on its tag page and on its card, every text shows literally:
 * no element, script or dialog comes from it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const NAME = 'Hostile <b>Fett</b> & "Zitat" </script><img src=x onerror=alert(1)> Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';
const ADDRESS = '<a href="https://evil.example" onclick="alert(10)">Klick</a> & Straße 1';
const TAG = '<script>alert(11)</script> & „Tag“';

/** Records dialogs (alert) a page opens; the test fails if there is one. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Elements the fixture's text would create if it were parsed as HTML. */
const injected = (page: Page) => page.locator('main img[src="x"], main b:text-is("Fett"), main a[href^="https://evil.example"], main a[href^="javascript:"], main svg[onload], body script:not([src]):text-matches("alert\\\\(")');

test('the entry page shows every text literally', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto('/unternehmen/hostile-company/');
  await expect(page.locator('h1')).toHaveText(NAME);
  const main = page.locator('main');
  await expect(main).toContainText('onerror=alert(1), </script>, <style>body{display:none}</style>');
  await expect(main).toContainText('<a href="javascript:alert(3)">Rolle</a>');
  await expect(main).toContainText('<img src=x onerror=alert(4)>, Emoji 🤖 und Arabisch: مرحبا بالعالم');
  await expect(main).toContainText('<script>alert(6)</script>');
  await expect(main.locator('[lang="zh"]', { hasText: '北京具身智能机器人创新中心' }).first()).toBeVisible();
  await expect(injected(page)).toHaveCount(0);
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
  expect(dialogs).toEqual([]);
});

test('the map popup shows the place’s name and address literally', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto('/karte/?focus=hostile-company');
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  await expect(popup).toContainText(NAME);
  await expect(popup).toContainText(ADDRESS);
  await expect(popup.locator('img, b, a[href^="https://evil.example"], svg[onload]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('search finds the entry by its name and by Chinese words inside its body, and shows the hit literally', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto('/suche/?q=Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft');
  const hit = page.locator('[data-search-results] li', { has: page.locator('a[href="/unternehmen/hostile-company/"]') });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('.search-hit__title')).toHaveText(NAME);
  await expect(hit.locator('img, b, a[href^="javascript:"]')).toHaveCount(0);
  await page.goto('/suche/?q=具身智能');
  await expect(page.locator('[data-search-results] a[href="/unternehmen/hostile-company/"]').first()).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('the tag page shows a label and a description that look like HTML as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto('/schlagwoerter/hostile-tag/');
  await expect(page.locator('h1')).toContainText(TAG);
  await expect(page.locator('main')).toContainText('<img src=x onerror=alert(12)>');
  await expect(injected(page)).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the entry’s social card is rendered', async ({ page }) => {
  await page.goto('/unternehmen/hostile-company/');
  const card = await page.locator('meta[property="og:image"]').getAttribute('content');
  const response = await page.request.get(new URL(card!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  // PNG signature, then the IHDR chunk's width and height: 1200 × 630.
  expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('the English entry page shows its translated hostile texts literally too', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto('/en/companies/hostile-company/');
  await expect(page.locator('h1')).toHaveText('Hostile <b>Bold</b> & "Quote" </script><img src=x onerror=alert(13)> Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft');
  const main = page.locator('main');
  await expect(main).toContainText('<a href="javascript:alert(15)">Role</a>');
  await expect(main).toContainText('<img src=x onerror=alert(16)> a translated quote');
  await expect(main).toContainText('<script>alert(19)</script>');
  await expect(injected(page)).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
