// Unit tests for present.ts: figure values, an entry's dates, editorial marks and titles per locale.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Entry } from '../atlas/build/atlas.ts';
import { parsePartialDate } from '../atlas/model/dates.ts';
import { SCHEMAS } from '../atlas/model/schema.ts';
import { translator } from '../i18n/index.ts';
import { DATE_FIELDS, datesOf, entryTitle, formatFigureValue, isEditorial, mainDate } from './present.ts';

const ui = translator('de');
const d = (value: string) => parsePartialDate(value)!;
const cited = { sources: [{ source: 'article', quote: 'ein Zitat' }] };
const summary = 'Eine Zusammenfassung von genügend Länge.';

/** Figure data as the schema returns it (defaults applied). */
function figure(fields: Record<string, unknown>) {
  return SCHEMAS.figures.parse({ name: 'Zahl', kind: 'count', theme: 'models', summary, unit: 'Modelle', measures: 'Zahl der Modelle', ...cited, ...fields });
}

describe('formatFigureValue', () => {
  test('writes an exact value with digit grouping and its unit, without a qualifier', () => {
    assert.equal(formatFigureValue(figure({ value: 12300 }), ui), '12.300 Modelle');
  });

  test('puts the qualifier first', () => {
    assert.equal(formatFigureValue(figure({ value: 70, unit: 'Prozent', qualifier: 'over' }), ui), 'über 70 Prozent');
    assert.equal(formatFigureValue(figure({ value: 10000, unit: 'Petaflops', qualifier: 'up-to' }), ui), 'bis zu 10.000 Petaflops');
    assert.equal(formatFigureValue(figure({ value: 89, qualifier: 'nearly' }), ui), 'fast 89 Modelle');
  });

  test('writes a range with an en dash when value_max is given', () => {
    assert.equal(formatFigureValue(figure({ value: 3500, value_max: 10000, unit: 'Petaflops' }), ui), '3.500–10.000 Petaflops');
    assert.equal(formatFigureValue(figure({ value: 2.5, value_max: 3, unit: 'Mrd. Yuan', qualifier: 'about' }), ui), 'etwa 2,5–3 Mrd. Yuan');
  });

  test('uses the German decimal comma and at most three decimals', () => {
    assert.equal(formatFigureValue(figure({ value: 2.6, unit: 'Prozent' }), ui), '2,6 Prozent');
    assert.equal(formatFigureValue(figure({ value: 0.12345, unit: 'Prozent' }), ui), '0,123 Prozent');
  });

  test('keeps a zero value', () => {
    assert.equal(formatFigureValue(figure({ value: 0, unit: 'Prozent' }), ui), '0 Prozent');
  });

  test('shows value_text with the unit when the source gives no number', () => {
    assert.equal(formatFigureValue(figure({ value_text: 'Milliarden', unit: 'Yuan', kind: 'money' }), ui), 'Milliarden Yuan');
  });

  test('shows years and periods without digit grouping and without unit', () => {
    assert.equal(formatFigureValue(figure({ kind: 'year', value: 1992, unit: 'Jahr' }), ui), '1992');
    assert.equal(formatFigureValue(figure({ kind: 'period', value: 2000, unit: 'Jahr', qualifier: 'after' }), ui), 'nach 2000');
    assert.equal(formatFigureValue(figure({ kind: 'year', value: 2019, value_max: 2023, unit: 'Jahr' }), ui), '2019–2023');
  });

  test('shows a period given as text without its unit', () => {
    assert.equal(formatFigureValue(figure({ kind: 'period', value_text: 'Juni 2023', unit: 'Monat' }), ui), 'Juni 2023');
  });

  test('keeps grouping and unit for durations and counts', () => {
    assert.equal(formatFigureValue(figure({ kind: 'duration', value: 2, unit: 'Wochen', qualifier: 'up-to' }), ui), 'bis zu 2 Wochen');
    assert.equal(formatFigureValue(figure({ kind: 'count', value: 12300, unit: 'KI-Forscher' }), ui), '12.300 KI-Forscher');
  });

  test("formats numbers with the translator's notation", () => {
    const english = { t: ui.t, number: (x: number) => new Intl.NumberFormat('en').format(x) };
    assert.equal(formatFigureValue(figure({ value: 12300 }), english), '12,300 Modelle');
  });
});

