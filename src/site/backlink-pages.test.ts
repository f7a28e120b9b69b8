// Unit tests for backlink-pages.ts: when an entry needs pages of backlinks, how many, and what each holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKLINKS_PER_PAGE, BACKLINKS_SHOWN, backlinkFigures, backlinkPage, backlinkPageCount, entryPageBacklinks, needsBacklinkPages } from './backlink-pages.ts';
import type { BacklinkGroup } from '../atlas/build/graph.ts';

const group = (kind: BacklinkGroup['kind'], n: number, prefix: string = kind): BacklinkGroup => ({ kind, edges: Array.from({ length: n }, (_, i) => ({ from: `${prefix}-${i}`, to: 'x', kind })) });

test('the page shows 12 of a kind and 100 go on a page of the full list', () => {
  assert.deepEqual([BACKLINKS_SHOWN, BACKLINKS_PER_PAGE], [12, 100]);
});

// Slugs starting with "fig" are figures, the rest companies.
const collectionOf = (slug: string) => (slug.startsWith('fig') ? ('figures' as const) : slug === 'unknown' ? undefined : ('companies' as const));

test('pages are needed only when one kind has more than 12 links, or more than 12 figures link here', () => {
  assert.equal(needsBacklinkPages([group('related', 12), group('cites', 12)], collectionOf), false);
  assert.equal(needsBacklinkPages([group('related', 3), group('cites', 13)], collectionOf), true);
  assert.equal(needsBacklinkPages([], collectionOf), false);
  // 7 + 6 figures in two kinds: no kind over 12, but 13 figures.
  assert.equal(needsBacklinkPages([group('subjects', 7, 'fig-a'), group('mentions', 6, 'fig-b')], collectionOf), true);
  assert.equal(needsBacklinkPages([group('subjects', 6, 'fig-a'), group('mentions', 6, 'fig-b')], collectionOf), false);
  // 13 links of one kind, two of them figures: the page lists the 11 others and the 2 figures, all of them.
  const mixed: BacklinkGroup = { kind: 'cites', edges: [...group('cites', 11).edges, ...group('cites', 2, 'fig').edges] };
  assert.equal(needsBacklinkPages([mixed], collectionOf), false);
  assert.equal(needsBacklinkPages([{ kind: 'cites', edges: [...mixed.edges, ...group('cites', 2, 'acme').edges] }], collectionOf), true);
});

test('the links an entry page lists besides its figures: no figure, order kept, groups of figures only dropped', () => {
  const edge = (from: string, kind: BacklinkGroup['kind']) => ({ from, to: 'x', kind });
  const groups: BacklinkGroup[] = [
    { kind: 'located_in', edges: [edge('acme', 'located_in'), edge('fig-1', 'located_in'), edge('beta', 'located_in'), edge('unknown', 'located_in')] },
    { kind: 'subjects', edges: [edge('fig-2', 'subjects'), edge('fig-3', 'subjects')] },
    { kind: 'cites', edges: [edge('gamma', 'cites')] },
  ];
  assert.deepEqual(entryPageBacklinks(groups, collectionOf), [
    { kind: 'located_in', edges: [edge('acme', 'located_in'), edge('beta', 'located_in'), edge('unknown', 'located_in')] },
    { kind: 'cites', edges: [edge('gamma', 'cites')] },
  ]);
  // The groups given are not changed: the pages of all links list the figures too.
  assert.equal(groups[0]!.edges.length, 4);
  assert.deepEqual(entryPageBacklinks([groups[1]!], collectionOf), []);
  assert.deepEqual(entryPageBacklinks([], collectionOf), []);
});

test('the figures among the links: each once, in link order, no other collection', () => {
  const groups: BacklinkGroup[] = [
    { kind: 'subjects', edges: [{ from: 'fig-2', to: 'x', kind: 'subjects' }, { from: 'acme', to: 'x', kind: 'subjects' }, { from: 'fig-1', to: 'x', kind: 'subjects' }] },
    { kind: 'mentions', edges: [{ from: 'fig-1', to: 'x', kind: 'mentions' }, { from: 'unknown', to: 'x', kind: 'mentions' }, { from: 'fig-3', to: 'x', kind: 'mentions' }] },
  ];
  assert.deepEqual(backlinkFigures(groups, collectionOf), ['fig-2', 'fig-1', 'fig-3']);
  assert.deepEqual(backlinkFigures([], collectionOf), []);
});

test('250 links make 3 pages; 100 make 1; none makes 1', () => {
  assert.equal(backlinkPageCount([group('cites', 180), group('related', 70)]), 3);
  assert.equal(backlinkPageCount([group('cites', 100)]), 1);
  assert.equal(backlinkPageCount([]), 1);
});

test('a page keeps the group headings of its links, cut across groups in order', () => {
  const groups = [group('located_in', 30), group('cites', 180), group('related', 40)];
  const summary = (page: number) => backlinkPage(groups, page).map((g) => `${g.kind}:${g.edges[0]!.from}..${g.edges.at(-1)!.from}`);
  assert.deepEqual(summary(1), ['located_in:located_in-0..located_in-29', 'cites:cites-0..cites-69']);
  assert.deepEqual(summary(2), ['cites:cites-70..cites-169']);
  assert.deepEqual(summary(3), ['cites:cites-170..cites-179', 'related:related-0..related-39']);
  assert.deepEqual(backlinkPage(groups, 4), []);
});

test('a page that ends where a group ends does not carry the next group empty', () => {
  const groups = [group('cites', 100), group('related', 50)];
  assert.deepEqual(backlinkPage(groups, 1).map((g) => `${g.kind}:${g.edges.length}`), ['cites:100']);
  assert.deepEqual(backlinkPage(groups, 2).map((g) => `${g.kind}:${g.edges.length}`), ['related:50']);
});
