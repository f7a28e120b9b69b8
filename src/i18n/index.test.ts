// Unit tests for index.ts: the translator of a locale, and the shape of the reference dictionary.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import de from './de.json' with { type: 'json' };
import { DICTIONARIES, translator, type Translator } from './index.ts';
import { LOCALES, type Locale } from '../site/segments.ts';
import { readFileSync } from 'node:fs';

const ui = translator('de');
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

describe('translator', () => {
  test('is made once per locale', () => {
    assert.equal(translator('de'), ui);
    assert.equal(ui.lang, 'de');
  });

  test('refuses a locale without a dictionary, naming the file to create', () => {
    assert.throws(() => translator('fr' as Locale), (error: Error) => error.message === 'i18n: there is no dictionary for the locale "fr" (src/i18n/fr.json)');
  });
});

describe('t', () => {
  test('returns the string of a key', () => {
    assert.equal(ui.t('nav.map'), 'Karte');
    assert.equal(ui.t('collection.companies'), 'Unternehmen');
    assert.equal(ui.t('kind.institutions.university'), 'Hochschule');
  });

  test('fills placeholders', () => {
    assert.equal(ui.t('redirect.title', { name: 'Zhipu' }), 'Weiter zu Zhipu');
    assert.equal(ui.t('index.kind_heading', { collection: 'Orte', kind: 'Gebäude' }), 'Orte: Gebäude');
  });

  test('leaves a placeholder without a value visible', () => {
    assert.equal(ui.t('redirect.title'), 'Weiter zu {name}');
  });

  test('an empty string stays empty (the exact qualifier)', () => {
    assert.equal(ui.t('qualifier.exact'), '');
  });
});

describe('plural and forms', () => {
  test('picks the German plural form and writes the count with grouping', () => {
    assert.equal(ui.plural('index.count', 1), '1 Eintrag');
    assert.equal(ui.plural('index.count', 0), '0 Einträge');
    assert.equal(ui.plural('index.count', 2), '2 Einträge');
    assert.equal(ui.plural('index.count', 12300), '12.300 Einträge');
  });

  test('fills the other placeholders of a plural form', () => {
    assert.equal(ui.plural('tags.count', 1, { tag: 'Tsinghua' }), '1 Eintrag mit dem Schlagwort „Tsinghua“.');
    assert.equal(ui.plural('tags.count', 3, { tag: 'Tsinghua' }), '3 Einträge mit dem Schlagwort „Tsinghua“.');
  });

  test('forms returns the raw forms for the browser', () => {
    assert.deepEqual(ui.forms('map.status_places'), { one: 'an {count} Ort', other: 'an {count} Orten' });
  });
});

describe('number, date, list and compare', () => {
  test('numbers use German grouping and decimals, at most three decimals', () => {
    assert.equal(ui.number(12300), '12.300');
    assert.equal(ui.number(1234567.5), '1.234.567,5');
    assert.equal(ui.number(0.12345), '0,123');
    assert.equal(ui.number(70), '70');
  });

  test('numbers take Intl options', () => {
    assert.equal(ui.number(1234.5, { minimumFractionDigits: 2 }), '1.234,50');
    assert.equal(ui.number(0.1234, { maximumFractionDigits: 1 }), '0,1');
  });

  test('dates keep their precision, decades with the dictionary label', () => {
    assert.equal(ui.date({ value: '2023-06', precision: 'month' }), 'Juni 2023');
    assert.equal(ui.date({ value: '2023-06-11', precision: 'day' }), '11. Juni 2023');
    assert.equal(ui.date({ value: '2019', precision: 'year' }), '2019');
    assert.equal(ui.date({ value: '1980s', precision: 'decade' }), '1980er Jahre');
  });

  test('lists join with commas and "und"', () => {
    assert.equal(ui.list(['Zhipu', 'Baidu', 'Megvii']), 'Zhipu, Baidu und Megvii');
    assert.equal(ui.list(['Zhipu', 'Baidu']), 'Zhipu und Baidu');
    assert.equal(ui.list(['Zhipu']), 'Zhipu');
    assert.equal(ui.list([]), '');
  });

  test('compare sorts the German way: umlauts beside their letter, case ignored', () => {
    const sorted = ['Zentrum', 'Öl', 'Ärzte', 'ober', 'Bau', 'Arzt'].sort(ui.compare);
    assert.deepEqual(sorted, ['Arzt', 'Ärzte', 'Bau', 'ober', 'Öl', 'Zentrum']);
    assert.ok(ui.compare('a', 'B') < 0);
    assert.ok(ui.compare('B', 'a') > 0);
    assert.equal(ui.compare('Zhipu', 'Zhipu'), 0);
  });
});

