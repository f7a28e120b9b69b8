// Unit tests for view-state.ts: the map's filters and view in the URL.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFilters, readView, writeState } from './view-state.ts';

describe('readFilters', () => {
  test('reads collections from c and kinds from k, comma-separated', () => {
    assert.deepEqual(readFilters('?c=companies,places&k=companies:large-model,places:street'), {
      collections: ['companies', 'places'],
      kinds: ['companies:large-model', 'places:street'],
    });
  });

  test('an absent parameter means "all offered" and is left out', () => {
    assert.deepEqual(readFilters(''), {});
    assert.deepEqual(readFilters('?focus=zhipu'), {});
    assert.deepEqual(readFilters('?k=companies:robotics'), { kinds: ['companies:robotics'] });
    assert.equal('collections' in readFilters('?k=x'), false);
  });

  test('an empty parameter selects nothing', () => {
    assert.deepEqual(readFilters('?c='), { collections: [] });
  });

  test('drops empty items and reads encoded commas', () => {
    assert.deepEqual(readFilters('?c=companies,,places,'), { collections: ['companies', 'places'] });
    assert.deepEqual(readFilters('?c=companies%2Cplaces'), { collections: ['companies', 'places'] });
    assert.deepEqual(readFilters('c=people'), { collections: ['people'] });
  });
});

describe('readView', () => {
  test('reads zoom, latitude and longitude from #map=zoom/lat/lon', () => {
    assert.deepEqual(readView('#map=15/39.98/116.31'), { zoom: 15, lat: 39.98, lon: 116.31 });
    assert.deepEqual(readView('#map=12.5/-33.5/-70.25'), { zoom: 12.5, lat: -33.5, lon: -70.25 });
  });

  test('accepts the limits: latitude ±90, longitude ±180, zoom 22', () => {
    assert.deepEqual(readView('#map=22/90/180'), { zoom: 22, lat: 90, lon: 180 });
    assert.deepEqual(readView('#map=0/-90/-180'), { zoom: 0, lat: -90, lon: -180 });
  });

  test('refuses values out of range', () => {
    assert.equal(readView('#map=15/90.5/116.31'), undefined);
    assert.equal(readView('#map=15/-91/116.31'), undefined);
    assert.equal(readView('#map=15/39.98/180.1'), undefined);
    assert.equal(readView('#map=15/39.98/-181'), undefined);
    assert.equal(readView('#map=23/39.98/116.31'), undefined);
  });

  test('refuses anything that is not exactly #map=zoom/lat/lon', () => {
    for (const hash of ['', '#', 'map=15/39.98/116.31', '#map=15/39.98', '#map=15/39.98/116.31/1', '#map=a/39.98/116.31', '#map=-1/39.98/116.31', '#zoom=15/39.98/116.31', ' #map=15/39.98/116.31']) {
      assert.equal(readView(hash), undefined, hash);
    }
  });
});

describe('writeState', () => {
  const offered = { collections: ['companies', 'places'], kinds: ['companies:large-model', 'companies:robotics', 'places:street'] };
  const view = { zoom: 15, lat: 39.98, lon: 116.31 };
  const all = { collections: [...offered.collections], kinds: [...offered.kinds] };

  test('leaves out filters that select everything offered, and writes the view with five decimals', () => {
    assert.equal(writeState({ pathname: '/karte/', search: '' }, all, offered, view), '/karte/#map=15/39.98000/116.31000');
  });

  test('writes a partial selection with readable commas and colons', () => {
    const selected = { collections: ['companies'], kinds: ['companies:large-model', 'companies:robotics'] };
    assert.equal(writeState({ pathname: '/karte/', search: '' }, selected, offered, view), '/karte/?c=companies&k=companies:large-model,companies:robotics#map=15/39.98000/116.31000');
  });

  test('writes an empty selection as an empty parameter', () => {
    assert.equal(writeState({ pathname: '/karte/', search: '' }, { collections: [], kinds: all.kinds }, offered, view), '/karte/?c=#map=15/39.98000/116.31000');
  });

  test('keeps other parameters, and removes a filter that now selects everything', () => {
    assert.equal(writeState({ pathname: '/atlas/karte/', search: '?focus=zhipu&c=places' }, all, offered, view), '/atlas/karte/?focus=zhipu#map=15/39.98000/116.31000');
    assert.equal(
      writeState({ pathname: '/karte/', search: '?focus=zhipu' }, { collections: ['places'], kinds: all.kinds }, offered, view),
      '/karte/?focus=zhipu&c=places#map=15/39.98000/116.31000',
    );
  });

  test('rounds the view to five decimals and keeps a fractional zoom', () => {
    assert.equal(writeState({ pathname: '/karte/', search: '' }, all, offered, { zoom: 13.5, lat: 39.983456789, lon: -116.000004 }), '/karte/#map=13.5/39.98346/-116.00000');
  });

  test('what it writes reads back as the same selection and view', () => {
    const selected = { collections: ['places'], kinds: ['places:street'] };
    const url = new URL(writeState({ pathname: '/karte/', search: '?focus=x' }, selected, offered, view), 'https://example.org');
    assert.deepEqual(readFilters(url.search), selected);
    assert.deepEqual(readView(url.hash), view);
  });
});
