/**
 * Content problems in the dev server. The integration publishes a partial atlas (the entries
 * without problems) so that every page that does not depend on a broken entry still renders;
 * a page that does (the broken entry's own page, or a page of an entry linking to it) shows
 * the problems instead (src/components/ContentProblemsPage.astro), naming file, line, field
 * and fix. Nothing
 * here runs in a build: a build with problems stops before any page renders.
 */
import { getPartial } from '../atlas/runtime.ts';
import type { Problem } from '../atlas/validate/problems.ts';
import { paths } from './paths.ts';
import type { Route } from './routes.ts';
import { EDITIONS } from './segments.ts';

/** Static paths for the pages of entries a partial atlas left out, so that opening one shows its problems, not a 404. */
export function leftOutPaths(param: string): Array<{ params: Record<string, string>; props: { route: Extract<Route, { view: 'entry' }> } }> {
  const partial = getPartial();
  if (!partial) return [];
  return [...partial.leftOut].flatMap(([slug, { collection }]) =>
    EDITIONS.map((lang) => {
      const path = paths.entry(lang, collection, slug);
      return { params: { [param]: path.replace(/^\/|\/$/g, '') }, props: { route: { view: 'entry' as const, slug, lang, path, key: `entry:${slug}` } } };
    }),
  );
}

/** The problems that keep the entry `slug` from being shown (dev server only; empty otherwise). */
export function blockingProblems(slug: string): readonly Problem[] {
  return getPartial()?.blocked.get(slug) ?? [];
}
