/**
 * The dictionary rule of the validation pass: every published locale's dictionary has every
 * key of the German reference, in the same shape (a string, or plural forms with "other"),
 * with the same {placeholders}; every label the model needs exists (kinds, relations,
 * themes …: also a type error for the reference, see labels.ts); and every string can be
 * drawn by the card fonts. Problems name src/i18n/<locale>.json and the key.
 */
import type { AtlasRule } from '../atlas/load.ts';
import type { Problem } from '../atlas/validate/problems.ts';
import { COLLECTIONS, KINDS } from '../atlas/model/collections.ts';
import { EDGE_ORDER } from '../atlas/model/relations.ts';
import { FIGURE_THEMES, NOTE_KINDS, QUALIFIERS } from '../atlas/model/schema.ts';
import { PRECISIONS } from '../atlas/model/geo.ts';
import { loadCardFonts } from '../features/cards/fonts.ts';
import { codePointLabel, missingGlyphs } from '../features/cards/glyphs.ts';
import { EDITIONS, type Locale } from '../site/segments.ts';
import { DICTIONARIES } from './index.ts';

/** Keys every dictionary needs because the model has these values. */
export function modelKeys(): string[] {
  return [
    ...COLLECTIONS.flatMap((c) => [`collection.${c}`, `collection.${c}.one`, `collection.${c}.intro`, ...KINDS[c].map((k) => `kind.${c}.${k}`)]),
    ...EDGE_ORDER.flatMap((k) => [`rel.${k}`, `rel.${k}.inverse`]),
    ...FIGURE_THEMES.map((t) => `theme.${t}`),
    ...QUALIFIERS.map((q) => `qualifier.${q}`),
    ...PRECISIONS.map((p) => `precision.${p}`),
    ...NOTE_KINDS.map((n) => `note.${n}`),
  ];
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(',');

/** The problems of one dictionary against the reference. */
export function dictionaryProblems(lang: string, dict: Record<string, unknown>, reference: Record<string, unknown>, covered?: (cp: number) => boolean): Problem[] {
  const file = `src/i18n/${lang}.json`;
  const problems: Problem[] = [];
  const texts = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).filter((v): v is string => typeof v === 'string') : []);
  for (const key of new Set([...Object.keys(reference), ...modelKeys()])) {
    if (!(key in dict)) {
      problems.push({ file, field: key, message: `the key "${key}" is missing`, fix: `add "${key}" with the text in this language (see src/i18n/de.json)` });
      continue;
    }
    const ref = reference[key];
    const value = dict[key];
    const isForms = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (ref !== undefined && (typeof ref === 'string' ? typeof value !== 'string' : !isForms(value))) {
      problems.push({ file, field: key, message: `"${key}" must be ${typeof ref === 'string' ? 'a string' : 'plural forms ({ "one": …, "other": … })'}`, fix: 'write it in the same shape as in src/i18n/de.json' });
    } else if (isForms(value) && !('other' in value)) problems.push({ file, field: key, message: `the plural forms of "${key}" lack "other"`, fix: 'add the "other" form' });
    else {
      // A string uses exactly the reference's placeholders; a plural form uses no others
      // (a form may leave one out: "one entry" needs no {count}).
      const wanted = placeholders(texts(ref).join(' '));
      const got = placeholders(texts(value).join(' '));
      const allowed = new Set(wanted.split(','));
      const ok = isForms(value) ? got.split(',').filter(Boolean).every((p) => allowed.has(p)) : got === wanted;
      if (ref !== undefined && !ok) problems.push({ file, field: key, message: `"${key}" has the placeholders {${got}} but the reference has {${wanted}}`, fix: 'use the same {placeholders} as src/i18n/de.json' });
    }
    if (covered) {
      for (const text of texts(value)) {
        for (const ch of missingGlyphs(text, covered)) problems.push({ file, field: key, message: `the character "${ch}" (${codePointLabel(ch)}) is missing from the card fonts`, fix: 'replace the character' });
      }
    }
  }
  for (const key of Object.keys(dict)) if (!(key in reference)) problems.push({ file, field: key, message: `"${key}" is not a key of the reference dictionary`, fix: 'remove it, or add it to src/i18n/de.json' });
  return problems;
}

export const dictionaryRule: AtlasRule = {
  name: 'dictionaries',
  check() {
    const reference = DICTIONARIES.de as Record<string, unknown>;
    const { covered } = loadCardFonts();
    const problems = EDITIONS.flatMap((lang: Locale) => {
      const dict = DICTIONARIES[lang];
      if (!dict) return [{ file: `src/i18n/${lang}.json`, message: `the locale "${lang}" is published but has no dictionary`, fix: `create src/i18n/${lang}.json with every key of src/i18n/de.json` }];
      return dictionaryProblems(lang, dict as Record<string, unknown>, reference, covered);
    });
    return { problems };
  },
};
