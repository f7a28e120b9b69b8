/**
 * The social card: a 1200×630 image per page, laid out here as a Satori element tree.
 * Pure and deterministic (no fonts or I/O): the text fitting uses width estimates per
 * character class, tuned to Inter and Noto Sans SC, so long German names shrink and wrap
 * instead of overflowing, and every card looks like the atlas.
 */
import type { Ring } from '../../atlas/model/geo.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD = 64;
const LOCATOR = 232;

/** Colours of the card, matching the site. */
export const CARD_COLORS = { ink: '#1b2430', muted: '#5a6472', paper: '#fbfaf7', panel: '#f1efe8', accent: '#0d5c63', seal: '#b23a2a', line: '#d9d5c9' };

/** Font family names registered with Satori (latin-ext gets its own name, see stack notes). */
export const CARD_FONTS = { latin: 'Inter', latinExt: 'Inter Ext', zh: 'Noto Sans SC' };

/** What a card shows. */
export interface CardInput {
  /** The title, large. */
  title: string;
  /** A line under the title, e.g. the article's wording ("im Artikel: DarkSide"). */
  subtitle?: string;
  /** Collection or section, as a badge. */
  badge: string;
  /** Kind, beside the badge. */
  kind?: string;
  /** Chinese name. */
  nameZh?: string;
  /** One or two sentences. */
  summary: string;
  /** A figure's value, shown large ("über 70 Prozent"). */
  value?: string;
  /** Where in Haidian: a point in the locator box (0..1), and whether it is approximate. */
  locator?: { x: number; y: number; approximate: boolean };
}

