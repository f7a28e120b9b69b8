// Unit tests for network-layout.ts: building the network, neighbourhoods, the deterministic layout, clusters and labels.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { COLLECTIONS, PAGE_COLLECTIONS, type CollectionName } from './collections.ts';
import type { EdgeKind } from './relations.ts';
import {
  EDGE_STYLES,
  NETWORK_EDGE_KINDS,
  boxesOverlap,
  collectionNetwork,
  layoutNetwork,
  lcg,
  neighbourhood,
  networkFromGraph,
  shortLabel,
  type GraphLike,
  type Network,
  type NetworkEdgeKind,
  type NetworkLayout,
  type PlacedNode,
  type Box,
} from './network-layout.ts';

/** A graph as src/lib/graph.ts builds it, from (slug, collection) pairs and (from, to, kind) triples. */
function graphOf(nodes: Array<[string, CollectionName, string?]>, edges: Array<[string, string, EdgeKind]>): GraphLike {
  return {
    nodes: new Map(nodes.map(([slug, collection, name]) => [slug, { slug, collection, path: `/${collection}/${slug}/`, data: { name: name ?? slug } }])),
    edges: edges.map(([from, to, kind]) => ({ from, to, kind })),
  };
}

/** A small atlas around Zhipu. */
function small(): GraphLike {
  return graphOf(
    [
      ['haidian-article', 'sources', 'Die Gründerstraße'],
      ['zhipu', 'companies', 'Zhipu'],
      ['tsinghua-keg', 'institutions', 'Knowledge Engineering Group'],
      ['tsinghua-university', 'institutions', 'Tsinghua-Universität'],
      ['tang-jie', 'people', 'Tang Jie'],
      ['zgc-east-road', 'places', 'Zhongguancun-Oststraße'],
      ['wudao', 'events', 'Veröffentlichung von WuDao 2.0'],
      ['lonely', 'figures', 'Eine Zahl ohne Bezug'],
    ],
    [
      ['zhipu', 'tsinghua-keg', 'origin'],
      ['zhipu', 'zgc-east-road', 'located_in'],
      ['zhipu', 'tang-jie', 'people'],
      ['tang-jie', 'tsinghua-keg', 'affiliations'],
      ['tsinghua-keg', 'tsinghua-university', 'part_of'],
      ['wudao', 'zhipu', 'subjects'],
      ['zhipu', 'haidian-article', 'cites'],
      ['tsinghua-keg', 'haidian-article', 'cites'],
      ['tsinghua-university', 'zhipu', 'mentions'],
      ['zhipu', 'tsinghua-keg', 'origin'],
    ],
  );
}

/**
 * A synthetic atlas of `n` entries in the five page collections: each links to 1 to 3 others,
 * mostly in its own collection, a few hubs collecting many links, like the real atlas.
 */
function synthetic(n: number, seed = 7): Network {
  const rand = lcg(seed);
  const kinds: NetworkEdgeKind[] = ['origin', 'part_of', 'partners', 'related', 'subjects', 'located_in'];
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    collection: PAGE_COLLECTIONS[i % PAGE_COLLECTIONS.length]!,
    name: `Eintrag Nummer ${i}${i % 7 === 0 ? ' mit einem recht langen Namen' : ''}`,
    href: `/x/n${i}/`,
  }));
  const edges: Network['edges'] = [];
  for (let i = 1; i < n; i++) {
    const links = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < links; k++) {
      const hub = rand() < 0.2;
      let j = hub ? Math.floor(rand() * 10) : Math.floor(rand() * i);
      if (!hub && rand() < 0.7) j = j - (j % PAGE_COLLECTIONS.length) + (i % PAGE_COLLECTIONS.length); // same collection
      if (j >= i || j < 0) j = i % PAGE_COLLECTIONS.length === 0 ? 0 : i - 1;
      edges.push({ source: `n${i}`, target: `n${j}`, kind: kinds[Math.floor(rand() * kinds.length)]! });
    }
  }
  return { nodes, edges };
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

function assertInside(layout: NetworkLayout): void {
  for (const n of layout.nodes) {
    assert.ok(n.x - n.r >= 0 && n.x + n.r <= layout.width, `${n.id} x=${n.x} r=${n.r} leaves the viewBox`);
    assert.ok(n.y - n.r >= 0 && n.y + n.r <= layout.height, `${n.id} y=${n.y} r=${n.r} leaves the viewBox`);
    if (n.label) {
      const b = n.label.box;
      assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.width <= layout.width && b.y + b.height <= layout.height, `label of ${n.id} leaves the viewBox`);
    }
  }
  for (const e of layout.edges) for (const v of [e.x1, e.x2]) assert.ok(v >= 0 && v <= layout.width);
}

