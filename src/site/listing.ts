/**
 * Ordering and counting for collection lists, shared by the route table (which list pages
 * exist), the index pages and the kind filters.
 */
import type { Entry } from '../atlas/build/atlas.ts';
import { partialDateSortKey } from '../atlas/model/dates.ts';
import { mainDate } from './present.ts';

/** Alphabetically by title (with the locale's collation), ties by slug. */
export function sortByName<T extends Pick<Entry, 'slug'>>(entries: readonly T[], title: (e: T) => string, compare: (a: string, b: string) => number): T[] {
  return [...entries].sort((a, b) => compare(title(a), title(b)) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Chronological by main date (founded, issued, date …), undated entries last, ties by the given order. */
export function sortByDate<T extends Pick<Entry, 'data' | 'slug'>>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => partialDateSortKey(mainDate(a)?.date).localeCompare(partialDateSortKey(mainDate(b)?.date)));
}

/**
 * True when a collection list gets a chronological variant: at least two entries have a
 * date, and the collection is not already chronological (events).
 */
export function offersDateSort(entries: readonly Pick<Entry, 'collection' | 'data'>[]): boolean {
  return entries[0]?.collection !== 'events' && entries.filter((e) => mainDate(e)).length >= 2;
}

/** How many entries have each kind, in the order given by `kinds`; kinds without entries are left out. */
export function kindCounts(entries: readonly Pick<Entry, 'data'>[], kinds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of kinds) {
    const n = entries.filter((e) => e.data.kind === kind).length;
    if (n) counts.set(kind, n);
  }
  return counts;
}
