/**
 * The content model: one strict Zod schema per collection, with the help text of every field
 * written once as `.meta({ description })`. The validation pass, the JSON Schemas for editors
 * (src/atlas/model/json-schema.ts) and the `npm run new` template all read these schemas, so
 * a rule or a description exists in one place only. Entry data types derive from them
 * (src/atlas/model/types.ts).
 */
import { z } from 'astro/zod';
import { COLLECTIONS, KINDS, type CollectionName } from './collections.ts';
import { DATUMS, PRECISIONS } from './geo.ts';
import { parsePartialDate, suggestDate } from './dates.ts';
import { RELATIONS, relationsFor, type RelationName, type RelationsOf } from './relations.ts';
import { SLUG_PATTERN } from './slug.ts';

const DATE_HELP = 'a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s';

/** `field: YYYY | YYYY-MM | YYYY-MM-DD | 1980s`, parsed into a date with its precision. */
export const partialDate = z
  .unknown()
  .transform((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (!parsed) {
      const suggestion = suggestDate(value);
      const shown = typeof value === 'string' ? value : JSON.stringify(value);
      ctx.addIssue({
        code: 'custom',
        message:
          value === undefined || value === null
            ? 'this required field is missing'
            : `"${shown}" is not ${DATE_HELP}${suggestion ? `; did you mean ${suggestion}?` : ''}`,
        params: { fix: suggestion ? `write ${suggestion}` : 'write YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s' },
      });
      return z.NEVER;
    }
    return parsed;
  })
  .meta({ description: DATE_HELP });

/** A reference by slug to another entry (checked against the whole atlas by the validation pass). */
export const slugRef = z
  .string()
  .regex(SLUG_PATTERN, 'must be the slug (file name without extension) of another entry, e.g. "tsinghua-university"')
  .meta({ description: 'the slug (file name without extension) of another entry' });

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

const text = (min: number, description: string) => z.string().min(min).meta({ description });

const editorialFlag = z.boolean().optional().meta({ description: 'true when the editors, not the article, establish this link; shown with † and as a hollow line in the network' });

/** A relation item with a role, e.g. `{ id: tang-jie, role: Chefwissenschaftler }`; `editorial: true` marks a link the editors found. */
const roleItem = z.union([
  slugRef,
  strict({
    id: slugRef,
    role: text(1, 'what the link means for this entry, e.g. "Chefwissenschaftler"').optional(),
    editorial: editorialFlag,
  }),
]);

/** A relation item without a role: a slug, or `{ id, editorial: true }`. */
const plainItem = z.union([slugRef, strict({ id: slugRef, editorial: editorialFlag })]);

type ItemSchema<R extends RelationName> = (typeof RELATIONS)[R]['roles'] extends true ? typeof roleItem : typeof plainItem;
type RelationFieldSchema<R extends RelationName> = (typeof RELATIONS)[R]['cardinality'] extends 'one'
  ? z.ZodOptional<ItemSchema<R>>
  : z.ZodDefault<z.ZodArray<ItemSchema<R>>>;

function relationField<R extends RelationName>(name: R): RelationFieldSchema<R> {
  const spec = RELATIONS[name];
  const item = spec.roles ? roleItem : plainItem;
  const description = `${spec.cardinality === 'one' ? 'the slug' : 'a list of slugs'} of ${spec.to.join(' | ')} entries`;
  const field = spec.cardinality === 'one' ? item.optional() : z.array(item).default([]);
  return field.meta({ description }) as RelationFieldSchema<R>;
}

/** The relation fields of one collection, typed per field. */
function relationShape<C extends CollectionName>(collection: C): { [R in RelationsOf<C>]: RelationFieldSchema<R> } {
  return Object.fromEntries(relationsFor(collection).map((name) => [name, relationField(name)])) as { [R in RelationsOf<C>]: RelationFieldSchema<R> };
}

