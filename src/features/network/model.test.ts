// Unit tests for model.ts: the network of the atlas, neighbourhoods and collection networks.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { RELATIONS } from '../../atlas/model/relations.ts';
import type { Network, NetworkEdge, NetworkNode } from './model.ts';
import { atlasOf } from '../../atlas/test-atlas.ts';

// Node links include the base path: set the site's address before importing.
process.env['ATLAS_SITE_URL'] = 'https://owner.github.io/atlas/';
const { EDGE_STYLES, NETWORK_EDGE_KINDS, adjacency, atlasNetwork, byName, collectionNetwork, linkedPairs, neighbourhood, networkFromAtlas, sortNetwork } = await import('./model.ts');


const summary = 'Eine Zusammenfassung von genügend Länge.';
const cited = { sources: [{ source: 'haidian-article', quote: 'ein Zitat' }] };
/** A small atlas around Zhipu. */
const atlas = atlasOf(
  {
    'sources/haidian-article.yaml': { name: 'Die Gründerstraße', kind: 'article', summary, language: 'de' },
    'companies/zhipu.mdx': { name: 'Zhipu', name_en: 'Zhipu AI', kind: 'large-model', summary, ...cited, origin: ['tsinghua-keg', 'tsinghua-keg'], located_in: 'zgc-east-road', people: [{ id: 'tang-jie', role: 'Chefwissenschaftler' }] },
    'institutions/tsinghua-keg.mdx': { name: 'Knowledge Engineering Group', kind: 'lab', summary, ...cited, part_of: ['tsinghua-university'] },
    'institutions/tsinghua-university.mdx': { name: 'Tsinghua-Universität', name_en: 'Tsinghua University', kind: 'university', summary, ...cited },
    'people/tang-jie.mdx': { name: 'Tang Jie', kind: 'scientist', summary, ...cited, affiliations: [{ id: 'tsinghua-keg', editorial: true }] },
    'places/zgc-east-road.mdx': { name: 'Zhongguancun-Oststraße', kind: 'street', summary, ...cited },
    'events/wudao.yaml': { name: 'Veröffentlichung von WuDao 2.0', kind: 'launch', summary, ...cited, date: '2021-06', subjects: ['zhipu'] },
    'figures/lonely.yaml': { name: 'Eine Zahl ohne Bezug', kind: 'count', theme: 'talent', value: 3, unit: 'Labore', measures: 'Anzahl der Labore', summary, ...cited },
  },
  { bodies: { 'institutions/tsinghua-university.mdx': 'Aus ihr ging [[zhipu]] hervor.', 'companies/zhipu.mdx': 'Siehe [[tsinghua-keg]].' } },
);
const arrows = (edges: readonly NetworkEdge[]) => edges.map((e) => `${e.source}>${e.target}:${e.kind}${e.editorial ? '†' : ''}`);
const ids = (nodes: readonly NetworkNode[]) => nodes.map((n) => n.id);

describe('networkFromAtlas', () => {
  const net = networkFromAtlas(atlas, 'de');

  test('takes every entry as a node, sorted by German name', () => {
    assert.deepEqual(ids(net.nodes), ['haidian-article', 'lonely', 'tsinghua-keg', 'tang-jie', 'tsinghua-university', 'wudao', 'zhipu', 'zgc-east-road']);
  });

  test('a node has its collection, its name and the link to its page under the base path', () => {
    assert.deepEqual(net.nodes.find((n) => n.id === 'zhipu'), { id: 'zhipu', collection: 'companies', name: 'Zhipu', href: '/atlas/unternehmen/zhipu/' });
  });

  test('takes every typed relation once, by kind, then by source and target name; no citations, no mentions by default', () => {
    assert.deepEqual(arrows(net.edges), [
      'zhipu>tsinghua-keg:origin',
      'zhipu>zgc-east-road:located_in',
      'tsinghua-keg>tsinghua-university:part_of',
      'zhipu>tang-jie:people',
      'tang-jie>tsinghua-keg:affiliations†',
      'wudao>zhipu:subjects',
    ]);
  });

  test('the editorial mark is present only on editorial links', () => {
    assert.equal('editorial' in net.edges[0]!, false);
    assert.equal(net.edges.find((e) => e.kind === 'affiliations')!.editorial, true);
  });

  test('mentions from the texts are drawn when asked, still without citations', () => {
    const withMentions = networkFromAtlas(atlas, 'de', { mentions: true });
    assert.deepEqual(arrows(withMentions.edges).filter((a) => a.endsWith(':mentions')), ['tsinghua-university>zhipu:mentions']);
    assert.ok(!withMentions.edges.some((e) => (e.kind as string) === 'cites'));
    assert.equal(withMentions.edges.length, net.edges.length + 1);
  });

  test('in English, names and links are the English ones', () => {
    const en = networkFromAtlas(atlas, 'en');
    assert.deepEqual(en.nodes.find((n) => n.id === 'zhipu'), { id: 'zhipu', collection: 'companies', name: 'Zhipu AI', href: '/atlas/en/companies/zhipu/' });
    assert.deepEqual(ids(en.nodes).slice(4, 6), ['tsinghua-university', 'wudao'], '"Tsinghua University" before "Veröffentlichung …"');
  });

  test('atlasNetwork builds the network once per atlas and locale', () => {
    const first = atlasNetwork(atlas, 'de');
    assert.equal(atlasNetwork(atlas, 'de'), first);
    assert.notEqual(atlasNetwork(atlas, 'en'), first);
    assert.deepEqual(ids(first.nodes), ['haidian-article', 'lonely', 'tsinghua-keg', 'tang-jie', 'tsinghua-university', 'wudao', 'zhipu', 'zgc-east-road']);
    assert.equal(first.edges.length, 6, 'without mentions');
    assert.equal(atlasNetwork(atlas, 'en').nodes.find((n) => n.id === 'zhipu')!.name, 'Zhipu AI');
  });
});

