// Unit tests for dates.ts: parsing partial dates, suggesting the exact rewrite of other date forms,
// chronological sort keys and the HTML datetime form. (Formatting moved to src/i18n/format.ts.)
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { datetimeAttribute, parsePartialDate, partialDateSortKey, suggestDate, type PartialDate } from './dates.ts';

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

  test('rejects a JavaScript Date (YAML 1.2 gives strings; a Date could carry a shifted day)', () => {
    assert.equal(parsePartialDate(new Date('2023-06-11')), undefined);
  });

  test('trims surrounding whitespace and keeps the trimmed text as value', () => {
    assert.deepEqual(parsePartialDate(' 2023-06 '), { value: '2023-06', precision: 'month' });
    assert.deepEqual(parsePartialDate('\t2023\n'), { value: '2023', precision: 'year' });
  });

  test('accepts the first and last month and rejects months 0 and 13', () => {
    assert.deepEqual(parsePartialDate('2023-01'), { value: '2023-01', precision: 'month' });
    assert.deepEqual(parsePartialDate('2023-12'), { value: '2023-12', precision: 'month' });
    assert.equal(parsePartialDate('2023-13'), undefined);
    assert.equal(parsePartialDate('2023-00'), undefined);
    assert.equal(parsePartialDate('2023-13-01'), undefined);
    assert.equal(parsePartialDate('2023-00-01'), undefined);
  });

  test('rejects impossible days', () => {
    assert.equal(parsePartialDate('2023-02-30'), undefined);
    assert.equal(parsePartialDate('2023-04-31'), undefined);
    assert.equal(parsePartialDate('2023-06-00'), undefined);
    assert.equal(parsePartialDate('2023-01-32'), undefined);
  });

  test('accepts the first day and the last day of each kind of month', () => {
    assert.deepEqual(parsePartialDate('2023-06-01'), { value: '2023-06-01', precision: 'day' });
    assert.deepEqual(parsePartialDate('2023-12-31'), { value: '2023-12-31', precision: 'day' });
    assert.deepEqual(parsePartialDate('2023-04-30'), { value: '2023-04-30', precision: 'day' });
    assert.deepEqual(parsePartialDate('2023-02-28'), { value: '2023-02-28', precision: 'day' });
  });

  test('knows leap years', () => {
    assert.deepEqual(parsePartialDate('2024-02-29'), { value: '2024-02-29', precision: 'day' });
    assert.equal(parsePartialDate('2023-02-29'), undefined);
    assert.deepEqual(parsePartialDate('2000-02-29'), { value: '2000-02-29', precision: 'day' });
    assert.equal(parsePartialDate('1900-02-29'), undefined);
  });

  test('rejects garbage strings, other formats and a date with a time of day', () => {
    for (const text of ['', ' ', 'soon', 'Juni 2023', '2019-6', '2019-06-1', '19', '20190611', '2019/06', '2019-06-11T00:00', '2023-07-01T07:30:00+08:00', '11.06.2023', '12019', 'x2019']) {
      assert.equal(parsePartialDate(text), undefined, JSON.stringify(text));
    }
  });

  test('accepts the years 1000 and 2999 and rejects the years just outside', () => {
    assert.deepEqual(parsePartialDate('1000'), { value: '1000', precision: 'year' });
    assert.deepEqual(parsePartialDate(2999), { value: '2999', precision: 'year' });
    assert.equal(parsePartialDate('0999'), undefined);
    assert.equal(parsePartialDate(999), undefined);
    assert.equal(parsePartialDate(3000), undefined);
    assert.equal(parsePartialDate('3000-01'), undefined);
  });

  test('rejects non-integer numbers, invalid Dates and other types', () => {
    assert.equal(parsePartialDate(2019.5), undefined);
    assert.equal(parsePartialDate(Number.NaN), undefined);
    assert.equal(parsePartialDate(new Date('not a date')), undefined);
    assert.equal(parsePartialDate(undefined), undefined);
    assert.equal(parsePartialDate(null), undefined);
    assert.equal(parsePartialDate(true), undefined);
    assert.equal(parsePartialDate({ value: '2019' }), undefined);
    assert.equal(parsePartialDate(['2019']), undefined);
  });
});

