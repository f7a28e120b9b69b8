/**
 * The Chinese card fonts cut down to the characters the cards of this build use, so that
 * every card worker parses two small fonts instead of two 1.5 MB ones (parsing took half a
 * second per worker, and workers are replaced often, see pool.ts). Subsetting is done by
 * `subset-font` (HarfBuzz's hb-subset compiled to WebAssembly); glyph shapes and advance widths
 * are those of the full font, so a card looks the same either way.
 */
import subsetFont from 'subset-font';
import { CARD_FONTS } from './layout.ts';
import type { CardFonts } from './fonts.ts';

/** Replacement font data by font file, for `loadCardFonts`. */
export type FontOverrides = Record<string, Buffer>;

/** The characters of `texts` that only the Chinese font draws (anything the Latin fonts lack). */
export function chineseCharacters(texts: Iterable<string>, latinCovers: (codePoint: number) => boolean): string {
  const chars = new Set<string>();
  for (const text of texts) for (const ch of text) if (!latinCovers(ch.codePointAt(0)!)) chars.add(ch);
  return [...chars].sort().join('');
}

/**
 * Subsets of the Chinese font files of `fonts` (as TrueType) holding exactly `chars`, keyed by
 * font file; empty when there are no such characters (the full fonts are then never needed).
 */
export async function subsetChineseFonts(fonts: CardFonts, chars: string): Promise<FontOverrides> {
  if (!chars) return {};
  const overrides: FontOverrides = {};
  for (const font of fonts.files.filter((f) => f.name === CARD_FONTS.zh)) {
    overrides[font.file] = await subsetFont(font.data, chars, { targetFormat: 'truetype' });
  }
  return overrides;
}