describe('sortNetwork and byName', () => {
  const node = (id: string, name: string): NetworkNode => ({ id, collection: 'companies', name, href: `/${id}/` });

  test('sorts nodes by name in the language, ties by id', () => {
    const sorted = sortNetwork({ nodes: [node('z', 'Zentrum'), node('b', 'Öl'), node('a', 'Ober'), node('y', 'Ärzte'), node('x', 'Ärzte')], edges: [] });
    assert.deepEqual(ids(sorted.nodes), ['x', 'y', 'a', 'b', 'z']);
  });

  test('sorts edges by kind, then source and target in node order, and drops edges to unknown nodes', () => {
    const nodes = [node('b', 'B'), node('a', 'A'), node('c', 'C')];
    const edges: NetworkEdge[] = [
      { source: 'c', target: 'a', kind: 'related' },
      { source: 'b', target: 'c', kind: 'origin' },
      { source: 'a', target: 'c', kind: 'related' },
      { source: 'a', target: 'b', kind: 'related' },
      { source: 'a', target: 'ghost', kind: 'origin' },
      { source: 'ghost', target: 'a', kind: 'origin' },
    ];
    assert.deepEqual(arrows(sortNetwork({ nodes, edges }).edges), ['b>c:origin', 'a>b:related', 'a>c:related', 'c>a:related']);
  });

  test('leaves the input alone', () => {
    const input: Network = { nodes: [node('b', 'B'), node('a', 'A')], edges: [] };
    sortNetwork(input);
    assert.deepEqual(ids(input.nodes), ['b', 'a']);
  });

  test('byName compares names, then ids', () => {
    assert.ok(byName(node('x', 'Alpha'), node('a', 'Beta')) < 0);
    assert.ok(byName(node('b', 'Same'), node('a', 'Same')) > 0);
    assert.equal(byName(node('a', 'Same'), node('a', 'Same')), 0);
  });
});

describe('adjacency', () => {
  test('links both ends of every edge, and knows lonely nodes', () => {
    const net = networkFromAtlas(atlas, 'de');
    const adj = adjacency(net);
    assert.deepEqual([...adj.get('zhipu')!].sort(), ['tang-jie', 'tsinghua-keg', 'wudao', 'zgc-east-road']);
    assert.deepEqual([...adj.get('tsinghua-keg')!].sort(), ['tang-jie', 'tsinghua-university', 'zhipu']);
    assert.equal(adj.get('lonely')!.size, 0);
    assert.equal(adjacency(net), adj, 'built once per network');
  });
});

