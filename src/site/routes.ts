/**
 * The route table: every page of the site, per published locale, derived from the atlas.
 * The catch-all page (src/pages/[...route].astro) renders it, and the sitemap, the social
 * cards and the language switch read it, so a page exists in one list only. A route's `key`
 * is the same in every locale (hreflang alternates pair routes by key).
 */
import type { Atlas } from '../atlas/build/atlas.ts';
import { COLLECTIONS, KINDS, type CollectionName } from '../atlas/model/collections.ts';
import { kindCounts, offersDateSort } from './listing.ts';
import { paths } from './paths.ts';
import { EDITIONS, type Locale } from './segments.ts';
import { backlinkPageCount, needsBacklinkPages } from './backlink-pages.ts';

/** What a route shows, with the parameters its view needs. */
export type RouteView =
  | { view: 'home' }
  | { view: 'entry'; slug: string }
  | { view: 'backlinks'; slug: string; page: number }
  | { view: 'redirect'; alias: string; slug: string }
  | { view: 'collection'; collection: CollectionName }
  | { view: 'collection-by-date'; collection: CollectionName }
  | { view: 'collection-kind'; collection: CollectionName; kind: string }
  | { view: 'tags' }
  | { view: 'tag'; tag: string }
  | { view: 'map' }
  | { view: 'search' }
  | { view: 'timeline' }
  | { view: 'network' }
  | { view: 'network-collection'; collection: CollectionName }
  | { view: 'data' };

/** One page of the site. */
export type Route = RouteView & {
  lang: Locale;
  /** Site-relative path, without the base path, e.g. `/en/companies/zhipu/`. */
  path: string;
  /** The same in every locale: pairs a page with its translations. */
  key: string;
};

/** The identity of a view across locales. */
export function routeKey(view: RouteView): string {
  switch (view.view) {
    case 'entry':
      return `entry:${view.slug}`;
    case 'backlinks':
      return `backlinks:${view.slug}:${view.page}`;
    case 'redirect':
      return `redirect:${view.alias}`;
    case 'collection':
    case 'collection-by-date':
    case 'network-collection':
      return `${view.view}:${view.collection}`;
    case 'collection-kind':
      return `collection-kind:${view.collection}:${view.kind}`;
    case 'tag':
      return `tag:${view.tag}`;
    default:
      return view.view;
  }
}

/** The path of a view in a locale. */
export function pathOf(view: RouteView, lang: Locale, atlas: Atlas): string {
  switch (view.view) {
    case 'home':
      return paths.home(lang);
    case 'entry':
    case 'redirect': {
      const entry = atlas.get(view.slug);
      if (!entry) throw new Error(`routes: no entry "${view.slug}"`);
      return paths.entry(lang, entry.collection, view.view === 'redirect' ? view.alias : view.slug);
    }
    case 'backlinks': {
      const entry = atlas.get(view.slug);
      if (!entry) throw new Error(`routes: no entry "${view.slug}"`);
      return paths.backlinks(lang, entry.collection, view.slug, view.page);
    }
    case 'collection':
      return paths.collection(lang, view.collection);
    case 'collection-by-date':
      return paths.collectionByDate(lang, view.collection);
    case 'collection-kind':
      return paths.collectionKind(lang, view.collection, view.kind);
    case 'tags':
      return paths.tags(lang);
    case 'tag':
      return paths.tag(lang, view.tag);
    case 'map':
      return paths.map(lang);
    case 'search':
      return paths.search(lang);
    case 'timeline':
      return paths.timeline(lang);
    case 'network':
      return paths.network(lang);
    case 'network-collection':
      return paths.networkCollection(lang, view.collection);
    case 'data':
      return paths.data(lang);
  }
}

/** Every view of the site, independent of locale. */
export function views(atlas: Atlas): RouteView[] {
  const list: RouteView[] = [{ view: 'home' }];
  for (const collection of COLLECTIONS) {
    const entries = atlas.list(collection);
    list.push({ view: 'collection', collection });
    if (offersDateSort(entries)) list.push({ view: 'collection-by-date', collection });
    for (const kind of kindCounts(entries, KINDS[collection]).keys()) list.push({ view: 'collection-kind', collection, kind });
    if (entries.length) list.push({ view: 'network-collection', collection });
  }
  for (const entry of atlas.all) {
    list.push({ view: 'entry', slug: entry.slug });
    // An entry more entries point to than its page lists gets pages with all of them.
    const groups = atlas.backlinks(entry.slug);
    if (needsBacklinkPages(groups, (slug) => atlas.get(slug)?.collection)) for (let page = 1; page <= backlinkPageCount(groups); page++) list.push({ view: 'backlinks', slug: entry.slug, page });
  }
  for (const [alias, slug] of atlas.aliases) list.push({ view: 'redirect', alias, slug });
  list.push({ view: 'tags' });
  // A vocabulary tag no entry uses yet has no page (the check warns about it).
  for (const [tag, { entries }] of atlas.tags) if (entries.length) list.push({ view: 'tag', tag });
  list.push({ view: 'map' }, { view: 'search' }, { view: 'timeline' }, { view: 'network' }, { view: 'data' });
  return list;
}

/** Every route of every published locale. */
export function routes(atlas: Atlas, editions: readonly Locale[] = EDITIONS): Route[] {
  const all = views(atlas);
  return editions.flatMap((lang) => all.map((view) => ({ ...view, lang, path: pathOf(view, lang, atlas), key: routeKey(view) })));
}

/** The routes of the other locales for each route key (the language switch, hreflang). */
export function alternates(list: readonly Route[]): Map<string, Route[]> {
  return Map.groupBy(list, (r) => r.key);
}

const cached = new WeakMap<Atlas, { list: Route[]; byKey: Map<string, Route[]>; byPath: Map<string, Route> }>();

/** The route table of an atlas, built once and shared by every page of a build. */
export function siteRoutes(atlas: Atlas): { list: Route[]; byKey: Map<string, Route[]>; byPath: Map<string, Route> } {
  let hit = cached.get(atlas);
  if (!hit) {
    const list = routes(atlas);
    hit = { list, byKey: alternates(list), byPath: new Map(list.map((r) => [r.path, r])) };
    cached.set(atlas, hit);
  }
  return hit;
}

/**
 * The static paths of the routes showing the given views, for a page file whose rest
 * parameter is `param` (`[...entry].astro` → "entry"). One page file per view keeps each
 * page's stylesheets and scripts to what its view uses.
 */
export function staticPaths<V extends Route['view']>(atlas: Atlas, param: string, ...shown: V[]): Array<{ params: Record<string, string | undefined>; props: { route: Extract<Route, { view: V }> } }> {
  return siteRoutes(atlas)
    .list.filter((route): route is Extract<Route, { view: V }> => (shown as string[]).includes(route.view))
    .map((route) => ({ params: { [param]: route.path.replace(/^\/|\/$/g, '') || undefined }, props: { route } }));
}
