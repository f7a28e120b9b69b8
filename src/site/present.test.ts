// Unit tests for present.ts: German number formatting, figure values and an entry's main date.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parsePartialDate } from './dates.ts';
import type { EntryData } from './graph.ts';
import { DATE_FIELDS, formatFigureValue, formatNumberDe, mainDate } from './present.ts';

describe('formatNumberDe', () => {
  test('uses a dot as thousands separator', () => {
    assert.equal(formatNumberDe(12300), '12.300');
    assert.equal(formatNumberDe(1000), '1.000');
    assert.equal(formatNumberDe(1234567), '1.234.567');
  });

  test('uses a comma as decimal separator', () => {
    assert.equal(formatNumberDe(2.6), '2,6');
    assert.equal(formatNumberDe(1234.5), '1.234,5');
  });

  test('shows at most three decimals', () => {
    assert.equal(formatNumberDe(0.12345), '0,123');
  });

  test('writes small whole numbers plainly', () => {
    assert.equal(formatNumberDe(0), '0');
    assert.equal(formatNumberDe(70), '70');
    assert.equal(formatNumberDe(999), '999');
  });
});

describe('formatFigureValue', () => {
  const figure = (fields: { value: number; value_max?: number; unit?: string }): EntryData => ({
    name: 'Zahl', kind: 'count', summary: 'x'.repeat(20), tags: [], notes: [], ...fields,
  });

  test('writes an exact value with its unit', () => {
    assert.equal(formatFigureValue(figure({ value: 12300, unit: 'Modelle' }), ''), '12.300 Modelle');
  });

  test('puts the qualifier first', () => {
    assert.equal(formatFigureValue(figure({ value: 70, unit: 'Prozent' }), 'über'), 'über 70 Prozent');
  });

  test('writes a range with an en dash when value_max is given', () => {
    assert.equal(formatFigureValue(figure({ value: 3500, value_max: 10000, unit: 'Petaflops' }), ''), '3.500–10.000 Petaflops');
    assert.equal(formatFigureValue(figure({ value: 2.5, value_max: 3, unit: 'Mrd. Yuan' }), 'etwa'), 'etwa 2,5–3 Mrd. Yuan');
  });

  test('keeps a zero value', () => {
    assert.equal(formatFigureValue(figure({ value: 0, unit: 'Prozent' }), ''), '0 Prozent');
  });

  test('leaves out a missing unit without a trailing space', () => {
    assert.equal(formatFigureValue(figure({ value: 3 }), 'Platz'), 'Platz 3');
  });
});

describe('mainDate', () => {
  const base: EntryData = { name: 'X', kind: 'other', summary: 'x'.repeat(20), tags: [], notes: [] };
  const d = (v: string) => parsePartialDate(v)!;

  test('returns undefined for an entry without dates', () => {
    assert.equal(mainDate(base), undefined);
  });

  test('finds each date field', () => {
    for (const field of DATE_FIELDS) {
      assert.deepEqual(mainDate({ ...base, [field]: d('2023-06') }), { field, date: d('2023-06') }, field);
    }
  });

  test('prefers founded over issued, published, date and as_of', () => {
    const data = { ...base, as_of: d('2025-06'), date: d('2024'), founded: d('2019-06'), issued: d('2023') };
    assert.deepEqual(mainDate(data), { field: 'founded', date: d('2019-06') });
  });

  test('prefers date over as_of', () => {
    assert.deepEqual(mainDate({ ...base, as_of: d('2025-06'), date: d('2023-07-05') }), { field: 'date', date: d('2023-07-05') });
  });
});

describe('formatFigureValue for points in time', () => {
  const base = { name: 'x', summary: 'x', tags: [], notes: [] };
  test('shows years without digit grouping and without unit', () => {
    assert.equal(formatFigureValue({ ...base, kind: 'year', value: 1992, unit: 'Jahr' }, ''), '1992');
    assert.equal(formatFigureValue({ ...base, kind: 'period', value: 2000, unit: 'Jahr' }, 'nach'), 'nach 2000');
  });
  test('shows a period given as text without its unit', () => {
    assert.equal(formatFigureValue({ ...base, kind: 'period', value_text: 'Juni 2023', unit: 'Monat' }, ''), 'Juni 2023');
  });
  test('keeps grouping and unit for other kinds', () => {
    assert.equal(formatFigureValue({ ...base, kind: 'count', value: 12300, unit: 'KI-Forscher' }, ''), '12.300 KI-Forscher');
    assert.equal(formatFigureValue({ ...base, kind: 'duration', value: 2, unit: 'Wochen' }, 'bis zu'), 'bis zu 2 Wochen');
  });
});
