/**
 * Where each collection's cluster sits in a network picture, and where the entries around an
 * entry sit in its neighbourhood picture. Pure: angles in radians (0 = right, clockwise on
 * screen because SVG's y grows downwards), positions in viewBox units.
 */
import type { CollectionName } from '../../atlas/model/collections.ts';
import type { Point } from './geometry.ts';

/**
 * The angle of each collection's anchor around an ellipse, in the given order starting at the
 * top: each collection gets an arc in proportion to √size + 1, and its anchor sits in the
 * middle of its arc.
 */
export function clusterAngles(order: readonly CollectionName[], size: ReadonlyMap<CollectionName, number>): Map<CollectionName, number> {
  const share = order.map((c) => Math.sqrt(size.get(c) ?? 0) + 1);
  const total = share.reduce((s, v) => s + v, 0);
  const result = new Map<CollectionName, number>();
  let start = -Math.PI / 2 - (Math.PI * (share[0] ?? 0)) / total;
  order.forEach((c, i) => {
    result.set(c, start + (Math.PI * share[i]!) / total);
    start += (2 * Math.PI * share[i]!) / total;
  });
  return result;
}

/**
 * How many links run between each two collections (in either direction), as a function of
 * the two collections; 0 for a collection with itself or an unlinked pair.
 */
export function crossLinks(pairs: Iterable<{ source: string; target: string }>, collectionOf: (id: string) => CollectionName): (a: CollectionName, b: CollectionName) => number {
  const cross = new Map<string, number>();
  const key = (a: CollectionName, b: CollectionName) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  for (const p of pairs) {
    const [a, b] = [collectionOf(p.source), collectionOf(p.target)];
    if (a !== b) cross.set(key(a, b), (cross.get(key(a, b)) ?? 0) + 1);
  }
  return (a, b) => (a === b ? 0 : (cross.get(key(a, b)) ?? 0));
}

/**
 * The order of collections around the ellipse that keeps linked collections close: every
 * arrangement is tried (the first collection stays first; 4 to 9 collections, otherwise the
 * given order), and the one with the shortest total chord length of links between clusters,
 * weighted by `pairWeight`, wins. Ties keep the given order.
 */
export function clusterOrder(present: CollectionName[], pairWeight: (a: CollectionName, b: CollectionName) => number, size: ReadonlyMap<CollectionName, number>): CollectionName[] {
  if (present.length <= 3 || present.length > 9) return present;
  let best = present;
  let bestCost = Infinity;
  const [head, ...rest] = present;
  const permute = (prefix: CollectionName[], left: CollectionName[]) => {
    if (!left.length) {
      const order = [head!, ...prefix];
      const angle = clusterAngles(order, size);
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
 * The order of direct neighbours around the inner ring that keeps linked neighbours close,
 * so that a line between two of them does not cut through the entry in the middle: starting
 * from the given order, any swap of two positions that shortens the total squared chord
 * length of the links among them (1 − cos Δθ per link, on a unit circle) is made, until
 * none does (pairwise-exchange local search; at most 15 neighbours on a page).
 */
export function innerOrder<T extends RingNode>(inner: readonly T[], neighbours: (id: string) => Iterable<string>): T[] {
  const order = [...inner];
  const step = (2 * Math.PI) / Math.max(order.length, 3);
  const ids = new Set(order.map((n) => n.id));
  const links: Array<[string, string]> = [];
  for (const n of order) for (const m of neighbours(n.id)) if (ids.has(m) && n.id < m) links.push([n.id, m]);
  if (!links.length) return order;
  const cost = () => {
    const position = new Map(order.map((n, i) => [n.id, i]));
    return links.reduce((sum, [a, b]) => sum + 1 - Math.cos((position.get(a)! - position.get(b)!) * step), 0);
  };
  let current = cost();
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < order.length; i++)
      for (let j = i + 1; j < order.length; j++) {
        [order[i], order[j]] = [order[j]!, order[i]!];
        const next = cost();
        if (next < current - 1e-9) {
          current = next;
          improved = true;
        } else [order[i], order[j]] = [order[j]!, order[i]!];
      }
  }
  return order;
}

/** A node of a neighbourhood as the radial arrangement sees it. */
export interface RingNode {
  id: string;
  hop: number;
}

/**
 * Radial targets for a neighbourhood (Eades' radial drawing: the entry in the centre, direct
 * neighbours on an inner ring, second-hop entries on an outer ring beside the neighbours they
 * link to). Direct neighbours start in the given order (collection, then name), are
 * reordered by `innerOrder` so that linked ones sit side by side, and are spaced evenly, at least 120° apart, so that two or three neighbours never sit on one line with the
 * entry. Second-hop entries are ordered by the mean angle of their neighbours on the inner
 * ring and spread evenly in that order, half a slot on from that mean. `radius` is the inner and outer ring's size as a
 * fraction of the half-width and half-height (`rx`, `ry`) around `centre`.
 */
export function ringTargets(
  nodes: readonly RingNode[],
  neighbours: (id: string) => Iterable<string>,
  centre: Point,
  rx: number,
  ry: number,
  radius: { inner: number; outer: number } = { inner: 0.5, outer: 1 },
): Map<string, Point> {
  const targets = new Map<string, Point>();
  const at = (angle: number, scale: number): Point => ({ x: centre.x + Math.cos(angle) * rx * scale, y: centre.y + Math.sin(angle) * ry * scale });
  const inner = innerOrder(nodes.filter((n) => n.hop === 1), neighbours);
  const step = (2 * Math.PI) / Math.max(inner.length, 3);
  const angleOf = new Map<string, number>();
  inner.forEach((n, i) => {
    const angle = -Math.PI / 2 + i * step;
    angleOf.set(n.id, angle);
    targets.set(n.id, at(angle, radius.inner));
  });
  const outer = nodes
    .filter((n) => n.hop >= 2)
    .map((n, index) => {
      let sx = 0;
      let sy = 0;
      for (const id of neighbours(n.id)) {
        const a = angleOf.get(id);
        if (a === undefined) continue;
        sx += Math.cos(a);
        sy += Math.sin(a);
      }
      // Circular mean; entries with no neighbour on the inner ring keep their input order.
      const mean = sx || sy ? Math.atan2(sy, sx) : -Math.PI / 2 + index * step;
      return { id: n.id, mean: (mean + 2.5 * Math.PI) % (2 * Math.PI), index };
    })
    .sort((a, b) => a.mean - b.mean || a.index - b.index);
  const outerStep = (2 * Math.PI) / Math.max(outer.length, 3);
  // Rotate the evenly spaced slots so that, on average, each sits at its entry's mean angle.
  let sin = 0;
  let cos = 0;
  outer.forEach((n, i) => {
    sin += Math.sin(n.mean - i * outerStep);
    cos += Math.cos(n.mean - i * outerStep);
  });
  // Half a slot further on, so that a chain entry → neighbour → next never lies on one ray.
  const offset = Math.atan2(sin, cos) + outerStep / 2;
  outer.forEach((n, i) => targets.set(n.id, at(offset + i * outerStep - Math.PI / 2, radius.outer)));
  for (const n of nodes) if (n.hop === 0) targets.set(n.id, centre);
  return targets;
}
