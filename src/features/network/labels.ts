/**
 * Labels of a laid-out network: where each name goes beside its node without covering
 * another label or node, shortened when long. Pure and deterministic.
 */
import { textWidth } from '../cards/text-fit.ts';
import type { NetworkNode } from './model.ts';

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

/** Rounds to tenths: coordinates in the SVG. */
export const round = (v: number) => Math.round(v * 10) / 10;

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