/**
 * The social card: a 1200×630 image per page, laid out here as a Satori element tree.
 * Pure and deterministic (no fonts or I/O): the text fitting uses width estimates per
 * character class, tuned to Inter and Noto Sans SC, so long German names shrink and wrap
 * instead of overflowing, and every card looks like the atlas.
 */
import type { Ring } from '../../atlas/model/geo.ts';
import { ESTIMATE, clampLines, fitOneLine, fitTitle, type Typesetter } from './text-fit.ts';

export { charWidth, textWidth, wrap, fitTitle, clampLines, fitOneLine } from './text-fit.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD = 64;
/**
 * The accent bar along the top edge, in px. It and the footer rule are boxes filled with
 * their colour rather than CSS borders: Satori draws a border as a stroke inside three
 * nested clip paths, and resvg rasterises every clip path into a mask of its own (2.5 ms of
 * a card's 13 ms in resvg, measured on the Baidu card, against 0 for a filled box).
 */
const TOP_BAR = 14;
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

/** Projections already made, by ring and box: every located card draws the same outline. */
const projections = new WeakMap<Ring, Map<string, ReturnType<typeof project>>>();

/** Projects a ring into a square box of `size` px, keeping its aspect (equirectangular at the ring's latitude). */
export function projectRing(ring: Ring, size: number, margin = 8): ReturnType<typeof project> {
  const byBox = projections.get(ring) ?? projections.set(ring, new Map()).get(ring)!;
  const key = `${size} ${margin}`;
  return byBox.get(key) ?? byBox.set(key, project(ring, size, margin)).get(key)!;
}

function project(ring: Ring, size: number, margin: number) {
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
  /** The card's language (BCP 47), for hyphenation. */
  lang: string;
  /** SVG markup of the locator, when the entry is located. */
  locator?: string;
  /** Caption under the locator ("Lage in Haidian"). */
  locatorCaption?: string;
}

/** The width of the text column: the card less its padding and, for located entries, the locator. */
export function textColumn(context: Pick<CardContext, 'locator'>): number {
  return CARD_WIDTH - 2 * PAD - (context.locator ? LOCATOR + 48 : 0);
}

/** Where each text of a card goes and how it is set: the measured layout, testable without rendering. */
export function cardText(input: CardInput, context: CardContext, set: Typesetter = ESTIMATE) {
  const width = textColumn(context);
  const title = fitTitle(input.title, width, input.value ? 48 : 76, set);
  return {
    width,
    title,
    value: input.value ? fitOneLine(input.value, 72, width, true, set) : undefined,
    subtitle: input.subtitle ? fitOneLine(input.subtitle, 26, width, false, set) : undefined,
    nameZh: input.nameZh ? fitOneLine(input.nameZh, 40, width, false, set) : undefined,
    summary: { fontSize: 27, lines: clampLines(input.summary, 27, width, title.lines.length > 2 ? (title.lines.length > 3 ? 1 : 2) : 3, set) },
  };
}

