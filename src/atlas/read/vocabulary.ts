/**
 * Reads the tag vocabulary (`content/tags.yaml`, src/atlas/model/vocabulary.ts) as NFC text
 * with the positions of every field, and checks its shape: keys are slugs, each tag has a
 * German label and description, no two tags share a label in one locale. Every problem
 * names the file, line and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES } from '../../site/segments.ts';
import { VOCABULARY_FILE, tagDefinition, tagKey, tagSchema, type TagDefinition } from '../model/vocabulary.ts';
import { parseYaml, type Position } from './yaml.ts';
import type { Problem } from '../validate/problems.ts';

/** The vocabulary as read. */
export interface Vocabulary {
  /** Path relative to the project root, e.g. `content/tags.yaml`. */
  file: string;
  /** Every valid tag by key, in file order. */
  tags: Map<string, TagDefinition>;
  /**
   * Every key the file declares, valid or not: an entry using a key whose definition has a
   * problem is not reported again (the problem is the vocabulary's). Undefined when the file
   * could not be read at all, so that no entry's tag is reported as unknown because of it.
   */
  declared?: ReadonlySet<string>;
  problems: Problem[];
  /** Where the value at `path` is, e.g. `['foerderpolitik', 'de']`. */
  positionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
  /** Where the key at `path` is, e.g. `['foerderpolitik']`. */
  keyPositionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/** Reads and checks `<contentDir>/tags.yaml`; a missing file is an empty vocabulary. */
export function readVocabulary(projectRoot: string, contentDir = join(projectRoot, 'content')): Vocabulary {
  const path = join(contentDir, VOCABULARY_FILE);
  const file = relative(projectRoot, path).split('\\').join('/');
  const tags = new Map<string, TagDefinition>();
  // Without the file every tag an entry uses is unknown, and the tag check says so, naming this file.
  if (!existsSync(path)) return { file, tags, declared: new Set(), problems: [], positionOf: () => undefined, keyPositionOf: () => undefined };
  const parsed = parseYaml(readFileSync(path, 'utf8').normalize('NFC'), file);
  const problems = [...parsed.problems];
  if (parsed.value === undefined && problems.length) return { file, tags, problems, positionOf: parsed.positionOf, keyPositionOf: parsed.keyPositionOf };
  const value = parsed.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ file, line: 1, column: 1, message: 'the tag vocabulary must be a list of keys with their labels (key: then de:, description_de:)', fix: 'write each tag as "key:" followed by indented "de: …" and "description_de: …" lines' });
    return { file, tags, problems, positionOf: parsed.positionOf, keyPositionOf: parsed.keyPositionOf };
  }
  const declared = new Set(Object.keys(value));
  const owners = new Map(LOCALES.map((lang) => [lang, new Map<string, string>()]));
  for (const [key, fields] of Object.entries(value as Record<string, unknown>)) {
    const keyCheck = tagKey.safeParse(key);
    if (!keyCheck.success) {
      problems.push({ file, field: key, ...parsed.keyPositionOf([key]), message: `"${key}" is not a tag key: ${keyCheck.error.issues[0]!.message}`, fix: `write the key as ${JSON.stringify(key.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'a-key')}` });
      continue;
    }
    const result = tagSchema.safeParse(fields ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = [key, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
        const fieldName = issue.path.length ? String(issue.path[0]) : undefined;
        const missing = issue.code === 'invalid_type' && fieldName !== undefined && (fields as Record<string, unknown> | null)?.[fieldName] === undefined;
        problems.push({
          file,
          field: path.join('.'),
          ...(parsed.positionOf(path) ?? parsed.keyPositionOf([key])),
          message: missing ? `the tag "${key}" has no "${fieldName}"` : `"${path.join('.')}": ${issue.message}`,
          fix: missing ? `add ${fieldName}: … under ${key}` : fieldName?.startsWith('description_') ? 'write one sentence of 10 to 200 characters' : 'write a short label (at most 40 characters)',
        });
      }
      continue;
    }
    const tag = tagDefinition(key, result.data as Record<string, string | undefined>);
    for (const [lang, text] of Object.entries(tag.labels)) {
      const seen = owners.get(lang as (typeof LOCALES)[number])!;
      const other = seen.get(text.toLocaleLowerCase(lang));
      if (other) problems.push({ file, field: `${key}.${lang}`, ...parsed.positionOf([key, lang]), message: `the tags "${other}" and "${key}" have the same ${lang} label "${text}"`, fix: `use "${other}" in the entries and remove "${key}", or give one of them another label` });
      else seen.set(text.toLocaleLowerCase(lang), key);
    }
    tags.set(key, tag);
  }
  return { file, tags, declared, problems, positionOf: parsed.positionOf, keyPositionOf: parsed.keyPositionOf };
}
