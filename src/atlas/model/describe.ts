/**
 * Field help, written once in the schemas as `.meta({ description })`: found by path through
 * objects, arrays, unions and wrappers (optional, default, nullable, pipe), for problem
 * messages, the JSON Schemas and the `npm run new` templates.
 */
import { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';
import { SCHEMAS } from './schema.ts';

/**
 * The description of the field at `path` in a collection's schema (from `.meta`), e.g.
 * `location.lat` → "latitude in decimal degrees, e.g. 39.99245". Used by problem messages.
 */
export function fieldDescription(collection: CollectionName, path: ReadonlyArray<PropertyKey>): string | undefined {
  return describePath(SCHEMAS[collection], path);
}

/** The description of the field at `path` in any schema (from `.meta`, the innermost one that has one). */
export function describePath(root: z.ZodType, path: ReadonlyArray<PropertyKey>): string | undefined {
  let schema: z.ZodType | undefined = root;
  let found: string | undefined;
  for (const key of path) {
    schema = schema && childSchema(schema, key);
    if (!schema) break;
    const description = describedBy(schema);
    if (description) found = description;
  }
  return found;
}

/** The description registered on a schema or on any wrapper inside it (optional, default, pipe). */
function describedBy(schema: z.ZodType): string | undefined {
  let s = schema;
  for (let i = 0; i < 8; i++) {
    const description = z.globalRegistry.get(s)?.description;
    if (description) return description;
    const inner = s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable ? (s.unwrap() as z.ZodType) : s instanceof z.ZodPipe ? (s.in as z.ZodType) : undefined;
    if (!inner) return undefined;
    s = inner;
  }
  return undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 8; i++) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else break;
  }
  return s;
}

function childSchema(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) return (s.shape as Record<string, z.ZodType>)[String(key)];
  if (s instanceof z.ZodArray) return typeof key === 'number' ? (s.element as z.ZodType) : undefined;
  if (s instanceof z.ZodUnion) {
    for (const option of s.options as z.ZodType[]) {
      const child = childSchema(option, key);
      if (child) return child;
    }
  }
  return undefined;
}