/** Approximate advance width of a character in em, by class (Inter / Noto Sans SC). */
export function charWidth(ch: string): number {
  if (/\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/u.test(ch)) return 1;
  if (ch === ' ') return 0.28;
  if (/[il.,:;'!|·]/.test(ch)) return 0.3;
  if (/[mwMW]/.test(ch)) return 0.9;
  if (/[A-ZÄÖÜ]/.test(ch)) return 0.7;
  if (/[0-9]/.test(ch)) return 0.62;
  return 0.57;
}

/** Estimated width in px of text at a font size (bold adds about 4 %). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.04 : 1);
}

/** Greedy word wrap by estimated width; Chinese may break between any two characters. */
export function wrap(text: string, fontSize: number, width: number, bold = false): string[] {
  const tokens = text.trim().match(/\p{Script=Han}|[^\s\p{Script=Han}]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && !/^\s+$/.test(token) && textWidth(candidate.trimEnd(), fontSize, bold) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Title sizes tried from largest to smallest, with the lines each may use. */
const TITLE_STEPS: ReadonlyArray<[number, number]> = [[76, 2], [64, 2], [56, 3], [48, 3], [42, 3], [36, 4], [32, 4]];

/** The largest title size (at most `maxSize`) at which the title fits; the last step always applies (32px, four lines). */
export function fitTitle(title: string, width: number, maxSize = 76): { fontSize: number; lines: string[] } {
  for (const [fontSize, maxLines] of TITLE_STEPS.filter(([size]) => size <= maxSize)) {
    const lines = wrap(title, fontSize, width, true);
    if (lines.length <= maxLines && lines.every((l) => textWidth(l, fontSize, true) <= width)) return { fontSize, lines };
  }
  const [fontSize] = TITLE_STEPS.at(-1)!;
  return { fontSize, lines: wrap(title, fontSize, width, true) };
}

/** Cuts a text to at most `maxLines` wrapped lines, ending with "…" at a word boundary when cut. */
export function clampLines(text: string, fontSize: number, width: number, maxLines: number): string[] {
  const lines = wrap(text, fontSize, width);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last} …`, fontSize) > width) last = last.replace(/\s*\S+$/, '');
  kept[maxLines - 1] = `${last.replace(/[\s,;:–-]+$/, '')} …`;
  return kept;
}

/** A font size at which a one-line text fits the width, at most `max`. */
export function fitOneLine(text: string, max: number, width: number): number {
  const w = textWidth(text, max);
  return w <= width ? max : Math.max(16, Math.floor((max * width) / w));
}

/** Projects a ring into a square box of `size` px, keeping its aspect (equirectangular at the ring's latitude). */
export function projectRing(ring: Ring, size: number, margin = 8) {
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const w = (east - west) * k;
  const h = north - south;
  const scale = (size - 2 * margin) / Math.max(w, h);
  const ox = margin + (size - 2 * margin - w * scale) / 2;
  const oy = margin + (size - 2 * margin - h * scale) / 2;
  const point = (lon: number, lat: number): [number, number] => [ox + (lon - west) * k * scale, oy + (north - lat) * scale];
  return { point, path: `M${ring.map(([lon, lat]) => point(lon, lat).map((v) => v.toFixed(1)).join(' ')).join('L')}Z` };
}

/** The locator: Haidian's outline with the entry's position, as SVG markup. */
export function locatorSvg(ring: Ring, lon: number, lat: number, approximate: boolean, size = LOCATOR): string {
  const { point, path } = projectRing(ring, size);
  const [x, y] = point(lon, lat);
  const marker = approximate
    ? `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="14" fill="${CARD_COLORS.seal}" fill-opacity="0.2" stroke="${CARD_COLORS.seal}" stroke-width="3" stroke-dasharray="5 4"/><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4" fill="${CARD_COLORS.seal}"/>`
    : `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="9" fill="${CARD_COLORS.seal}" stroke="#fff" stroke-width="3"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><path d="${path}" fill="#e4efe9" stroke="${CARD_COLORS.accent}" stroke-width="2.5" stroke-linejoin="round"/>${marker}</svg>`;
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({ type, props: { style, ...extra, ...(children === undefined ? {} : { children }) } });

/** Everything the card tree needs besides the input: the site's name and host for the footer, and the locator image. */
export interface CardContext {
  siteName: string;
  /** Where the site is, as shown in the footer ("haidian-atlas.example.org"). */
  host: string;
  /** The footer's right-hand text, from the dictionary. */
  footer: string;
  /** SVG markup of the locator, when the entry is located. */
  locator?: string;
  /** Caption under the locator ("Lage in Haidian"). */
  locatorCaption?: string;
}

/** The Satori element tree of a card. Text is pre-wrapped, so the layout never depends on Satori guessing widths. */
export function cardTree(input: CardInput, context: CardContext): Node {
  const textWidthAvailable = CARD_WIDTH - 2 * PAD - (context.locator ? LOCATOR + 48 : 0);
  const title = fitTitle(input.title, textWidthAvailable, input.value ? 48 : 76);
  const valueSize = input.value ? fitOneLine(input.value, 72, textWidthAvailable) : 0;
  const zhSize = input.nameZh ? fitOneLine(input.nameZh, 40, textWidthAvailable) : 0;
  const summaryLines = clampLines(input.summary, 27, textWidthAvailable, title.lines.length > 2 ? 2 : 3);
  const family = `${CARD_FONTS.latin}, ${CARD_FONTS.latinExt}, ${CARD_FONTS.zh}`;
  const text = (lines: string[], style: Record<string, unknown>) => el('div', { display: 'flex', flexDirection: 'column', ...style }, lines.map((l) => el('div', { display: 'flex' }, l)));

  const header = el('div', { display: 'flex', alignItems: 'center', gap: 16 }, [
    el('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 52, height: 52, borderRadius: 10, background: CARD_COLORS.accent, color: '#fff', fontSize: 32, fontFamily: CARD_FONTS.zh, fontWeight: 700 }, '海'),
    el('div', { display: 'flex', fontSize: 26, fontWeight: 700, color: CARD_COLORS.ink }, context.siteName),
    el('div', { display: 'flex', flexGrow: 1 }),
    el('div', { display: 'flex', gap: 10, alignItems: 'center' }, [
      el('div', { display: 'flex', fontSize: 22, fontWeight: 700, color: '#fff', background: CARD_COLORS.accent, padding: '6px 16px', borderRadius: 999 }, input.badge),
      ...(input.kind ? [el('div', { display: 'flex', fontSize: 22, color: CARD_COLORS.accent, border: `2px solid ${CARD_COLORS.accent}`, padding: '4px 14px', borderRadius: 999 }, input.kind)] : []),
    ]),
  ]);

  const body = el('div', { display: 'flex', flexGrow: 1, gap: 48, alignItems: 'center', marginTop: 28 }, [
    el('div', { display: 'flex', flexDirection: 'column', width: textWidthAvailable, gap: 14 }, [
      ...(input.value ? [el('div', { display: 'flex', fontSize: valueSize, fontWeight: 700, color: CARD_COLORS.accent, lineHeight: 1.1 }, input.value)] : []),
      text(title.lines, { fontSize: title.fontSize, fontWeight: 700, lineHeight: 1.12, color: CARD_COLORS.ink }),
      ...(input.subtitle ? [el('div', { display: 'flex', fontSize: fitOneLine(input.subtitle, 26, textWidthAvailable), color: CARD_COLORS.muted, fontStyle: 'normal' }, input.subtitle)] : []),
      ...(input.nameZh ? [el('div', { display: 'flex', fontSize: zhSize, fontFamily: CARD_FONTS.zh, color: CARD_COLORS.seal, lineHeight: 1.3 }, input.nameZh)] : []),
      text(summaryLines, { fontSize: 27, lineHeight: 1.38, color: CARD_COLORS.muted, marginTop: 6 }),
    ]),
    ...(context.locator
      ? [
          el('div', { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 8 }, [
            el('img', { width: LOCATOR, height: LOCATOR }, undefined, { src: `data:image/svg+xml;base64,${Buffer.from(context.locator).toString('base64')}`, width: LOCATOR, height: LOCATOR }),
            ...(context.locatorCaption ? [el('div', { display: 'flex', fontSize: 19, color: CARD_COLORS.muted }, context.locatorCaption)] : []),
          ]),
        ]
      : []),
  ]);

  const footer = el('div', { display: 'flex', alignItems: 'center', borderTop: `2px solid ${CARD_COLORS.line}`, paddingTop: 18, fontSize: 21, color: CARD_COLORS.muted }, [
    el('div', { display: 'flex', flexGrow: 1 }, context.host),
    el('div', { display: 'flex' }, context.footer),
  ]);

  return el(
    'div',
    { display: 'flex', flexDirection: 'column', boxSizing: 'border-box', width: CARD_WIDTH, height: CARD_HEIGHT, padding: `${PAD - 12}px ${PAD}px 40px`, background: CARD_COLORS.paper, fontFamily: family, borderTop: `14px solid ${CARD_COLORS.accent}` },
    [header, body, footer],
  );
}

/** Every string a card will draw, for the glyph check. */
export function cardText(input: CardInput, context: CardContext): string {
  return [input.title, input.subtitle ?? '', input.badge, input.kind ?? '', input.nameZh ?? '', input.summary, input.value ?? '', context.siteName, context.host, context.footer, context.locatorCaption ?? '', '海 …'].join('\n');
}