describe('mainDate and datesOf', () => {
  const company = (fields: Record<string, unknown> = {}) => ({
    data: SCHEMAS.companies.parse({ name: 'Zhipu', kind: 'large-model', summary, ...cited, ...fields }),
  });

  test('an entry without dates has none', () => {
    assert.equal(mainDate(company()), undefined);
    assert.deepEqual(datesOf(company()), []);
  });

  test("finds each collection's date field", () => {
    assert.deepEqual(mainDate(company({ founded: '2019-06' })), { field: 'founded', date: { value: '2019-06', precision: 'month' } });
    const policy = { data: SCHEMAS.policies.parse({ name: 'Maßnahmen', kind: 'measures', summary, ...cited, issued: '2023-06-11' }) };
    assert.deepEqual(mainDate(policy), { field: 'issued', date: { value: '2023-06-11', precision: 'day' } });
    const source = { data: SCHEMAS.sources.parse({ name: 'Artikel', kind: 'article', summary, language: 'de', published: 2025 }) };
    assert.deepEqual(mainDate(source), { field: 'published', date: { value: '2025', precision: 'year' } });
    const event = { data: SCHEMAS.events.parse({ name: 'Gründung', kind: 'founding', summary, ...cited, date: '1980s' }) };
    assert.deepEqual(mainDate(event), { field: 'date', date: { value: '1980s', precision: 'decade' } });
    assert.deepEqual(mainDate({ data: figure({ value: 1, as_of: '2025-06' }) }), { field: 'as_of', date: { value: '2025-06', precision: 'month' } });
  });

  test('the order of DATE_FIELDS decides: founded before issued, published, date and as_of', () => {
    assert.deepEqual([...DATE_FIELDS], ['founded', 'issued', 'published', 'date', 'as_of']);
    const many = { data: { ...company().data, as_of: d('2025-06'), date: d('2024'), issued: d('2023'), published: d('2022'), founded: d('2019-06') } } as unknown as Pick<Entry, 'data'>;
    assert.deepEqual(mainDate(many), { field: 'founded', date: d('2019-06') });
    assert.deepEqual(
      datesOf(many).map((x) => x.field),
      ['founded', 'issued', 'published', 'date', 'as_of'],
    );
    const later = { data: { ...company().data, founded: undefined, as_of: d('2025-06'), date: d('2023-07-05') } } as unknown as Pick<Entry, 'data'>;
    assert.deepEqual(mainDate(later), { field: 'date', date: d('2023-07-05') });
    assert.deepEqual(datesOf(later), [{ field: 'date', date: d('2023-07-05') }, { field: 'as_of', date: d('2025-06') }]);
  });
});

describe('isEditorial', () => {
  const entry = {
    collection: 'companies',
    slug: 'galbot',
    file: 'content/companies/galbot.mdx',
    data: SCHEMAS.companies.parse({ name: 'Galbot', kind: 'embodied-ai', summary, ...cited, founded: 2023, editorial: ['founded'] }),
  } as Entry;

  test('is true for a field listed in editorial, false for others', () => {
    assert.equal(isEditorial(entry, 'founded'), true);
    assert.equal(isEditorial(entry, 'location'), false);
    assert.equal(isEditorial(entry, 'name'), false);
  });
});

describe('entryTitle', () => {
  const named = { data: SCHEMAS.companies.parse({ name: 'Zhipu', name_en: 'Zhipu AI', kind: 'large-model', summary, ...cited }) };
  const german = { data: SCHEMAS.institutions.parse({ name: 'Tsinghua-Universität', kind: 'university', summary, ...cited }) };

  test('is the German name in German', () => {
    assert.equal(entryTitle(named, 'de'), 'Zhipu');
  });

  test('is the English name in English, and the German name when there is none', () => {
    assert.equal(entryTitle(named, 'en'), 'Zhipu AI');
    assert.equal(entryTitle(german, 'en'), 'Tsinghua-Universität');
  });
});
