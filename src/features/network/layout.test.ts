// Unit tests for layout.ts: the deterministic force layout, its clusters, node sizes, edges and labels.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { COLLECTIONS, PAGE_COLLECTIONS } from '../../atlas/model/collections.ts';
import { collectionNetwork, neighbourhood, type Network, type NetworkEdgeKind } from './model.ts';
import { boxesOverlap, lcg } from './labels.ts';
import { layoutNetwork, tickBudget, type Box, type NetworkLayout, type PlacedNode } from './layout.ts';
import { blockings, spread } from './geometry.ts';

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

/** Every node with its circle, every label and every line end lies inside the viewBox, less the padding (6, rounding 0.1). */
function assertInside(layout: NetworkLayout, padding = 6): void {
  const lo = padding - 0.1;
  const hiX = layout.width - padding + 0.1;
  const hiY = layout.height - padding + 0.1;
  for (const n of layout.nodes) {
    assert.ok(n.x - n.r >= lo && n.x + n.r <= hiX, `${n.id} x=${n.x} r=${n.r} leaves the viewBox`);
    assert.ok(n.y - n.r >= lo && n.y + n.r <= hiY, `${n.id} y=${n.y} r=${n.r} leaves the viewBox`);
    if (n.label) {
      const b = n.label.box;
      assert.ok(b.x >= padding && b.y >= padding && b.x + b.width <= layout.width - padding && b.y + b.height <= layout.height - padding, `label of ${n.id} leaves the viewBox`);
    }
  }
  for (const e of layout.edges) {
    for (const v of [e.x1, e.x2]) assert.ok(v >= 0 && v <= layout.width);
    for (const v of [e.y1, e.y2]) assert.ok(v >= 0 && v <= layout.height);
  }
}

function assertLabelsApart(layout: NetworkLayout): void {
  const labelled = layout.nodes.filter((n) => n.label);
  for (let i = 0; i < labelled.length; i++)
    for (let j = i + 1; j < labelled.length; j++)
      assert.ok(!boxesOverlap(labelled[i]!.label!.box, labelled[j]!.label!.box), `labels of ${labelled[i]!.id} and ${labelled[j]!.id} overlap`);
}

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
    const labelled = layout.nodes.map((node, i) => ({ node, i })).filter(({ node }) => node.label);
    assert.ok(labelled.length > 10, `${labelled.length} labels`);
    for (const { node, i } of labelled) {
      for (const later of layout.nodes.slice(i + 1)) assert.ok(!hits(later, node.label!.box), `${later.id} is drawn over the label of ${node.id}`);
    }
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

