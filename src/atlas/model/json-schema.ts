/**
 * JSON Schemas (draft 2020-12) of the collections, derived from the Zod schemas
 * (src/atlas/model/schema.ts) with their field descriptions, so editors and the build check
 * the same rules. Dates are described in the forms the parser takes.
 */
import { z } from 'astro/zod';
import { SCHEMAS } from './schema.ts';
import type { CollectionName } from './collections.ts';

const DATE = { anyOf: [{ type: 'string', pattern: '^(\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{3}0s)$' }, { type: 'integer', minimum: 1000, maximum: 2999 }], description: 'a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s' };
const DATE_FIELDS = new Set(['founded', 'issued', 'published', 'date', 'as_of']);

/** The JSON Schema of one collection's frontmatter or YAML file. */
export function jsonSchemaFor(collection: CollectionName): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[collection], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };
  for (const name of Object.keys(schema.properties ?? {})) {
    if (DATE_FIELDS.has(name)) schema.properties![name] = { ...DATE };
  }
  return { $id: `https://haidian-atlas/schemas/${collection}.schema.json`, title: `Haidian Innovation Atlas: ${collection}`, ...schema };
}
