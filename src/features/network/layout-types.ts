/** The shapes of a laid-out network (layout.ts): lines, the layout, and its options. */
import type { CollectionName } from '../../atlas/model/collections.ts';
import type { NetworkEdge, NetworkEdgeKind } from './model.ts';
import type { PlacedNode } from './labels.ts';

/** One line per linked pair of nodes; `kind` decides its style, `kinds` lists every relation between the two. */
export interface PlacedEdge {
  source: string;
  target: string;
  kind: NetworkEdgeKind;
  kinds: NetworkEdgeKind[];
  /** Only the editors, not the article, link the two (drawn as a hollow line, marked † in the legend). */
  editorial: boolean;
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
  /** Simulation steps (default `tickBudget(nodes)` of layout.ts: 300, d3-force's own, up to 400 nodes, fewer above); the cooling is scaled so that it ends after them. */
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
  /** The locale of the names (sorting). */
  lang?: string;
}
