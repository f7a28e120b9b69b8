/**
 * The "Netzwerk" view as data: entries as nodes, typed relations as edges, and the parts of
 * it that a page shows (an entry's neighbourhood, a collection and its links). Pure; the
 * layout is src/features/network/layout.ts. Node names are in the page's locale, so every
 * list and picture reads in its language.
 */
import type { Atlas } from '../../atlas/build/atlas.ts';
import type { CollectionName } from '../../atlas/model/collections.ts';
import { EDGE_ORDER, RELATIONS, type RelationName } from '../../atlas/model/relations.ts';
import { entryTitle } from '../../site/present.ts';
import { paths } from '../../site/paths.ts';
import { href } from '../../site/urls.ts';
import type { Locale } from '../../site/segments.ts';

/** Edge kinds the network draws: every relation field, and optionally body mentions. "cites" is left out: every entry cites the article. */
export type NetworkEdgeKind = RelationName | 'mentions';

/** Every kind the network can draw, in display order. */
export const NETWORK_EDGE_KINDS: readonly NetworkEdgeKind[] = [...(Object.keys(RELATIONS) as RelationName[]), 'mentions'];

/** An entry in the network. */
export interface NetworkNode {
  id: string;
  collection: CollectionName;
  /** Full name in the page's language (accessible name, list); the drawn label may be shortened. */
  name: string;
  /** Site-relative URL of its page. */
  href: string;
  /** "focus" is the entry a neighbourhood is drawn around; "context" nodes are neighbours outside a filtered collection, drawn muted. */
  emphasis?: 'focus' | 'context';
  /** Hops from the focus entry, in a neighbourhood. */
  hop?: number;
}

/** A directed, typed relation between two nodes. */
export interface NetworkEdge {
  source: string;
  target: string;
  kind: NetworkEdgeKind;
  /** The editors, not the article, establish this link (drawn dashed, marked †). */
  editorial?: boolean;
}

/** A network before layout. */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** The parts of the atlas graph (src/lib/graph.ts) the network is built from. */
/** Colour group of an edge: kinds of one group share a colour (CSS class `edge--<tone>`, light and dark in the component) and differ by dash. */
export type EdgeTone = 'lineage' | 'structure' | 'place' | 'person' | 'policy' | 'partner' | 'subject' | 'weak';

/** Line style of each edge kind: colour group, dash pattern (SVG `stroke-dasharray`; none = solid) and stroke width. */
export const EDGE_STYLES: Readonly<Record<NetworkEdgeKind, { tone: EdgeTone; dash?: string; width: number }>> = {
  origin: { tone: 'lineage', width: 2.4 },
  located_in: { tone: 'place', dash: '2 3', width: 1.6 },
  part_of: { tone: 'structure', width: 1.6 },
  people: { tone: 'person', width: 1.4 },
  affiliations: { tone: 'person', dash: '6 3', width: 1.4 },
  issuer: { tone: 'policy', width: 1.4 },
  partners: { tone: 'partner', dash: '8 3 2 3', width: 1.8 },
  programmes: { tone: 'policy', dash: '6 3', width: 1.4 },
  subjects: { tone: 'subject', dash: '3 3', width: 1 },
  related: { tone: 'weak', width: 0.9 },
  mentions: { tone: 'weak', dash: '1 3', width: 0.9 },
};

/** Options of `networkFromGraph`. */
export interface NetworkOptions {
  /** Also draw wiki-link mentions from entry texts (off by default: they double many relations). */
  mentions?: boolean;
}


const kindRank = (kind: NetworkEdgeKind) => EDGE_ORDER.indexOf(kind);
const collators = new Map<string, Intl.Collator>();
const collator = (lang: string) => collators.get(lang) ?? collators.set(lang, new Intl.Collator(lang)).get(lang)!;
/** Orders nodes by name in their language, then by slug. */
export const byName = (a: NetworkNode, b: NetworkNode, lang = 'de') => collator(lang).compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The network of the whole atlas in a locale: every entry, and every typed relation (plus
 * mentions when asked), without duplicates or self-links, sorted so that the input order
 * never matters.
 */
