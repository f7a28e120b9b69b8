/**
 * The timeline: dated events plus the founding and issue dates of entries, each at the
 * precision it is known to, ordered and grouped into the eras the article describes.
 */
import type { Entry } from '../../atlas/build/atlas.ts';
import type { PartialDate } from '../../atlas/model/dates.ts';
import { partialDateSortKey } from '../../atlas/model/dates.ts';
import { relationTargets } from '../../atlas/validate/links.ts';

/** Eras of AI in Haidian, in the article's order. */
export const ERAS = ['symbolic', 'deep', 'large', 'embodied'] as const;
export type Era = (typeof ERAS)[number];

/** One dated point. */
export interface TimelineItem {
  date: PartialDate;
  /** What the date is: an event, or an entry's founding or issue. */
  what: 'event' | 'founded' | 'issued';
  slug: string;
  era: Era;
  /** The date is an editorial addition, not the article's. */
  editorial: boolean;
}

/** Tags (vocabulary keys) of robotics items, which from 2023 belong to the embodied era. */
const EMBODIED_TAGS = new Set(['embodied-ai', 'robotik']);

/** The era of a date: embodied intelligence from 2023 for robotics items, else by year. */
export function eraOf(date: PartialDate, tags: readonly string[]): Era {
  const year = Number(date.value.slice(0, 4));
  if (year >= 2023 && tags.some((t) => EMBODIED_TAGS.has(t))) return 'embodied';
  if (year >= 2022) return 'large';
  if (year >= 2012) return 'deep';
  return 'symbolic';
}

/**
 * All dated points of the atlas, chronological (a decade before its years, a year before
 * its months). An entry's founding is left out when a founding event on the same date
 * already tells it.
 */
export function timelineItems(entries: Iterable<Entry>): TimelineItem[] {
  const all = [...entries];
  const toldByEvent = new Set<string>();
  for (const e of all) {
    if (e.collection !== 'events' || e.data.kind !== 'founding') continue;
    for (const s of relationTargets(e.data.subjects)) toldByEvent.add(`${s.id}@${e.data.date.value}`);
  }
  const items: TimelineItem[] = [];
  for (const e of all) {
    const editorial = new Set<string>(e.data.editorial);
    const add = (date: PartialDate | undefined, what: TimelineItem['what'], field: string) => {
      if (date) items.push({ date, what, slug: e.slug, era: eraOf(date, e.data.tags), editorial: editorial.has(field) });
    };
    if (e.collection === 'events') add(e.data.date, 'event', 'date');
    if ('founded' in e.data && e.data.founded && !toldByEvent.has(`${e.slug}@${e.data.founded.value}`)) add(e.data.founded, 'founded', 'founded');
    if ('issued' in e.data) add(e.data.issued, 'issued', 'issued');
  }
  return items.sort((a, b) => partialDateSortKey(a.date).localeCompare(partialDateSortKey(b.date)) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