const sourceCitation = strict({
  source: slugRef.meta({ description: 'the slug of a file in content/sources, e.g. haidian-article' }),
  quote: z.string().min(3, 'give the words of the source that back this entry').meta({ description: 'the words of the source that back the entry, copied exactly' }),
  locator: text(1, 'where in the source, e.g. "Absatz 3"').optional(),
  context: z.boolean().optional().meta({ description: 'true when the quote gives background and does not name the entry or one of its relations' }),
});

const NOTE_KINDS = ['correction', 'identification', 'context', 'location'] as const;

const editorialNote = strict({
  kind: z.enum(NOTE_KINDS).meta({ description: 'correction | identification | context | location' }),
  text: text(10, 'the note, in German'),
  basis: text(3, 'what the note rests on: a source, a comparison with the Chinese original, a geodata check').optional(),
});

const confidence = z.enum(['high', 'medium', 'low']);

/** Where an entry is. Coordinates are optional, but when given they come complete with datum, precision and source. */
export const locationSchema = strict({
  city: text(2, 'the city; another city than Peking means: never pinned on the Haidian map').default('Peking'),
  district: text(2, 'the district, e.g. Haidian (coordinates must then lie in it)').optional(),
  address_de: text(3, 'the address in German').optional(),
  address_zh: text(2, 'the address in Chinese').optional(),
  lat: z.number().min(-90).max(90).optional().meta({ description: 'latitude in decimal degrees, e.g. 39.99245' }),
  lon: z.number().min(-180).max(180).optional().meta({ description: 'longitude in decimal degrees, e.g. 116.32771' }),
  datum: z.enum(DATUMS).optional().meta({ description: 'wgs84 (OpenStreetMap, GPS), gcj02 (Amap, Tencent, WeChat) or bd09 (Baidu)' }),
  precision: z.enum(PRECISIONS).optional().meta({ description: 'building, street or area' }),
  coord_source: text(3, 'where the coordinate was published, so others can check it').optional(),
  coord_confidence: confidence.optional().meta({ description: 'high | medium | low' }),
})
  .superRefine((loc, ctx) => {
    const hasCoords = loc.lat !== undefined || loc.lon !== undefined;
    if (!hasCoords) {
      for (const key of ['datum', 'precision', 'coord_source', 'coord_confidence'] as const) {
        if (loc[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" describes coordinates, but lat/lon are missing`, params: { fix: `add lat and lon, or remove "${key}"` } });
      }
      return;
    }
    for (const key of ['lat', 'lon', 'datum', 'precision', 'coord_source'] as const) {
      if (loc[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `coordinates need "${key}" too`, params: { fix: `add ${key}` } });
    }
  })
  .meta({ description: '{ city, district, address_de, address_zh, lat, lon, datum, precision, coord_source, coord_confidence }' });

const common = {
  name: text(1, 'the title: the established German name (with high confidence), otherwise the article\'s wording, e.g. name: "Zhipu"'),
  article_name: text(1, 'the article\'s wording when the title is the established name, e.g. article_name: "DarkSide"').optional(),
  name_en: text(1, 'the English name or brand, e.g. name_en: "Zhipu AI"').optional(),
  name_zh: text(1, 'the Chinese name in simplified characters, e.g. name_zh: "智谱"').optional(),
  pinyin: text(1, 'pinyin with tone marks, e.g. pinyin: "Zhìpǔ"').optional(),
  identification: strict({ confidence: confidence.meta({ description: 'high | medium | low' }), basis: text(3, 'what the identification rests on').optional() })
    .optional()
    .meta({ description: '{ confidence: high | medium | low, basis: "…" } for the title, the English and Chinese names' }),
  summary: z.string().min(20).max(300).meta({ description: 'one or two sentences (20 to 300 characters) used for the meta description and the card' }),
  tags: z.array(z.string().min(1)).default([]).meta({ description: 'a list of tag keys from content/tags.yaml, e.g. tags: [large-models, tsinghua]' }),
  notes: z.array(editorialNote).default([]).meta({ description: 'a list of { kind: correction | identification | context | location, text: "…", basis: "…" }' }),
  aliases: z.array(slugRef).default([]).meta({ description: 'former slugs of the entry, e.g. aliases: [old-name]; their URLs forward here' }),
};

const cited = { sources: z.array(sourceCitation).min(1, 'cite at least one source').meta({ description: 'a list of { source: <slug of a file in content/sources>, quote: "<exact words>" }' }) };
const dateNote = { date_note: text(3, 'a short note on the date, e.g. how it was inferred').optional() };
const located = { location: locationSchema.optional() };

/**
 * Themes of figures: the article's six "hard conditions" for AI applications (compute,
 * data, models, scenarios, talent, capital), then location, companies and history.
 * Labels: `theme.<name>` in the dictionary.
 */
export const FIGURE_THEMES = ['compute', 'data', 'models', 'scenarios', 'talent', 'capital', 'location', 'companies', 'history'] as const;

/** How a figure's value relates to the number ("über 70 Prozent"). Labels: `qualifier.<name>`. */
export const QUALIFIERS = ['exact', 'about', 'over', 'under', 'up-to', 'nearly', 'after'] as const;

/** Fields specific to one collection, besides the common and relation fields. */
const SPECIFIC = {
  companies: { ...cited, founded: partialDate.optional(), ...dateNote, ...located },
  institutions: { ...cited, founded: partialDate.optional(), ...dateNote, ...located },
  policies: { ...cited, issued: partialDate.optional(), ...dateNote },
  people: { ...cited },
  places: { ...cited, founded: partialDate.optional(), ...dateNote, ...located },
  sources: {
    author: text(1, 'the author').optional(),
    author_zh: text(1, 'the author in Chinese').optional(),
    publisher: text(1, 'the publisher').optional(),
    publisher_zh: text(1, 'the publisher in Chinese').optional(),
    language: z.enum(['de', 'zh', 'en']).meta({ description: 'the language of the document: de | zh | en' }),
    translated_from: z.enum(['de', 'zh', 'en']).optional().meta({ description: 'the language it was translated from' }),
    published: partialDate.optional(),
    ...dateNote,
    url: z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be a web address starting with http:// or https://' })
      .optional()
      .meta({ description: 'a web address starting with https:// (or http://)' }),
  },
  figures: {
    ...cited,
    theme: z.enum(FIGURE_THEMES).meta({ description: 'one of the six conditions (compute, data, models, scenarios, talent, capital) or location, companies, history' }),
    value: z.number().optional().meta({ description: 'a number without unit or thousands separator, e.g. value: 12300' }),
    value_max: z.number().optional().meta({ description: 'the upper end of a range, e.g. value_max: 10000' }),
    value_text: text(1, 'the value in words when the source gives no number, e.g. "Milliarden"').optional(),
    qualifier: z.enum(QUALIFIERS).default('exact').meta({ description: 'exact | about | over | under | up-to | nearly | after' }),
    unit: text(1, 'the unit in German, e.g. unit: Prozent'),
    measures: text(5, 'what the number measures, in German'),
    as_of: partialDate.optional(),
    as_of_note: text(3, 'a note on the as-of date').optional(),
  },
  events: { ...cited, date: partialDate.meta({ description: DATE_HELP }), ...dateNote },
} as const satisfies Record<CollectionName, z.ZodRawShape>;

/** Fields whose values may be the editors' rather than the article's, per collection (listed in `editorial`). */
export function editorialFields(collection: CollectionName): string[] {
  const own = Object.keys(SPECIFIC[collection]).filter((f) => ['founded', 'issued', 'published', 'date', 'as_of', 'location', 'value'].includes(f));
  return [...own, ...relationsFor(collection)];
}

function schemaFor<C extends CollectionName>(collection: C) {
  const allowed = editorialFields(collection) as [string, ...string[]];
  const shape = {
    ...common,
    kind: z.enum(KINDS[collection] as readonly string[] as [Kinds<C>, ...Kinds<C>[]]).meta({ description: `one of: ${KINDS[collection].join(', ')}` }),
    editorial: z
      .array(z.enum(allowed, { error: () => `not a field that can be marked editorial in ${collection}; allowed: ${allowed.join(', ')}` }))
      .default([])
      .meta({ description: `fields whose values come from the editors, not the article; in ${collection}: ${allowed.join(', ')}` }),
    ...SPECIFIC[collection],
    ...relationShape(collection),
  };
  // The refinement reads the parsed fields by name: a view of the generic output type.
  return strict(shape).superRefine((data, ctx) => refineEntry(collection, data as unknown as RefineView, ctx));
}

/** The fields the cross-field rules read. */
interface RefineView {
  name: string;
  article_name?: string;
  identification?: { confidence: string };
  editorial: string[];
  [field: string]: unknown;
}

/** Rules that span fields: editorial marks need values, titles follow the naming rule, figures need a value, roles say no "(redaktionell)". */
function refineEntry(collection: CollectionName, data: RefineView, ctx: z.RefinementCtx): void {
  data.editorial.forEach((field, i) => {
    const value = data[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['editorial', i], message: `"${field}" is marked editorial but has no value`, params: { fix: `give ${field} a value, or remove it from editorial` } });
    }
  });
  if (data.article_name !== undefined) {
    if (data.identification?.confidence !== 'high') {
      ctx.addIssue({
        code: 'custom',
        path: ['article_name'],
        message: 'only an identification of high confidence is titled by its established name',
        params: { fix: `write the article's wording in "name" (name: "${data.article_name}") and remove "article_name"` },
      });
    }
    if (data.article_name === data.name) ctx.addIssue({ code: 'custom', path: ['article_name'], message: '"article_name" is the same as "name"', params: { fix: 'remove article_name' } });
  }
  if (collection === 'figures' && data['value'] === undefined && data['value_text'] === undefined) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'a figure needs "value" (a number) or "value_text"', params: { fix: 'add value: <number>, or value_text: "…" when the source gives no number (e.g. "Milliarden")' } });
  }
  for (const relation of relationsFor(collection)) {
    const value = data[relation];
    const items: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
    items.forEach((item, i) => {
      if (typeof item === 'object' && item !== null && 'role' in item && typeof item.role === 'string' && /redaktionell/i.test(item.role)) {
        ctx.addIssue({
          code: 'custom',
          path: RELATIONS[relation].cardinality === 'one' ? [relation, 'role'] : [relation, i, 'role'],
          message: 'the role says "redaktionell"; the atlas marks editorial links itself',
          params: { fix: 'remove "(redaktionell)" from the role and write editorial: true on the item' },
        });
      }
    });
  }
}

