/**
 * No tofu on cards: every character a card draws must exist in one of the card fonts.
 * The check is pure (given a coverage test) so the content check and the card integration
 * report the same problems.
 */

/** Characters of `text` that no font covers (whitespace and invisible marks excepted), each once. */
export function missingGlyphs(text: string, covered: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (/\s/.test(ch) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200b || cp === 0x200d) continue;
    if (!covered(cp)) missing.add(ch);
  }
  return [...missing];
}

/** "U+1F600" notation for messages. */
export function codePointLabel(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
