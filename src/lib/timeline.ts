/**
 * The timeline: dated events plus the founding and issue dates of entries, each at the
 * precision it is known to, ordered and grouped into the eras the article describes.
 */
import type { AtlasNode } from './graph.ts';
import type { PartialDate } from './dates.ts';
import { partialDateSortKey } from './dates.ts';

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

const EMBODIED_TAGS = new Set(['Embodied AI', 'Robotik']);

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
export function timelineItems(nodes: Iterable<AtlasNode>): TimelineItem[] {
  const all = [...nodes];
  const toldByEvent = new Set<string>();
  for (const node of all) {
    if (node.collection !== 'events' || node.data.kind !== 'founding' || !node.data.date) continue;
    const subjects = (node.data['subjects'] as Array<string | { id: string }> | undefined) ?? [];
    for (const s of subjects) toldByEvent.add(`${typeof s === 'string' ? s : s.id}@${node.data.date.value}`);
  }
  const items: TimelineItem[] = [];
  for (const node of all) {
    const d = node.data;
    const editorial = new Set(d['editorial'] as string[] | undefined);
    const add = (date: PartialDate | undefined, what: TimelineItem['what'], field: string) => {
      if (date) items.push({ date, what, slug: node.slug, era: eraOf(date, d.tags), editorial: editorial.has(field) });
    };
    if (node.collection === 'events') add(d.date, 'event', 'date');
    if (!(d.founded && toldByEvent.has(`${node.slug}@${d.founded.value}`))) add(d.founded, 'founded', 'founded');
    add(d.issued, 'issued', 'issued');
  }
  return items.sort((a, b) => partialDateSortKey(a.date).localeCompare(partialDateSortKey(b.date)) || a.slug.localeCompare(b.slug));
}