function assertLabelsApart(layout: NetworkLayout): void {
  const labelled = layout.nodes.filter((n) => n.label);
  for (let i = 0; i < labelled.length; i++)
    for (let j = i + 1; j < labelled.length; j++)
      assert.ok(!boxesOverlap(labelled[i]!.label!.box, labelled[j]!.label!.box), `labels of ${labelled[i]!.id} and ${labelled[j]!.id} overlap`);
}

describe('networkFromGraph', () => {
  test('takes every entry and every typed relation, without citations, duplicates or (by default) mentions', () => {
    const net = networkFromGraph(small());
    assert.equal(net.nodes.length, 8);
    assert.deepEqual(
      net.edges.map((e) => `${e.source}>${e.target}:${e.kind}`),
      ['zhipu>tsinghua-keg:origin', 'zhipu>zgc-east-road:located_in', 'tsinghua-keg>tsinghua-university:part_of', 'zhipu>tang-jie:people', 'tang-jie>tsinghua-keg:affiliations', 'wudao>zhipu:subjects'],
    );
    assert.equal(net.nodes.find((n) => n.id === 'zhipu')?.href, '/companies/zhipu/');
  });

  test('mentions are optional', () => {
    const net = networkFromGraph(small(), { mentions: true });
    assert.ok(net.edges.some((e) => e.kind === 'mentions'));
    assert.ok(!net.edges.some((e) => (e.kind as string) === 'cites'));
  });

  test('nodes are sorted by German name, so input order never matters', () => {
    const g = small();
    const reversed: GraphLike = { nodes: new Map([...g.nodes].reverse()), edges: [...g.edges].reverse() };
    assert.deepEqual(networkFromGraph(reversed), networkFromGraph(g));
  });
});

describe('neighbourhood', () => {
  const net = networkFromGraph(small());

  test('one hop: the entry and its direct neighbours, the entry marked as focus', () => {
    const nb = neighbourhood(net, 'zhipu', 1);
    assert.deepEqual(nb.nodes.map((n) => n.id).sort(), ['tang-jie', 'tsinghua-keg', 'wudao', 'zgc-east-road', 'zhipu']);
    assert.equal(nb.nodes.find((n) => n.id === 'zhipu')?.emphasis, 'focus');
    assert.ok(nb.nodes.every((n) => n.hop === (n.id === 'zhipu' ? 0 : 1)));
    assert.ok(nb.edges.every((e) => e.kind !== 'part_of'), 'the edge to the second hop is not included');
  });

  test('two hops reach the neighbours of neighbours, and no further', () => {
    const nb = neighbourhood(net, 'zgc-east-road', 2);
    const hops = Object.fromEntries(nb.nodes.map((n) => [n.id, n.hop]));
    assert.deepEqual(hops, { 'zgc-east-road': 0, zhipu: 1, 'tsinghua-keg': 2, 'tang-jie': 2, wudao: 2 });
  });

  test('keeps at most `max` nodes, the closest first', () => {
    const star = synthetic(300);
    const nb = neighbourhood(star, 'n0', 2, 40);
    assert.equal(nb.nodes.length, 40);
    const direct = new Set(star.edges.flatMap((e) => (e.source === 'n0' ? [e.target] : e.target === 'n0' ? [e.source] : [])));
    const kept1 = nb.nodes.filter((n) => n.hop === 1).length;
    assert.equal(kept1, Math.min(39, direct.size), 'every direct neighbour comes before any second-hop node');
    assert.ok(nb.edges.every((e) => nb.nodes.some((n) => n.id === e.source) && nb.nodes.some((n) => n.id === e.target)));
  });

  test('an entry without relations, or an unknown slug, has no neighbourhood', () => {
    assert.deepEqual(neighbourhood(net, 'lonely', 2), { nodes: [], edges: [] });
    assert.deepEqual(neighbourhood(net, 'nope', 2), { nodes: [], edges: [] });
  });
});

describe('collectionNetwork', () => {
  test('one collection plus its direct neighbours as context', () => {
    const sub = collectionNetwork(networkFromGraph(small()), 'institutions');
    const byId = Object.fromEntries(sub.nodes.map((n) => [n.id, n.emphasis ?? 'member']));
    assert.deepEqual(byId, { 'tsinghua-keg': 'member', 'tsinghua-university': 'member', zhipu: 'context', 'tang-jie': 'context' });
    assert.equal(sub.edges.length, 3);
  });
});

