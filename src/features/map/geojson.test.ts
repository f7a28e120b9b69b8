// Unit tests for geojson.ts: the map's single data source and open-data export.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Translator } from '../../i18n/index.ts';
import { atlasOf } from '../../atlas/test-atlas.ts';

// Feature URLs include the base path: set the site's address before importing.
process.env['ATLAS_SITE_URL'] = 'https://owner.github.io/atlas/';
const { translator } = await import('../../i18n/index.ts');
const { buildFeatureCollection, groupByPlace } = await import('./geojson.ts');


const cited = { sources: [{ source: 'article', quote: 'ein Zitat' }] };
const summary = 'Eine Zusammenfassung von genügend Länge.';
const where = { city: 'Peking', district: 'Haidian', datum: 'wgs84', coord_source: 'Vermessung' };
const atlas = atlasOf({
  'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary, language: 'de' },
  'places/tower.mdx': {
    name: 'Turm',
    name_en: 'Tower',
    pinyin: 'Tǎ',
    kind: 'building',
    summary,
    ...cited,
    location: { ...where, lat: 39.99245, lon: 116.32771, precision: 'building', address_de: 'Zhongguancun-Oststraße 8', address_zh: '中关村东路8号' },
  },
  'places/road.mdx': { name: 'Straße', kind: 'street', summary, ...cited, location: { ...where, lat: 39.97502, lon: 116.32866, precision: 'street', coord_confidence: 'low' } },
  'companies/alpha.mdx': { name: 'Alpha', name_zh: '阿尔法', kind: 'large-model', summary, ...cited, located_in: { id: 'tower', role: 'Büro' } },
  'companies/beta.mdx': { name: 'Beta', kind: 'robotics', summary, ...cited, located_in: 'tower' },
  'companies/nowhere.mdx': { name: 'Nirgends', kind: 'other', summary, ...cited },
  'companies/faraway.mdx': { name: 'Fern', kind: 'other', summary, ...cited, location: { city: 'Shanghai', lat: 31.2304, lon: 121.4737, datum: 'wgs84', precision: 'building', coord_source: 'Karte' } },
  'companies/gcj.mdx': { name: 'GCJ', kind: 'other', summary, ...cited, location: { ...where, datum: 'gcj02', lat: 39.959912, lon: 116.298056, precision: 'building', coord_confidence: 'high' } },
});
const ui = translator('de');
const fc = buildFeatureCollection(atlas, ui, { license: 'test' });
const feature = (id: string) => {
  const found = fc.features.find((f) => f.id === id);
  assert.ok(found, `no feature ${id}`);
  return found;
};

describe('buildFeatureCollection', () => {
  test('is a FeatureCollection with the locale and the given metadata', () => {
    assert.equal(fc.type, 'FeatureCollection');
    assert.deepEqual(fc.metadata, { lang: 'de', license: 'test' });
  });

  test('has one point per located entry: none for unknown locations, none outside Beijing', () => {
    assert.deepEqual(fc.features.map((f) => f.id).sort(), ['alpha', 'beta', 'gcj', 'road', 'tower']);
  });

  test('orders features by place, then by name', () => {
    assert.deepEqual(fc.features.map((f) => f.id), ['gcj', 'road', 'alpha', 'beta', 'tower']);
  });

  test('writes Points as [lon, lat] in WGS-84', () => {
    assert.deepEqual(feature('tower').geometry, { type: 'Point', coordinates: [116.32771, 39.99245] });
    assert.equal(feature('tower').type, 'Feature');
  });

  test('converts GCJ-02 input: the Haidian district government lies at 39.95866, 116.29199 (WGS-84)', () => {
    const [lon, lat] = feature('gcj').geometry.coordinates;
    assert.ok(Math.abs(lat - 39.95866) < 0.0002, String(lat));
    assert.ok(Math.abs(lon - 116.29199) < 0.0002, String(lon));
  });

  test("an entry in a place carries the place's coordinates, name, address and precision, and its role there", () => {
    assert.deepEqual(feature('alpha').geometry.coordinates, [116.32771, 39.99245]);
    assert.deepEqual(feature('alpha').properties, {
      slug: 'alpha',
      collection: 'companies',
      kind: 'large-model',
      name: 'Alpha',
      collection_label: 'Unternehmen',
      kind_label: 'Large Models',
      name_zh: '阿尔法',
      url: '/atlas/unternehmen/alpha/',
      precision: 'building',
      place: 'tower',
      place_name: 'Turm',
      address_de: 'Zhongguancun-Oststraße 8',
      address_zh: '中关村东路8号',
      role: 'Büro',
    });
  });

  test('leaves absent properties out instead of writing undefined', () => {
    const beta = feature('beta').properties;
    for (const key of ['role', 'name_zh', 'name_en', 'pinyin', 'article_name', 'confidence']) assert.equal(key in beta, false, key);
    assert.equal(JSON.stringify(fc).includes('undefined'), false);
  });

  test("a place is its own place, with its names and its coordinates' confidence", () => {
    assert.deepEqual(feature('tower').properties, {
      slug: 'tower',
      collection: 'places',
      kind: 'building',
      name: 'Turm',
      collection_label: 'Ort',
      kind_label: 'Gebäude',
      name_en: 'Tower',
      pinyin: 'Tǎ',
      url: '/atlas/orte/tower/',
      precision: 'building',
      place: 'tower',
      place_name: 'Turm',
      address_de: 'Zhongguancun-Oststraße 8',
      address_zh: '中关村东路8号',
    });
    assert.equal(feature('road').properties.precision, 'street');
    assert.equal(feature('road').properties.confidence, 'low');
    assert.equal(feature('gcj').properties.confidence, 'high');
  });

  test("names and URLs follow the translator's locale", () => {
    const english: Translator = { ...ui, lang: 'en' };
    const en = buildFeatureCollection(atlas, english);
    assert.equal(en.metadata['lang'], 'en');
    const alpha = en.features.find((f) => f.id === 'alpha')!.properties;
    assert.equal(alpha.url, '/atlas/en/companies/alpha/');
    assert.equal(alpha.place_name, 'Tower');
    assert.equal(en.features.find((f) => f.id === 'tower')!.properties.name, 'Tower');
  });
});

describe('groupByPlace', () => {
  test('groups entries sharing a place into one group, the place first, the rest in their order', () => {
    const groups = groupByPlace(fc.features);
    assert.deepEqual([...groups.keys()], ['gcj', 'road', 'tower']);
    assert.deepEqual(groups.get('tower')!.map((f) => f.id), ['tower', 'alpha', 'beta']);
    assert.deepEqual(groups.get('road')!.map((f) => f.id), ['road']);
  });

  test('is empty for no features', () => {
    assert.equal(groupByPlace([]).size, 0);
  });
});
