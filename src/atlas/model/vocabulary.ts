/**
 * The tag vocabulary (`content/tags.yaml`): every tag an entry may use, keyed by a stable
 * slug that is also the tag page's URL segment, with a label and a one-sentence description
 * per locale. Entries write the key (`tags: [foerderpolitik]`), so a tag reads the same in
 * every file and edition, and a misspelling is caught instead of making a new tag page.
 */
import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../../site/segments.ts';
import { SLUG_PATTERN } from './slug.ts';

/** The vocabulary file, relative to the content folder. */
export const VOCABULARY_FILE = 'tags.yaml';

/** A tag of the vocabulary. */
export interface TagDefinition {
  /** The key entries write, and the tag page's URL segment, e.g. `foerderpolitik`. */
  slug: string;
  /** Label per locale; German always. */
  labels: { de: string } & Partial<Record<Locale, string>>;
  /** One sentence per locale for the tag page; German always. */
  descriptions: { de: string } & Partial<Record<Locale, string>>;
}

const label = (lang: string) => z.string().trim().min(1).max(40).meta({ description: `the label on ${lang} pages, at most 40 characters, e.g. Förderpolitik` });
const description = (lang: string) => z.string().trim().min(10).max(200).meta({ description: `one sentence (10 to 200 characters) shown on the ${lang} tag page` });

/** One tag's fields: `de`, `description_de`, and the same for every other locale (optional here; the edition check asks for them). */
export const tagSchema = z.strictObject(
  Object.fromEntries(
    LOCALES.flatMap((lang) => [
      [lang, lang === 'de' ? label('German') : label(lang).optional()],
      [`description_${lang}`, lang === 'de' ? description('German') : description(lang).optional()],
    ]),
  ) as Record<string, z.ZodType<string | undefined>>,
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: a tag has ${LOCALES.map((l) => `${l}, description_${l}`).join(', ')}` : undefined) },
);

/** The key of a tag: a slug. */
export const tagKey = z.string().regex(SLUG_PATTERN, 'a tag key is lowercase letters, digits and single hyphens, e.g. foerderpolitik');

/** Turns one parsed vocabulary item into a definition. */
export function tagDefinition(slug: string, fields: Record<string, string | undefined>): TagDefinition {
  const pick = (prefix: string) => Object.fromEntries(LOCALES.flatMap((lang) => (fields[`${prefix}${lang}`] ? [[lang, fields[`${prefix}${lang}`]!]] : []))) as TagDefinition['labels'];
  return { slug, labels: pick(''), descriptions: pick('description_') };
}

/** A tag's label in `lang`, German when the locale has none. */
export function tagLabel(tag: Pick<TagDefinition, 'labels'>, lang: Locale): string {
  return tag.labels[lang] ?? tag.labels.de;
}

/** A tag's description in `lang`, German when the locale has none. */
export function tagDescription(tag: Pick<TagDefinition, 'descriptions'>, lang: Locale): string {
  return tag.descriptions[lang] ?? tag.descriptions.de;
}
