/**
 * Fitting text into a card's columns. Widths come from a `Measure` (the real advance widths
 * of the card fonts, see fonts.ts; a per-character estimate where no fonts are at hand), and
 * words too long for a line are hyphenated at the syllable breaks of the language's patterns
 * (the `hyphen` package, TeX patterns) or, failing that, broken between characters, so no
 * line ever leaves its column. Pure: measuring and hyphenation are passed in.
 */

/** Width in px of `text` at `fontSize` (bold or regular). */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

/** Splits a word into its syllables (joined they give the word back). */
export type Hyphenate = (word: string) => string[];

/** How a card sets text: its measure and its hyphenation. */
export interface Typesetter {
  measure: Measure;
  hyphenate: Hyphenate;
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

/** Estimated width in px of text at a font size (bold adds about 4 %): for SVG labels drawn in the visitor's fonts. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.04 : 1);
}

/** The estimate as a typesetter, without hyphenation (tests, and where no fonts are loaded). */
export const ESTIMATE: Typesetter = { measure: textWidth, hyphenate: (word) => [word] };

/**
 * Breaks one word that is wider than `width` into pieces that fit: at syllable breaks (a
 * hyphen added at each break), after hyphens already in the word, and only where no
 * syllable fits, between characters.
 */
export function breakWord(word: string, fontSize: number, width: number, bold: boolean, set: Typesetter): string[] {
  const parts = word.split(/(?<=-)/).flatMap((part) => set.hyphenate(part.replace(/-$/, '')).map((s, i, all) => (i === all.length - 1 && part.endsWith('-') ? `${s}-` : s)));
  const pieces: string[] = [];
  let current = '';
  const fits = (text: string) => set.measure(text, fontSize, bold) <= width;
  for (const part of parts) {
    const candidate = current + part;
    const mark = candidate.endsWith('-') ? '' : '-';
    if (fits(candidate + mark) || (!current && fits(candidate))) {
      current = candidate;
      continue;
    }
    if (current) {
      pieces.push(current.endsWith('-') ? current : `${current}-`);
      current = '';
    }
    // A single syllable wider than the line: break between characters.
    let chunk = '';
    for (const ch of part) {
      if (chunk && !fits(`${chunk}${ch}-`)) {
        pieces.push(`${chunk}-`);
        chunk = '';
      }
      chunk += ch;
    }
    current = chunk;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Greedy word wrap by measured width; Chinese may break between any two characters, long words at their syllables. */
export function wrap(text: string, fontSize: number, width: number, bold = false, set: Typesetter = ESTIMATE): string[] {
  const tokens = text.trim().match(/\p{Script=Han}|[^\s\p{Script=Han}]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  const fits = (t: string) => set.measure(t, fontSize, bold) <= width;
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    if (fits(token)) {
      line = token;
      continue;
    }
    const pieces = breakWord(token, fontSize, width, bold, set);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Title sizes tried from largest to smallest, with the lines each may use. */
const TITLE_STEPS: ReadonlyArray<[number, number]> = [[76, 2], [64, 2], [56, 3], [48, 3], [42, 3], [36, 4], [32, 4], [28, 5], [24, 6]];

/**
 * The largest title size (at most `maxSize`) at which the title fits in its lines; the
 * smallest step always applies (then with as many lines as the text needs, each within the width).
 */
export function fitTitle(title: string, width: number, maxSize = 76, set: Typesetter = ESTIMATE): { fontSize: number; lines: string[] } {
  for (const [fontSize, maxLines] of TITLE_STEPS.filter(([size]) => size <= maxSize)) {
    const lines = wrap(title, fontSize, width, true, set);
    if (lines.length <= maxLines) return { fontSize, lines };
  }
  const [fontSize] = TITLE_STEPS.at(-1)!;
  return { fontSize, lines: wrap(title, fontSize, width, true, set) };
}

/** Cuts a text to at most `maxLines` wrapped lines, ending with "…" at a word boundary when cut. */
export function clampLines(text: string, fontSize: number, width: number, maxLines: number, set: Typesetter = ESTIMATE): string[] {
  const lines = wrap(text, fontSize, width, false, set);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && set.measure(`${last} …`, fontSize, false) > width) last = last.includes(' ') ? last.replace(/\s*\S+$/, '') : last.slice(0, -1);
  kept[maxLines - 1] = `${last.replace(/[\s,;:–-]+$/, '')} …`;
  return kept;
}

/** A font size at which a one-line text fits the width, at most `max` (at least 12 px; below that, the line is cut with "…"). */
export function fitOneLine(text: string, max: number, width: number, bold = false, set: Typesetter = ESTIMATE): { fontSize: number; text: string } {
  const w = set.measure(text, max, bold);
  if (w <= width) return { fontSize: max, text };
  const fontSize = Math.max(12, Math.floor((max * width) / w));
  if (set.measure(text, fontSize, bold) <= width) return { fontSize, text };
  let cut = text;
  while (cut && set.measure(`${cut}…`, fontSize, bold) > width) cut = cut.slice(0, -1);
  return { fontSize, text: `${cut}…` };
}
