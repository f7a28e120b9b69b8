// Unit tests for geojson.ts: the map's single data source and open-data export.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph, type EntryInput } from './graph.ts';
import { HAIDIAN_RING } from './haidian.ts';
import { buildFeatureCollection, groupByPlace } from './geojson.ts';

const base = { tags: [], notes: [], editorial: [], summary: 'A summary that is long enough.' };
const where = { city: 'Peking', district: 'Haidian', datum: 'wgs84' as const, coord_source: 'test' };
const entries: EntryInput[] = [
  { collection: 'places', slug: 'tower', file: 'content/places/tower.mdx', data: { ...base, name: 'Turm', kind: 'building', location: { ...where, lat: 39.99245, lon: 116.32771, precision: 'building', address_zh: '中关村东路8号' } } },
  { collection: 'places', slug: 'road', file: 'content/places/road.mdx', data: { ...base, name: 'Straße', kind: 'street', location: { ...where, lat: 39.97502, lon: 116.32866, precision: 'street', coord_confidence: 'low' } } },
  { collection: 'companies', slug: 'alpha', file: 'content/companies/alpha.mdx', data: { ...base, name: 'Alpha', name_zh: '阿尔法', kind: 'large-model', located_in: { id: 'tower', role: 'Büro' } } },
  { collection: 'companies', slug: 'beta', file: 'content/companies/beta.mdx', data: { ...base, name: 'Beta', kind: 'large-model', located_in: 'tower' } },
  { collection: 'companies', slug: 'nowhere', file: 'content/companies/nowhere.mdx', data: { ...base, name: 'Nirgends', kind: 'other' } },
  { collection: 'companies', slug: 'gcj', file: 'content/companies/gcj.mdx', data: { ...base, name: 'GCJ', kind: 'other', location: { ...where, datum: 'gcj02', lat: 39.959912, lon: 116.298056, precision: 'building' } } },
];
const graph = buildGraph(entries, { haidian: HAIDIAN_RING, haidianToleranceMeters: 300 });
const fc = buildFeatureCollection(graph.nodes.values(), { license: 'test' });

describe('buildFeatureCollection', () => {
  test('the test atlas itself is valid', () => {
    assert.deepEqual(graph.problems, []);
  });

  test('has one point per located entry and none for unlocated ones', () => {
    assert.equal(fc.type, 'FeatureCollection');
    assert.deepEqual(fc.features.map((f) => f.id).sort(), ['alpha', 'beta', 'gcj', 'road', 'tower']);
    assert.equal(fc.metadata['license'], 'test');
  });

  test('uses [lon, lat] order in WGS-84, converting GCJ-02 input', () => {
    const tower = fc.features.find((f) => f.id === 'tower')!;
    assert.deepEqual(tower.geometry, { type: 'Point', coordinates: [116.32771, 39.99245] });
    const gcj = fc.features.find((f) => f.id === 'gcj')!;
    assert.ok(Math.abs(gcj.geometry.coordinates[1] - 39.95866) < 0.0002);
    assert.ok(Math.abs(gcj.geometry.coordinates[0] - 116.29199) < 0.0002);
  });

  test('entries in a place carry its name, address, precision and their role', () => {
    const alpha = fc.features.find((f) => f.id === 'alpha')!.properties;
    assert.equal(alpha.place, 'tower');
    assert.equal(alpha.place_name, 'Turm');
    assert.equal(alpha.address_zh, '中关村东路8号');
    assert.equal(alpha.precision, 'building');
    assert.equal(alpha.role, 'Büro');
    assert.equal(alpha.url, '/unternehmen/alpha/');
    assert.equal(alpha.name_zh, '阿尔法');
  });

  test('leaves absent properties out instead of writing undefined', () => {
    const beta = fc.features.find((f) => f.id === 'beta')!.properties;
    assert.equal('role' in beta, false);
    assert.equal('name_zh' in beta, false);
    assert.equal(JSON.stringify(beta).includes('undefined'), false);
  });

  test('carries precision and confidence of approximate locations', () => {
    const road = fc.features.find((f) => f.id === 'road')!.properties;
    assert.equal(road.precision, 'street');
    assert.equal(road.confidence, 'low');
  });

  test('orders features stably by place, then name', () => {
    assert.deepEqual(fc.features.map((f) => f.id), ['gcj', 'road', 'alpha', 'beta', 'tower']);
  });
});

describe('groupByPlace', () => {
  test('groups entries sharing a place into one group, the place first', () => {
    const groups = groupByPlace(fc.features);
    assert.deepEqual([...groups.keys()].sort(), ['gcj', 'road', 'tower']);
    assert.deepEqual(groups.get('tower')!.map((f) => f.id), ['tower', 'alpha', 'beta']);
  });
});
