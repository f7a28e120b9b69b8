/**
 * Dates in the atlas are often only known to the year or month ("im April dieses Jahres").
 * A partial date keeps exactly the precision the source gives, so the site never
 * pretends to know a day it does not.
 */

export type DatePrecision = 'decade' | 'year' | 'month' | 'day';

/** A date known to a given precision; `value` is `YYY0s` (a decade), `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DECADE = /^(\d{3})0s$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also a number year or a YAML Date, which
 * YAML produces for unquoted values), or a decade such as `1980s` ("in den 1980er Jahren"). Returns `undefined` for anything else or an
 * impossible calendar date such as 2023-02-30.
 */
export function parsePartialDate(input: unknown): PartialDate | undefined {
  let text: string;
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return undefined;
    text = input.toISOString().slice(0, 10);
  } else if (typeof input === 'number' && Number.isInteger(input)) {
    text = String(input);
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    return undefined;
  }
  const decade = DECADE.exec(text);
  if (decade) return Number(decade[1]) >= 100 ? { value: text, precision: 'decade' } : undefined;
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1000 || year > 2999) return undefined;
  if (m === undefined) return { value: text, precision: 'year' };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { value: text, precision: 'month' };
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { value: text, precision: 'day' };
}

const MONTHS_DE = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni',
  'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
];

/** Formats a partial date in German at its own precision: "1980er Jahre", "2019", "Juni 2023", "11. Juni 2023". */
export function formatPartialDate(date: PartialDate, monthNames: readonly string[] = MONTHS_DE): string {
  if (date.precision === 'decade') return `${date.value.slice(0, 4)}er Jahre`;
  const [y, m, d] = date.value.split('-');
  if (date.precision === 'year') return y!;
  const month = monthNames[Number(m) - 1]!;
  if (date.precision === 'month') return `${month} ${y}`;
  return `${Number(d)}. ${month} ${y}`;
}

/** Sort key that orders partial dates chronologically, a decade before its years and a bare year before its months. */
export function partialDateSortKey(date: PartialDate | undefined): string {
  if (!date) return '9999';
  // A shorter key sorts before its own extensions, so "1980" (the 1980s) comes before "1980      " (the year 1980).
  return date.precision === 'decade' ? date.value.slice(0, 4) : date.value.padEnd(10, ' ');
}

/** The value for an HTML `datetime` attribute, or undefined where HTML has no form (decades). */
export function datetimeAttribute(date: PartialDate): string | undefined {
  return date.precision === 'decade' ? undefined : date.value;
}
