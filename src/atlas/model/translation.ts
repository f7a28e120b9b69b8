/**
 * Translations of entries: a file beside the German one, `<slug>.<locale>.mdx` (or `.yaml`),
 * e.g. `content/companies/zhipu.en.mdx`. It holds only text: everything else (dates, links,
 * coordinates, tags) lives once, in the German file. Lists follow the German file's order:
 * `notes` one per German note, `quotes` one per German citation (the atlas's own
 * translation; the article's words stay German on the page). `roles` gives the text of every
 * relation role by the slug the relation points to. An MDX translation's body is the page text.
 */
import { z } from 'astro/zod';
import { fileExtension, type CollectionName } from './collections.ts';
import type { BodyFormat } from '../validate/mdx-safety.ts';

const text = (min: number, description: string) => z.string().min(min).meta({ description });

/** Fields every translation has or may have. */
const common = {
  name: text(1, 'the title in this language: the established name where there is one, otherwise the article\'s wording translated'),
  summary: z.string().min(20).max(300).meta({ description: 'one or two sentences (20 to 300 characters), translated from the German summary' }),
  notes: z
    .array(z.strictObject({ text: text(10, 'the note, translated'), basis: text(3, 'what the note rests on, translated').optional() }))
    .optional()
    .meta({ description: 'one item per German note, in the same order: { text, basis }' }),
  quotes: z.array(text(3, 'the quote, translated by the atlas')).optional().meta({ description: 'one translation per German citation, in the same order (the article\'s words stay German on the page)' }),
  roles: z.record(z.string(), text(1, 'the role, translated')).optional().meta({ description: 'the text of each relation role, by the slug the relation points to, e.g. tang-jie: Chief scientist' }),
  date_note: text(3, 'the note on the date, translated').optional(),
  address: text(3, 'the German address (address_de), in this language').optional(),
};

const SPECIFIC = {
  companies: {},
  institutions: {},
  policies: {},
  people: {},
  places: {},
  sources: {},
  figures: {
    unit: text(1, 'the unit, e.g. percent'),
    measures: text(5, 'what the number measures'),
    value_text: text(1, 'the value in words, when the German file has value_text').optional(),
    as_of_note: text(3, 'the note on the as-of date').optional(),
  },
  events: {},
} as const satisfies Record<CollectionName, z.ZodRawShape>;

function translationSchema<C extends CollectionName>(collection: C) {
  const shape = { ...common, ...SPECIFIC[collection] };
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove it; a translation holds only text, dates, links and coordinates stay in the German file (allowed: ${allowed})`
        : undefined,
  });
}

/** The translation schema of every collection. */
export const TRANSLATION_SCHEMAS = {
  companies: translationSchema('companies'),
  institutions: translationSchema('institutions'),
  policies: translationSchema('policies'),
  people: translationSchema('people'),
  places: translationSchema('places'),
  sources: translationSchema('sources'),
  figures: translationSchema('figures'),
  events: translationSchema('events'),
};

/** A translation's fields after parsing (every collection's fields optional except the common ones). */
export type TranslationData = z.output<(typeof TRANSLATION_SCHEMAS)[CollectionName]> & Partial<z.output<(typeof TRANSLATION_SCHEMAS)['figures']>>;

/** A translation as the atlas keeps it. */
export interface Translation {
  file: string;
  data: TranslationData;
  body?: string;
  bodyStartLine?: number;
  /** How the body is rendered (see AtlasEntry). */
  bodyFormat?: BodyFormat;
  /** Where a field of the file is (for problems found later, e.g. by the card glyph rule). */
  positionOf?: (path: ReadonlyArray<PropertyKey>) => { line: number; column: number } | undefined;
}

/** The file name of an entry's translation, e.g. zhipu.en.mdx. */
export function translationFileName(collection: CollectionName, slug: string, locale: string): string {
  return `${slug}.${locale}.${fileExtension(collection)}`;
}
