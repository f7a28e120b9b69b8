/**
 * Small pure helpers that turn entry data into display text, shared by pages, cards
 * and exports so that a number or a name reads the same everywhere.
 */
import type { EntryData } from './graph.ts';
import type { PartialDate } from './dates.ts';

/** Formats a number the German way: 12.300, 2,6. */
export function formatNumberDe(value: number): string {
  return new Intl.NumberFormat('de-DE', { maximumFractionDigits: 3 }).format(value);
}

/** Figure kinds whose value is a point or span in time: shown without digit grouping and without unit ("1992", "nach 2000"). */
const TIME_KINDS = new Set(['year', 'period']);

/**
 * A figure's value as text, e.g. "über 70 Prozent" or "3.500–10.000 Petaflops"; a figure
 * without a number ("Milliarden") shows its `value_text`. Years are not grouped ("1992",
 * not "1.992") and carry no unit.
 */
export function formatFigureValue(data: EntryData, qualifierText: string): string {
  const value = data.value as number | undefined;
  const max = data.value_max as number | undefined;
  const time = TIME_KINDS.has(data.kind);
  const unit = time ? undefined : (data.unit as string);
  if (value === undefined) return [String(data.value_text ?? ''), unit].filter(Boolean).join(' ');
  const format = (x: number) => (time ? String(x) : formatNumberDe(x));
  const number = max !== undefined ? `${format(value)}–${format(max)}` : format(value);
  return [qualifierText, number, unit].filter(Boolean).join(' ');
}

/** Which date field an entry's main date lives in, by collection-agnostic priority. */
export const DATE_FIELDS = ['founded', 'issued', 'published', 'date', 'as_of'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** The main date of an entry and its field name, if it has one. */
export function mainDate(data: EntryData): { field: DateField; date: PartialDate } | undefined {
  for (const field of DATE_FIELDS) {
    const date = data[field];
    if (date) return { field, date };
  }
  return undefined;
}
