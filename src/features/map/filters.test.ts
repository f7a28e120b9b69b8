// Unit tests for filters.ts: the filter options offered on the map page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AtlasFeature } from './geojson.ts';
import { filterOptions } from './filters.ts';

function feature(slug: string, collection: AtlasFeature['properties']['collection'], kind: string): AtlasFeature {
  return {
    type: 'Feature',
    id: slug,
    geometry: { type: 'Point', coordinates: [116.3, 39.99] },
    properties: { slug, collection, kind, name: slug, collection_label: collection, kind_label: kind, url: `/x/${slug}/`, precision: 'building', place: slug, place_name: slug },
  };
}

test('offers only collections and kinds present in the data, with counts, in model order', () => {
  const options = filterOptions([
    feature('a', 'places', 'street'),
    feature('b', 'companies', 'robotics'),
    feature('c', 'companies', 'large-model'),
    feature('d', 'companies', 'large-model'),
  ]);
  assert.deepEqual(options, [
    { collection: 'companies', count: 3, kinds: [{ kind: 'large-model', count: 2 }, { kind: 'robotics', count: 1 }] },
    { collection: 'places', count: 1, kinds: [{ kind: 'street', count: 1 }] },
  ]);
});

test('a kind that the collection does not have is counted for the collection but not offered', () => {
  assert.deepEqual(filterOptions([feature('a', 'places', 'large-model')]), [{ collection: 'places', count: 1, kinds: [] }]);
});

test('a kind name shared by two collections is counted per collection', () => {
  const options = filterOptions([feature('a', 'policies', 'publication'), feature('b', 'events', 'publication'), feature('c', 'events', 'publication')]);
  assert.deepEqual(options, [
    { collection: 'policies', count: 1, kinds: [{ kind: 'publication', count: 1 }] },
    { collection: 'events', count: 2, kinds: [{ kind: 'publication', count: 2 }] },
  ]);
});

test('offers nothing for no data', () => {
  assert.deepEqual(filterOptions([]), []);
});
