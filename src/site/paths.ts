/**
 * Paths of every kind of page and file, per locale, without the base path: the one place
 * that knows how a URL is built from the segment table (src/site/segments.ts). Pages,
 * routes, the sitemap, cards and exports all call these builders; `href()` in
 * src/site/urls.ts then adds the base path the site is deployed under.
 */
import type { CollectionName } from '../atlas/model/collections.ts';
import { SEGMENTS, type Locale, type TableId } from './segments.ts';

/** `/`, `/en/`, then the segments joined, with a trailing slash (directory pages). */
function dir(lang: Locale, ...segments: string[]): string {
  const prefix = SEGMENTS[lang].prefix;
  return `/${[prefix, ...segments].filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
}

/** A file at the locale's root or in its folders, e.g. `/en/atlas.geojson`. */
function file(lang: Locale, ...segments: string[]): string {
  return `/${[SEGMENTS[lang].prefix, ...segments].filter(Boolean).join('/')}`;
}

/** Site-relative paths (without the base path). */
export const paths = {
  home: (lang: Locale) => dir(lang),
  entry: (lang: Locale, collection: CollectionName, slug: string) => dir(lang, SEGMENTS[lang].collections[collection], slug),
  /** The picture of an entry's neighbourhood in the network, next to its page: `/unternehmen/zhipu/netzwerk.svg`. */
  neighbourhoodImage: (lang: Locale, collection: CollectionName, slug: string) => `${dir(lang, SEGMENTS[lang].collections[collection], slug)}${SEGMENTS[lang].network}.svg`,
  /** Page `page` (1-based) of all links to an entry. */
  backlinks: (lang: Locale, collection: CollectionName, slug: string, page = 1) => dir(lang, SEGMENTS[lang].collections[collection], slug, SEGMENTS[lang].links, ...(page > 1 ? [String(page)] : [])),
  collection: (lang: Locale, collection: CollectionName) => dir(lang, SEGMENTS[lang].collections[collection]),
  collectionByDate: (lang: Locale, collection: CollectionName) => dir(lang, SEGMENTS[lang].collections[collection], SEGMENTS[lang].byDate),
  collectionKind: (lang: Locale, collection: CollectionName, kind: string) => dir(lang, SEGMENTS[lang].collections[collection], SEGMENTS[lang].kind, kind),
  tags: (lang: Locale) => dir(lang, SEGMENTS[lang].tags),
  tag: (lang: Locale, tagSlug: string) => dir(lang, SEGMENTS[lang].tags, tagSlug),
  map: (lang: Locale) => dir(lang, SEGMENTS[lang].map),
  search: (lang: Locale) => dir(lang, SEGMENTS[lang].search),
  timeline: (lang: Locale) => dir(lang, SEGMENTS[lang].timeline),
  network: (lang: Locale) => dir(lang, SEGMENTS[lang].network),
  networkCollection: (lang: Locale, collection: CollectionName) => dir(lang, SEGMENTS[lang].network, SEGMENTS[lang].collections[collection]),
  data: (lang: Locale) => dir(lang, SEGMENTS[lang].data),
  /** The figures page lists every figure with an anchor. */
  figureAnchor: (lang: Locale, slug: string) => `${dir(lang, SEGMENTS[lang].collections.figures)}#${slug}`,
  geojson: (lang: Locale) => file(lang, 'atlas.geojson'),
  atlasJson: (lang: Locale) => file(lang, SEGMENTS[lang].data, 'atlas.json'),
  csv: (lang: Locale, table: TableId) => file(lang, SEGMENTS[lang].data, `${SEGMENTS[lang].tables[table]}.csv`),
  /** The district outline, one file for every locale. */
  boundary: () => '/haidian.geojson',
  /** The social card of a page path: `/` → `/og/index.png`, `/orte/x/` → `/og/orte/x.png`. */
  card: (pagePath: string) => {
    const clean = pagePath.replace(/index\.html$/, '').replace(/\.html$/, '').replace(/\/+$/, '');
    return `/og${clean === '' ? '/index' : clean}.png`;
  },
  sitemap: () => '/sitemap-index.xml',
  /** The folder of an edition's search bundle (Pagefind's files): `/pagefind/`, `/en/pagefind/`. */
  pagefind: (lang: Locale) => dir(lang, 'pagefind'),
};
