/**
 * The link graph's indexes: the edges leaving and arriving at each entry, in display order,
 * built once per build from the edges the link check resolved. Backlinks ("Verknüpft mit …")
 * are the arriving edges grouped by kind: reading them costs the size of the group, never a
 * walk over the whole atlas.
 */
import { EDGE_ORDER, type EdgeKind } from '../model/relations.ts';
import type { Edge } from '../validate/links.ts';

/** Edges of one kind arriving at an entry. */
export interface BacklinkGroup {
  kind: EdgeKind;
  edges: Edge[];
}

/** Indexed edges. */
export interface Graph {
  edges: readonly Edge[];
  /** Edges leaving `slug`, in display order (relations by kind, then mentions, then citations). */
  outgoing(slug: string): readonly Edge[];
  /** Edges arriving at `slug`, grouped by kind in display order; within a group in the order given by `order`. */
  backlinks(slug: string): readonly BacklinkGroup[];
}

/**
 * Indexes `edges`. `byName` orders the entries linking to one entry (e.g. by title); it is
 * applied once per group when the graph is built.
 */
export function indexGraph(edges: readonly Edge[], byName: (a: string, b: string) => number): Graph {
  const rank = (kind: EdgeKind) => EDGE_ORDER.indexOf(kind);
  const out = Map.groupBy(edges, (e) => e.from);
  const inc = Map.groupBy(edges, (e) => e.to);
  const outgoing = new Map([...out].map(([slug, list]) => [slug, [...list].sort((a, b) => rank(a.kind) - rank(b.kind))]));
  const backlinks = new Map(
    [...inc].map(([slug, list]) => {
      const groups = Map.groupBy(list, (e) => e.kind);
      return [slug, EDGE_ORDER.filter((k) => groups.has(k)).map((kind) => ({ kind, edges: [...groups.get(kind)!].sort((a, b) => byName(a.from, b.from)) }))];
    }),
  );
  return { edges, outgoing: (slug) => outgoing.get(slug) ?? [], backlinks: (slug) => backlinks.get(slug) ?? [] };
}
