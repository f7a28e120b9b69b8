/**
 * Renders one social card: Satori lays out the element tree as SVG, resvg rasterises it,
 * and the PNG is written with a 256-colour palette (flat colours: no visible loss, a
 * fraction of the size). Used by the card workers (worker.ts) and the preview script.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { indexedPng } from './png.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardContext, type CardInput } from './layout.ts';
import type { CardFonts } from './fonts.ts';
import { hyphenator } from './hyphenation.ts';
import type { Typesetter } from './text-fit.ts';

/** One card to produce. */
export interface CardJob {
  /** The page's site-relative path. */
  page: string;
  /** What to report in messages: the content file of an entry, or the page path. */
  source: string;
  input: CardInput;
  context: CardContext;
}

/** How cards in a language are set: measured with the card fonts, hyphenated with the language's patterns. */
export function typesetter(fonts: CardFonts, lang: string): Typesetter {
  return { measure: fonts.measure, hyphenate: hyphenator(lang) };
}

/** A card as Satori lays it out: an SVG document of 1200×630 px, text drawn as paths. */
export async function cardSvg(job: CardJob, fonts: CardFonts): Promise<string> {
  return satori(cardTree(job.input, job.context, typesetter(fonts, job.context.lang)) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fonts.satori });
}

/** Renders a card to PNG bytes. */
export async function renderCard(job: CardJob, fonts: CardFonts): Promise<Buffer> {
  const svg = await cardSvg(job, fonts);
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render();
  // Cards have few colours: a lossless palette PNG is small and quick; a rare card with more
  // than 256 colours (an anti-aliased locator map) takes resvg's true-colour PNG.
  return indexedPng(rendered.pixels, CARD_WIDTH, CARD_HEIGHT) ?? rendered.asPng();
}

