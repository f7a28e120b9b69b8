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
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (an unquoted year arrives from YAML as a number),
 * or a decade such as `1980s` ("in den 1980er Jahren"). Returns `undefined` for anything
 * else, for an impossible calendar date such as 2023-02-30, and for a date with a time of
 * day: the atlas keeps dates only, and a time would otherwise be silently dropped (or, read
 * as a JavaScript Date, shifted to another day by its time zone).
 */
export function parsePartialDate(input: unknown): PartialDate | undefined {
  let text: string;
  if (typeof input === 'number' && Number.isInteger(input)) {
    text = String(input);
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    return undefined;
  }
  const decade = DECADE.exec(text);
  if (decade) return Number(decade[1]) >= 100 && Number(decade[1]) <= 299 ? { value: text, precision: 'decade' } : undefined;
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

/** Month names a contributor may write, lowercased, by month number (German and English, full and short). */
const MONTH_WORDS: ReadonlyArray<readonly string[]> = [
  ['januar', 'jänner', 'jan', 'january'],
  ['februar', 'feb', 'february'],
  ['märz', 'maerz', 'mär', 'mar', 'march'],
  ['april', 'apr'],
  ['mai', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov'],
  ['dezember', 'dez', 'dec', 'december'],
];

const pad = (n: string) => n.padStart(2, '0');

/**
 * The exact rewrite of a date written another common way, or `undefined` when there is none:
 * `01.06.2023` → `2023-06-01`, `6.2023` → `2023-06`, `Juni 2023` / `June 2023` → `2023-06`,
 * `2023/6` → `2023-06`, `2023-6-1` → `2023-06-01`, `1980er` → `1980s`, and a date with a time
 * (`2023-07-01T07:30:00+08:00`) → its calendar date as written (`2023-07-01`), never shifted to
 * another time zone. The rewrite is only offered when it is itself a valid partial date.
 */
export function suggestDate(input: unknown): string | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const text = String(input).trim().replace(/\s+/g, ' ');
  const candidates: Array<string | undefined> = [];
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(text))) candidates.push(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`);
  if ((m = /^(\d{1,2})[./](\d{4})$/.exec(text))) candidates.push(`${m[2]}-${pad(m[1]!)}`);
  if ((m = /^(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?$/.exec(text))) candidates.push(m[3] ? `${m[1]}-${pad(m[2]!)}-${pad(m[3])}` : `${m[1]}-${pad(m[2]!)}`);
  if ((m = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/.exec(text))) candidates.push(m[1]);
  if ((m = /^(?:(\d{1,2})\.?\s)?([A-Za-zäÄ]+)\.?\s(\d{4})$/.exec(text))) {
    const month = MONTH_WORDS.findIndex((words) => words.includes(m![2]!.toLowerCase()));
    if (month >= 0) candidates.push(m[1] ? `${m[3]}-${pad(String(month + 1))}-${pad(m[1])}` : `${m[3]}-${pad(String(month + 1))}`);
  }
  if ((m = /^(\d{3}0)(?:er|'?s)(?:\s?jahre)?$/i.exec(text))) candidates.push(`${m[1]}s`);
  return candidates.find((c): c is string => c !== undefined && c !== text && parsePartialDate(c) !== undefined);
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
