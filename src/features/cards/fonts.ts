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

/** Fonts as Satori wants them, a coverage test for the glyph check, and a hash for the card cache. */
export interface CardFonts {
  satori: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>;
  covered: (codePoint: number) => boolean;
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
  cached = { satori, covered, hash: hash.digest('hex') };
  return cached;
}
