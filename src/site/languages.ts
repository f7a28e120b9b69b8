/**
 * The versions of a page in every published locale, for hreflang links and the language
 * switch: routes with the same key (src/site/routes.ts).
 */
import { getAtlas } from '../atlas/runtime.ts';
import { siteRoutes, type Route } from './routes.ts';
import { DEFAULT_LOCALE, type Locale } from './segments.ts';

/** One language version of a page. */
export interface LanguageVersion {
  lang: Locale;
  path: string;
  isDefault: boolean;
  current: boolean;
}

/** The versions of `route` in every published locale (itself included), in locale order. */
export function languageVersions(route: Route): LanguageVersion[] {
  const versions = siteRoutes(getAtlas()).byKey.get(route.key) ?? [route];
  return versions.map((r) => ({ lang: r.lang, path: r.path, isDefault: r.lang === DEFAULT_LOCALE, current: r.lang === route.lang }));
}