describe('decades', () => {
  test('parses "1980s" as a decade, also with surrounding spaces', () => {
    assert.deepEqual(parsePartialDate('1980s'), { value: '1980s', precision: 'decade' });
    assert.deepEqual(parsePartialDate(' 1990s '), { value: '1990s', precision: 'decade' });
    assert.deepEqual(parsePartialDate('1000s'), { value: '1000s', precision: 'decade' });
  });

  test('rejects malformed decades and decades before the year 1000', () => {
    assert.equal(parsePartialDate('1985s'), undefined);
    assert.equal(parsePartialDate('80s'), undefined);
    assert.equal(parsePartialDate('0990s'), undefined);
    assert.equal(parsePartialDate('1980S'), undefined);
    assert.equal(parsePartialDate('1980er'), undefined);
  });

  test('rejects decades after 2999, like the years', () => {
    assert.equal(parsePartialDate('3000s'), undefined);
    assert.equal(parsePartialDate('9990s'), undefined);
  });

  test('accepts the last decade, 2990s', () => {
    assert.deepEqual(parsePartialDate('2990s'), { value: '2990s', precision: 'decade' });
  });

  test('rejects a decade with anything before or after it', () => {
    for (const text of ['x1980s', '11980s', '1980sx', '1980s.', 'ca. 1980s']) {
      assert.equal(parsePartialDate(text), undefined, text);
    }
  });
});

describe('suggestDate', () => {
  test('rewrites a German day.month.year date', () => {
    assert.equal(suggestDate('01.06.2023'), '2023-06-01');
    assert.equal(suggestDate('1.6.2023'), '2023-06-01');
    assert.equal(suggestDate('1. 6. 2023'), '2023-06-01');
    assert.equal(suggestDate('  01.06.2023  '), '2023-06-01');
  });

  test('rewrites month.year and month/year', () => {
    assert.equal(suggestDate('6.2023'), '2023-06');
    assert.equal(suggestDate('06/2023'), '2023-06');
  });

  test('rewrites year/month, and dates with single digits or other separators', () => {
    assert.equal(suggestDate('2023/6'), '2023-06');
    assert.equal(suggestDate('2023-6-1'), '2023-06-01');
    assert.equal(suggestDate('2023.06.01'), '2023-06-01');
    assert.equal(suggestDate('2023/06/30'), '2023-06-30');
  });

  test('keeps the calendar date of a date with a time, as written, without moving it to another time zone', () => {
    assert.equal(suggestDate('2023-07-01T07:30:00+08:00'), '2023-07-01');
    assert.equal(suggestDate('2023-07-01T23:30:00-05:00'), '2023-07-01');
    assert.equal(suggestDate('2023-07-01 23:59'), '2023-07-01');
  });

  test('rewrites German and English month names, full and short, with or without a day', () => {
    assert.equal(suggestDate('Juni 2023'), '2023-06');
    assert.equal(suggestDate('June 2023'), '2023-06');
    assert.equal(suggestDate('Mai  2023'), '2023-05');
    assert.equal(suggestDate('Sept. 2023'), '2023-09');
    assert.equal(suggestDate('MÄRZ 2023'), '2023-03');
    assert.equal(suggestDate('Jänner 2023'), '2023-01');
    assert.equal(suggestDate('Dezember 2023'), '2023-12');
    assert.equal(suggestDate('11. Juni 2023'), '2023-06-11');
    assert.equal(suggestDate('11 June 2023'), '2023-06-11');
  });

  test('rewrites a decade written the German or English way', () => {
    assert.equal(suggestDate('1980er'), '1980s');
    assert.equal(suggestDate('1980er Jahre'), '1980s');
    assert.equal(suggestDate("1980's"), '1980s');
  });

  test('offers no rewrite that is itself impossible', () => {
    assert.equal(suggestDate('31.02.2023'), undefined);
    assert.equal(suggestDate('13.2023'), undefined);
    assert.equal(suggestDate('2023/06/31'), undefined);
    assert.equal(suggestDate('32. Mai 2023'), undefined);
    assert.equal(suggestDate('2023-02-30T10:00'), undefined);
    assert.equal(suggestDate('1985er'), undefined);
  });

  test('knows every German and English month name and abbreviation it lists', () => {
    const months: Array<[month: string, words: string[]]> = [
      ['01', ['Januar', 'Jänner', 'Jan', 'January']],
      ['02', ['Februar', 'Feb', 'February']],
      ['03', ['März', 'Maerz', 'Mär', 'Mar', 'March']],
      ['04', ['April', 'Apr']],
      ['05', ['Mai', 'May']],
      ['06', ['Juni', 'Jun', 'June']],
      ['07', ['Juli', 'Jul', 'July']],
      ['08', ['August', 'Aug']],
      ['09', ['September', 'Sep', 'Sept']],
      ['10', ['Oktober', 'Okt', 'Oct', 'October']],
      ['11', ['November', 'Nov']],
      ['12', ['Dezember', 'Dez', 'Dec', 'December']],
    ];
    for (const [month, words] of months) {
      for (const word of words) assert.equal(suggestDate(`${word} 2023`), `2023-${month}`, word);
    }
  });

  test('rewrites a decade in capitals and the compound "1980erjahre"', () => {
    assert.equal(suggestDate('1980S'), '1980s');
    assert.equal(suggestDate('1980erjahre'), '1980s');
  });

  test('rewrites month.year that unquoted YAML read as a number', () => {
    assert.equal(suggestDate(6.2023), '2023-06');
  });

  test('offers nothing for a date inside other words or a range: the rewrite would not be exact', () => {
    for (const text of [
      'ab 01.06.2023',
      '01.06.2023–05.06.2023',
      '6.2023 bis 7.2023',
      'vor 2023/06',
      '2023/6 bis 2023/8',
      'ab 2023-07-01T07:30',
      '1. Mai bis 3. Juni 2023',
      'Juni 2023 bis Juli 2024',
      'Mitte der 1980er',
      '1980er bis 1990er',
    ]) {
      assert.equal(suggestDate(text), undefined, text);
    }
  });

  test('reads a time only with two-digit minutes', () => {
    assert.equal(suggestDate('2023-07-01 7:30'), '2023-07-01');
    assert.equal(suggestDate('2023-07-01 7:3'), undefined);
  });

  test('offers nothing for a list holding a date (only text and numbers are read)', () => {
    assert.equal(suggestDate(['Juni 2023']), undefined);
    assert.equal(suggestDate(['01.06.2023']), undefined);
  });

  test('offers nothing for a date that is already valid', () => {
    assert.equal(suggestDate('2023-06'), undefined);
    assert.equal(suggestDate('1980s'), undefined);
    assert.equal(suggestDate(2019), undefined);
  });

  test('offers nothing for text it cannot read, two-digit years, or other types', () => {
    for (const value of ['soon', 'Foo 2023', '20190611', '1.6.23', '2023 / 6', '', 201906, null, undefined, new Date('2023-06-01'), { year: 2023 }]) {
      assert.equal(suggestDate(value), undefined, String(value));
    }
  });
});