export function networkFromAtlas(atlas: Atlas, lang: Locale, options: NetworkOptions = {}): Network {
  const nodes: NetworkNode[] = atlas.all.map((e) => ({ id: e.slug, collection: e.collection, name: entryTitle(e, lang), href: href(paths.entry(lang, e.collection, e.slug)) }));
  const seen = new Set<string>();
  const edges: NetworkEdge[] = [];
  for (const e of atlas.edges) {
    if (e.kind === 'cites' || (e.kind === 'mentions' && !options.mentions)) continue;
    if (e.from === e.to || !atlas.entries.has(e.from) || !atlas.entries.has(e.to)) continue;
    const key = `${e.from}>${e.to}>${e.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ source: e.from, target: e.to, kind: e.kind, ...(e.editorial ? { editorial: true } : {}) });
  }
  return sortNetwork({ nodes, edges }, lang);
}

/** Two linked nodes: the first relation's direction, every kind between them, and whether only the editors link them. */
export interface LinkedPair {
  source: string;
  target: string;
  kinds: NetworkEdgeKind[];
  /** True when every relation between the two is editorial (one from the article makes the line the article's). */
  editorial: boolean;
}

/**
 * One drawn line per linked pair of nodes (either direction), keyed "a b" with a < b: the
 * first relation's direction, and every kind between the two in display order (EDGE_ORDER),
 * so the first kind is the most specific one and decides the line's style.
 */
export function linkedPairs(edges: readonly NetworkEdge[]): Map<string, LinkedPair> {
  const pairs = new Map<string, LinkedPair>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source} ${e.target}` : `${e.target} ${e.source}`;
    const pair = pairs.get(key) ?? pairs.set(key, { source: e.source, target: e.target, kinds: [], editorial: true }).get(key)!;
    if (!pair.kinds.includes(e.kind)) pair.kinds.push(e.kind);
    if (!e.editorial) pair.editorial = false;
  }
  for (const pair of pairs.values()) pair.kinds.sort((a, b) => kindRank(a) - kindRank(b));
  return pairs;
}

/** Sorts nodes by name and edges by kind, then source and target name (the order of lists and of the layout input); drops edges to unknown nodes. */
export function sortNetwork(network: Network, lang = 'de'): Network {
  const nodes = [...network.nodes].sort((a, b) => byName(a, b, lang));
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  const edges = network.edges.filter((e) => order.has(e.source) && order.has(e.target)).sort(
    (a, b) => kindRank(a.kind) - kindRank(b.kind) || order.get(a.source)! - order.get(b.source)! || order.get(a.target)! - order.get(b.target)!,
  );
  return { nodes, edges };
}

const adjacencies = new WeakMap<Network, Map<string, Set<string>>>();

/** Undirected adjacency of a network, built once per network (pages share the atlas's network). */
export function adjacency(network: Network): Map<string, Set<string>> {
  const hit = adjacencies.get(network);
  if (hit) return hit;
  const adj = new Map<string, Set<string>>(network.nodes.map((n) => [n.id, new Set()]));
  for (const e of network.edges) {
    adj.get(e.source)?.add(e.target);
    adj.get(e.target)?.add(e.source);
  }
  adjacencies.set(network, adj);
  return adj;
}

/**
 * The part of the network within `hops` (1 or 2) links of `slug`, for an entry page. At most
 * `max` nodes are kept, closest first: the entry, then its direct neighbours (best-connected
 * first), then second-hop nodes that link to the most kept nodes. Edges are those between
 * kept nodes. Nodes carry `hop` and the entry `emphasis: 'focus'`. Empty when the entry is
 * unknown or has no relations.
 */
