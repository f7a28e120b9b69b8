/**
 * The content model: one strict Zod schema per collection. The same schemas drive
 * Astro's content collections (src/content.config.ts), the build-time validation and
 * the content check command, so the rules are written once.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, KINDS, type CollectionName } from './collections.ts';
import { DATUMS, PRECISIONS } from './geo.ts';
import { parsePartialDate } from './dates.ts';
import { RELATIONS, relationsFor, type RelationName } from './relations.ts';
import { SLUG_PATTERN } from './slug.ts';

/** Human help per field name, appended to schema errors so each message says how to fix it. */
export const FIELD_HELP: Record<string, string> = {
  name: 'the German name as the article writes it, e.g. name: "Zhipu"',
  name_en: 'the English name or brand, e.g. name_en: "Zhipu AI"',
  name_zh: 'the Chinese name in simplified characters, e.g. name_zh: "智谱"',
  pinyin: 'pinyin with tone marks, e.g. pinyin: "Zhìpǔ"',
  kind: 'one of the kinds listed in the message',
  summary: 'one or two sentences (20 to 300 characters) used for the meta description and the card',
  tags: 'a list of short words, e.g. tags: [Large Models, Tsinghua]',
  founded: 'a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s, e.g. founded: 2019-06',
  issued: 'a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s, e.g. issued: 2023-06',
  published: 'a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s',
  aliases: 'former slugs of the entry, e.g. aliases: [old-name]; their URLs redirect here',
  editorial: 'a list of fields whose values come from the editors, not the article, e.g. editorial: [founded]',
  date_note: 'a short note on the date, e.g. how it was inferred',
  date: 'a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s, e.g. date: 2023-07',
  as_of: 'a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s, e.g. as_of: 2025-06',
  sources: 'a list of { source: <slug of a file in content/sources>, quote: "<short quote>" }',
  notes: 'a list of { kind: correction | identification | context | location, text: "…" }',
  identification: '{ confidence: high | medium | low, basis: "…" } for the English and Chinese names',
  location: '{ city, district, address_de, address_zh, lat, lon, datum, precision, coord_source, coord_confidence }',
  lat: 'latitude in decimal degrees, e.g. 39.99245',
  lon: 'longitude in decimal degrees, e.g. 116.32771',
  datum: 'wgs84 (OpenStreetMap, GPS), gcj02 (Amap, Tencent, WeChat) or bd09 (Baidu)',
  precision: 'building, street or area',
  coord_source: 'where the coordinate was published, so others can check it',
  theme: 'one of the six conditions (compute, data, models, scenarios, talent, capital) or location, companies, history',
  value: 'a number without unit or thousands separator, e.g. value: 12300',
  unit: 'the unit in German, e.g. unit: Prozent',
  measures: 'what the number measures, in German',
  quote: 'the words of the source that back the entry, copied exactly',
};

/** `field: YYYY | YYYY-MM | YYYY-MM-DD`, parsed into a date with its precision. */
export const partialDate = z.unknown().transform((value, ctx) => {
  const parsed = parsePartialDate(value);
  if (!parsed) {
    const message = value === undefined ? 'this required field is missing' : `"${String(value)}" is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s`;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return parsed;
});

/** A reference by slug to another entry (checked against the whole atlas later). */
export const slugRef = z.string().regex(SLUG_PATTERN, 'must be the slug (file name without extension) of another entry, e.g. "tsinghua-university"');

/** Strict object whose unknown-field error lists the allowed fields. */
function strict<T extends z.ZodRawShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or correct it (allowed: ${allowed})`
        : undefined,
  });
}

const relationItem = (roles: boolean) =>
  roles
    ? z.union([slugRef, strict({ id: slugRef, role: z.string().min(1).optional(), note: z.string().min(1).optional() })])
    : slugRef;

function relationField(name: RelationName) {
  const spec = RELATIONS[name];
  const item = relationItem(spec.roles);
  return spec.cardinality === 'one' ? item.optional() : z.array(item).default([]);
}

const sourceCitation = strict({
  source: slugRef,
  quote: z.string().min(3, 'give the words of the source that back this entry'),
  locator: z.string().min(1).optional(),
});

const editorialNote = strict({
  kind: z.enum(['correction', 'identification', 'context', 'location']),
  text: z.string().min(10),
  basis: z.string().min(3).optional(),
});

const confidence = z.enum(['high', 'medium', 'low']);
const EDITORIAL_FIELDS_LIST = ['founded', 'issued', 'published', 'date', 'as_of', 'location', 'located_in', 'value'] as const;

/** Where an entry is. Coordinates are optional, but when given they come complete with datum, precision and source. */
export const locationSchema = strict({
  city: z.string().min(2).default('Peking'),
  district: z.string().min(2).optional(),
  address_de: z.string().min(3).optional(),
  address_zh: z.string().min(2).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  datum: z.enum(DATUMS).optional(),
  precision: z.enum(PRECISIONS).optional(),
  coord_source: z.string().min(3).optional(),
  coord_confidence: confidence.optional(),
}).superRefine((loc, ctx) => {
  const hasCoords = loc.lat !== undefined || loc.lon !== undefined;
  if (!hasCoords) {
    for (const key of ['datum', 'precision', 'coord_source', 'coord_confidence'] as const) {
      if (loc[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" describes coordinates, but lat/lon are missing: add lat and lon or remove "${key}"` });
    }
    return;
  }
  for (const key of ['lat', 'lon', 'datum', 'precision', 'coord_source'] as const) {
    if (loc[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `coordinates need "${key}" too (${FIELD_HELP[key]})` });
  }
});

