// Unit tests for backlink-pages.ts: when an entry needs pages of backlinks, how many, and what each holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKLINKS_PER_PAGE, BACKLINKS_SHOWN, backlinkPage, backlinkPageCount, needsBacklinkPages } from './backlink-pages.ts';
import type { BacklinkGroup } from '../atlas/build/graph.ts';

const group = (kind: BacklinkGroup['kind'], n: number, prefix = kind): BacklinkGroup => ({ kind, edges: Array.from({ length: n }, (_, i) => ({ from: `${prefix}-${i}`, to: 'x', kind })) });

test('the page shows 12 of a kind and 100 go on a page of the full list', () => {
  assert.deepEqual([BACKLINKS_SHOWN, BACKLINKS_PER_PAGE], [12, 100]);
});

test('pages are needed only when one kind has more than 12 links', () => {
  assert.equal(needsBacklinkPages([group('related', 12), group('cites', 12)]), false);
  assert.equal(needsBacklinkPages([group('related', 3), group('cites', 13)]), true);
  assert.equal(needsBacklinkPages([]), false);
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
