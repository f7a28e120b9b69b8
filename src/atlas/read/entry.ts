/**
 * One content file turned into a raw entry: its frontmatter or YAML parsed with positions,
 * its MDX body kept as written. Nothing is validated here beyond what is needed to read the
 * file at all; the validation pass (src/atlas/validate/) judges the values.
 */
import { fileExtension, type CollectionName } from '../model/collections.ts';
import type { Problem } from '../validate/problems.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseYaml, type Position } from './yaml.ts';
import type { SourceFile } from './source.ts';

/** A file as read, before validation. */
export interface RawEntry {
  collection: CollectionName;
  slug: string;
  file: string;
  /** The top-level fields; `undefined` when the file could not be read as a list of fields. */
  fields: Record<string, unknown> | undefined;
  /** The MDX body (page collections). */
  body?: string;
  /** 1-based line of the file on which the body starts. */
  bodyStartLine?: number;
  /** Where a field path starts in the file (for a missing field: its parent, or the first line). */
  positionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
  /** Where the key of a field starts (for a field that should not be there). */
  keyPositionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
  /** Problems that stopped the file from being read, or values YAML would silently change. */
  problems: Problem[];
}

const nowhere = () => undefined;

/** Reads one content file into a raw entry. */
export function readEntry(source: SourceFile): RawEntry {
  const { collection, slug, file, text } = source;
  const base = { collection, slug, file };
  let yamlText = text;
  let firstLine = 1;
  let bodyPart: { body: string; bodyStartLine: number } | undefined;
  if (fileExtension(collection) === 'mdx') {
    const split = splitFrontmatter(text);
    if (!split) {
      return {
        ...base,
        fields: undefined,
        positionOf: nowhere,
        keyPositionOf: nowhere,
        problems: [{ file, line: 1, column: 1, message: 'the file has no frontmatter', fix: 'start the file with a line "---", the fields, and another line "---" (see CONTRIBUTING.md)' }],
      };
    }
    yamlText = split.frontmatter;
    firstLine = 2;
    bodyPart = { body: split.body, bodyStartLine: split.bodyStartLine };
  }
  const parsed = parseYaml(yamlText, file, firstLine);
  const value = parsed.value;
  const problems = [...parsed.problems];
  let fields: Record<string, unknown> | undefined;
  if (value !== undefined) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ file, line: firstLine, column: 1, message: 'the file is not a list of fields', fix: 'write one "field: value" per line' });
    } else fields = Object.fromEntries(Object.entries(value));
  }
  return { ...base, fields, ...(bodyPart ?? {}), positionOf: parsed.positionOf, keyPositionOf: parsed.keyPositionOf, problems };
}