describe('neighbourhood', () => {
  /**
   * c links to a, b and d; a and b both link to e, a to f, d to g; e to h.
   * Degrees: a 3, b 2, d 2, e 3, c 3, f, g and h 1.
   */
  const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const graph: Network = {
    nodes: letters.map((l) => ({ id: l, collection: 'companies', name: l.toUpperCase(), href: `/${l}/` })),
    edges: [
      ['c', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['a', 'e'],
      ['b', 'e'],
      ['a', 'f'],
      ['d', 'g'],
      ['e', 'h'],
    ].map(([source, target]): NetworkEdge => ({ source: source!, target: target!, kind: 'related' })),
  };
  const hops = (net: Network) => Object.fromEntries(net.nodes.map((n) => [n.id, n.hop]));

  test('one hop: the entry and its direct neighbours, in network order, the entry marked as focus', () => {
    const nb = neighbourhood(graph, 'c', 1);
    assert.deepEqual(hops(nb), { a: 1, b: 1, c: 0, d: 1 });
    assert.deepEqual(ids(nb.nodes), ['a', 'b', 'c', 'd']);
    assert.deepEqual(nb.nodes.find((n) => n.id === 'c'), { id: 'c', collection: 'companies', name: 'C', href: '/c/', hop: 0, emphasis: 'focus' });
    assert.equal(nb.nodes.filter((n) => n.emphasis).length, 1);
  });

  test('keeps only the edges between kept nodes', () => {
    assert.deepEqual(arrows(neighbourhood(graph, 'c', 1).edges), ['c>a:related', 'c>b:related', 'd>c:related']);
  });

  test('two hops reach the neighbours of neighbours, and no further', () => {
    const nb = neighbourhood(graph, 'c', 2);
    assert.deepEqual(hops(nb), { a: 1, b: 1, c: 0, d: 1, e: 2, f: 2, g: 2 });
    assert.deepEqual(arrows(nb.edges), ['a>e:related', 'a>f:related', 'b>e:related', 'c>a:related', 'c>b:related', 'd>c:related', 'd>g:related']);
  });

  test('with too many neighbours, the best-connected ones stay, ties in network order', () => {
    assert.deepEqual(hops(neighbourhood(graph, 'c', 1, 3)), { a: 1, b: 1, c: 0 });
    assert.deepEqual(hops(neighbourhood(graph, 'c', 2, 3)), { a: 1, b: 1, c: 0 }, 'no room for a second hop');
  });

  test('second-hop nodes linked to more kept nodes come first', () => {
    assert.deepEqual(hops(neighbourhood(graph, 'c', 2, 5)), { a: 1, b: 1, c: 0, d: 1, e: 2 });
    assert.deepEqual(hops(neighbourhood(graph, 'c', 2, 6)), { a: 1, b: 1, c: 0, d: 1, e: 2, f: 2 });
  });

  test('an entry without relations, or an unknown slug, has no neighbourhood', () => {
    const net = networkFromAtlas(atlas, 'de');
    assert.deepEqual(neighbourhood(net, 'lonely', 2), { nodes: [], edges: [] });
    assert.deepEqual(neighbourhood(net, 'nope', 2), { nodes: [], edges: [] });
  });

  test('works on the network of an atlas', () => {
    const nb = neighbourhood(networkFromAtlas(atlas, 'de'), 'zgc-east-road', 2);
    assert.deepEqual(hops(nb), { 'tsinghua-keg': 2, 'tang-jie': 2, wudao: 2, zhipu: 1, 'zgc-east-road': 0 });
  });
});

describe('collectionNetwork', () => {
  test('one collection plus its direct neighbours as context, with every edge touching the collection', () => {
    const sub = collectionNetwork(networkFromAtlas(atlas, 'de'), 'institutions');
    assert.deepEqual(
      sub.nodes.map((n) => [n.id, n.emphasis ?? 'member']),
      [
        ['tsinghua-keg', 'member'],
        ['tang-jie', 'context'],
        ['tsinghua-university', 'member'],
        ['zhipu', 'context'],
      ],
    );
    assert.deepEqual(arrows(sub.edges), ['zhipu>tsinghua-keg:origin', 'tsinghua-keg>tsinghua-university:part_of', 'tang-jie>tsinghua-keg:affiliations†']);
  });

  test('members without links are kept; nodes are copies', () => {
    const net = networkFromAtlas(atlas, 'de');
    const sub = collectionNetwork(net, 'figures');
    assert.deepEqual(sub, { nodes: [{ id: 'lonely', collection: 'figures', name: 'Eine Zahl ohne Bezug', href: '/atlas/zahlen/lonely/' }], edges: [] });
    assert.notEqual(sub.nodes[0], net.nodes.find((n) => n.id === 'lonely'));
  });
});

describe('edge kinds and styles', () => {
  test('the network draws every relation and mentions, never citations', () => {
    assert.deepEqual([...NETWORK_EDGE_KINDS], [...Object.keys(RELATIONS), 'mentions']);
  });

  test('every edge kind has its own combination of colour and dash', () => {
    assert.deepEqual(Object.keys(EDGE_STYLES).sort(), [...NETWORK_EDGE_KINDS].sort());
    const looks = NETWORK_EDGE_KINDS.map((k) => `${EDGE_STYLES[k].tone} ${EDGE_STYLES[k].dash ?? 'solid'}`);
    assert.equal(new Set(looks).size, looks.length, looks.join(', '));
    for (const k of NETWORK_EDGE_KINDS) assert.ok(EDGE_STYLES[k].width > 0, k);
  });

  test('lineage is the strongest line, weak kinds the thinnest', () => {
    const widths = NETWORK_EDGE_KINDS.map((k) => EDGE_STYLES[k].width);
    assert.equal(EDGE_STYLES.origin.width, Math.max(...widths));
    assert.equal(EDGE_STYLES.related.width, Math.min(...widths));
    assert.equal(EDGE_STYLES.mentions.width, Math.min(...widths));
  });
});

describe('linkedPairs', () => {
  test('one pair per two nodes either way, kinds in display order, editorial only when every relation is', () => {
    const pairs = linkedPairs([
      { source: 'b', target: 'a', kind: 'related', editorial: true },
      { source: 'a', target: 'b', kind: 'origin' },
      { source: 'a', target: 'c', kind: 'partners', editorial: true },
      { source: 'c', target: 'a', kind: 'related', editorial: true },
    ]);
    assert.deepEqual([...pairs.entries()], [
      ['a b', { source: 'b', target: 'a', kinds: ['origin', 'related'], editorial: false }],
      ['a c', { source: 'a', target: 'c', kinds: ['partners', 'related'], editorial: true }],
    ]);
  });
});
