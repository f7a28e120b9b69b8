/**
 * Plane geometry of a network picture: how far a node's circle is from a line it is not part
 * of, and a repair pass that moves nodes (or the ends of a line) until no line runs through a
 * node it does not connect, so that two entries never look linked when they are not.
 * Coordinates are SVG viewBox units (y grows downwards); pure and deterministic.
 */

/** A point in viewBox units. */
export interface Point {
  x: number;
  y: number;
}

/** A node as the geometry sees it: centre, circle radius, and whether it may move. */
export interface Disc extends Point {
  id: string;
  r: number;
  fixed?: boolean;
}

/** A drawn line between two nodes, by id. */
export interface Link {
  source: string;
  target: string;
}

/** A line that passes through (or too close to) a node it does not connect. */
export interface Blocking {
  node: string;
  source: string;
  target: string;
  /** Distance from the node's centre to the line, in viewBox units. */
  distance: number;
}

/**
 * The closest point to `p` on the segment `a`–`b` (the projection clamped to the segment;
 * `a` when the segment has no length). Standard vector projection, e.g. Ericson,
 * "Real-Time Collision Detection" (2005), §5.1.2.
 */
export function closestOnSegment(p: Point, a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return { x: a.x + t * dx, y: a.y + t * dy };
}

/** Distance from `p` to the segment `a`–`b`, in the same units. */
export function segmentDistance(p: Point, a: Point, b: Point): number {
  const q = closestOnSegment(p, a, b);
  return Math.hypot(p.x - q.x, p.y - q.y);
}

/**
 * Every (line, node) pair where the line comes closer to a node it does not connect than the
 * node's radius plus `gap` (viewBox units, default 2: about a line width of clear space).
 * Lines whose ends are unknown are ignored. Sorted by node id, then line, for stable output.
 */
export function blockings(nodes: readonly Disc[], links: readonly Link[], gap = 2): Blocking[] {
  const at = new Map(nodes.map((n) => [n.id, n]));
  const found: Blocking[] = [];
  for (const link of links) {
    const a = at.get(link.source);
    const b = at.get(link.target);
    if (!a || !b) continue;
    for (const n of nodes) {
      if (n.id === link.source || n.id === link.target) continue;
      const distance = segmentDistance(n, a, b);
      if (distance < n.r + gap) found.push({ node: n.id, source: link.source, target: link.target, distance });
    }
  }
  return found.sort((p, q) => (p.node < q.node ? -1 : p.node > q.node ? 1 : 0) || (p.source + p.target < q.source + q.target ? -1 : 1));
}

/** Options of `clearLines`. */
export interface ClearOptions {
  /** Clear space between a line and a circle it does not connect, and between two circles (default 2). */
  gap?: number;
  /** The box every circle must stay inside (circle included). */
  bounds: { x0: number; y0: number; x1: number; y1: number };
  /** Most moves (default 200). */
  moves?: number;
}

/** Number of directions (22.5° apart) a blocked node tries, and the step sizes, in multiples of its clear distance. */
const DIRECTIONS = 16;
const STEPS = [1, 2, 3, 4.5, 6, 8];

/**
 * Moves nodes in place until no line passes through a node it does not connect. A greedy
 * local search: every node in a blocking left (the blocked node or a line's end, unless
 * `fixed`) tries 16 directions at 6 distances (1 to 8 times its radius plus `gap`); the
 * move that most reduces how deep circles reach into lines and into each other wins (ties:
 * the shorter move), and is made only when it reduces that depth (measured around the moved
 * node, the only place it can change). Measuring depth rather than counting blockings lets a
 * crowded picture improve step by step. Circles stay inside
 * `bounds`. Stops when nothing is blocked, no move helps, or `moves` moves are spent.
 * Returns the blockings left (empty on success), so callers can report rather than hide them.
 */
export function clearLines(nodes: Disc[], links: readonly Link[], options: ClearOptions): Blocking[] {
  const { gap = 2, bounds, moves = 200 } = options;
  const at = new Map(nodes.map((n) => [n.id, n]));
  const ends = links.filter((l) => at.has(l.source) && at.has(l.target) && l.source !== l.target).map((l) => [at.get(l.source)!, at.get(l.target)!] as const);
  const incident = new Map(nodes.map((n) => [n, ends.filter(([a, b]) => a === n || b === n)]));
  const inside = (n: Disc, x: number, y: number) => x - n.r >= bounds.x0 && x + n.r <= bounds.x1 && y - n.r >= bounds.y0 && y + n.r <= bounds.y1;
  // How deep a circle (plus the gap) reaches into a line it is not part of, or into another circle.
  const depth = (n: Disc, a: Disc, b: Disc) => (n === a || n === b ? 0 : Math.max(0, n.r + gap - segmentDistance(n, a, b)));
  // What depends on node n: lines through n, n's own lines through others, circles overlapping n.
  const local = (n: Disc) => {
    let sum = 0;
    for (const [a, b] of ends) sum += depth(n, a, b);
    for (const [a, b] of incident.get(n)!) for (const m of nodes) sum += depth(m, a, b);
    for (const m of nodes) if (m !== n) sum += Math.max(0, m.r + n.r + gap - Math.hypot(m.x - n.x, m.y - n.y));
    return sum;
  };
  let left = blockings(nodes, links, gap);
  for (let move = 0; move < moves && left.length; move++) {
    let best: { n: Disc; x: number; y: number; gain: number; distance: number } | undefined;
    const movable = new Set(left.flatMap(({ node, source, target }) => [at.get(node)!, at.get(source)!, at.get(target)!]).filter((d) => !d.fixed));
    for (const n of movable) {
      const [x0, y0] = [n.x, n.y];
      const before = local(n);
      for (const step of STEPS)
        for (let k = 0; k < DIRECTIONS; k++) {
          const distance = step * (n.r + gap + 0.5);
          const x = x0 + Math.cos((2 * Math.PI * k) / DIRECTIONS) * distance;
          const y = y0 + Math.sin((2 * Math.PI * k) / DIRECTIONS) * distance;
          if (!inside(n, x, y)) continue;
          [n.x, n.y] = [x, y];
          const gain = before - local(n);
          if (!best || gain > best.gain || (gain === best.gain && distance < best.distance)) best = { n, x, y, gain, distance };
        }
      [n.x, n.y] = [x0, y0];
    }
    if (!best || best.gain <= 1e-6) break;
    [best.n.x, best.n.y] = [best.x, best.y];
    left = blockings(nodes, links, gap);
  }
  return left;
}

/**
 * How far a set of points spreads in its narrower direction compared with its wider one: the
 * square root of the ratio of the two eigenvalues of their covariance matrix (principal
 * component analysis; closed form for 2×2 symmetric matrices). 0 for points on one line, 1
 * for a round cloud; 0 for fewer than two distinct points.
 */
export function spread(points: readonly Point[]): number {
  if (points.length < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const half = (sxx + syy) / 2;
  const root = Math.sqrt(Math.max(0, half * half - (sxx * syy - sxy * sxy)));
  const major = half + root;
  const minor = Math.max(0, half - root);
  return major === 0 ? 0 : Math.sqrt(minor / major);
}