describe('neighbourhood pictures: geometry', () => {
  // As on entry pages (Neighbourhood.astro): 520×360, radius 4–10, at most 16 entries, 80 ticks.
  const page = { width: 520, height: 360, radius: [4, 10] as const, fontSize: 11, maxLabels: 16, ticks: 80 };
  /** The lines that pass within 2 units (a line width) of a circle they do not connect, as "node on source–target". */
  const through = (layout: NetworkLayout) => blockings(layout.nodes, layout.edges, 2).map((b) => `${b.node} on ${b.source}–${b.target}`);

  test('no line passes through a node it does not connect, in any neighbourhood of a 300-entry network', () => {
    const net = synthetic(300);
    const bad: string[] = [];
    for (const node of net.nodes) {
      const layout = layoutNetwork(neighbourhood(net, node.id, 2, 16), page);
      bad.push(...through(layout).map((b) => `${node.id}: ${b}`));
    }
    assert.deepEqual(bad, []);
  });

  test('two neighbours linked to each other do not draw their line through the entry between them', () => {
    // e in the middle, a–f on the ring; a–d and b–e are linked, which in input order sit opposite.
    const ids = ['a', 'b', 'c', 'd', 'e2', 'f'];
    const net: Network = {
      nodes: [{ id: 'e', collection: 'companies', name: 'Entry', href: '/e/' }, ...ids.map((id) => ({ id, collection: 'people' as const, name: id, href: `/${id}/` }))],
      edges: [...ids.map((id) => ({ source: 'e', target: id, kind: 'related' as const })), { source: 'a', target: 'd', kind: 'partners' }, { source: 'b', target: 'e2', kind: 'partners' }],
    };
    assert.deepEqual(through(layoutNetwork(neighbourhood(net, 'e', 2, 16), page)), []);
  });

  test('small neighbourhoods are two-dimensional: a chain of three and a star of three do not lie on one line', () => {
    const node = (id: string) => ({ id, collection: 'companies' as const, name: id, href: `/${id}/` });
    const chain: Network = { nodes: ['e', 'a', 'z'].map(node), edges: [{ source: 'e', target: 'a', kind: 'related' }, { source: 'a', target: 'z', kind: 'related' }] };
    const star: Network = { nodes: ['e', 'a', 'b'].map(node), edges: [{ source: 'e', target: 'a', kind: 'related' }, { source: 'e', target: 'b', kind: 'related' }] };
    for (const [name, net] of [['chain', chain], ['star', star]] as const) {
      const layout = layoutNetwork(neighbourhood(net, 'e', 2, 16), page);
      assert.equal(layout.nodes.length, 3);
      // spread ≥ 0.25: the narrow side of the point cloud is at least a quarter of the wide one.
      assert.ok(spread(layout.nodes) >= 0.25, `${name}: spread ${spread(layout.nodes).toFixed(2)} at ${layout.nodes.map((n) => `${n.id}(${n.x},${n.y})`).join(' ')}`);
    }
  });

  test('every neighbourhood of three or more entries in a 300-entry network spreads in two dimensions', () => {
    const net = synthetic(300, 11);
    const flat = net.nodes
      .map((n) => layoutNetwork(neighbourhood(net, n.id, 2, 16), page))
      .filter((l) => l.nodes.length >= 3 && spread(l.nodes) < 0.25)
      .map((l) => l.nodes.find((n) => n.emphasis === 'focus')!.id);
    assert.deepEqual(flat, []);
  });
});

test('COLLECTIONS order is the legend order', () => {
  const net: Network = { nodes: [...COLLECTIONS].reverse().map((c, i) => ({ id: `x${i}`, collection: c, name: c, href: '/' })), edges: [] };
  assert.deepEqual(layoutNetwork(net, { width: 400, height: 300 }).collections, [...COLLECTIONS]);
});

