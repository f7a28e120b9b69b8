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
  const sorted = [...entries];
  if (sorted[0]?.collection === 'events') {
    return sorted.sort((a, b) => partialDateSortKey(mainDate(a.data)?.date).localeCompare(partialDateSortKey(mainDate(b.data)?.date)) || a.data.name.localeCompare(b.data.name, 'de'));
  }
  return sorted.sort((a, b) => a.data.name.localeCompare(b.data.name, 'de'));
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
