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
  /** The fonts by package file, as Satori gets them (a file's data may be a subset, see subset.ts). */
  files: Array<{ name: string; file: string; data: Buffer }>;
  covered: (codePoint: number) => boolean;
  /** Whether the Latin fonts (Inter) draw a character; the rest is the Chinese font's. */
  latin: (codePoint: number) => boolean;
  /**
   * The width in px of `text` at `fontSize`, from the advance widths of the faces Satori draws
   * it with (the first card font that has each character, in the family order of the card).
   */
  measure: (text: string, fontSize: number, bold: boolean) => number;
  hash: string;
}

let cached: CardFonts | undefined;

/** The horizontal metrics table (OpenType `hmtx`) as fontkit decodes it. */
interface HorizontalMetrics {
  metrics: { length: number; get(index: number): { advance: number } };
}

/**
 * The advance width of glyph `id` in font units, read from the font's `hmtx` table (OpenType
 * spec: glyphs past the last long metric take its advance). fontkit's `glyph.advanceWidth`
 * gives the same number but also decodes the glyph's outline for its vertical metrics, and in
 * a WOFF file that inflates the whole compressed `glyf` table on every new glyph (16 ms of
 * each card's 50 ms of CPU, measured with --cpu-prof).
 */
function advanceWidth(face: fontkit.Font, id: number): number {
  const { metrics } = (face as unknown as { hmtx: HorizontalMetrics }).hmtx;
  return metrics.get(Math.min(id, metrics.length - 1)).advance;
}

/**
 * Loads the card fonts once per process (per set of overrides). `overrides` replaces the data
 * of font files by subsets (src/features/cards/subset.ts); `hash` always identifies the full
 * fonts, so the card cache does not depend on subsetting.
 */
export function loadCardFonts(overrides: Record<string, Buffer> = {}): CardFonts {
  const plain = Object.keys(overrides).length === 0;
  if (plain && cached) return cached;
  const hash = createHash('sha256');
  const files: CardFonts['files'] = [];
  const satori = FILES.map(({ name, weight, file }) => {
    const full = overrides[file] ? undefined : readFileSync(require.resolve(file));
    if (full) hash.update(file).update(full);
    const data = overrides[file] ?? full!;
    files.push({ name, file, data });
    return { name, data, weight, style: 'normal' as const };
  });
  // Coverage from the regular weights (the bold files cover the same characters).
  const faces = satori.filter((f) => f.weight === 400).map((f) => fontkit.create(f.data) as fontkit.Font);
  // Asked for every character of every card text: remembered per code point (a character map lookup in each face otherwise).
  const coverage = new Map<number, boolean>();
  const covered = (cp: number) => coverage.get(cp) ?? coverage.set(cp, faces.some((face) => face.hasGlyphForCodePoint(cp))).get(cp)!;
  const latinFaces = faces.filter((_, i) => satori.filter((f) => f.weight === 400)[i]!.name !== CARD_FONTS.zh);
  const latin = (cp: number) => latinFaces.some((face) => face.hasGlyphForCodePoint(cp));
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
        width = advanceWidth(face, face.glyphForCodePoint(cp).id) / face.unitsPerEm;
        advance.set(key, width);
      }
      em += width;
    }
    return em * fontSize;
  };
  const fonts = { satori, files, covered, latin, measure, hash: plain ? hash.digest('hex') : 'subset' };
  if (plain) cached = fonts;
  return fonts;
}
