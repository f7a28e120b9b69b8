/**
 * Dates at the precision they are known to, through Intl.DateTimeFormat (month names and
 * day order come from the locale's CLDR data, not from our code). Pure: takes the locale
 * and the one label Intl has no form for (a decade).
 */
import type { PartialDate } from '../atlas/model/dates.ts';

/** Labels for what Intl cannot format. */
export interface DateLabels {
  /** A decade, e.g. "{decade}er Jahre" or "the {decade}s". */
  decade: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' };
    // UTC: a calendar date has no time zone, and must not move to the day before.
    format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/**
 * A partial date in `lang` at its own precision: "2019", "Juni 2023" / "June 2023",
 * "11. Juni 2023" / "June 11, 2023", "1980er Jahre" / "the 1980s".
 */
export function formatPartialDate(lang: string, date: PartialDate, labels: DateLabels): string {
  if (date.precision === 'decade') return labels.decade.replace('{decade}', date.value.slice(0, 4));
  const [y, m, d] = date.value.split('-').map(Number);
  const utc = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  // Years below 100 would be read as 19xx by Date.UTC.
  utc.setUTCFullYear(y!);
  return dateFormat(lang, date.precision).format(utc);
}
