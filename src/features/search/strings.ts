/** The search UI's strings for the browser scripts, from the dictionary (one place for the header box and the search page). */
import type { Translator } from '../../i18n/index.ts';
import { FILTERS, SEGMENTS } from '../../site/segments.ts';
import { paths } from '../../site/paths.ts';
import { href } from '../../site/urls.ts';

/** The module the header box's script imports its strings from, per locale (a virtual module of the atlas integration). */
export const SEARCH_STRINGS_MODULE = 'virtual:atlas/search-strings';

/** Strings and settings both search scripts use. */
export function searchStrings(ui: Translator) {
  const filters = SEGMENTS[ui.lang].filters;
  return {
    lang: ui.lang,
    searchPage: href(paths.search(ui.lang)),
    /** The edition's Pagefind bundle (written by the search index emitter), under the base path. */
    bundle: `${href(paths.pagefind(ui.lang))}pagefind.js`,
    /** What Pagefind puts before the indexed paths of its results: the base path (its default, the bundle's parent folder, is /en/ for the English bundle). */
    baseUrl: href('/'),
    loading: ui.t('search.loading'),
    unavailable: ui.t('search.unavailable'),
    retry: ui.t('search.retry'),
    count: ui.forms('search.results_count'),
    none: ui.t('search.no_results'),
    all: ui.t('search.all_results'),
    noneHelp: ui.t('search.no_results_help'),
    examples: ui.t('search.examples'),
    empty: ui.t('search.empty'),
    more: ui.t('search.more'),
    clear: ui.t('search.clear_filters'),
    /** Filter keys in the index and their labels, in display order. */
    filters: FILTERS.map((id) => ({ key: filters[id], label: ui.t(`search.filter.${id}`) })),
  };
}

/** What searchStrings returns, as the scripts receive it. */
export type SearchStrings = ReturnType<typeof searchStrings>;
