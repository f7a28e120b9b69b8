/**
 * The "Netzwerk" view as data: entries as nodes, typed relations as edges, laid out once at
 * build time with d3-force and drawn as static SVG (no client JavaScript). The layout is
 * deterministic (seeded random source, fixed number of ticks, inputs sorted first), so the
 * same atlas always yields the same SVG and the build stays reproducible.
 *
 * It stays readable with hundreds of entries: nodes are pulled towards one anchor per
 * collection around an ellipse (clusters, ordered so that collections with many links
 * between them sit side by side), node size grows with degree, labels are placed only
 * where they fit without overlapping, and edges are styled by kind.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { textWidth } from './card-layout.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { EDGE_ORDER, RELATIONS, type EdgeKind, type RelationName } from './relations.ts';

/** Edge kinds the network draws: every relation field, and optionally body mentions. "cites" is left out: every entry cites the article. */
export type NetworkEdgeKind = RelationName | 'mentions';

/** Every kind the network can draw, in display order. */
export const NETWORK_EDGE_KINDS: readonly NetworkEdgeKind[] = [...(Object.keys(RELATIONS) as RelationName[]), 'mentions'];

/** An entry in the network. */
export interface NetworkNode {
  id: string;
  collection: CollectionName;
  /** Full German name (accessible name, list); the drawn label may be shortened. */
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
}

/** A network before layout. */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** The parts of the atlas graph (src/lib/graph.ts) the network is built from. */
export interface GraphLike {
  nodes: ReadonlyMap<string, { slug: string; collection: CollectionName; path: string; data: { name: string } }>;
  edges: ReadonlyArray<{ from: string; to: string; kind: EdgeKind }>;
}

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
const byName = (a: NetworkNode, b: NetworkNode) => a.name.localeCompare(b.name, 'de') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The network of the whole atlas: every entry, and every typed relation (plus mentions when
 * asked), without duplicates or self-links, sorted so that the input order never matters.
 */