export function neighbourhood(network: Network, slug: string, hops: 1 | 2 = 1, max = 40): Network {
  const adj = adjacency(network);
  const byId = nodeIndex(network);
  if (!byId.has(slug) || !adj.get(slug)?.size) return { nodes: [], edges: [] };
  const degree = (id: string) => adj.get(id)?.size ?? 0;
  const order = (id: string) => byId.get(id)!.index;
  const tie = (a: string, b: string) => order(a) - order(b);

  const hop = new Map<string, number>([[slug, 0]]);
  const first = [...adj.get(slug)!].sort((a, b) => degree(b) - degree(a) || tie(a, b));
  for (const id of first.slice(0, Math.max(0, max - 1))) hop.set(id, 1);
  if (hops >= 2 && hop.size < max) {
    const links = new Map<string, number>();
    for (const id of hop.keys()) {
      if (hop.get(id) !== 1) continue;
      for (const next of adj.get(id)!) if (!hop.has(next)) links.set(next, (links.get(next) ?? 0) + 1);
    }
    const second = [...links.keys()].sort((a, b) => links.get(b)! - links.get(a)! || degree(b) - degree(a) || tie(a, b));
    for (const id of second.slice(0, max - hop.size)) hop.set(id, 2);
  }
  // Only the kept nodes' edges: the work grows with the neighbourhood, not with the atlas.
  const kept = [...hop.keys()].sort((a, b) => order(a) - order(b));
  const nodes = kept.map((id): NetworkNode => ({ ...byId.get(id)!.node, hop: hop.get(id)!, ...(id === slug ? { emphasis: 'focus' as const } : {}) }));
  const edges = kept.flatMap((id) => edgeIndex(network).get(id) ?? []).filter((e) => hop.has(e.target));
  return { nodes, edges: sortEdges(edges, (id) => order(id)) };
}

/**
 * The entries of one collection and the entries they link to directly (marked "context"),
 * with every edge that touches the collection: the static "filter" pages of the network.
 */
export function collectionNetwork(network: Network, collection: CollectionName): Network {
  const members = new Set(network.nodes.filter((n) => n.collection === collection).map((n) => n.id));
  const edges = network.edges.filter((e) => members.has(e.source) || members.has(e.target));
  const keep = new Set([...members, ...edges.flatMap((e) => [e.source, e.target])]);
  const nodes = network.nodes
    .filter((n) => keep.has(n.id))
    .map((n): NetworkNode => (members.has(n.id) ? { ...n } : { ...n, emphasis: 'context' }));
  return { nodes, edges };
}


const nodeIndexes = new WeakMap<Network, Map<string, { node: NetworkNode; index: number }>>();
/** The nodes of a network by id, with their position in its (sorted) node list. */
function nodeIndex(network: Network): Map<string, { node: NetworkNode; index: number }> {
  let index = nodeIndexes.get(network);
  if (!index) nodeIndexes.set(network, (index = new Map(network.nodes.map((node, i) => [node.id, { node, index: i }]))));
  return index;
}

const edgeIndexes = new WeakMap<Network, Map<string, NetworkEdge[]>>();
/** The edges of a network by source node. */
function edgeIndex(network: Network): Map<string, NetworkEdge[]> {
  let index = edgeIndexes.get(network);
  if (!index) edgeIndexes.set(network, (index = Map.groupBy(network.edges, (e) => e.source)));
  return index;
}

/** Edges by kind, then source and target order (the order of lists and of the layout input). */
function sortEdges(edges: NetworkEdge[], order: (id: string) => number): NetworkEdge[] {
  return edges.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || order(a.source) - order(b.source) || order(a.target) - order(b.target));
}

const networks = new WeakMap<Atlas, Map<Locale, Network>>();

/** The network of the atlas in a locale, built once per build and shared by every page. */
export function atlasNetwork(atlas: Atlas, lang: Locale): Network {
  let byLang = networks.get(atlas);
  if (!byLang) networks.set(atlas, (byLang = new Map()));
  let network = byLang.get(lang);
  if (!network) byLang.set(lang, (network = networkFromAtlas(atlas, lang)));
  return network;
}
