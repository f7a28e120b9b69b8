// Unit tests for svg.ts: node shapes, edge paths, hollow lines, the stand-alone neighbourhood
// image, and that the component stylesheets carry the same colours as the image.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COLLECTION_COLORS } from '../map/markers.ts';
import { EDGE_COLORS, diamondPath, edgePaths, editorialWidths, neighbourhoodSvg, nodeShape } from './svg.ts';
import type { NetworkLayout } from './layout-types.ts';
import type { PlacedNode } from './labels.ts';

const box = { x: 0, y: 0, width: 0, height: 0 };
const node = (id: string, collection: PlacedNode['collection'], x: number, y: number, extra: Partial<PlacedNode> = {}): PlacedNode => ({ id, collection, name: id, href: `/${id}/`, x, y, r: 5, degree: 1, ...extra });
const edge = (source: string, target: string, kind: NetworkLayout['edges'][number]['kind'], editorial = false, [x1, y1, x2, y2] = [0, 0, 10, 10]) => ({ source, target, kind, kinds: [kind], editorial, x1, y1, x2, y2 });

describe('shapes', () => {
  test('the data collections differ by shape, the page collections are circles', () => {
    assert.deepEqual(['figures', 'events', 'sources', 'companies', 'places'].map((c) => nodeShape(c as PlacedNode['collection'])), ['ring', 'diamond', 'square', 'circle', 'circle']);
  });
  test('a diamond reaches 1.2·r from its centre on each axis', () => {
    assert.equal(diamondPath(8, 8, 5), 'M8 2L14 8L8 14L2 8Z');
    assert.equal(diamondPath(100, 50, 10), 'M100 38L112 50L100 62L88 50Z');
  });
});

describe('edgePaths', () => {
  test('edges of one kind share a path; editorial ones get their own; order of first appearance', () => {
    const paths = edgePaths({
      edges: [edge('a', 'b', 'related', false, [1, 2, 3, 4]), edge('a', 'c', 'located_in', false, [5, 6, 7, 8]), edge('b', 'c', 'related', false, [9, 10, 11, 12]), edge('c', 'd', 'related', true, [13, 14, 15, 16])],
    });
    assert.deepEqual(
      paths.map((p) => [p.kind, p.tone, p.editorial, p.width, p.dash, p.d]),
      [
        ['related', 'weak', false, 0.9, undefined, 'M1 2L3 4M9 10L11 12'],
        ['located_in', 'place', false, 1.6, '2 3', 'M5 6L7 8'],
        ['related', 'weak', true, 0.9, undefined, 'M13 14L15 16'],
      ],
    );
  });
  test('no edges, no paths', () => {
    assert.deepEqual(edgePaths({ edges: [] }), []);
  });
  test('a hollow line is 2.4 wider than the kind, its core 0.2 narrower but at least 1', () => {
    assert.deepEqual(editorialWidths(1.4), { outer: 3.8, core: 1.2 });
    assert.deepEqual(editorialWidths(0.9), { outer: 3.3, core: 1 });
    assert.deepEqual(editorialWidths(2.4), { outer: 4.8, core: 2.2 });
  });
});

