/**
 * The drawing of a laid-out network (layout.ts) shared by the inline graph of the network
 * pages (NetworkGraph.astro) and the stand-alone neighbourhood image of entry pages
 * (`neighbourhoodSvg`): node shapes, edge paths, and the colours of both colour schemes.
 */
import { splitCjk } from '../../atlas/model/cjk.ts';
import type { CollectionName } from '../../atlas/model/collections.ts';
import { COLLECTION_COLORS } from '../map/markers.ts';
import { EDGE_STYLES, type EdgeTone } from './model.ts';
import type { NetworkLayout } from './layout-types.ts';
import type { PlacedNode } from './labels.ts';
import { escapeHtml } from '../../site/html.ts';

/** How a node is drawn: the three data collections share a grey, so they differ by shape. */
export type NodeShape = 'circle' | 'ring' | 'diamond' | 'square';

const SHAPES: Partial<Record<CollectionName, NodeShape>> = { figures: 'ring', events: 'diamond', sources: 'square' };

/** The shape of a collection's nodes (and of its key in the legend). */
export function nodeShape(collection: CollectionName): NodeShape {
  return SHAPES[collection] ?? 'circle';
}

/** A diamond around (x, y) whose half-diagonal is 1.2·r: the path `d` of an event's node. */
export function diamondPath(x: number, y: number, r: number): string {
  const s = r * 1.2;
  return `M${x} ${y - s}L${x + s} ${y}L${x} ${y + s}L${x - s} ${y}Z`;
}

/** One SVG path per relation kind and authorship: every line of that kind in one `d`. */
export interface EdgePath {
  kind: string;
  tone: EdgeTone;
  /** Stroke width in viewBox units. */
  width: number;
  dash: string | undefined;
  /** Drawn hollow: only the editors link the two. */
  editorial: boolean;
  d: string;
}

/**
 * The edges as one path per kind (in drawing order) instead of one line per edge: the same
 * picture in a fraction of the markup. Editorial links get their own path per kind, drawn
 * hollow (see `editorialWidths`), so they differ from every kind's dash pattern.
 */
export function edgePaths(layout: Pick<NetworkLayout, 'edges'>): EdgePath[] {
  const paths: EdgePath[] = [];
  for (const e of layout.edges) {
    const style = EDGE_STYLES[e.kind];
    let path = paths.find((p) => p.kind === e.kind && p.editorial === e.editorial);
    if (!path) paths.push((path = { kind: e.kind, tone: style.tone, width: style.width, dash: style.dash, editorial: e.editorial, d: '' }));
    path.d += `M${e.x1} ${e.y1}L${e.x2} ${e.y2}`;
  }
  return paths;
}

/** Stroke widths of a hollow (editorial) line of width `width`: the outer line in the kind's colour, the paper-coloured core. */
export function editorialWidths(width: number): { outer: number; core: number } {
  return { outer: Math.round((width + 2.4) * 10) / 10, core: Math.max(1, Math.round((width - 0.2) * 10) / 10) };
}

/**
 * Line colours per tone, light and dark (the dark ones keep 3:1 against the dark paper).
 * NetworkGraph.astro's stylesheet carries the same values (a test compares them).
 */
export const EDGE_COLORS: Readonly<Record<'light' | 'dark', Readonly<Record<EdgeTone, string>>>> = {
  light: { lineage: '#0d5c63', structure: '#3d5a80', place: '#b23a2a', person: '#7a3fa0', policy: '#9a4a1c', partner: '#1f7a68', subject: '#8a929c', weak: '#c4bdae' },
  dark: { lineage: '#4fb3bd', structure: '#9db4d0', place: '#f08a78', person: '#c9a2e6', policy: '#e3a272', partner: '#6fcfb5', subject: '#7c8794', weak: '#46505c' },
};

/** Paper and ink of the stand-alone image, light and dark (src/styles/global.css). */
const PAPER = { light: { paper: '#fbfaf7', ink: '#1b2430', muted: '#5a6472' }, dark: { paper: '#12161b', ink: '#e6e8eb', muted: '#a3abb6' } };

const FONT = `system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,'PingFang SC','Hiragino Sans GB','Noto Sans CJK SC','Microsoft YaHei',sans-serif`;