describe('layoutNetwork', () => {
  const options = { width: 1200, height: 900 };

  test('is deterministic: the same network gives the same layout', () => {
    const net = synthetic(120);
    assert.deepEqual(layoutNetwork(net, options), layoutNetwork(net, options));
    const shuffled: Network = { nodes: [...net.nodes].reverse(), edges: [...net.edges].reverse() };
    assert.deepEqual(layoutNetwork(shuffled, options), layoutNetwork(net, options), 'input order does not matter');
  });

  test('another seed gives another layout', () => {
    const net = synthetic(60);
    const a = layoutNetwork(net, { ...options, seed: 1 });
    const b = layoutNetwork(net, { ...options, seed: 2 });
    assert.notDeepEqual(a.nodes.map((n) => [n.x, n.y]), b.nodes.map((n) => [n.x, n.y]));
  });

  test('every node, circle and label lies inside the viewBox', () => {
    assertInside(layoutNetwork(synthetic(150), options));
    assertInside(layoutNetwork(synthetic(40), { width: 520, height: 360, fontSize: 12 }));
  });

  test('clusters: nodes lie closer to their own collection anchor than to the others, on average', () => {
    const layout = layoutNetwork(synthetic(200), options);
    const anchor = new Map(layout.anchors.map((a) => [a.collection, a]));
    assert.equal(layout.anchors.length, PAGE_COLLECTIONS.length);
    for (const c of layout.collections) {
      const members = layout.nodes.filter((n) => n.collection === c);
      const own = members.reduce((s, n) => s + dist(n, anchor.get(c)!), 0) / members.length;
      for (const other of layout.anchors.filter((a) => a.collection !== c)) {
        const there = members.reduce((s, n) => s + dist(n, other), 0) / members.length;
        assert.ok(own < there, `${c}: ${own.toFixed(0)} to its own anchor, ${there.toFixed(0)} to that of ${other.collection}`);
      }
    }
  });

  test('labels never overlap each other, and the best-connected node is labelled', () => {
    const layout = layoutNetwork(synthetic(200), { ...options, maxLabels: 60 });
    assertLabelsApart(layout);
    const labelled = layout.nodes.filter((n) => n.label);
    assert.ok(labelled.length > 10 && labelled.length <= 60, `${labelled.length} labels`);
    const top = [...layout.nodes].sort((a, b) => b.degree - a.degree)[0]!;
    assert.ok(top.label, `${top.id} (degree ${top.degree}) has no label`);
  });

  test('a label is never drawn under a circle: labels cover circles only of nodes drawn before them', () => {
    const layout = layoutNetwork(synthetic(300), { ...options, maxLabels: 60 });
    const hits = (n: PlacedNode, b: Box) => {
      const x = Math.max(b.x, Math.min(n.x, b.x + b.width));
      const y = Math.max(b.y, Math.min(n.y, b.y + b.height));
      return Math.hypot(n.x - x, n.y - y) < n.r;
    };
    layout.nodes.forEach((node, i) => {
      if (!node.label) return;
      for (const later of layout.nodes.slice(i + 1)) assert.ok(!hits(later, node.label.box), `${later.id} is drawn over the label of ${node.id}`);
    });
  });

  test('node radius grows with degree; the focus entry is largest and gets its label first', () => {
    const layout = layoutNetwork(neighbourhood(synthetic(200), 'n3', 2, 30), { width: 520, height: 360 });
    const sorted = [...layout.nodes].filter((n) => n.emphasis !== 'focus').sort((a, b) => a.degree - b.degree);
    for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]!.r >= sorted[i - 1]!.r);
    const focus = layout.nodes.find((n) => n.emphasis === 'focus')!;
    assert.ok(focus.label);
    assert.deepEqual([focus.x, focus.y], [260, 180], 'the focus entry sits in the middle');
  });

  test('a neighbourhood puts direct neighbours closer to the entry than second-hop ones', () => {
    const layout = layoutNetwork(neighbourhood(synthetic(300), 'n12', 2, 40), { width: 520, height: 360 });
    const focus = layout.nodes.find((n) => n.emphasis === 'focus')!;
    const mean = (hop: number) => {
      const ring = layout.nodes.filter((n) => n.hop === hop);
      return ring.reduce((s, n) => s + dist(n, focus), 0) / ring.length;
    };
    assert.ok(mean(1) < mean(2), `hop 1: ${mean(1).toFixed(0)}, hop 2: ${mean(2).toFixed(0)}`);
  });

  test("a collection's page gathers its own entries in the middle, the linked ones around them", () => {
    const layout = layoutNetwork(collectionNetwork(synthetic(200), 'people'), options);
    const centre = { x: 600, y: 450 };
    const mean = (nodes: typeof layout.nodes) => nodes.reduce((s, n) => s + dist(n, centre), 0) / nodes.length;
    const members = layout.nodes.filter((n) => n.emphasis !== 'context');
    const context = layout.nodes.filter((n) => n.emphasis === 'context');
    assert.ok(members.every((n) => n.collection === 'people') && context.length > 0);
    assert.ok(mean(members) < mean(context) / 2, `members ${mean(members).toFixed(0)}, context ${mean(context).toFixed(0)}`);
    assert.ok(layout.nodes.findIndex((n) => n.emphasis === 'context') < layout.nodes.findIndex((n) => n.emphasis !== 'context'), 'context is drawn first');
  });

  test('one line per linked pair, styled by its most specific kind, weak kinds drawn first', () => {
    const net: Network = {
      nodes: [
        { id: 'a', collection: 'companies', name: 'A', href: '/a/' },
        { id: 'b', collection: 'institutions', name: 'B', href: '/b/' },
        { id: 'c', collection: 'institutions', name: 'C', href: '/c/' },
      ],
      edges: [
        { source: 'a', target: 'b', kind: 'related' },
        { source: 'b', target: 'a', kind: 'origin' },
        { source: 'b', target: 'c', kind: 'related' },
      ],
    };
    const layout = layoutNetwork(net, options);
    assert.equal(layout.edges.length, 2);
    assert.deepEqual(layout.edges.map((e) => [e.kind, e.kinds]), [[ 'related', ['related']], ['origin', ['origin', 'related']]]);
    assert.equal(layout.relations.length, 3, 'the text alternative keeps every relation');
    assert.deepEqual(layout.kinds, ['origin', 'related']);
    assert.deepEqual(layout.collections, ['companies', 'institutions']);
  });

  test('every edge kind has its own combination of colour and dash', () => {
    assert.deepEqual(Object.keys(EDGE_STYLES).sort(), [...NETWORK_EDGE_KINDS].sort());
    const looks = NETWORK_EDGE_KINDS.map((k) => `${EDGE_STYLES[k].tone} ${EDGE_STYLES[k].dash ?? 'solid'}`);
    assert.equal(new Set(looks).size, looks.length, looks.join(', '));
  });

  test('500 synthetic entries lay out inside the viewBox with readable labels', () => {
    const layout = layoutNetwork(synthetic(500), { ...options, maxLabels: 50 });
    assert.equal(layout.nodes.length, 500);
    assertInside(layout);
    assertLabelsApart(layout);
    assert.ok(layout.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y)));
  });

  test('an empty network and a single collection are fine', () => {
    const empty = layoutNetwork({ nodes: [], edges: [] }, options);
    assert.deepEqual([empty.nodes, empty.edges, empty.anchors], [[], [], []]);
    const one = layoutNetwork({ nodes: [{ id: 'a', collection: 'people', name: 'A', href: '/a/' }], edges: [] }, options);
    assert.deepEqual([one.nodes[0]!.x, one.nodes[0]!.y], [600, 450]);
  });
});

describe('labels', () => {
  test('long names are shortened at a word boundary', () => {
    assert.equal(shortLabel('Zhipu', 20), 'Zhipu');
    assert.equal(shortLabel('Knowledge Engineering Group (KEG) der Tsinghua-Universität', 26), 'Knowledge Engineering…');
    assert.ok([...shortLabel('Institut für Automatisierung der chinesischen Akademie', 26)].length <= 26);
  });

  test('boxes touching at an edge do not overlap', () => {
    assert.equal(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 }), false);
    assert.equal(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 9, y: 9, width: 5, height: 5 }), true);
  });
});

test('COLLECTIONS order is the legend order', () => {
  const net: Network = { nodes: [...COLLECTIONS].reverse().map((c, i) => ({ id: `x${i}`, collection: c, name: c, href: '/' })), edges: [] };
  assert.deepEqual(layoutNetwork(net, { width: 400, height: 300 }).collections, [...COLLECTIONS]);
});
