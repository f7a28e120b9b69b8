/**
 * The atlas's collections, in one table: what each holds, where its files live, which
 * kinds its entries may have. Everything else (schemas, routes, navigation, validation) is
 * derived from here; URL segments per language live in src/site/routes.ts.
 */

/** Collections written as MDX pages with prose. */
export const PAGE_COLLECTIONS = ['companies', 'institutions', 'policies', 'people', 'places'] as const;
/** Collections written as YAML data (no prose body). */
export const DATA_COLLECTIONS = ['sources', 'figures', 'events'] as const;
/** Every collection, in navigation order. */
export const COLLECTIONS = [...PAGE_COLLECTIONS, ...DATA_COLLECTIONS] as const;

export type PageCollection = (typeof PAGE_COLLECTIONS)[number];
export type DataCollection = (typeof DATA_COLLECTIONS)[number];
export type CollectionName = (typeof COLLECTIONS)[number];

/** Allowed `kind` values per collection. Labels live in the i18n dictionary (`kind.<collection>.<kind>`). */
export const KINDS = {
  companies: ['large-model', 'embodied-ai', 'computer-vision', 'internet', 'compute', 'ai-infrastructure', 'generative-media', 'robotics', 'other'],
  institutions: ['university', 'faculty', 'programme', 'research-institute', 'lab', 'corporate-lab', 'science-park', 'incubator', 'platform', 'cluster', 'government', 'media'],
  policies: ['programme', 'measures', 'list', 'publication', 'project', 'plan'],
  people: ['entrepreneur', 'scientist', 'scholar', 'executive', 'official'],
  places: ['building', 'street', 'neighbourhood', 'campus', 'venue', 'industrial-base', 'district', 'subdistrict', 'city'],
  sources: ['article', 'report', 'website', 'dataset'],
  figures: ['count', 'share', 'amount', 'area', 'compute', 'data-volume', 'money', 'rank', 'year', 'period', 'duration'],
  events: ['founding', 'publication', 'policy', 'milestone', 'launch', 'financing', 'partnership', 'competition', 'relocation'],
} as const satisfies Record<CollectionName, readonly string[]>;

export type Kind<C extends CollectionName> = (typeof KINDS)[C][number];

/** English singular of each collection name, for suggested file names in messages. */
export const SINGULAR: Record<CollectionName, string> = {
  companies: 'company',
  institutions: 'institution',
  policies: 'policy',
  people: 'person',
  places: 'place',
  sources: 'source',
  figures: 'figure',
  events: 'event',
};

/** File extension of each collection's entries. */
export function fileExtension(collection: CollectionName): 'mdx' | 'yaml' {
  return (PAGE_COLLECTIONS as readonly string[]).includes(collection) ? 'mdx' : 'yaml';
}

/** True for the MDX page collections. */
export function isPageCollection(collection: string): collection is PageCollection {
  return (PAGE_COLLECTIONS as readonly string[]).includes(collection);
}

/** True for any known collection name. */
export function isCollection(name: string): name is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(name);
}
