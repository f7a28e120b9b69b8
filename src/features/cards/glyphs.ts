/**
 * No tofu on cards: every character a card draws must exist in one of the card fonts.
 * The check is pure (given a coverage test) so the content check and the card integration
 * report the same problems.
 */

/**
 * Characters of `text` that no font covers, each once. Whitespace, variation selectors and
 * invisible format characters (zero-width space and joiners, direction marks, soft hyphens)
 * are not drawn (the card text drops them, see `drawable`) and need no glyph.
 */
export function missingGlyphs(text: string, covered: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (/[\s\p{Cf}]/u.test(ch) || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    if (!covered(cp)) missing.add(ch);
  }
  return [...missing];
}

/** "U+1F600" notation for messages. */
export function codePointLabel(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text as a card draws it: invisible format characters removed (they would need a glyph of their own in Satori). */
export function drawable(text: string): string {
  return text.replace(/\p{Cf}/gu, '');
}