export function networkFromGraph(graph: GraphLike, options: NetworkOptions = {}): Network {
  const nodes: NetworkNode[] = [...graph.nodes.values()].map((n) => ({ id: n.slug, collection: n.collection, name: n.data.name, href: n.path }));
  const seen = new Set<string>();
  const edges: NetworkEdge[] = [];
  for (const e of graph.edges) {
    if (e.kind === 'cites' || (e.kind === 'mentions' && !options.mentions)) continue;
    if (e.from === e.to || !graph.nodes.has(e.from) || !graph.nodes.has(e.to)) continue;
    const key = `${e.from}>${e.to}>${e.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ source: e.from, target: e.to, kind: e.kind });
  }
  return sortNetwork({ nodes, edges });
}

/** Sorts nodes by name and edges by kind, then source and target name (the order of lists and of the layout input); drops edges to unknown nodes. */
function sortNetwork(network: Network): Network {
  const nodes = [...network.nodes].sort(byName);
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  const edges = network.edges.filter((e) => order.has(e.source) && order.has(e.target)).sort(
    (a, b) => kindRank(a.kind) - kindRank(b.kind) || order.get(a.source)! - order.get(b.source)! || order.get(a.target)! - order.get(b.target)!,
  );
  return { nodes, edges };
}

/** Undirected adjacency of a network. */
function adjacency(network: Network): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>(network.nodes.map((n) => [n.id, new Set()]));
  for (const e of network.edges) {
    adj.get(e.source)?.add(e.target);
    adj.get(e.target)?.add(e.source);
  }
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
  const centre = network.nodes.find((n) => n.id === slug);
  if (!centre || !adj.get(slug)?.size) return { nodes: [], edges: [] };
  const degree = (id: string) => adj.get(id)?.size ?? 0;
  const name = new Map(network.nodes.map((n) => [n.id, n.name]));
  const tie = (a: string, b: string) => name.get(a)!.localeCompare(name.get(b)!, 'de') || (a < b ? -1 : 1);

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
  const nodes = network.nodes
    .filter((n) => hop.has(n.id))
    .map((n): NetworkNode => ({ ...n, hop: hop.get(n.id)!, ...(n.id === slug ? { emphasis: 'focus' as const } : {}) }));
  const edges = network.edges.filter((e) => hop.has(e.source) && hop.has(e.target));
  return { nodes, edges };
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

/** An axis-aligned box in SVG coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label placed beside its node: `x`/`y` is the text anchor point (vertically centred), `box` its estimated extent. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** Set when the label covers part of another node's circle (allowed for hubs only). */
  covers?: true;
}

/** A node with its position, radius, degree (number of linked nodes) and, where one fits, a label. */
export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  r: number;
  degree: number;
  label?: PlacedLabel;
}

/** One line per linked pair of nodes; `kind` decides its style, `kinds` lists every relation between the two. */
export interface PlacedEdge {
  source: string;
  target: string;
  kind: NetworkEdgeKind;
  kinds: NetworkEdgeKind[];
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A laid-out network in a `width`×`height` viewBox. */
export interface NetworkLayout {
  width: number;
  height: number;
  /** Label font size in viewBox units. */
  fontSize: number;
  /**
   * In drawing (and tab) order: context first, then by collection and name; last the few
   * hubs whose labels had to cover other circles, so that nothing is drawn over those labels.
   */
  nodes: PlacedNode[];
  /** In drawing order: weak kinds (mentions, related) first, strong ones on top. */
  edges: PlacedEdge[];
  /** Every relation, sorted by kind and names: the text alternative. */
  relations: NetworkEdge[];
  /** The cluster centre of each collection present. */
  anchors: Array<{ collection: CollectionName; x: number; y: number }>;
  /** Collections present, in COLLECTIONS order (for the legend). */
  collections: CollectionName[];
  /** Edge kinds present, in display order (for the legend). */
  kinds: NetworkEdgeKind[];
}

/** Options of `layoutNetwork`. */
export interface LayoutOptions {
  width: number;
  height: number;
  /** Simulation steps (default 300, which lets d3-force cool down completely). */
  ticks?: number;
  /** Seed of the random source (default 1). */
  seed?: number;
  /** Most labels to place (default 40); the best-connected nodes come first. */
  maxLabels?: number;
  /** Label font size in viewBox units (default 13). */
  fontSize?: number;
  /** Longer names are shortened to about this many characters, with "…" (default 26). */
  maxLabelChars?: number;
  /** Smallest and largest node radius (default [4, 14]). */
  radius?: readonly [number, number];
  /** Free margin inside the viewBox (default 6). */
  padding?: number;
}

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator, as d3 recommends for `randomSource`). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** A name shortened to about `max` characters at a word boundary, with "…". */
export function shortLabel(name: string, max: number): string {
  if ([...name].length <= max) return name;
  const cut = [...name].slice(0, max - 1).join('');
  const at = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('-'));
  const base = at > max * 0.45 ? cut.slice(0, at) : cut;
  return `${base.replace(/[\s,.:;(–-]+$/u, '')}…`;
}

/** True when two boxes overlap (touching does not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function circleHitsBox(cx: number, cy: number, r: number, b: Box): boolean {
  const nx = Math.max(b.x, Math.min(cx, b.x + b.width));
  const ny = Math.max(b.y, Math.min(cy, b.y + b.height));
  return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Places labels greedily by priority (the focus entry, then members before context, then by
 * degree): each goes right, left, above, below or diagonally beside its node, wherever it
 * stays inside the viewBox and covers neither another label nor another node; only the top
 * hubs may, when nothing else fits, cover parts of other circles (marked `covers`). Label
 * widths are estimated from the characters (see card-layout.ts). At most `maxLabels` labels.
 */
export function placeLabels(
  nodes: ReadonlyArray<Pick<PlacedNode, 'id' | 'name' | 'x' | 'y' | 'r' | 'degree' | 'emphasis'>>,
  options: { width: number; height: number; fontSize: number; maxLabels: number; maxLabelChars: number; padding: number },
): Map<string, PlacedLabel> {
  const { width, height, fontSize, maxLabels, maxLabelChars, padding } = options;
  const placed = new Map<string, PlacedLabel>();
  const boxes: Box[] = [];
  const rank = (n: (typeof nodes)[number]) => (n.emphasis === 'focus' ? 0 : n.emphasis === 'context' ? 2 : 1);
  const order = [...nodes].sort((a, b) => rank(a) - rank(b) || b.degree - a.degree || a.name.localeCompare(b.name, 'de') || (a.id < b.id ? -1 : 1));
  const h = fontSize * 1.25;
  const gap = 3;
  const hubs = Math.min(10, Math.ceil(maxLabels / 4));
  for (const [index, node] of order.entries()) {
    if (placed.size >= maxLabels) break;
    const text = shortLabel(node.name, maxLabelChars);
    // Inter-based estimate, plus a margin for wider system fonts (DejaVu Sans, Roboto).
    const w = textWidth(text, fontSize) * 1.1 + 2;
    const d = node.r + gap;
    const diag = d * Math.SQRT1_2;
    const at = (dx: number, dy: number, anchor: PlacedLabel['anchor']): PlacedLabel => {
      const x = node.x + dx;
      const y = node.y + dy;
      const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      return { text, x, y, anchor, box: { x: left, y: y - h / 2, width: w, height: h } };
    };
    // Right, left, above, below, then the four diagonals.
    const candidates = [
      at(d, 0, 'start'),
      at(-d, 0, 'end'),
      at(0, -d - h / 2, 'middle'),
      at(0, d + h / 2, 'middle'),
      at(diag, -diag - h / 2 + 2, 'start'),
      at(diag, diag + h / 2 - 2, 'start'),
      at(-diag, -diag - h / 2 + 2, 'end'),
      at(-diag, diag + h / 2 - 2, 'end'),
    ];
    const free = ({ box }: PlacedLabel) =>
      box.x >= padding && box.y >= padding && box.x + box.width <= width - padding && box.y + box.height <= height - padding && !boxes.some((b) => boxesOverlap(b, box));
    const clear = ({ box }: PlacedLabel) => !nodes.some((o) => o.id !== node.id && circleHitsBox(o.x, o.y, o.r + 1, box));
    // The best-connected nodes may cover small parts of other circles rather than go unnamed.
    const clean = candidates.find((c) => free(c) && clear(c));
    const fits = clean ?? (index < hubs ? candidates.find(free) : undefined);
    if (!fits) continue;
    const label: PlacedLabel = { ...fits, x: round(fits.x), y: round(fits.y), ...(clean ? {} : { covers: true as const }) };
    placed.set(node.id, label);
    boxes.push(fits.box);
  }
  return placed;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  collection: CollectionName;
  r: number;
  tx: number;
  ty: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  same: boolean;
  weight: number;
}

/**
 * The order of collections around the ellipse that keeps linked collections close: every
 * arrangement is tried (the first collection stays first; up to 9 collections), and the one
 * with the shortest total length of links between clusters wins. Ties keep COLLECTIONS order.
 */
function clusterOrder(present: CollectionName[], pairWeight: (a: CollectionName, b: CollectionName) => number, angles: (order: CollectionName[]) => Map<CollectionName, number>): CollectionName[] {
  if (present.length <= 3 || present.length > 9) return present;
  let best = present;
  let bestCost = Infinity;
  const [head, ...rest] = present;
  const permute = (prefix: CollectionName[], left: CollectionName[]) => {
    if (!left.length) {
      const order = [head!, ...prefix];
      const angle = angles(order);
      let cost = 0;
      for (let i = 0; i < order.length; i++)
        for (let j = i + 1; j < order.length; j++) {
          const w = pairWeight(order[i]!, order[j]!);
          if (w) cost += w * Math.abs(Math.sin((angle.get(order[i]!)! - angle.get(order[j]!)!) / 2));
        }
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        best = order;
      }
      return;
    }
    left.forEach((c, i) => permute([...prefix, c], [...left.slice(0, i), ...left.slice(i + 1)]));
  };
  permute([], rest);
  return best;
}

/**
 * Lays out a network in a `width`×`height` viewBox, deterministically: the same network and
 * options always give the same positions. Every node (with its circle) and every label lies
 * inside the viewBox, less the padding.
 *
 * Three arrangements follow from the nodes' `emphasis`: normally every collection gets an
 * anchor around an ellipse; with a `focus` node (a neighbourhood) that node is fixed in the
 * middle and direct neighbours sit closer to it than second-hop ones; with `context` nodes
 * (a collection's page) the collection's own entries gather in the middle.
 */
export function layoutNetwork(network: Network, options: LayoutOptions): NetworkLayout {
  const { width, height, ticks = 300, seed = 1, maxLabels = 40, fontSize = 13, maxLabelChars = 26, padding = 6 } = options;
  const [rMin, rMax] = options.radius ?? [4, 14];
  const { nodes: input, edges: relations } = sortNetwork(network);
  const ids = new Set(input.map((n) => n.id));
  const rels = relations.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target);

  // One drawn edge per linked pair, styled by its most specific kind.
  const pairs = new Map<string, { source: string; target: string; kinds: NetworkEdgeKind[] }>();
  for (const e of rels) {
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const pair = pairs.get(`${a} ${b}`) ?? pairs.set(`${a} ${b}`, { source: e.source, target: e.target, kinds: [] }).get(`${a} ${b}`)!;
    if (!pair.kinds.includes(e.kind)) pair.kinds.push(e.kind);
  }
  for (const pair of pairs.values()) pair.kinds.sort((a, b) => kindRank(a) - kindRank(b));
  const degree = new Map(input.map((n) => [n.id, 0]));
  for (const p of pairs.values()) {
    degree.set(p.source, degree.get(p.source)! + 1);
    degree.set(p.target, degree.get(p.target)! + 1);
  }
  const maxDegree = Math.max(1, ...degree.values());
  const radiusOf = (n: NetworkNode) => (n.emphasis === 'focus' ? rMax : rMin + (rMax - rMin) * Math.sqrt(degree.get(n.id)! / maxDegree));

  // Cluster anchors around an ellipse, each collection getting an arc in proportion to √size.
  const collectionOf = new Map(input.map((n) => [n.id, n.collection]));
  const present = COLLECTIONS.filter((c) => input.some((n) => n.collection === c));
  const size = new Map(present.map((c) => [c, input.filter((n) => n.collection === c).length]));
  const cross = new Map<string, number>();
  for (const p of pairs.values()) {
    const [a, b] = [collectionOf.get(p.source)!, collectionOf.get(p.target)!].sort();
    if (a !== b) cross.set(`${a} ${b}`, (cross.get(`${a} ${b}`) ?? 0) + 1);
  }
  const pairWeight = (a: CollectionName, b: CollectionName) => cross.get([a, b].sort().join(' ')) ?? 0;
  const angles = (order: CollectionName[]) => {
    const share = order.map((c) => Math.sqrt(size.get(c)!) + 1);
    const total = share.reduce((s, v) => s + v, 0);
    const result = new Map<CollectionName, number>();
    let start = -Math.PI / 2 - (Math.PI * share[0]!) / total;
    order.forEach((c, i) => {
      result.set(c, start + (Math.PI * share[i]!) / total);
      start += (2 * Math.PI * share[i]!) / total;
    });
    return result;
  };
  // On a collection's page its own entries gather in the middle, the linked ones around it.
  const focus = input.find((n) => n.emphasis === 'focus');
  const central = new Set(input.some((n) => n.emphasis === 'context') ? input.filter((n) => n.emphasis !== 'context').map((n) => n.collection) : []);
  const ring = present.filter((c) => !central.has(c));
  const angle = angles(clusterOrder(ring, pairWeight, angles));
  const cx = width / 2;
  const cy = height / 2;
  const rx = (width / 2 - padding) * (focus ? 0.72 : 0.66);
  const ry = (height / 2 - padding) * (focus ? 0.72 : 0.66);
  const alone = ring.length === 1 && !focus && !central.size;
  const anchor = (c: CollectionName, scale = 1) =>
    central.has(c) || alone ? { x: cx, y: cy } : { x: cx + Math.cos(angle.get(c)!) * rx * scale, y: cy + Math.sin(angle.get(c)!) * ry * scale };
  const anchors = present.map((c) => ({ collection: c, ...anchor(c) }));

  // Start every node on a small spiral around its target, slightly jittered by the seeded
  // random source (sorted first, so input order never matters).
  const random = lcg(seed);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const placedCount = new Map<string, number>();
  const start = [...input].sort(
    (a, b) => (a.collection < b.collection ? -1 : a.collection > b.collection ? 1 : 0) || degree.get(b.id)! - degree.get(a.id)! || (a.id < b.id ? -1 : 1),
  );
  const sim: SimNode[] = start.map((n) => {
    const target = n.emphasis === 'focus' ? { x: cx, y: cy } : anchor(n.collection, focus && n.hop === 1 ? 0.55 : 1);
    const key = `${n.collection} ${target.x} ${target.y}`;
    const i = placedCount.get(key) ?? 0;
    placedCount.set(key, i + 1);
    const dist = 9 * Math.sqrt(i + 0.5);
    const node: SimNode = { id: n.id, collection: n.collection, r: radiusOf(n), tx: target.x, ty: target.y, x: target.x + dist * Math.cos(i * golden) + random() * 2 - 1, y: target.y + dist * Math.sin(i * golden) + random() * 2 - 1 };
    if (n.emphasis === 'focus') {
      node.fx = cx;
      node.fy = cy;
    }
    return node;
  });
  const links: SimLink[] = [...pairs.values()].map((p) => ({
    source: p.source,
    target: p.target,
    same: collectionOf.get(p.source) === collectionOf.get(p.target),
    weight: 1 / Math.min(degree.get(p.source)!, degree.get(p.target)!),
  }));

  // Spacing per node from the free area, so that 20 or 500 nodes both fill the box.
  const spacing = Math.sqrt(((width - 2 * padding) * (height - 2 * padding)) / Math.max(1, input.length));
  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((d) => d.id)
        .distance((l) => (l.same ? 0.9 : 1.6) * Math.min(spacing, 80))
        .strength((l) => (l.same ? 0.7 : 0.04) * l.weight),
    )
    .force('charge', forceManyBody<SimNode>().strength(-Math.min(spacing, 90) * 1.4).distanceMax(Math.min(spacing, 90) * 5))
    .force('x', forceX<SimNode>((d) => d.tx).strength(0.3))
    .force('y', forceY<SimNode>((d) => d.ty).strength(0.3))
    .force('collide', forceCollide<SimNode>((d) => d.r + 2.5).iterations(2))
    .stop();
  const keepInside = () => {
    for (const n of sim) {
      n.x = Math.max(padding + n.r, Math.min(width - padding - n.r, n.x!));
      n.y = Math.max(padding + n.r, Math.min(height - padding - n.r, n.y!));
    }
  };
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    keepInside();
  }

  const pos = new Map(sim.map((n) => [n.id, n]));
  const clusterRank = new Map(present.map((c, i) => [c, i]));
  const placed: PlacedNode[] = input
    .map((n) => {
      const s = pos.get(n.id)!;
      return { ...n, x: round(s.x!), y: round(s.y!), r: round(s.r), degree: degree.get(n.id)! };
    })
    .sort((a, b) => (a.emphasis === 'context' ? 0 : 1) - (b.emphasis === 'context' ? 0 : 1) || clusterRank.get(a.collection)! - clusterRank.get(b.collection)! || byName(a, b));
  const labels = placeLabels(placed, { width, height, fontSize, maxLabels, maxLabelChars, padding });
  for (const node of placed) {
    const label = labels.get(node.id);
    if (label) node.label = label;
  }
  // Hubs whose labels cover other circles go last (the most important at the very end).
  const covering = [...labels].filter(([, l]) => l.covers).map(([id]) => id).reverse();
  const drawn = [...placed.filter((n) => !n.label?.covers), ...covering.map((id) => placed.find((n) => n.id === id)!)];

  const at = new Map(placed.map((n) => [n.id, n]));
  const edges: PlacedEdge[] = [...pairs.values()]
    .map((p) => ({
      source: p.source,
      target: p.target,
      kind: p.kinds[0]!,
      kinds: p.kinds,
      x1: at.get(p.source)!.x,
      y1: at.get(p.source)!.y,
      x2: at.get(p.target)!.x,
      y2: at.get(p.target)!.y,
    }))
    .sort((a, b) => kindRank(b.kind) - kindRank(a.kind));

  return {
    width,
    height,
    fontSize,
    nodes: drawn,
    edges,
    relations: rels,
    anchors: anchors.map((a) => ({ collection: a.collection, x: round(a.x), y: round(a.y) })),
    collections: present,
    kinds: NETWORK_EDGE_KINDS.filter((k) => rels.some((e) => e.kind === k)),
  };
}
