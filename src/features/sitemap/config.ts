/**
 * The options for @astrojs/sitemap: every page of the route table except the forwarding
 * pages at former slugs and the 404 page, each with its hreflang alternates (the same route
 * in the other published locales, x-default to German). The alternates come from the route
 * table because English paths have their own segments (/en/companies/ for /unternehmen/),
 * which the integration's own prefix matching cannot pair.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { getAtlas } from '../../atlas/runtime.ts';
import { alternates, routes, type Route } from '../../site/routes.ts';
import { absoluteUrl } from '../../site/urls.ts';
import { DEFAULT_LOCALE } from '../../site/segments.ts';

/** hreflang links of a route: every locale's version, and x-default for the default locale's. */
export function hreflangLinks(route: Route, byKey: ReadonlyMap<string, readonly Route[]>): Array<{ lang: string; url: string }> {
  const versions = byKey.get(route.key) ?? [route];
  if (versions.length < 2) return [];
  const links = versions.map((r) => ({ lang: r.lang, url: absoluteUrl(r.path) }));
  const fallback = versions.find((r) => r.lang === DEFAULT_LOCALE);
  return fallback ? [...links, { lang: 'x-default', url: absoluteUrl(fallback.path) }] : links;
}

let table: { byUrl: Map<string, Route>; byKey: Map<string, Route[]> } | undefined;
function routeTable() {
  if (!table) {
    const list = routes(getAtlas());
    table = { byUrl: new Map(list.map((r) => [absoluteUrl(r.path), r])), byKey: alternates(list) };
  }
  return table;
}

/** The sitemap options. */
export function sitemapOptions(): SitemapOptions {
  return {
    filter: (page) => {
      const route = routeTable().byUrl.get(page);
      return route !== undefined && route.view !== 'redirect';
    },
    serialize: (item) => {
      const route = routeTable().byUrl.get(item.url);
      const links = route ? hreflangLinks(route, routeTable().byKey) : [];
      return links.length ? { ...item, links } : item;
    },
  };
}