/** The Satori element tree of a card. Text is pre-set (cardText), so the layout never depends on Satori guessing widths. */
export function cardTree(input: CardInput, context: CardContext, set: Typesetter = ESTIMATE): Node {
  const fitted = cardText(input, context, set);
  const textWidthAvailable = fitted.width;
  const title = fitted.title;
  const summaryLines = fitted.summary.lines;
  const family = `${CARD_FONTS.latin}, ${CARD_FONTS.latinExt}, ${CARD_FONTS.zh}`;
  // Lines are set here with the fonts' advance widths (cardText); Satori must not break them again where its own
  // measure (kerning) comes out a pixel wider, so every pre-set line is drawn without wrapping.
  const SET = { whiteSpace: 'nowrap' };
  const text = (lines: string[], style: Record<string, unknown>) => el('div', { display: 'flex', flexDirection: 'column', ...style }, lines.map((l) => el('div', { display: 'flex', ...SET }, l)));

  const header = el('div', { display: 'flex', alignItems: 'center', gap: 16 }, [
    el('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 52, height: 52, borderRadius: 10, background: CARD_COLORS.accent, color: '#fff', fontSize: 32, fontFamily: CARD_FONTS.zh, fontWeight: 700 }, '海'),
    el('div', { display: 'flex', fontSize: 26, fontWeight: 700, color: CARD_COLORS.ink }, context.siteName),
    el('div', { display: 'flex', flexGrow: 1 }),
    el('div', { display: 'flex', gap: 10, alignItems: 'center' }, [
      el('div', { display: 'flex', fontSize: 22, fontWeight: 700, color: '#fff', background: CARD_COLORS.accent, padding: '6px 16px', borderRadius: 999 }, input.badge),
      // The outlined badge is a filled pill inside a pill 2 px larger, not a CSS border (see TOP_BAR).
      ...(input.kind ? [el('div', { display: 'flex', padding: 2, background: CARD_COLORS.accent, borderRadius: 999 }, [el('div', { display: 'flex', fontSize: 22, color: CARD_COLORS.accent, background: CARD_COLORS.paper, padding: '4px 14px', borderRadius: 999 }, input.kind)])] : []),
    ]),
  ]);

  const body = el('div', { display: 'flex', flexGrow: 1, gap: 48, alignItems: 'center', marginTop: 28 }, [
    // Neither column shrinks: the text was set for exactly this width, and the locator's caption wraps within the locator's width.
    el('div', { display: 'flex', flexDirection: 'column', width: textWidthAvailable, flexShrink: 0, gap: 14 }, [
      ...(fitted.value ? [el('div', { display: 'flex', fontSize: fitted.value.fontSize, fontWeight: 700, color: CARD_COLORS.accent, lineHeight: 1.1, ...SET }, fitted.value.text)] : []),
      text(title.lines, { fontSize: title.fontSize, fontWeight: 700, lineHeight: 1.12, color: CARD_COLORS.ink }),
      ...(fitted.subtitle ? [el('div', { display: 'flex', fontSize: fitted.subtitle.fontSize, color: CARD_COLORS.muted, ...SET }, fitted.subtitle.text)] : []),
      ...(fitted.nameZh ? [el('div', { display: 'flex', fontSize: fitted.nameZh.fontSize, fontFamily: CARD_FONTS.zh, color: CARD_COLORS.seal, lineHeight: 1.3, ...SET }, fitted.nameZh.text)] : []),
      text(summaryLines, { fontSize: 27, lineHeight: 1.38, color: CARD_COLORS.muted, marginTop: 6 }),
    ]),
    ...(context.locator
      ? [
          el('div', { display: 'flex', flexDirection: 'column', alignItems: 'center', width: LOCATOR, flexShrink: 0, gap: 8 }, [
            el('img', { width: LOCATOR, height: LOCATOR }, undefined, { src: `data:image/svg+xml;base64,${Buffer.from(context.locator).toString('base64')}`, width: LOCATOR, height: LOCATOR }),
            ...(context.locatorCaption ? [el('div', { display: 'flex', fontSize: 19, color: CARD_COLORS.muted }, context.locatorCaption)] : []),
          ]),
        ]
      : []),
  ]);

  const footer = el('div', { display: 'flex', flexDirection: 'column' }, [
    el('div', { display: 'flex', height: 2, background: CARD_COLORS.line }),
    el('div', { display: 'flex', alignItems: 'center', paddingTop: 18, fontSize: 21, color: CARD_COLORS.muted }, [
      el('div', { display: 'flex', flexGrow: 1 }, context.host),
      el('div', { display: 'flex' }, context.footer),
    ]),
  ]);

  return el(
    'div',
    { display: 'flex', flexDirection: 'column', boxSizing: 'border-box', width: CARD_WIDTH, height: CARD_HEIGHT, padding: `${PAD - 12 + TOP_BAR}px ${PAD}px 40px`, background: CARD_COLORS.paper, fontFamily: family },
    [el('div', { display: 'flex', position: 'absolute', top: 0, left: 0, width: CARD_WIDTH, height: TOP_BAR, background: CARD_COLORS.accent }), header, body, footer],
  );
}

/** Every string a card will draw, for the glyph check. */
export function cardStrings(input: CardInput, context: CardContext): string {
  return [input.title, input.subtitle ?? '', input.badge, input.kind ?? '', input.nameZh ?? '', input.summary, input.value ?? '', context.siteName, context.host, context.footer, context.locatorCaption ?? '', '海 …'].join('\n');
}
