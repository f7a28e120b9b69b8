/**
 * Ordering and counting for collection lists, shared by index pages, filter pages and
 * (later) exports.
 */
import type { CollectionName } from './collections.ts';
import { mainDate } from './present.ts';
import { partialDateSortKey } from './dates.ts';
import type { EntryData } from './graph.ts';

interface Listable {
  collection: CollectionName;
  data: EntryData;
}

/** Events in time order; everything else alphabetically by German name. */
export function sortForCollection<T extends Listable>(entries: readonly T[]): T[] {
  if (entries[0]?.collection === 'events') return sortByDate(entries);
  return [...entries].sort((a, b) => a.data.name.localeCompare(b.data.name, 'de'));
}

/** Chronological by main date (founded, issued, date …), undated entries last, ties by name. */
export function sortByDate<T extends Listable>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      partialDateSortKey(mainDate(a.data)?.date).localeCompare(partialDateSortKey(mainDate(b.data)?.date)) ||
      a.data.name.localeCompare(b.data.name, 'de'),
  );
}

/**
 * True when a collection list gets a chronological variant: at least two entries have a
 * date, and the collection is not already chronological (events).
 */
export function offersDateSort(entries: readonly Listable[]): boolean {
  return entries[0]?.collection !== 'events' && entries.filter((e) => mainDate(e.data)).length >= 2;
}

/** How many entries have each kind, in first-seen order. */
export function kindCounts(entries: readonly Listable[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.data.kind, (counts.get(e.data.kind) ?? 0) + 1);
  return counts;
}

/** Every tag with the entries carrying it, tags sorted alphabetically. */
export function groupByTag<T extends Listable>(entries: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const e of entries) for (const tag of e.data.tags) (groups.get(tag) ?? groups.set(tag, []).get(tag)!).push(e);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, 'de')));
}