describe('neighbourhoodSvg', () => {
  const layout: NetworkLayout = {
    width: 520,
    height: 360,
    fontSize: 11,
    nodes: [
      node('keg', 'institutions', 100, 80, { degree: 2, label: { text: 'KEG & 清华', x: 110, y: 80, anchor: 'start', box } }),
      node('wudao', 'events', 300, 200, { label: { text: 'WuDao <2.0>', x: 300, y: 190, anchor: 'middle', box } }),
      node('other', 'places', 400, 300, { emphasis: 'context' }),
      node('zhipu', 'companies', 260, 180, { emphasis: 'focus', r: 10, degree: 3, label: { text: 'Zhipu', x: 250, y: 180, anchor: 'end', box } }),
    ],
    edges: [edge('zhipu', 'keg', 'origin', false, [260, 180, 100, 80]), edge('zhipu', 'wudao', 'subjects', true, [260, 180, 300, 200])],
    relations: [],
    anchors: [],
    collections: ['companies', 'institutions', 'places', 'events'],
    kinds: ['origin', 'subjects'],
  };
  const svg = neighbourhoodSvg(layout, { title: 'Umfeld von Zhipu „&“ <x>', lang: 'de' });

  test('is a titled image of the layout size in the page language', () => {
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 520 360" width="520" height="360" role="img" lang="de">/);
    assert.match(svg, /<title>Umfeld von Zhipu „&#38;“ &#60;x&#62;<\/title>/);
    assert.ok(svg.endsWith('</svg>'));
  });
  test('has no links (an image cannot follow them)', () => {
    assert.doesNotMatch(svg, /<a[\s>]/);
  });
  test('draws the marks of each shape in the collection colour, the focus and context marked', () => {
    assert.ok(svg.includes('<g><circle class="m" cx="100" cy="80" r="5" color="#2f55a4"/>'));
    assert.ok(svg.includes('<g><path class="m" d="M300 194L306 200L300 206L294 200Z" color="#555f6b"/>'));
    assert.ok(svg.includes('<g class="context"><circle class="m" cx="400" cy="300" r="5" color="#b23a2a"/></g>'));
    assert.ok(svg.includes('<g class="focus"><circle class="m" cx="260" cy="180" r="10" color="#1f7a68"/>'));
  });
  test('labels escape markup, mark Chinese runs, keep their anchor, and the focus label is bold', () => {
    assert.ok(svg.includes('<text x="110" y="80">KEG &#38; <tspan lang="zh">清华</tspan></text>'));
    assert.ok(svg.includes('<text x="300" y="190" text-anchor="middle">WuDao &#60;2.0&#62;</text>'));
    assert.ok(svg.includes('<text class="hub" x="250" y="180" text-anchor="end">Zhipu</text>'));
  });
  test('draws each kind once, an editorial link hollow (outer line and paper core)', () => {
    assert.ok(svg.includes('<path class="e e-lineage" d="M260 180L100 80" stroke-width="2.4"/>'));
    assert.ok(svg.includes('<path class="e e-subject" d="M260 180L300 200" stroke-width="3.4" stroke-dasharray="3 3"/><path class="e e-core" d="M260 180L300 200" stroke-width="1" stroke-dasharray="3 3"/>'));
  });
  test('carries light and dark colours, with its own paper behind', () => {
    assert.ok(svg.includes('<rect class="bg" width="100%" height="100%"/>'));
    assert.match(svg, /svg\{--p:#fbfaf7;--i:#1b2430;--m:#5a6472;--lineage:#0d5c63;/);
    assert.match(svg, /@media \(prefers-color-scheme:dark\)\{svg\{--p:#12161b;--i:#e6e8eb;--m:#a3abb6;--lineage:#4fb3bd;/);
  });
});

describe('neighbourhoodSvg: every shape, hub labels, the stylesheet', () => {
  const layout: NetworkLayout = {
    width: 200,
    height: 100,
    fontSize: 11,
    nodes: [
      node('src', 'sources', 20, 30, { r: 4 }),
      node('fig', 'figures', 60, 30, { degree: 9, label: { text: 'Neun', x: 70, y: 30, anchor: 'start', box } }),
      node('co', 'companies', 100, 30, { degree: 10, label: { text: 'Zehn', x: 110, y: 30, anchor: 'start', box } }),
    ],
    edges: [edge('src', 'fig', 'related', false, [20, 30, 60, 30]), edge('fig', 'co', 'located_in', false, [60, 30, 100, 30])],
    relations: [],
    anchors: [],
    collections: ['companies', 'sources', 'figures'],
    kinds: ['located_in', 'related'],
  };
  const svg = neighbourhoodSvg(layout, { title: 'T', lang: 'en' });
  test('a source is a square, a figure a ring; a label is bold from 10 linked entries', () => {
    assert.ok(
      svg.includes(
        '<g font-size="11"><g><rect class="m" x="16" y="26" width="8" height="8" rx="1.5" color="#555f6b"/></g>' +
          '<g><circle class="m ring" cx="60" cy="30" r="5" color="#555f6b"/><text x="70" y="30">Neun</text></g>' +
          '<g><circle class="m" cx="100" cy="30" r="5" color="#1f7a68"/><text class="hub" x="110" y="30">Zehn</text></g></g>',
      ),
    );
  });
  test('one path per kind, side by side', () => {
    assert.ok(svg.includes('<g><path class="e e-weak" d="M20 30L60 30" stroke-width="0.9"/><path class="e e-place" d="M60 30L100 30" stroke-width="1.6" stroke-dasharray="2 3"/></g>'));
  });
  test('the stylesheet styles every tone, the marks and the labels', () => {
    for (const tone of Object.keys(EDGE_COLORS.light)) assert.ok(svg.includes(`.e-${tone}{stroke:var(--${tone})}`), tone);
    for (const rule of [
      '.bg{fill:var(--p)}',
      '.e{fill:none;stroke-linecap:round}.e-lineage{stroke:var(--lineage)}.e-structure{stroke:var(--structure)}',
      '.e-subject{stroke-opacity:.7}',
      '.m{fill:currentColor;stroke:var(--p);stroke-width:1.5}',
      '.m.ring{fill:var(--p);stroke:currentColor;stroke-width:2.5}',
      '.focus .m{stroke:var(--i);stroke-width:3}',
      '.context .m{opacity:.45}',
      "text{dominant-baseline:central;fill:var(--i);stroke:var(--p);stroke-width:3px;stroke-linejoin:round;paint-order:stroke;font-family:system-ui,",
      '.hub{font-weight:700}',
      '.context text{fill:var(--m)}',
    ])
      assert.ok(svg.includes(rule), rule);
  });
});

describe('the stylesheets agree with the image and the map', () => {
  const css = readFileSync(new URL('./NetworkLegend.astro', import.meta.url), 'utf8');
  const vars = (block: string) => Object.fromEntries([...block.matchAll(/--net-([a-z]+): (#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]));
  const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
  test('line colours, light and dark', () => {
    assert.deepEqual(vars(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'))), EDGE_COLORS.light);
    assert.deepEqual(vars(dark.slice(0, dark.indexOf('}\n  }') + 1)), EDGE_COLORS.dark);
  });
  test('the legend keys use the collection colours of the map', () => {
    const keyColour = (c: string) => new RegExp(`\\.network__key--${c}\\b[^{]*\\{ color: (#[0-9a-f]{6}); \\}`).exec(css)?.[1];
    for (const [collection, colour] of Object.entries(COLLECTION_COLORS)) assert.equal(keyColour(collection), colour, collection);
  });
});
