// The atlas's own neighbourhood pictures, as entry pages draw them (Neighbourhood.astro): no
// line runs through an entry it does not connect (two entries would look linked), and every
// picture of three or more entries spreads in two dimensions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../src/pipeline.ts';
import { atlasNetwork, neighbourhood } from '../src/features/network/model.ts';
import { layoutNetwork } from '../src/features/network/layout.ts';
import { blockings, spread } from '../src/features/network/geometry.ts';
import { root } from './lib/project.ts';

const atlas = loadSite(root, { gitDates: false }).atlas!;
const network = atlasNetwork(atlas, 'de');
const pictures = atlas.all
  .map((entry) => ({ slug: entry.slug, layout: layoutNetwork(neighbourhood(network, entry.slug, 2, 16), { width: 520, height: 360, radius: [4, 10], fontSize: 11, maxLabels: 16, maxLabelChars: 28, ticks: 80, lang: 'de' }) }))
  .filter((p) => p.layout.nodes.length);

test('most entries have a neighbourhood picture (the check is not vacuous)', () => {
  assert.ok(pictures.length >= 150, `${pictures.length} pictures`);
});

test('no line passes within 2 units of an entry it does not connect, on any entry page', () => {
  const bad = pictures.flatMap(({ slug, layout }) => blockings(layout.nodes, layout.edges, 2).map((b) => `${slug}: ${b.node} on ${b.source}–${b.target}`));
  assert.deepEqual(bad, []);
});

test('every neighbourhood of three or more entries spreads in two dimensions (spread ≥ 0.25)', () => {
  const flat = pictures.filter(({ layout }) => layout.nodes.length >= 3 && spread(layout.nodes) < 0.25).map((p) => p.slug);
  assert.deepEqual(flat, []);
});
