// Unit tests for map-markers.ts: marker images per collection and precision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COLLECTIONS } from './collections.ts';
import { COLLECTION_COLORS, isApproximate, markerDataUrl, markerSvg } from './map-markers.ts';

test('buildings are precise, streets and areas approximate', () => {
  assert.equal(isApproximate('building'), false);
  assert.equal(isApproximate('street'), true);
  assert.equal(isApproximate('area'), true);
});

test('a building gets a pin, an approximate place a dashed ring', () => {
  assert.match(markerSvg('#123456', 'building'), /<path d="M14 39/);
  assert.doesNotMatch(markerSvg('#123456', 'building'), /stroke-dasharray/);
  assert.match(markerSvg('#123456', 'area'), /stroke-dasharray/);
});

test('the SVG has explicit width and height, so the image has a natural size', () => {
  for (const precision of ['building', 'street', 'area'] as const) {
    assert.match(markerSvg('#000', precision), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
  }
});

test('several entries at one place show their count, capped at 99+', () => {
  assert.doesNotMatch(markerSvg('#000', 'building', 1), /<text/);
  assert.match(markerSvg('#000', 'building', 3), />3<\/text>/);
  assert.match(markerSvg('#000', 'street', 150), />99\+<\/text>/);
});

test('data URLs are encoded SVG', () => {
  const url = markerDataUrl('#b23a2a', 'building');
  assert.match(url, /^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
  assert.equal(decodeURIComponent(url.split(',')[1]!), markerSvg('#b23a2a', 'building'));
});

test('every collection has a distinct-enough colour for the page collections', () => {
  for (const c of COLLECTIONS) assert.match(COLLECTION_COLORS[c], /^#[0-9a-f]{6}$/);
  const pageColors = ['companies', 'institutions', 'policies', 'people', 'places'].map((c) => COLLECTION_COLORS[c as keyof typeof COLLECTION_COLORS]);
  assert.equal(new Set(pageColors).size, pageColors.length);
});