type Kinds<C extends CollectionName> = (typeof KINDS)[C][number];

/** All collection schemas, keyed by collection. */
export const SCHEMAS = {
  companies: schemaFor('companies'),
  institutions: schemaFor('institutions'),
  policies: schemaFor('policies'),
  people: schemaFor('people'),
  places: schemaFor('places'),
  sources: schemaFor('sources'),
  figures: schemaFor('figures'),
  events: schemaFor('events'),
} satisfies Record<CollectionName, z.ZodType>;

export type Schemas = typeof SCHEMAS;

/** A relation item after parsing: a bare slug or an object with a role and the editorial mark. */
export type RelationItem = z.output<typeof roleItem> | z.output<typeof plainItem>;
/** A citation after parsing. */
export type SourceCitation = z.output<typeof sourceCitation>;
/** An editorial note after parsing. */
export type EditorialNote = z.output<typeof editorialNote>;
/** The kinds of editorial notes. */
export type NoteKind = (typeof NOTE_KINDS)[number];
export { NOTE_KINDS };
/** A location after parsing. */
export type Location = z.output<typeof locationSchema>;

/** The help text of a field, from `.meta({ description })` (src/atlas/model/describe.ts). */
export { describePath, fieldDescription } from './describe.ts';

/** Every collection's schema as a list, for tools that iterate. */
export const SCHEMA_LIST = COLLECTIONS.map((c) => [c, SCHEMAS[c]] as const);
