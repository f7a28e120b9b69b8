/**
 * The schema pass over one raw entry: every field checked against its collection's Zod
 * schema, each issue turned into a problem with the file's line and column, the field path,
 * and a fix taken from the field's description. When the whole entry fails, the fields that
 * are valid on their own are still returned, so the cross-entry checks (references, wiki
 * links, tags) can report their problems in the same run.
 */
import type { z } from 'astro/zod';
import { SCHEMAS, fieldDescription } from '../model/schema.ts';
import { withCollection, type CollectionData } from '../model/types.ts';
import type { RawEntry } from '../read/entry.ts';
import type { Problem } from './problems.ts';

/** The result of the schema pass. */
export interface FieldCheck {
  /** The entry's data when every field is valid. */
  valid?: CollectionData;
  /** Fields that are valid on their own (all of them when `valid` is set). */
  partial: Record<string, unknown>;
  problems: Problem[];
}

/** `people[0].id`-style path text. */
export function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Checks `entry.fields` against the schema of its collection. */
export function checkFields(entry: RawEntry): FieldCheck {
  if (!entry.fields) return { partial: {}, problems: [] };
  const schema = SCHEMAS[entry.collection];
  const result = schema.safeParse(entry.fields);
  if (result.success) {
    return { valid: withCollection(entry.collection, result.data), partial: result.data, problems: [] };
  }
  const problems = result.error.issues.flatMap((issue) => issueProblems(entry, issue, (path) => fieldDescription(entry.collection, path)));
  const partial: Record<string, unknown> = {};
  const shape: Record<string, z.ZodType> = schema.shape;
  for (const [key, field] of Object.entries(shape)) {
    const parsed = field.safeParse(entry.fields[key]);
    if (parsed.success && parsed.data !== undefined) partial[key] = parsed.data;
  }
  return { partial, problems };
}

/**
 * One schema issue as problems at the file's line and column: unknown fields at their key,
 * missing fields at their parent, the fix from the issue or the field's `description`.
 */
export function issueProblems(entry: Pick<RawEntry, 'file' | 'fields' | 'positionOf' | 'keyPositionOf'>, issue: z.core.$ZodIssue, describe: (path: ReadonlyArray<PropertyKey>) => string | undefined): Problem[] {
  const { file } = entry;
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      ...entry.keyPositionOf([...path, key]),
      field: pathText([...path, key]),
      message: `unknown field "${key}"`,
      // The schema's message is `unknown field "k": <what to do> (allowed: …)`; the fix is its tail.
      fix: /^[^:]*: ([^]*)$/.exec(issue.message)?.[1] ?? 'remove or correct it',
    }));
  }
  // A field that is absent is reported as missing, whatever check it failed first (type, enum, date).
  const missing = path.length > 0 && valueAt(entry.fields, path) === undefined && issue.code !== 'custom';
  const params = 'params' in issue && issue.params && typeof issue.params === 'object' ? (issue.params as { fix?: unknown }) : {};
  const description = describe(path);
  const fix = typeof params.fix === 'string' ? params.fix : description ? `write ${description}` : undefined;
  // A missing field is reported where it belongs: at its parent, or at the top of the fields.
  const position = missing ? entry.positionOf(path.slice(0, -1)) : entry.positionOf(path);
  return [
    {
      file,
      ...position,
      ...(path.length ? { field: pathText(path) } : {}),
      message: missing ? 'this required field is missing' : issue.message,
      ...(fix ? { fix } : {}),
    },
  ];
}