describe('partialDateSortKey', () => {
  const d = (value: string, precision: PartialDate['precision']): PartialDate => ({ value, precision });
  const sortByKey = (dates: Array<PartialDate | undefined>) =>
    [...dates].sort((a, b) => (partialDateSortKey(a) < partialDateSortKey(b) ? -1 : partialDateSortKey(a) > partialDateSortKey(b) ? 1 : 0)).map((x) => x?.value);

  test('gives the keys by hand: padded to ten characters, a decade its first four digits, no date "9999"', () => {
    assert.equal(partialDateSortKey(d('2023', 'year')), '2023      ');
    assert.equal(partialDateSortKey(d('2023-06', 'month')), '2023-06   ');
    assert.equal(partialDateSortKey(d('2023-06-11', 'day')), '2023-06-11');
    assert.equal(partialDateSortKey(d('1980s', 'decade')), '1980');
    assert.equal(partialDateSortKey(undefined), '9999');
  });

  test('orders dates chronologically', () => {
    assert.deepEqual(sortByKey([d('2023-06-11', 'day'), d('2019', 'year'), d('2023-12', 'month'), d('2021-03-02', 'day')]), ['2019', '2021-03-02', '2023-06-11', '2023-12']);
  });

  test('sorts a bare year before its months, and a month before its days', () => {
    assert.deepEqual(sortByKey([d('2023-06-11', 'day'), d('2023-06', 'month'), d('2023-01', 'month'), d('2023', 'year')]), ['2023', '2023-01', '2023-06', '2023-06-11']);
  });

  test('sorts a bare year after the days of the previous year', () => {
    assert.deepEqual(sortByKey([d('2023', 'year'), d('2022-12-31', 'day')]), ['2022-12-31', '2023']);
  });

  test('sorts undefined dates last', () => {
    assert.deepEqual(sortByKey([undefined, d('2999-12-31', 'day'), d('1000', 'year')]), ['1000', '2999-12-31', undefined]);
  });

  test('sorts a decade before the years it contains and after the previous decade', () => {
    const dates = [d('1981', 'year'), d('1980', 'year'), d('1980s', 'decade'), d('1979', 'year'), d('1970s', 'decade')];
    assert.deepEqual(sortByKey(dates), ['1970s', '1979', '1980s', '1980', '1981']);
  });
});

describe('datetimeAttribute', () => {
  test('is the value for years, months and days', () => {
    assert.equal(datetimeAttribute({ value: '2019', precision: 'year' }), '2019');
    assert.equal(datetimeAttribute({ value: '2023-06', precision: 'month' }), '2023-06');
    assert.equal(datetimeAttribute({ value: '2023-06-11', precision: 'day' }), '2023-06-11');
  });

  test('is undefined for a decade, which HTML cannot express', () => {
    assert.equal(datetimeAttribute({ value: '1980s', precision: 'decade' }), undefined);
  });
});
