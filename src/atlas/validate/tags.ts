/**
 * Tags against the vocabulary (content/tags.yaml): an entry may only use a tag the vocabulary
 * defines, written as its key. A tag that is not there is refused with the closest key
 * ("did you mean") when it is a near-miss: another letter case, an umlaut spelled out or
 * dropped, a label instead of the key, a small typo, singular for plural. Otherwise the fix
 * says how to add it, with the key its label would get (src/atlas/model/tags.ts: pinyin
 * for Chinese characters, so every tag has a stable ASCII URL).
 */
import { tagSlug } from '../model/tags.ts';
import type { TagDefinition } from '../model/vocabulary.ts';
import type { Position } from '../read/yaml.ts';
import { closest, type Problem } from './problems.ts';
import { DEFAULT_LOCALE, type Locale } from '../../site/segments.ts';

/** What the tag check needs of an entry. */
export interface Tagged {
  file: string;
  data: { tags?: unknown };
  positionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/** What the tag check needs of the vocabulary. */
export interface VocabularyView {
  file: string;
  tags: ReadonlyMap<string, TagDefinition>;
  /** Keys the vocabulary file declares, valid or not; undefined when it could not be read (then no tag is reported as unknown). */
  declared?: ReadonlySet<string>;
  keyPositionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/**
 * The vocabulary key `value` was probably meant as, or undefined: first the key its text
 * would get (case, umlauts, spaces, a label typed instead of the key), then a label of any
 * locale with that key, then the closest key or label by edit distance (at most one edit per
 * three letters: typos, ö written as o, a plural s).
 */
export function suggestTag(value: string, tags: ReadonlyMap<string, TagDefinition>): string | undefined {
  const key = tagSlug(value);
  if (tags.has(key)) return key;
  const byLabel = new Map<string, string>();
  for (const tag of tags.values()) for (const label of Object.values(tag.labels)) byLabel.set(tagSlug(label), tag.slug);
  if (byLabel.has(key)) return byLabel.get(key);
  const near = closest(key, [...tags.keys(), ...byLabel.keys()]);
  return near === undefined ? undefined : (byLabel.get(near) ?? near);
}

/** Checks every entry's tags against the vocabulary; unused vocabulary tags are warnings. */
export function checkTags(entries: Iterable<Tagged>, vocabulary: VocabularyView): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const used = new Set<string>();
  for (const entry of entries) {
    const tags = Array.isArray(entry.data.tags) ? entry.data.tags : [];
    const seen = new Set<string>();
    tags.forEach((tag, i) => {
      if (typeof tag !== 'string') return; // the schema pass reports it
      const where = { file: entry.file, field: `tags[${i}]`, ...entry.positionOf(['tags', i]) };
      if (seen.has(tag)) return void problems.push({ ...where, message: `the tag "${tag}" is listed twice`, fix: 'remove the second one' });
      seen.add(tag);
      if (vocabulary.tags.has(tag)) return void used.add(tag);
      // A tag whose definition has a problem, or a vocabulary that cannot be read: reported there, not here.
      if (!vocabulary.declared || vocabulary.declared.has(tag)) return;
      const guess = suggestTag(tag, vocabulary.tags);
      const label = guess ? vocabulary.tags.get(guess)!.labels.de : undefined;
      const key = tagSlug(tag);
      problems.push({
        ...where,
        message: `the tag "${tag}" is not in the tag vocabulary (${vocabulary.file})`,
        fix: guess
          ? `did you mean "${guess}" (${label})? Write tags with their key from ${vocabulary.file}`
          : key
            ? `use a key from ${vocabulary.file}, or add the new tag there as "${key}:" with its label (de:) and one sentence (description_de:), see CONTRIBUTING.md`
            : `write the tag with letters, and add it to ${vocabulary.file} (see CONTRIBUTING.md)`,
      });
    });
  }
  const warnings: Problem[] = [...vocabulary.tags.keys()]
    .filter((key) => !used.has(key))
    .map((key) => ({ file: vocabulary.file, field: key, ...vocabulary.keyPositionOf([key]), message: `the tag "${key}" is used by no entry`, fix: 'use it in an entry, or remove it from the vocabulary' }));
  return { problems, warnings };
}

/** Every tag needs a label and a description in each published edition's language (German is required by the file's schema). */
export function editionTagProblems(vocabulary: VocabularyView, editions: readonly Locale[]): Problem[] {
  const problems: Problem[] = [];
  for (const lang of editions.filter((l) => l !== DEFAULT_LOCALE))
    for (const tag of vocabulary.tags.values())
      for (const field of [lang, `description_${lang}`] as const) {
        const present = field === lang ? tag.labels[lang] : tag.descriptions[lang];
        if (present === undefined) problems.push({ file: vocabulary.file, field: `${tag.slug}.${field}`, ...vocabulary.keyPositionOf([tag.slug]), message: `the tag "${tag.slug}" has no "${field}" for the ${lang === 'en' ? 'English' : lang} edition`, fix: `add ${field}: … under ${tag.slug}` });
      }
  return problems;
}
