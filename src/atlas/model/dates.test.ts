// Unit tests for dates.ts: parsing partial dates, German formatting and chronological sort keys.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { datetimeAttribute, formatPartialDate, parsePartialDate, partialDateSortKey, type PartialDate } from './dates.ts';

describe('parsePartialDate', () => {
  test('parses a year given as a string', () => {
    assert.deepEqual(parsePartialDate('2019'), { value: '2019', precision: 'year' });
  });

  test('parses a year given as a number (unquoted YAML)', () => {
    assert.deepEqual(parsePartialDate(2019), { value: '2019', precision: 'year' });
  });

  test('parses a month', () => {
    assert.deepEqual(parsePartialDate('2023-06'), { value: '2023-06', precision: 'month' });
  });

  test('parses a day', () => {
    assert.deepEqual(parsePartialDate('2023-06-11'), { value: '2023-06-11', precision: 'day' });
  });

  test('parses a JS Date as produced by YAML for unquoted full dates', () => {
    assert.deepEqual(parsePartialDate(new Date('2023-06-11')), { value: '2023-06-11', precision: 'day' });
    assert.deepEqual(parsePartialDate(new Date(Date.UTC(2019, 0, 31))), { value: '2019-01-31', precision: 'day' });
  });

  test('trims surrounding whitespace', () => {
    assert.deepEqual(parsePartialDate(' 2023-06 '), { value: '2023-06', precision: 'month' });
  });

  test('rejects impossible months', () => {
    assert.equal(parsePartialDate('2023-13'), undefined);
    assert.equal(parsePartialDate('2023-00'), undefined);
    assert.equal(parsePartialDate('2023-13-01'), undefined);
  });

  test('rejects impossible days', () => {
    assert.equal(parsePartialDate('2023-02-30'), undefined);
    assert.equal(parsePartialDate('2023-04-31'), undefined);
    assert.equal(parsePartialDate('2023-06-00'), undefined);
    assert.equal(parsePartialDate('2023-01-32'), undefined);
  });

  test('knows leap years', () => {
    assert.deepEqual(parsePartialDate('2024-02-29'), { value: '2024-02-29', precision: 'day' });
    assert.equal(parsePartialDate('2023-02-29'), undefined);
    assert.deepEqual(parsePartialDate('2000-02-29'), { value: '2000-02-29', precision: 'day' });
    assert.equal(parsePartialDate('1900-02-29'), undefined);
  });

  test('accepts the last day of a 31-day month', () => {
    assert.deepEqual(parsePartialDate('2023-12-31'), { value: '2023-12-31', precision: 'day' });
  });

  test('rejects garbage strings and other formats', () => {
    for (const text of ['', 'soon', 'Juni 2023', '2019-6', '2019-06-1', '19', '20190611', '2019/06', '2019-06-11T00:00', '11.06.2023']) {
      assert.equal(parsePartialDate(text), undefined, JSON.stringify(text));
    }
  });

  test('rejects years outside 1000 to 2999', () => {
    assert.equal(parsePartialDate('0999'), undefined);
    assert.equal(parsePartialDate(3000), undefined);
  });

  test('rejects non-integer numbers, invalid Dates and other types', () => {
    assert.equal(parsePartialDate(2019.5), undefined);
    assert.equal(parsePartialDate(new Date('not a date')), undefined);
    assert.equal(parsePartialDate(undefined), undefined);
    assert.equal(parsePartialDate(null), undefined);
    assert.equal(parsePartialDate({ value: '2019' }), undefined);
    assert.equal(parsePartialDate(['2019']), undefined);
  });
});

describe('formatPartialDate', () => {
  test('formats a year as the bare year', () => {
    assert.equal(formatPartialDate({ value: '2019', precision: 'year' }), '2019');
  });

  test('formats a month with the German month name', () => {
    assert.equal(formatPartialDate({ value: '2023-06', precision: 'month' }), 'Juni 2023');
    assert.equal(formatPartialDate({ value: '2023-03', precision: 'month' }), 'März 2023');
    assert.equal(formatPartialDate({ value: '2023-12', precision: 'month' }), 'Dezember 2023');
  });

  test('formats a day the German way without a leading zero', () => {
    assert.equal(formatPartialDate({ value: '2023-06-11', precision: 'day' }), '11. Juni 2023');
    assert.equal(formatPartialDate({ value: '2024-01-01', precision: 'day' }), '1. Januar 2024');
  });

  test('accepts other month names', () => {
    const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    assert.equal(formatPartialDate({ value: '2023-06', precision: 'month' }, en), 'June 2023');
  });

  test('round-trips with parsePartialDate', () => {
    assert.equal(formatPartialDate(parsePartialDate('2025-04')!), 'April 2025');
    assert.equal(formatPartialDate(parsePartialDate(new Date('2023-07-05'))!), '5. Juli 2023');
  });
});

describe('partialDateSortKey', () => {
  const d = (value: string): PartialDate => parsePartialDate(value)!;
  const sortByKey = (dates: Array<PartialDate | undefined>) =>
    [...dates].sort((a, b) => partialDateSortKey(a).localeCompare(partialDateSortKey(b))).map((x) => x?.value);

  test('orders dates chronologically', () => {
    assert.deepEqual(sortByKey([d('2023-06-11'), d('2019'), d('2023-12'), d('2021-03-02')]), ['2019', '2021-03-02', '2023-06-11', '2023-12']);
  });

  test('sorts a bare year before its months, and a month before its days', () => {
    assert.deepEqual(sortByKey([d('2023-06-11'), d('2023-06'), d('2023-01'), d('2023')]), ['2023', '2023-01', '2023-06', '2023-06-11']);
  });

  test('sorts a bare year after the months of the previous year', () => {
    assert.deepEqual(sortByKey([d('2023'), d('2022-12-31')]), ['2022-12-31', '2023']);
  });

  test('sorts undefined dates last', () => {
    assert.deepEqual(sortByKey([undefined, d('2999-12-31'), d('1000')]), ['1000', '2999-12-31', undefined]);
  });

  test('also orders correctly with plain code-unit comparison', () => {
    assert.ok(partialDateSortKey(d('2023')) < partialDateSortKey(d('2023-01')));
    assert.ok(partialDateSortKey(d('2023-01')) < partialDateSortKey(d('2023-01-01')));
    assert.ok(partialDateSortKey(d('2999-12-31')) < partialDateSortKey(undefined));
  });
});

describe('decades', () => {
  test('parses "1980s" as a decade and rejects malformed decades', () => {
    assert.deepEqual(parsePartialDate('1980s'), { value: '1980s', precision: 'decade' });
    assert.equal(parsePartialDate('1985s'), undefined);
    assert.equal(parsePartialDate('80s'), undefined);
  });

  test('formats a decade in German', () => {
    assert.equal(formatPartialDate({ value: '1980s', precision: 'decade' }), '1980er Jahre');
  });

  test('sorts a decade before the years it contains and after the previous decade', () => {
    const dates = ['1981', '1980', '1980s', '1979', '1970s'].map((v) => parsePartialDate(v)!);
    const sorted = dates.sort((a, b) => partialDateSortKey(a).localeCompare(partialDateSortKey(b))).map((d) => d.value);
    assert.deepEqual(sorted, ['1970s', '1979', '1980s', '1980', '1981']);
  });

  test('has no HTML datetime form, unlike years', () => {
    assert.equal(datetimeAttribute({ value: '1980s', precision: 'decade' }), undefined);
    assert.equal(datetimeAttribute({ value: '2023-06', precision: 'month' }), '2023-06');
  });
});
