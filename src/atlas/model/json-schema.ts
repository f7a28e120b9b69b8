/**
 * JSON Schemas (draft 2020-12) for editors, derived from the Zod schemas
 * (src/atlas/model/schema.ts) with their field descriptions, so editors and the build check
 * the same rules. Dates are described in the forms the parser takes. Given the entries and
 * the tag vocabulary, relation fields offer the slugs of the entries they may point to (any
 * other slug-shaped value still passes: the entry may be new) and `tags` offers exactly the
 * vocabulary's keys, each with its label.
 */
import { z } from 'astro/zod';
import { SCHEMAS } from './schema.ts';
import type { CollectionName } from './collections.ts';
import { RELATIONS, relationsFor } from './relations.ts';
import { SLUG_PATTERN } from './slug.ts';
import { tagSchema, type TagDefinition } from './vocabulary.ts';
import { TRANSLATION_SCHEMAS } from './translation.ts';

const DATE = { anyOf: [{ type: 'string', pattern: '^(\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{3}0s)$' }, { type: 'integer', minimum: 1000, maximum: 2999 }], description: 'a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s' };
const DATE_FIELDS = new Set(['founded', 'issued', 'published', 'date', 'as_of']);

/** What the editor schemas offer as values: the entries (for relations) and the tag vocabulary. */
export interface EditorContext {
  entries: ReadonlyArray<{ slug: string; collection: CollectionName; name?: string }>;
  tags: ReadonlyArray<TagDefinition>;
}

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };

/** A slug field offering `choices` (with their titles as descriptions) and accepting any other slug. */
function slugChoice(choices: EditorContext['entries'], description: string): JsonSchema {
  return {
    description,
    anyOf: [
      { type: 'string', enum: choices.map((e) => e.slug), enumDescriptions: choices.map((e) => e.name ?? e.slug), markdownEnumDescriptions: choices.map((e) => e.name ?? e.slug) },
      { type: 'string', pattern: SLUG_PATTERN.source },
    ],
  };
}

/** Replaces the slug parts (a bare slug, or `id` of an item object) of one relation field's schema. */
function offerSlugs(field: JsonSchema, choice: JsonSchema): void {
  const item = field.items ?? field;
  item.anyOf = (item.anyOf ?? []).map((option) => {
    if (option['type'] === 'string') return choice;
    if (option.properties?.['id']) option.properties['id'] = choice;
    return option;
  });
}

/** The JSON Schema of one collection's frontmatter or YAML file; with a context, relations and tags offer the existing values. */
export function jsonSchemaFor(collection: CollectionName, context?: EditorContext): JsonSchema {
  const schema = z.toJSONSchema(SCHEMAS[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const properties = schema.properties ?? {};
  for (const name of Object.keys(properties)) {
    if (DATE_FIELDS.has(name)) properties[name] = { ...DATE };
  }
  if (context) {
    for (const relation of relationsFor(collection)) {
      const targets = context.entries.filter((e) => (RELATIONS[relation].to as readonly CollectionName[]).includes(e.collection));
      offerSlugs(properties[relation]!, slugChoice(targets, String(properties[relation]!['description'] ?? '')));
    }
    properties['tags'] = {
      ...properties['tags'],
      items: {
        type: 'string',
        enum: context.tags.map((t) => t.slug),
        enumDescriptions: context.tags.map((t) => `${t.labels.de}: ${t.descriptions.de}`),
        markdownEnumDescriptions: context.tags.map((t) => `**${t.labels.de}**: ${t.descriptions.de}`),
      },
    };
  }
  return { $id: `https://haidian-atlas/schemas/${collection}.schema.json`, title: `Haidian Innovation Atlas: ${collection}`, ...schema };
}

/** The JSON Schema of the tag vocabulary (content/tags.yaml): slug keys, each with its labels and descriptions. */
export function vocabularyJsonSchema(): JsonSchema {
  const tag = z.toJSONSchema(tagSchema, { io: 'input' }) as JsonSchema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://haidian-atlas/schemas/tags.schema.json',
    title: 'Haidian Innovation Atlas: tag vocabulary',
    description: 'every tag an entry may use: key (the URL segment) → labels and one-sentence descriptions per language',
    type: 'object',
    propertyNames: { pattern: SLUG_PATTERN.source },
    additionalProperties: tag,
  };
}

/** The JSON Schema of a translation file (`<slug>.en.yaml`, src/atlas/model/translation.ts) of a collection. */
export function translationJsonSchema(collection: CollectionName): JsonSchema {
  const schema = z.toJSONSchema(TRANSLATION_SCHEMAS[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return { $id: `https://haidian-atlas/schemas/${collection}.en.schema.json`, title: `Haidian Innovation Atlas: ${collection}, translation`, ...schema };
}
