/**
 * The card fonts, from npm packages (never downloaded at build time): Inter for Latin and
 * Latin Extended (registered under its own family name, or Satori ignores it) and Noto
 * Sans SC for Chinese. Node-only: reads the font files and their character maps.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import * as fontkit from 'fontkit';
import { CARD_FONTS } from './layout.ts';

const require = createRequire(import.meta.url);

const FILES = [
  { name: CARD_FONTS.latin, weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
  { name: CARD_FONTS.latin, weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff' },
  { name: CARD_FONTS.latinExt, weight: 400, file: '@fontsource/inter/files/inter-latin-ext-400-normal.woff' },
  { name: CARD_FONTS.latinExt, weight: 700, file: '@fontsource/inter/files/inter-latin-ext-700-normal.woff' },
  { name: CARD_FONTS.zh, weight: 400, file: '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff' },
  { name: CARD_FONTS.zh, weight: 700, file: '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff' },
] as const;

/** Fonts as Satori wants them, a coverage test for the glyph check, a measure, and a hash for the card cache. */
export interface CardFonts {
  satori: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>;
  covered: (codePoint: number) => boolean;
  /**
   * The width in px of `text` at `fontSize`, from the advance widths of the faces Satori draws
   * it with (the first card font that has each character, in the family order of the card).
   */
  measure: (text: string, fontSize: number, bold: boolean) => number;
  hash: string;
}

let cached: CardFonts | undefined;

/** Loads the card fonts once per process. */
export function loadCardFonts(): CardFonts {
  if (cached) return cached;
  const hash = createHash('sha256');
  const satori = FILES.map(({ name, weight, file }) => {
    const data = readFileSync(require.resolve(file));
    hash.update(file).update(data);
    return { name, data, weight, style: 'normal' as const };
  });
  // Coverage from the regular weights (the bold files cover the same characters).
  const faces = satori.filter((f) => f.weight === 400).map((f) => fontkit.create(f.data) as fontkit.Font);
  const covered = (cp: number) => faces.some((face) => face.hasGlyphForCodePoint(cp));
  let boldFaces: fontkit.Font[] | undefined;
  const advance = new Map<string, number>();
  const measure = (text: string, fontSize: number, bold: boolean) => {
    const list = bold ? (boldFaces ??= satori.filter((f) => f.weight === 700).map((f) => fontkit.create(f.data) as fontkit.Font)) : faces;
    let em = 0;
    for (const ch of text) {
      const key = `${bold ? 'b' : 'r'}${ch}`;
      let width = advance.get(key);
      if (width === undefined) {
        const cp = ch.codePointAt(0)!;
        const face = list.find((f) => f.hasGlyphForCodePoint(cp)) ?? list[0]!;
        width = face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm;
        advance.set(key, width);
      }
      em += width;
    }
    return em * fontSize;
  };
  cached = { satori, covered, measure, hash: hash.digest('hex') };
  return cached;
}
