/**
 * UI strings and locale formatting. Every visible string lives in one JSON dictionary per
 * locale (src/i18n/<locale>.json); German is the reference whose keys every other locale
 * must have. Keys are typed: `t('nav.map')` with an unknown key, or a dictionary that lacks
 * a key the model needs (a kind, a relation, a theme), is a type error (see src/i18n/keys.ts),
 * and the validation pass reports the same gaps with file and key for dictionaries read at
 * run time. Numbers, dates, lists and plurals go through `Intl` for the locale.
 *
 * Strings are `"…{name}…"` templates; a plural is an object of Intl.PluralRules categories:
 * `{ "one": "{count} Eintrag", "other": "{count} Einträge" }`.
 */
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import type { Locale } from '../site/segments.ts';
import { formatPartialDate, type DateLabels } from './format.ts';
import { fill, pluralForm, type PluralForms, type Vars } from './template.ts';

export { fill, pluralForm, type PluralForms, type Vars };
import type { PartialDate } from '../atlas/model/dates.ts';

/** The reference dictionary's shape: every locale must have exactly these keys. */
export type Dictionary = typeof de;
/** Every key of the dictionary. */
export type UIKey = keyof Dictionary;
/** Keys whose value is a set of plural forms. */
export type PluralKey = { [K in UIKey]: Dictionary[K] extends { other: string } ? K : never }[UIKey];
/** Keys whose value is one string template. */
export type TextKey = Exclude<UIKey, PluralKey>;
/** The dictionaries by locale; an incomplete one does not type-check. */
export const DICTIONARIES: { readonly [L in Locale]?: Dictionary } = { de, en };

/** A key the dictionary of a locale lacks (the dictionary rule reports these before any page renders). */
export class MissingKeyError extends Error {
  readonly problem: { file: string; field: string; message: string; fix: string };
  constructor(lang: string, key: string) {
    super(`i18n: the key "${key}" is missing in src/i18n/${lang}.json`);
    this.name = 'MissingKeyError';
    this.problem = { file: `src/i18n/${lang}.json`, field: key, message: `the key "${key}" is missing`, fix: `add "${key}" with the text in this language (see src/i18n/de.json)` };
  }
}

/** Everything a page needs to speak one locale. */
export interface Translator {
  lang: Locale;
  /** The string of `key`, with `{placeholders}` filled. */
  t(key: TextKey, vars?: Vars): string;
  /** The plural form of `key` for `count`. */
  plural(key: PluralKey, count: number, vars?: Vars): string;
  /** The raw plural forms of `key`, for scripts that pick a form in the browser. */
  forms(key: PluralKey): PluralForms;
  /** A number in the locale's notation (12.300 / 12,300). */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A partial date at its own precision ("Juni 2023", "1980er Jahre"). */
  date(date: PartialDate): string;
  /** "a, b und c". */
  list(items: readonly string[]): string;
  /** Compares two names in the locale's alphabetical order. */
  compare(a: string, b: string): number;
}

const cache = new Map<Locale, Translator>();

/** The translator of a locale (one per process). */
export function translator(lang: Locale): Translator {
  const hit = cache.get(lang);
  if (hit) return hit;
  const dict = DICTIONARIES[lang];
  if (!dict) throw new Error(`i18n: there is no dictionary for the locale "${lang}" (src/i18n/${lang}.json)`);
  const numberFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
  // A formatter per set of options, made once: constructing one costs far more than formatting.
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const formatterFor = (options: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options);
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(lang, options)));
    return format;
  };
  const listFormat = new Intl.ListFormat(lang, { type: 'conjunction' });
  const collator = new Intl.Collator(lang);
  const lookup = <K extends UIKey>(key: K): Dictionary[K] => {
    const value = dict[key];
    if (value === undefined) throw new MissingKeyError(lang, key);
    return value;
  };
  const text = (key: TextKey, vars?: Vars) => fill(lookup(key), vars);
  const labels: DateLabels = { get decade() { return lookup('date.decade'); } };
  const made: Translator = {
    lang,
    t: text,
    plural: (key, count, vars) => pluralForm(lang, lookup(key), count, vars),
    forms: (key) => lookup(key),
    number: (value, options) => (options ? formatterFor(options) : numberFormat).format(value),
    date: (date) => formatPartialDate(lang, date, labels),
    list: (items) => listFormat.format(items),
    compare: (a, b) => collator.compare(a, b),
  };
  cache.set(lang, made);
  return made;
}
