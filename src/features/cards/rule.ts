/**
 * The glyph rule of the validation pass: every character that reaches a card must exist in
 * the card fonts (Inter, Noto Sans SC), or it would be drawn as an empty box. It checks the
 * card of every entry in every published locale, naming the file and the field (the
 * translation's, for translated texts), and every tag label and description in the vocabulary
 * (tag pages have cards with them). Dictionary strings are checked by the dictionary rule.
 */
import type { AtlasRule } from '../../atlas/load.ts';
import type { Problem } from '../../atlas/validate/problems.ts';
import { translator } from '../../i18n/index.ts';
import { EDITIONS } from '../../site/segments.ts';
import { loadCardFonts } from './fonts.ts';
import { codePointLabel, missingGlyphs } from './glyphs.ts';
import { entryCard } from './data.ts';
import type { Entry } from '../../atlas/build/atlas.ts';

const FIX = 'replace the character, or add a font that has it to src/features/cards/fonts.ts';

/** Problems for every character of `text` the fonts lack. */
export function glyphProblems(file: string, field: string, text: string, covered: (cp: number) => boolean, position: { line?: number; column?: number } = {}): Problem[] {
  return missingGlyphs(text, covered).map((ch) => ({
    file,
    ...position,
    field,
    message: `the character "${ch}" (${codePointLabel(ch)}) is missing from the card fonts (Inter, Noto Sans SC) and would show as an empty box on the social card`,
    fix: FIX,
  }));
}

export const cardGlyphRule: AtlasRule = {
  name: 'card glyphs',
  check({ entries, pins, translations, vocabulary }) {
    const { covered } = loadCardFonts();
    const problems: Problem[] = [];
    for (const checked of entries) {
      if (!checked.valid) {
        // Fields that passed on their own still get checked, so all problems come at once.
        for (const field of ['name', 'article_name', 'name_zh', 'summary', 'unit', 'value_text']) {
          const value = checked.data[field];
          if (typeof value === 'string') problems.push(...glyphProblems(checked.file, field, value, covered, checked.positionOf([field])));
        }
        continue;
      }
      const pin = pins.get(checked.slug);
      const translated = translations.get(checked.slug);
      const entry = { ...checked.valid, slug: checked.slug, file: checked.file, ...(pin ? { pin } : {}), ...(translated ? { translations: translated } : {}) } as Entry;
      const seen = new Set<string>();
      for (const lang of EDITIONS) {
        const translation = translated?.[lang];
        for (const text of entryCard(entry, translator(lang)).texts) {
          const [file, position] = text.translated && translation ? [translation.file, translation.positionOf?.([text.field])] : [checked.file, checked.positionOf([text.field])];
          for (const problem of glyphProblems(file, text.field, text.text, covered, position)) {
            const key = `${problem.file}:${problem.field}:${problem.message}`;
            if (!seen.has(key)) problems.push(problem);
            seen.add(key);
          }
        }
      }
    }
    for (const tag of vocabulary.tags.values()) {
      for (const [lang, label] of Object.entries(tag.labels)) problems.push(...glyphProblems(vocabulary.file, `${tag.slug}.${lang}`, label, covered, vocabulary.positionOf([tag.slug, lang])));
      for (const [lang, text] of Object.entries(tag.descriptions)) problems.push(...glyphProblems(vocabulary.file, `${tag.slug}.description_${lang}`, text, covered, vocabulary.positionOf([tag.slug, `description_${lang}`])));
    }
    return { problems };
  },
};
