// Unit tests for the pure part of tiles.ts: the attribution HTML of the tile layer.
// (Adding tiles to a map needs a browser: the end-to-end tests cover it.)
import { test } from 'node:test';
import assert from 'node:assert/strict';

// tiles.ts imports Leaflet, which inspects the browser when it loads. These stand-ins let it
// load in Node; the function tested here uses none of them.
const stand = globalThis as unknown as Record<string, unknown>;
const element = () => ({ style: {}, getContext: () => null, setAttribute() {}, appendChild() {} });
stand['window'] ??= globalThis;
stand['screen'] ??= {};
stand['document'] ??= { documentElement: { style: {} }, createElement: element, createElementNS: () => ({ createSVGRect: () => ({}) }), addEventListener() {} };
const { attributionHtml } = await import('./tiles.ts');

test('links the attribution to the licence page', () => {
  assert.equal(
    attributionHtml({ attribution: '© OpenStreetMap contributors', attributionUrl: 'https://www.openstreetmap.org/copyright' }),
    '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>',
  );
  assert.equal(attributionHtml({ attribution: 'Tiles', attributionUrl: 'http://tiles.example.org/' }), '<a href="http://tiles.example.org/">Tiles</a>');
});

test('escapes the text and the address, so settings cannot inject markup', () => {
  assert.equal(
    attributionHtml({ attribution: `<b>"Karten" & 'mehr'</b>`, attributionUrl: 'https://example.org/?a="x"&b=<y>' }),
    '<a href="https://example.org/?a=&#34;x&#34;&#38;b=&#60;y&#62;">&#60;b&#62;&#34;Karten&#34; &#38; &#39;mehr&#39;&#60;/b&#62;</a>',
  );
});

test('shows plain text when the address is not an http(s) URL', () => {
  assert.equal(attributionHtml({ attribution: '© Beispiel <GmbH>', attributionUrl: '' }), '© Beispiel &#60;GmbH&#62;');
  assert.equal(attributionHtml({ attribution: 'x', attributionUrl: 'javascript:alert(1)' }), 'x');
  assert.equal(attributionHtml({ attribution: 'x', attributionUrl: 'ftp://example.org/' }), 'x');
  assert.equal(attributionHtml({ attribution: 'x', attributionUrl: '/copyright' }), 'x');
});