const common = {
  name: z.string().min(1),
  name_en: z.string().min(1).optional(),
  name_zh: z.string().min(1).optional(),
  pinyin: z.string().min(1).optional(),
  identification: strict({ confidence, basis: z.string().min(3).optional() }).optional(),
  summary: z.string().min(20).max(300),
  tags: z.array(z.string().min(1)).default([]),
  notes: z.array(editorialNote).default([]),
  aliases: z.array(slugRef).default([]),
  editorial: z.array(z.enum(EDITORIAL_FIELDS_LIST)).default([]),
};

const cited = { sources: z.array(sourceCitation).min(1, 'cite at least one source') };

/** Fields specific to one collection, besides the common and relation fields. */
const dateNote = { date_note: z.string().min(3).optional() };

/**
 * Themes of figures: the article's six "hard conditions" for AI applications (compute,
 * data, models, scenarios, talent, capital), then location, companies and history.
 * Labels: `theme.<name>` in the dictionary.
 */
export const FIGURE_THEMES = ['compute', 'data', 'models', 'scenarios', 'talent', 'capital', 'location', 'companies', 'history'] as const;

const SPECIFIC: Record<CollectionName, z.ZodRawShape> = {
  companies: { ...cited, founded: partialDate.optional(), ...dateNote, location: locationSchema.optional() },
  institutions: { ...cited, founded: partialDate.optional(), ...dateNote, location: locationSchema.optional() },
  policies: { ...cited, issued: partialDate.optional(), ...dateNote },
  people: { ...cited },
  places: { ...cited, founded: partialDate.optional(), ...dateNote, location: locationSchema.optional() },
  sources: {
    author: z.string().min(1).optional(),
    author_zh: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    publisher_zh: z.string().min(1).optional(),
    language: z.enum(['de', 'zh', 'en']),
    translated_from: z.enum(['de', 'zh', 'en']).optional(),
    published: partialDate.optional(),
    ...dateNote,
    url: z.url().optional(),
  },
  figures: {
    ...cited,
    theme: z.enum(FIGURE_THEMES),
    value: z.number().optional(),
    value_max: z.number().optional(),
    value_text: z.string().min(1).optional(),
    qualifier: z.enum(['exact', 'about', 'over', 'under', 'up-to', 'nearly', 'after']).default('exact'),
    unit: z.string().min(1),
    measures: z.string().min(5),
    as_of: partialDate.optional(),
    as_of_note: z.string().min(3).optional(),
  },
  events: { ...cited, date: partialDate, ...dateNote },
};

/**
 * Fields whose value is an editorial addition rather than the article's statement (e.g. a
 * founding year from other sources). They are listed in `editorial` and marked on the page.
 * English and Chinese names and pinyin are always editorial and need no listing.
 */
export const EDITORIAL_FIELDS = EDITORIAL_FIELDS_LIST;

/** Builds the strict schema of one collection. */
export function schemaFor(collection: CollectionName) {
  const relationShape = Object.fromEntries(relationsFor(collection).map((name) => [name, relationField(name)]));
  return strict({
    ...common,
    kind: z.enum(KINDS[collection]),
    ...SPECIFIC[collection],
    ...relationShape,
  }).superRefine((data, ctx) => {
    const record = data as Record<string, unknown>;
    (record['editorial'] as string[]).forEach((field, i) => {
      if (!(field in SPECIFIC[collection]) && !(field in relationShape)) {
        ctx.addIssue({ code: 'custom', path: ['editorial', i], message: `"${field}" is not a field of ${collection}` });
      } else if (record[field] === undefined || (Array.isArray(record[field]) && (record[field] as unknown[]).length === 0)) {
        ctx.addIssue({ code: 'custom', path: ['editorial', i], message: `"${field}" is marked editorial but has no value`, });
      }
    });
    if (collection === 'figures' && record['value'] === undefined && record['value_text'] === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a figure needs "value" (a number) or "value_text" (when the source gives no number, e.g. "Milliarden")' });
    }
  });
}

/** All collection schemas, keyed by collection. */
export const SCHEMAS = Object.fromEntries(COLLECTIONS.map((c) => [c, schemaFor(c)])) as Record<
  CollectionName,
  ReturnType<typeof schemaFor>
>;

/** A relation item after parsing: a bare slug or an object with role/note. */
export type RelationItem = string | { id: string; role?: string; note?: string };
/** A citation after parsing. */
export type SourceCitation = z.output<typeof sourceCitation>;
/** An editorial note after parsing. */
export type EditorialNote = z.output<typeof editorialNote>;
/** A location after parsing. */
export type Location = z.output<typeof locationSchema>;
