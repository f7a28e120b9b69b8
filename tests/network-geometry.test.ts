// The atlas's own neighbourhood pictures, as entry pages show them (src/features/network/neighbourhood.ts): no
// line runs through an entry it does not connect (two entries would look linked), and every
// picture of three or more entries spreads in two dimensions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../src/pipeline.ts';
import { entryNeighbourhood, neighbourhoodLayout } from '../src/features/network/neighbourhood.ts';
import { blockings, spread } from '../src/features/network/geometry.ts';
import { root } from './lib/project.ts';

const atlas = loadSite(root, { gitDates: false }).atlas!;
const pictures = atlas.all
  .map((entry) => ({ slug: entry.slug, layout: neighbourhoodLayout(entryNeighbourhood(atlas, 'de', entry.slug), 'de') }))
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
