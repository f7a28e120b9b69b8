/**
 * Entry data as display text, shared by pages, cards, search records and exports, so a
 * number, a date or a name reads the same everywhere. Pure: takes a translator for the locale.
 */
import type { AtlasEntry, Entry } from '../atlas/build/atlas.ts';
import type { PartialDate } from '../atlas/model/dates.ts';
import type { EntryDataOf } from '../atlas/model/types.ts';
import type { Translator } from '../i18n/index.ts';
import type { Locale } from './segments.ts';

/** Figure kinds whose value is a point or span in time: shown without digit grouping and without unit ("1992", "nach 2000"). */
const TIME_KINDS = new Set(['year', 'period']);

/**
 * A figure's value as text, e.g. "über 70 Prozent" or "3.500–10.000 Petaflops"; a figure
 * without a number ("Milliarden") shows its `value_text`. Years are not grouped ("1992",
 * not "1.992") and carry no unit.
 */
export function formatFigureValue(data: EntryDataOf<'figures'>, ui: Pick<Translator, 't' | 'number'>): string {
  const time = TIME_KINDS.has(data.kind);
  const unit = time ? undefined : data.unit;
  if (data.value === undefined) return [data.value_text ?? '', unit].filter(Boolean).join(' ');
  const format = (x: number) => (time ? String(x) : ui.number(x));
  const number = data.value_max !== undefined ? `${format(data.value)}–${format(data.value_max)}` : format(data.value);
  return [ui.t(`qualifier.${data.qualifier}`), number, unit].filter(Boolean).join(' ');
}

/** The date fields, in the order that decides an entry's main date. */
export const DATE_FIELDS = ['founded', 'issued', 'published', 'date', 'as_of'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** The date fields of an entry's data (each collection has some of them). */
function datesRecord(entry: Pick<Entry, 'data'>): Partial<Record<DateField, PartialDate | undefined>> {
  const d = entry.data;
  return {
    ...('founded' in d ? { founded: d.founded } : {}),
    ...('issued' in d ? { issued: d.issued } : {}),
    ...('published' in d ? { published: d.published } : {}),
    ...('date' in d ? { date: d.date } : {}),
    ...('as_of' in d ? { as_of: d.as_of } : {}),
  };
}

/** The main date of an entry and its field name, if it has one. */
export function mainDate(entry: Pick<Entry, 'data'>): { field: DateField; date: PartialDate } | undefined {
  const data = datesRecord(entry);
  for (const field of DATE_FIELDS) {
    const date = data[field];
    if (date) return { field, date };
  }
  return undefined;
}

/** True when the entry's `field` value comes from the editors, not the article. */
export function isEditorial(entry: Entry, field: string): boolean {
  return (entry.data.editorial as readonly string[]).includes(field);
}

/** The title of an entry in a locale: its translation's title, else (English) its English name, else its German title. */
export function entryTitle(entry: Pick<AtlasEntry, 'data' | 'translations'>, lang: Locale): string {
  if (lang === 'de') return entry.data.name;
  return entry.translations?.[lang]?.data.name ?? (lang === 'en' ? (entry.data.name_en ?? entry.data.name) : entry.data.name);
}

/** Every date an entry carries, in DATE_FIELDS order. */
export function datesOf(entry: Pick<Entry, 'data'>): Array<{ field: DateField; date: PartialDate }> {
  const data = datesRecord(entry);
  return DATE_FIELDS.flatMap((field) => (data[field] ? [{ field, date: data[field] }] : []));
}
