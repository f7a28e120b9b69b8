// Unit tests for graph.ts: the indexes of the link graph — outgoing edges in display order and backlinks
// grouped by kind, each group ordered by the given comparison.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexGraph } from './graph.ts';
import type { Edge } from '../validate/links.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('outgoing', () => {
  const edges: Edge[] = [
    { from: 'zhipu', to: 'haidian-article', kind: 'cites' },
    { from: 'zhipu', to: 'baai', kind: 'mentions' },
    { from: 'zhipu', to: 'zhang-peng', kind: 'people', role: 'CEO' },
    { from: 'zhipu', to: 'tsinghua-keg', kind: 'origin' },
    { from: 'zhipu', to: 'tang-jie', kind: 'people', role: 'Chefwissenschaftler' },
    { from: 'zhipu', to: 'zhongguancun-east-road', kind: 'located_in' },
    { from: 'zhipu', to: 'moonshot-ai', kind: 'related' },
    { from: 'tang-jie', to: 'tsinghua-keg', kind: 'affiliations' },
  ];
  const graph = indexGraph(edges, byText);

  test('lists relations in the order of RELATIONS, then mentions, then citations', () => {
    assert.deepEqual(
      graph.outgoing('zhipu').map((e) => `${e.kind}:${e.to}`),
      ['origin:tsinghua-keg', 'located_in:zhongguancun-east-road', 'people:zhang-peng', 'people:tang-jie', 'related:moonshot-ai', 'mentions:baai', 'cites:haidian-article'],
    );
  });

  test('keeps the written order of the edges of one kind', () => {
    assert.deepEqual(graph.outgoing('zhipu').filter((e) => e.kind === 'people').map((e) => e.role), ['CEO', 'Chefwissenschaftler']);
  });

  test('keeps the edges themselves, with role and note', () => {
    assert.equal(graph.outgoing('zhipu')[2], edges[2]);
    assert.deepEqual(graph.outgoing('tang-jie'), [{ from: 'tang-jie', to: 'tsinghua-keg', kind: 'affiliations' }]);
  });

  test('is empty for an entry without outgoing edges', () => {
    assert.deepEqual(graph.outgoing('baai'), []);
    assert.deepEqual(graph.outgoing('unknown'), []);
  });

  test('keeps all edges as given', () => {
    assert.equal(graph.edges, edges);
  });

  test('does not reorder the array it was given', () => {
    assert.deepEqual(edges.map((e) => e.kind), ['cites', 'mentions', 'people', 'origin', 'people', 'located_in', 'related', 'affiliations']);
  });
});

describe('backlinks', () => {
  const edges: Edge[] = [
    { from: 'zeta', to: 'tower', kind: 'located_in' },
    { from: 'mentioner', to: 'tower', kind: 'mentions' },
    { from: 'alpha', to: 'tower', kind: 'located_in' },
    { from: 'citer', to: 'tower', kind: 'related' },
    { from: 'ober', to: 'tower', kind: 'located_in' },
    { from: 'tower', to: 'campus', kind: 'part_of' },
  ];

  test('groups the arriving edges by kind, in display order, and only the kinds that exist', () => {
    const graph = indexGraph(edges, byText);
    assert.deepEqual(graph.backlinks('tower').map((g) => g.kind), ['located_in', 'related', 'mentions']);
    assert.deepEqual(graph.backlinks('campus').map((g) => g.kind), ['part_of']);
  });

  test('orders each group by the comparison given', () => {
    assert.deepEqual(indexGraph(edges, byText).backlinks('tower')[0]!.edges.map((e) => e.from), ['alpha', 'ober', 'zeta']);
    const reverse = (a: string, b: string) => byText(b, a);
    assert.deepEqual(indexGraph(edges, reverse).backlinks('tower')[0]!.edges.map((e) => e.from), ['zeta', 'ober', 'alpha']);
  });

  test('orders by name when the comparison looks the names up', () => {
    const names: Record<string, string> = { zeta: 'Anfang', alpha: 'Zentrum', ober: 'Mitte' };
    const byName = (a: string, b: string) => new Intl.Collator('de').compare(names[a] ?? a, names[b] ?? b);
    assert.deepEqual(indexGraph(edges, byName).backlinks('tower')[0]!.edges.map((e) => e.from), ['zeta', 'ober', 'alpha']);
  });

  test('keeps the edges of a group whole', () => {
    const graph = indexGraph(edges, byText);
    assert.deepEqual(graph.backlinks('tower')[1], { kind: 'related', edges: [{ from: 'citer', to: 'tower', kind: 'related' }] });
  });

  test('keeps every kind of edge, relations in the order of RELATIONS, then mentions, then citations', () => {
    // One edge of each kind arriving at "hub", written in reverse display order.
    const kinds = ['cites', 'mentions', 'related', 'subjects', 'programmes', 'partners', 'issuer', 'affiliations', 'people', 'part_of', 'located_in', 'origin'] as const;
    const all: Edge[] = kinds.map((kind) => ({ from: `from-${kind}`, to: 'hub', kind }));
    const graph = indexGraph(all, byText);
    assert.deepEqual(
      graph.backlinks('hub').map((g) => `${g.kind}:${g.edges.map((e) => e.from).join(',')}`),
      [
        'origin:from-origin',
        'located_in:from-located_in',
        'part_of:from-part_of',
        'people:from-people',
        'affiliations:from-affiliations',
        'issuer:from-issuer',
        'partners:from-partners',
        'programmes:from-programmes',
        'subjects:from-subjects',
        'related:from-related',
        'mentions:from-mentions',
        'cites:from-cites',
      ],
    );
  });

  test('is empty for an entry nothing links to', () => {
    const graph = indexGraph(edges, byText);
    assert.deepEqual(graph.backlinks('zeta'), []);
    assert.deepEqual(graph.backlinks('unknown'), []);
  });

  test('an empty graph has no links', () => {
    const graph = indexGraph([], byText);
    assert.deepEqual(graph.outgoing('a'), []);
    assert.deepEqual(graph.backlinks('a'), []);
    assert.deepEqual(graph.edges, []);
  });
});
