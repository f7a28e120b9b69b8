// Unit tests for markers.ts: marker images per collection and precision.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { COLLECTIONS, PAGE_COLLECTIONS } from '../../atlas/model/collections.ts';
import { COLLECTION_COLORS, isApproximate, MARKER_GEOMETRY, markerDataUrl, markerSvg } from './markers.ts';

describe('isApproximate', () => {
  test('buildings are precise, streets and areas approximate', () => {
    assert.equal(isApproximate('building'), false);
    assert.equal(isApproximate('street'), true);
    assert.equal(isApproximate('area'), true);
  });
});

describe('markerSvg', () => {
  test('a building gets a solid pin of 28×40 in the colour', () => {
    const svg = markerSvg('#123456', 'building');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="28" height="40" viewBox="0 0 28 40">/);
    assert.match(svg, /<path d="M14 39[^"]*" fill="#123456"/);
    assert.doesNotMatch(svg, /stroke-dasharray/);
  });

  test('an approximate place gets a dashed ring of 30×30 in the colour', () => {
    for (const precision of ['street', 'area'] as const) {
      const svg = markerSvg('#123456', precision);
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="30" height="30" viewBox="0 0 30 30">/);
      assert.match(svg, /stroke="#123456" stroke-width="3" stroke-dasharray="4 3"/);
      assert.doesNotMatch(svg, /<path/);
    }
  });

  test('one entry shows no count; several show theirs in a badge, capped at 99+', () => {
    assert.doesNotMatch(markerSvg('#000', 'building'), /<text/);
    assert.doesNotMatch(markerSvg('#000', 'building', 1), /<text/);
    assert.match(markerSvg('#000', 'building', 2), />2<\/text>/);
    assert.match(markerSvg('#000', 'building', 99), />99<\/text>/);
    assert.match(markerSvg('#000', 'street', 100), />99\+<\/text>/);
  });

  test('the badge sits at the top right of the pin and of the ring', () => {
    assert.match(markerSvg('#000', 'building', 3), /<circle cx="22" cy="7" r="7"[^>]*\/><text x="22"/);
    assert.match(markerSvg('#000', 'area', 3), /<circle cx="23" cy="7" r="7"[^>]*\/><text x="23"/);
  });
});

describe('markerDataUrl', () => {
  test('is the encoded SVG', () => {
    const url = markerDataUrl('#b23a2a', 'building');
    assert.match(url, /^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    assert.equal(decodeURIComponent(url.slice(url.indexOf(',') + 1)), markerSvg('#b23a2a', 'building'));
    assert.doesNotMatch(url, /[#<> "]/, 'no character that would break a URL');
  });

  test('carries precision and count', () => {
    assert.equal(decodeURIComponent(markerDataUrl('#000', 'street', 5).split(',')[1]!), markerSvg('#000', 'street', 5));
  });
});

describe('colours and geometry', () => {
  test('every collection has a hex colour, and the page collections distinct ones', () => {
    for (const c of COLLECTIONS) assert.match(COLLECTION_COLORS[c], /^#[0-9a-f]{6}$/, c);
    const pageColors = PAGE_COLLECTIONS.map((c) => COLLECTION_COLORS[c]);
    assert.equal(new Set(pageColors).size, pageColors.length);
  });

  test('the icon geometry matches the drawn SVGs: the pin tip and the ring centre are the anchors', () => {
    assert.deepEqual(MARKER_GEOMETRY.pin, { size: [28, 40], anchor: [14, 39], popupAnchor: [0, -34] });
    assert.deepEqual(MARKER_GEOMETRY.ring, { size: [30, 30], anchor: [15, 15], popupAnchor: [0, -12] });
  });
});
