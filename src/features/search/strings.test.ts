// Unit tests for strings.ts: what the search scripts receive from the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';

// The search page's address includes the base path: set the site's address before importing.
process.env['ATLAS_SITE_URL'] = 'https://owner.github.io/atlas/';
const { translator } = await import('../../i18n/index.ts');
const { searchStrings } = await import('./strings.ts');

const strings = searchStrings(translator('de'));

test('links to the search page under the base path, in the locale', () => {
  assert.equal(strings.lang, 'de');
  assert.equal(strings.searchPage, '/atlas/suche/');
});

test("loads the edition's own search bundle, under the base path", () => {
  assert.equal(strings.bundle, '/atlas/pagefind/pagefind.js');
  assert.equal(searchStrings(translator('en')).bundle, '/atlas/en/pagefind/pagefind.js');
});

test('results link under the base path, in every edition (not under the bundle\'s folder)', () => {
  assert.equal(strings.baseUrl, '/atlas/');
  assert.equal(searchStrings(translator('en')).baseUrl, '/atlas/');
});

test('lists the filters by their index key with a label, in display order', () => {
  assert.deepEqual(strings.filters, [
    { key: 'Sammlung', label: 'Sammlung' },
    { key: 'Art', label: 'Art' },
    { key: 'Schlagwort', label: 'Schlagwort' },
  ]);
});

test('hands over the texts, and the count as plural forms for the browser', () => {
  assert.deepEqual(strings.count, { one: '{count} Treffer für „{query}“', other: '{count} Treffer für „{query}“' });
  assert.equal(strings.loading, 'Suche wird geladen …');
  assert.equal(strings.unavailable, 'Der Suchindex konnte nicht geladen werden.');
  assert.equal(strings.retry, 'Erneut versuchen');
  assert.equal(strings.none, 'Keine Treffer für „{query}“.');
  assert.equal(strings.all, 'Alle Treffer für „{query}“ anzeigen');
  assert.equal(strings.examples, 'Zhipu|清华|Wudaokou|Moonshot|Rechenleistung');
  assert.equal(strings.empty, 'Geben Sie einen Suchbegriff ein.');
  assert.equal(strings.more, 'Weitere Treffer laden');
  assert.equal(strings.clear, 'Filter zurücksetzen');
  assert.ok(strings.noneHelp.startsWith('Prüfen Sie die Schreibweise'));
});
