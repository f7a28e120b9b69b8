/**
 * Lays out a network at build time with d3-force, deterministically (seeded random source,
 * fixed number of ticks, inputs sorted first), so the same atlas always yields the same SVG.
 * Readable with hundreds of entries: nodes are pulled towards one anchor per collection
 * around an ellipse (clusters, ordered so that collections with many links between them sit
 * side by side), node size grows with degree, labels go only where they fit (labels.ts).
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { COLLECTIONS, type CollectionName } from '../../atlas/model/collections.ts';
import { EDGE_ORDER } from '../../atlas/model/relations.ts';
import { byName, linkedPairs, NETWORK_EDGE_KINDS, sortNetwork, type Network, type NetworkEdgeKind, type NetworkNode } from './model.ts';
import { lcg, placeLabels, round, type PlacedNode } from './labels.ts';
import { clusterAngles, clusterOrder, crossLinks, ringTargets } from './clusters.ts';
import { clearLines, type Disc } from './geometry.ts';
import { cachedLayout } from './layout-cache.ts';

export type { PlacedNode, PlacedLabel, Box } from './labels.ts';
export type { PlacedEdge, NetworkLayout, LayoutOptions } from './layout-types.ts';
import type { PlacedEdge, NetworkLayout, LayoutOptions } from './layout-types.ts';

const kindRank = (kind: NetworkEdgeKind) => EDGE_ORDER.indexOf(kind);

/** A node's centre and radius in viewBox units, by id. */
type Positions = Map<string, { x: number; y: number; r: number }>;

/** Positions by network shape (see computeLayout), for the lifetime of a build. */
const POSITIONS = new Map<string, Positions>();

/**
 * The default number of simulation ticks for a picture of `nodes` nodes: 300 up to 400 nodes,
 * then fewer in proportion (300 · 400 / nodes, at least 60), so that the simulation's work,
 * O(nodes · log nodes) per tick for the many-body force (Barnes–Hut), stays about that of
 * 400 nodes. The nodes start on spirals around their cluster's anchor, so fewer ticks still
 * settle them; a picture of thousands of entries is read by its clusters, not its single lines.
 */
export function tickBudget(nodes: number): number {
  return nodes <= 400 ? 300 : Math.max(60, Math.round((300 * 400) / nodes));
}

/** Pictures up to this many nodes get the line-clearing pass of geometry.ts (neighbourhoods always do). */
const SMALL = 40;

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
  // Kept between builds when the integration opened the layout cache (layout-cache.ts).
  return cachedLayout([network, options], () => computeLayout(network, options));
}

/** The layout itself (see layoutNetwork). */
function computeLayout(network: Network, options: LayoutOptions): NetworkLayout {
  const { width, height, ticks = tickBudget(network.nodes.length), seed = 1, maxLabels = 40, fontSize = 13, maxLabelChars = 26, padding = 6 } = options;
  const [rMin, rMax] = options.radius ?? [4, 14];
  const { nodes: input, edges: relations } = sortNetwork(network, options.lang);
  const ids = new Set(input.map((n) => n.id));
  const rels = relations.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target);

  const pairs = linkedPairs(rels);
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
  const pairWeight = crossLinks(pairs.values(), (id) => collectionOf.get(id)!);
  // On a collection's page its own entries gather in the middle, the linked ones around it.
  const focus = input.find((n) => n.emphasis === 'focus');
  const central = new Set(input.some((n) => n.emphasis === 'context') ? input.filter((n) => n.emphasis !== 'context').map((n) => n.collection) : []);
  const ring = present.filter((c) => !central.has(c));
  const angle = clusterAngles(clusterOrder(ring, pairWeight, size), size);
  const cx = width / 2;
  const cy = height / 2;
  const rx = (width / 2 - padding) * (focus ? 0.72 : 0.66);
  const ry = (height / 2 - padding) * (focus ? 0.72 : 0.66);
  const alone = ring.length === 1 && !focus && !central.size;
  const anchor = (c: CollectionName, scale = 1) =>
    central.has(c) || alone ? { x: cx, y: cy } : { x: cx + Math.cos(angle.get(c)!) * rx * scale, y: cy + Math.sin(angle.get(c)!) * ry * scale };
  const anchors = present.map((c) => ({ collection: c, ...anchor(c) }));
  // Around an entry: a radial arrangement (the entry, then rings), not collection clusters.
  const neighbours = new Map(input.map((n) => [n.id, new Set<string>()]));
  for (const p of pairs.values()) {
    neighbours.get(p.source)!.add(p.target);
    neighbours.get(p.target)!.add(p.source);
  }
  // Positions depend on the network's shape only, not on names or language: computed once
  // per shape and reused (an entry's neighbourhood is drawn on its page in every edition).
  const shape = JSON.stringify([width, height, ticks, seed, rMin, rMax, padding, input.map((n) => [n.id, n.collection, n.emphasis ?? '', n.hop ?? -1]).sort(), [...pairs.keys()].sort()]);
  const pos = POSITIONS.get(shape) ?? simulate();
  POSITIONS.set(shape, pos);

  /** The force simulation and the line clearing: node positions and radii by id. */
  function simulate(): Positions {
    // The inner ring's order (collection, then slug) is the same in every language.
    const byCollectionAndId = [...input].sort((a, b) => present.indexOf(a.collection) - present.indexOf(b.collection) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const rings = focus ? ringTargets(byCollectionAndId.map((n) => ({ id: n.id, hop: n.hop ?? 2 })), (id) => neighbours.get(id)!, { x: cx, y: cy }, rx, ry) : undefined;

    // Start every node on a small spiral around its target, slightly jittered by the seeded
    // random source (sorted first, so input order never matters).
    const random = lcg(seed);
    const golden = Math.PI * (3 - Math.sqrt(5));
    const placedCount = new Map<string, number>();
    const start = [...input].sort(
      (a, b) => (a.collection < b.collection ? -1 : a.collection > b.collection ? 1 : 0) || degree.get(b.id)! - degree.get(a.id)! || (a.id < b.id ? -1 : 1),
    );
    const sim: SimNode[] = start.map((n) => {
      const target = rings?.get(n.id) ?? anchor(n.collection);
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
    // The simulation cools from alpha 1 to d3's alphaMin (0.001) in exactly `ticks` steps.
    const simulation = forceSimulation<SimNode>(sim)
      .randomSource(random)
      .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
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
    // Small pictures: no line may run through a node it does not connect (two entries would look linked).
    if (focus || input.length <= SMALL) {
      const discs: Disc[] = sim.map((n) => ({ id: n.id, x: n.x!, y: n.y!, r: n.r, fixed: n.fx !== undefined && n.fx !== null }));
      clearLines(discs, [...pairs.values()], { gap: 2.5, bounds: { x0: padding, y0: padding, x1: width - padding, y1: height - padding } });
      discs.forEach((d, i) => Object.assign(sim[i]!, { x: d.x, y: d.y }));
    }
    return new Map(sim.map((n) => [n.id, { x: n.x!, y: n.y!, r: n.r }]));
  }

  const clusterRank = new Map(present.map((c, i) => [c, i]));
  const placed: PlacedNode[] = input
    .map((n) => {
      const s = pos.get(n.id)!;
      return { ...n, x: round(s.x!), y: round(s.y!), r: round(s.r), degree: degree.get(n.id)! };
    })
    .sort((a, b) => (a.emphasis === 'context' ? 0 : 1) - (b.emphasis === 'context' ? 0 : 1) || clusterRank.get(a.collection)! - clusterRank.get(b.collection)! || byName(a, b, options.lang));
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
      editorial: p.editorial,
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