/** The stylesheet of the stand-alone image: the same look as the inline graph, in both colour schemes. */
function imageStyle(): string {
  const scheme = (s: 'light' | 'dark') =>
    `svg{--p:${PAPER[s].paper};--i:${PAPER[s].ink};--m:${PAPER[s].muted};${Object.entries(EDGE_COLORS[s]).map(([tone, color]) => `--${tone}:${color}`).join(';')}}`;
  const tones = Object.keys(EDGE_COLORS.light).map((tone) => `.e-${tone}{stroke:var(--${tone})}`).join('');
  return (
    scheme('light') +
    `@media (prefers-color-scheme:dark){${scheme('dark')}}` +
    `.bg{fill:var(--p)}.e{fill:none;stroke-linecap:round}${tones}.e-subject{stroke-opacity:.7}.e-core{stroke:var(--p)}` +
    `.m{fill:currentColor;stroke:var(--p);stroke-width:1.5}.m.ring{fill:var(--p);stroke:currentColor;stroke-width:2.5}.focus .m{stroke:var(--i);stroke-width:3}.context .m{opacity:.45}` +
    `text{dominant-baseline:central;fill:var(--i);stroke:var(--p);stroke-width:3px;stroke-linejoin:round;paint-order:stroke;font-family:${FONT}}.hub{font-weight:700}.context text{fill:var(--m)}`
  );
}

/**
 * A node's mark as SVG markup: a circle, ring, diamond or square in its collection's colour,
 * with class `cls` (and `ringClass` on a ring). Shared by the image and the inline graph.
 */
export function markSvg(n: Pick<PlacedNode, 'collection' | 'x' | 'y' | 'r'>, cls: string, ringClass = 'ring'): string {
  const color = COLLECTION_COLORS[n.collection];
  switch (nodeShape(n.collection)) {
    case 'diamond':
      return `<path class="${cls}" d="${diamondPath(n.x, n.y, n.r)}" color="${color}"/>`;
    case 'square':
      return `<rect class="${cls}" x="${n.x - n.r}" y="${n.y - n.r}" width="${2 * n.r}" height="${2 * n.r}" rx="1.5" color="${color}"/>`;
    case 'ring':
      return `<circle class="${cls} ${ringClass}" cx="${n.x}" cy="${n.y}" r="${n.r}" color="${color}"/>`;
    default:
      return `<circle class="${cls}" cx="${n.x}" cy="${n.y}" r="${n.r}" color="${color}"/>`;
  }
}

/** A label's text, Chinese runs marked `lang="zh"` (fonts and voices follow `lang`). */
function labelText(text: string): string {
  return splitCjk(text)
    .map((s) => (s.zh ? `<tspan lang="zh">${escapeHtml(s.text)}</tspan>` : escapeHtml(s.text)))
    .join('');
}

/**
 * The neighbourhood of an entry as a stand-alone SVG document (served as a file and shown
 * with `<img>`, so it is not part of every entry page's HTML): `role="img"`, `title` as its
 * name, the layout's `width`×`height` in px, its own paper background, light and dark colours
 * (prefers-color-scheme), labels in system fonts. Nodes are not links (an image's links do
 * not work); the page lists every relation as text. `lang` is the document's language.
 */
export function neighbourhoodSvg(layout: NetworkLayout, options: { title: string; lang: string }): string {
  const edges = edgePaths(layout)
    .map((p) => {
      const dash = p.dash ? ` stroke-dasharray="${p.dash}"` : '';
      if (!p.editorial) return `<path class="e e-${p.tone}" d="${p.d}" stroke-width="${p.width}"${dash}/>`;
      const w = editorialWidths(p.width);
      return `<path class="e e-${p.tone}" d="${p.d}" stroke-width="${w.outer}"${dash}/><path class="e e-core" d="${p.d}" stroke-width="${w.core}"${dash}/>`;
    })
    .join('');
  const nodes = layout.nodes
    .map((n) => {
      const cls = n.emphasis === 'focus' ? ' class="focus"' : n.emphasis === 'context' ? ' class="context"' : '';
      const label = n.label
        ? `<text${n.degree >= 10 || n.emphasis === 'focus' ? ' class="hub"' : ''} x="${n.label.x}" y="${n.label.y}"${n.label.anchor === 'start' ? '' : ` text-anchor="${n.label.anchor}"`}>${labelText(n.label.text)}</text>`
        : '';
      return `<g${cls}>${markSvg(n, 'm')}${label}</g>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" lang="${escapeHtml(options.lang)}">` +
    `<title>${escapeHtml(options.title)}</title><style>${imageStyle()}</style>` +
    `<rect class="bg" width="100%" height="100%"/><g>${edges}</g><g font-size="${layout.fontSize}">${nodes}</g></svg>`
  );
}
