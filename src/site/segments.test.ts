// Unit tests for segments.ts: the table of URL segments, reserved slugs and published locales.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LOCALE, EDITIONS, LOCALES, OG_LOCALE, RESERVED_SLUGS, SEGMENTS } from './segments.ts';

test('the list-page segments of every locale are reserved slugs, and nothing else', () => {
  assert.deepEqual([...RESERVED_SLUGS].sort(), ['art', 'by-date', 'kind', 'nach-datum']);
});

test('German is the default locale, at the root; English has the prefix en', () => {
  assert.equal(DEFAULT_LOCALE, 'de');
  assert.equal(SEGMENTS.de.prefix, '');
  assert.equal(SEGMENTS.en.prefix, 'en');
  assert.deepEqual([...LOCALES], ['de', 'en']);
});

test('this build publishes German and English, German first, and every edition is a known locale', () => {
  assert.deepEqual([...EDITIONS], ['de', 'en']);
  for (const lang of EDITIONS) assert.ok((LOCALES as readonly string[]).includes(lang), lang);
});

test('the first path segments of a locale never collide with each other or with shared folders', () => {
  for (const lang of LOCALES) {
    const s = SEGMENTS[lang];
    const first = [...Object.values(s.collections), s.tags, s.map, s.search, s.timeline, s.network, s.data];
    const shared = ['en', 'og', 'pagefind', 'haidian.geojson', 'atlas.geojson'];
    const all = [...first, ...shared];
    assert.equal(new Set(all).size, all.length, `${lang}: ${all.join(', ')}`);
  }
});

test('search filter names differ between the filters of one locale', () => {
  for (const lang of LOCALES) {
    const names = Object.values(SEGMENTS[lang].filters);
    assert.equal(new Set(names).size, names.length, lang);
  }
  assert.deepEqual(SEGMENTS.de.filters, { collection: 'Sammlung', kind: 'Art', tag: 'Schlagwort' });
  assert.deepEqual(SEGMENTS.en.filters, { collection: 'Collection', kind: 'Kind', tag: 'Tag' });
});

test('Open Graph locales use the underscore form', () => {
  assert.deepEqual(OG_LOCALE, { de: 'de_DE', en: 'en_US' });
});