describe('the reference dictionary', () => {
  const entries = Object.entries(de as Record<string, unknown>);

  test('is the German dictionary; English is the other one', () => {
    assert.equal(DICTIONARIES.de, de);
    assert.deepEqual(Object.keys(DICTIONARIES), ['de', 'en']);
    assert.equal(translator('en').t('nav.map'), 'Map');
  });

  test('every key is a dotted lowercase name', () => {
    for (const [key] of entries) assert.match(key, /^[a-z_]+(\.[a-z0-9_-]+)+$/, key);
  });

  test('every value is a non-empty string or plural forms with "other" and only Intl plural categories', () => {
    const mayBeEmpty = new Set(['qualifier.exact']);
    const strings = entries.filter(([, value]) => typeof value === 'string') as Array<[string, string]>;
    const plurals = entries.filter(([, value]) => typeof value !== 'string');
    assert.ok(strings.length > 400 && plurals.length > 10, `${strings.length} strings, ${plurals.length} plurals`);
    for (const [key, value] of strings) assert.ok(mayBeEmpty.has(key) || value.trim().length > 0, `${key} is empty`);
    for (const [key, value] of plurals) {
      assert.ok(value !== null && typeof value === 'object' && !Array.isArray(value), `${key} is neither a string nor plural forms`);
      const forms = value as Record<string, unknown>;
      assert.ok('other' in forms, `${key} lacks "other"`);
      for (const [category, form] of Object.entries(forms)) {
        assert.ok(PLURAL_CATEGORIES.includes(category), `${key}: "${category}" is not a plural category`);
        assert.equal(typeof form, 'string', `${key}.${category}`);
        assert.ok((form as string).length > 0, `${key}.${category} is empty`);
      }
    }
  });

  test('the forms of one plural use the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    const plurals = entries.filter(([, value]) => typeof value === 'object') as Array<[string, Record<string, string>]>;
    assert.ok(plurals.length > 0);
    for (const [key, forms] of plurals) {
      const sets = new Set(Object.values(forms).map(placeholders));
      assert.equal(sets.size, 1, `${key}: ${[...sets].join(' / ')}`);
    }
  });

  test('the exact qualifier is the only empty string', () => {
    assert.deepEqual(entries.filter(([, v]) => v === '').map(([k]) => k), ['qualifier.exact']);
  });

  test('the translator returns every string as written, and every plural as its forms', () => {
    const t: Translator = ui;
    for (const [key, value] of entries) {
      if (typeof value === 'string') assert.equal(t.t(key as Parameters<Translator['t']>[0]), value, key);
      else assert.deepEqual(t.forms(key as Parameters<Translator['forms']>[0]), value, key);
    }
  });
});

describe('the dictionaries of every locale', () => {
  const reference = JSON.parse(readFileSync(new URL('./de.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const placeholders = (value: unknown) => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const locale of LOCALES) {
    test(`${locale}.json has exactly the keys of de.json, in the same order, with the same placeholders and plural shape`, () => {
      const dict = JSON.parse(readFileSync(new URL(`./${locale}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
      assert.deepEqual(Object.keys(dict), Object.keys(reference));
      for (const [key, value] of Object.entries(reference)) {
        assert.equal(typeof dict[key], typeof value, `${locale}: ${key} has another shape`);
        assert.deepEqual(placeholders(dict[key]), placeholders(value), `${locale}: ${key} has other placeholders`);
        if (typeof value === 'object') assert.ok('other' in (dict[key] as object), `${locale}: plural ${key} has no "other" form`);
      }
    });
  }
  test('the English dictionary is English: no German UI words in it', () => {
    const en = JSON.parse(readFileSync(new URL('./en.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    // Words that appear only in German UI text (the source's title and quotes may stay German, so those keys are excepted).
    const german = /\b(und|oder|der|die|das|nicht|Einträge?|Unternehmen|Suche|Karte|Zeitleiste|Schlagw\w*|Quelle|Redaktion|laut)\b/;
    const found = Object.entries(en).filter(([key, value]) => !['language.de'].includes(key) && german.test(JSON.stringify(value)));
    assert.deepEqual(found, []);
  });
});