describe('layoutNetwork details', () => {
  const node = (id: string, collection: Network['nodes'][number]['collection'] = 'companies') => ({ id, collection, name: id.toUpperCase(), href: `/${id}/` });
  /** a links to b and c; d is alone. */
  const star: Network = {
    nodes: [node('a'), node('b'), node('c', 'people'), node('d', 'places')],
    edges: [
      { source: 'a', target: 'b', kind: 'partners' },
      { source: 'a', target: 'c', kind: 'people' },
    ],
  };

  test('radius grows with the square root of the degree, from 4 to 14 by default', () => {
    const layout = layoutNetwork(star, { width: 400, height: 300 });
    const r = Object.fromEntries(layout.nodes.map((n) => [n.id, n.r]));
    assert.deepEqual(r, { a: 14, b: 11.1, c: 11.1, d: 4 });
    const degree = Object.fromEntries(layout.nodes.map((n) => [n.id, n.degree]));
    assert.deepEqual(degree, { a: 2, b: 1, c: 1, d: 0 });
  });

  test('the radius range can be set', () => {
    const layout = layoutNetwork(star, { width: 400, height: 300, radius: [2, 8] });
    assert.deepEqual(Object.fromEntries(layout.nodes.map((n) => [n.id, n.r])), { a: 8, b: 6.2, c: 6.2, d: 2 });
  });

  test('the layout reports its size, font size, collections, anchors and edge kinds', () => {
    const layout = layoutNetwork(star, { width: 400, height: 300, fontSize: 11 });
    assert.deepEqual([layout.width, layout.height, layout.fontSize], [400, 300, 11]);
    assert.equal(layoutNetwork(star, { width: 400, height: 300 }).fontSize, 13);
    assert.deepEqual(layout.collections, ['companies', 'people', 'places']);
    assert.deepEqual(layout.anchors.map((a) => a.collection), ['companies', 'people', 'places']);
    for (const a of layout.anchors) assert.equal(Math.round(a.x * 10) / 10, a.x);
    assert.deepEqual(layout.kinds, ['people', 'partners']);
  });

  test('line ends sit on the node centres', () => {
    const layout = layoutNetwork(star, { width: 400, height: 300 });
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    assert.equal(layout.edges.length, 2);
    for (const e of layout.edges) {
      assert.deepEqual([e.x1, e.y1], [at.get(e.source)!.x, at.get(e.source)!.y]);
      assert.deepEqual([e.x2, e.y2], [at.get(e.target)!.x, at.get(e.target)!.y]);
    }
  });

  test('self-links and links to unknown nodes are neither drawn nor listed', () => {
    const net: Network = {
      nodes: [node('a'), node('b')],
      edges: [
        { source: 'a', target: 'a', kind: 'related' },
        { source: 'a', target: 'ghost', kind: 'origin' },
        { source: 'a', target: 'b', kind: 'related' },
      ],
    };
    const layout = layoutNetwork(net, { width: 400, height: 300 });
    assert.deepEqual(layout.relations, [{ source: 'a', target: 'b', kind: 'related' }]);
    assert.deepEqual(layout.edges.map((e) => [e.source, e.target, e.kind]), [['a', 'b', 'related']]);
    assert.deepEqual(layout.kinds, ['related']);
  });

  test('at most maxLabels labels are placed', () => {
    const layout = layoutNetwork(synthetic(60), { width: 1200, height: 900, maxLabels: 5 });
    assert.equal(layout.nodes.filter((n) => n.label).length, 5);
  });

  test('labels are shortened to maxLabelChars', () => {
    const layout = layoutNetwork({ nodes: [{ ...node('a'), name: 'Knowledge Engineering Group (KEG) der Tsinghua-Universität' }], edges: [] }, { width: 1200, height: 900, maxLabelChars: 12 });
    assert.equal(layout.nodes[0]!.label!.text, 'Knowledge…');
  });
});

describe('tickBudget', () => {
  test('300 ticks up to 400 nodes, then in proportion to 400 / nodes, never below 60', () => {
    assert.deepEqual([1, 184, 400, 401, 600, 800, 1000, 2000, 5000, 50000].map(tickBudget), [300, 300, 300, 299, 200, 150, 120, 60, 60, 60]);
  });
});

describe('layouts kept between builds', () => {
  test('with the cache open, the first call computes and stores, the second reads, and both equal the layout without a cache', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { diskLayoutStore, layoutStats, useLayoutCache } = await import('./layout-cache.ts');
    const network = synthetic(30, 11);
    const options = { width: 520, height: 360, ticks: 80, lang: 'de' };
    const uncached = layoutNetwork(network, options);
    const dir = mkdtempSync(join(tmpdir(), 'layout-'));
    try {
      useLayoutCache(diskLayoutStore(dir, 'test'));
      const computed = layoutNetwork(network, options);
      const read = layoutNetwork(network, options);
      assert.deepEqual(layoutStats(), { read: 1, computed: 1 });
      assert.deepEqual(computed, uncached);
      assert.deepEqual(read, uncached);
      // Another name is another input: computed again, with the new label.
      const renamed = { ...network, nodes: network.nodes.map((n) => (n.id === 'n1' ? { ...n, name: 'Umbenannt' } : n)) };
      assert.equal(layoutNetwork(renamed, options).nodes.find((n) => n.id === 'n1')!.name, 'Umbenannt');
      assert.deepEqual(layoutStats(), { read: 1, computed: 2 });
    } finally {
      useLayoutCache(undefined);
      rmSync(dir, { recursive: true });
    }
  });
});
