/**
 * Every URL segment, file name and search filter key of the site, per locale, in one table:
 * routes, links, downloads, the search UI and the validation (reserved slugs) all read it,
 * so a segment exists in one place only. German is at the site root, English under /en/.
 */
import type { CollectionName } from '../atlas/model/collections.ts';

/** The locales the site can be built in (BCP 47). */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale served at the root, and named by hreflang's x-default. */
export const DEFAULT_LOCALE: Locale = 'de';

/** The CSV downloads, by table id. */
export const TABLES = ['entries', 'relations', 'figures', 'events'] as const;
export type TableId = (typeof TABLES)[number];

/** Search filters (Pagefind filter names), by id. */
export const FILTERS = ['collection', 'kind', 'tag'] as const;
export type FilterId = (typeof FILTERS)[number];

/** URL segments and names of one locale. */
export interface LocaleSegments {
  /** Path prefix of the locale ('' for the root locale). */
  prefix: string;
  collections: Record<CollectionName, string>;
  /** Lists of one kind: /<collection>/<kind>/<kind-slug>/. */
  kind: string;
  /** Chronological lists: /<collection>/<byDate>/. */
  byDate: string;
  /** All links to an entry, in pages: /<collection>/<slug>/<links>/[<n>/]. */
  links: string;
  tags: string;
  map: string;
  search: string;
  timeline: string;
  network: string;
  data: string;
  /** CSV file names (without .csv). */
  tables: Record<TableId, string>;
  /** Search filter names as the index stores them (they appear in search URLs). */
  filters: Record<FilterId, string>;
}

/** The table. */
export const SEGMENTS: Record<Locale, LocaleSegments> = {
  de: {
    prefix: '',
    collections: { companies: 'unternehmen', institutions: 'institutionen', policies: 'politik', people: 'personen', places: 'orte', sources: 'quellen', figures: 'zahlen', events: 'chronik' },
    kind: 'art',
    byDate: 'nach-datum',
    links: 'verweise',
    tags: 'schlagwoerter',
    map: 'karte',
    search: 'suche',
    timeline: 'zeitleiste',
    network: 'netzwerk',
    data: 'daten',
    tables: { entries: 'eintraege', relations: 'beziehungen', figures: 'zahlen', events: 'ereignisse' },
    filters: { collection: 'Sammlung', kind: 'Art', tag: 'Schlagwort' },
  },
  en: {
    prefix: 'en',
    collections: { companies: 'companies', institutions: 'institutions', policies: 'policies', people: 'people', places: 'places', sources: 'sources', figures: 'figures', events: 'events' },
    kind: 'kind',
    byDate: 'by-date',
    links: 'links',
    tags: 'tags',
    map: 'map',
    search: 'search',
    timeline: 'timeline',
    network: 'network',
    data: 'data',
    tables: { entries: 'entries', relations: 'relations', figures: 'figures', events: 'events' },
    filters: { collection: 'Collection', kind: 'Kind', tag: 'Tag' },
  },
};

/**
 * Slugs an entry may not have, because a list page lives at that path under every
 * collection (`/unternehmen/art/`, `/en/companies/by-date/`), in any locale.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(Object.values(SEGMENTS).flatMap((s) => [s.kind, s.byDate]));

/** The locales this build publishes (each with a complete dictionary and entry texts). */
export const EDITIONS: readonly Locale[] = ['de', 'en'];

/** Open Graph locale of each locale. */
export const OG_LOCALE: Record<Locale, string> = { de: 'de_DE', en: 'en_US' };
