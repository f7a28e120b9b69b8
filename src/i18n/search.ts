/** The search UI's strings for the browser scripts, from the dictionary (one place for the header box and the search page). */
import { t } from './index.ts';

/** Strings both search scripts use. */
export function searchStrings() {
  return {
    loading: t('search.loading'),
    unavailable: t('search.unavailable'),
    count: t('search.results_count'),
    none: t('search.no_results'),
    all: t('search.all_results'),
    noneHelp: t('search.no_results_help'),
    examples: t('search.examples'),
    empty: t('search.empty'),
    more: t('search.more'),
    clear: t('search.clear_filters'),
    filterNames: { Sammlung: t('search.filter.Sammlung'), Art: t('search.filter.Art'), Schlagwort: t('search.filter.Schlagwort') },
  };
}
