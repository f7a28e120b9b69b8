/**
 * What a network picture's legend lists, from the network alone (no layout needed): the
 * entry pages draw their neighbourhood as an image file and still show its legend as HTML.
 */
import { COLLECTIONS, type CollectionName } from '../../atlas/model/collections.ts';
import { NETWORK_EDGE_KINDS, linkedPairs, type NetworkEdge, type NetworkEdgeKind, type NetworkNode } from './model.ts';

/** The legend's contents. */
export interface NetworkKey {
  /** Collections present, in COLLECTIONS order. */
  collections: CollectionName[];
  /** Relation kinds present, in display order (NETWORK_EDGE_KINDS). */
  kinds: NetworkEdgeKind[];
  /** Some nodes are context (linked entries of other collections, drawn faded). */
  context: boolean;
  /** Some pair of nodes is linked only by the editors (drawn hollow). */
  editorial: boolean;
}

/** The relations a picture draws: those between two distinct nodes of it. */
export function drawnRelations(network: { nodes: readonly NetworkNode[]; relations: readonly NetworkEdge[] }): NetworkEdge[] {
  const ids = new Set(network.nodes.map((n) => n.id));
  return network.relations.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target);
}

/**
 * The legend of a layout, or of a network passed as `{ nodes, relations: edges }`. The same collections and kinds as `layoutNetwork` reports, and an
 * editorial line exactly when the layout draws one (a pair whose every relation is editorial).
 */
export function networkKey(network: { nodes: readonly NetworkNode[]; relations: readonly NetworkEdge[] }): NetworkKey {
  const edges = drawnRelations(network);
  return {
    collections: COLLECTIONS.filter((c) => network.nodes.some((n) => n.collection === c)),
    kinds: NETWORK_EDGE_KINDS.filter((k) => edges.some((e) => e.kind === k)),
    context: network.nodes.some((n) => n.emphasis === 'context'),
    editorial: [...linkedPairs(edges).values()].some((p) => p.editorial),
  };
}
