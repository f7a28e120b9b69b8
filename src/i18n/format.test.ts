// Unit tests for format.ts: partial dates through Intl, at the precision they are known to, in German and English.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { DatePrecision } from '../atlas/model/dates.ts';
import { formatPartialDate } from './format.ts';

// A time zone west of UTC: a date read as local midnight would show as the day before.
process.env['TZ'] = 'Pacific/Honolulu';

const de = (value: string, precision: DatePrecision) => formatPartialDate('de', { value, precision }, { decade: '{decade}er Jahre' });
const en = (value: string, precision: DatePrecision) => formatPartialDate('en', { value, precision }, { decade: 'the {decade}s' });

describe('German', () => {
  test('a year is the bare number, without digit grouping', () => {
    assert.equal(de('2019', 'year'), '2019');
    assert.equal(de('1956', 'year'), '1956');
  });

  test('a month is its name and the year', () => {
    assert.equal(de('2023-06', 'month'), 'Juni 2023');
    assert.equal(de('2025-03', 'month'), 'März 2025');
    assert.equal(de('2024-12', 'month'), 'Dezember 2024');
  });

  test('a day is day, month name and year', () => {
    assert.equal(de('2023-06-11', 'day'), '11. Juni 2023');
    assert.equal(de('2023-07-05', 'day'), '5. Juli 2023');
  });

  test('a decade uses the label', () => {
    assert.equal(de('1980s', 'decade'), '1980er Jahre');
    assert.equal(de('2000s', 'decade'), '2000er Jahre');
  });
});

describe('English', () => {
  test('a year is the bare number', () => {
    assert.equal(en('2019', 'year'), '2019');
  });

  test('a month is its name and the year', () => {
    assert.equal(en('2023-06', 'month'), 'June 2023');
    assert.equal(en('2025-03', 'month'), 'March 2025');
  });

  test('a day puts the month first', () => {
    assert.equal(en('2023-06-11', 'day'), 'June 11, 2023');
    assert.equal(en('2023-07-05', 'day'), 'July 5, 2023');
  });

  test('a decade uses the label', () => {
    assert.equal(en('1980s', 'decade'), 'the 1980s');
    assert.equal(en('1990s', 'decade'), 'the 1990s');
  });
});

describe('calendar edges', () => {
  test('the first and last day of the year stay on their day in any time zone', () => {
    assert.equal(de('2023-01-01', 'day'), '1. Januar 2023');
    assert.equal(en('2023-01-01', 'day'), 'January 1, 2023');
    assert.equal(de('2024-12-31', 'day'), '31. Dezember 2024');
    assert.equal(de('2023-01', 'month'), 'Januar 2023');
    assert.equal(en('2024', 'year'), '2024');
  });

  test('a leap day is kept', () => {
    assert.equal(de('2024-02-29', 'day'), '29. Februar 2024');
    assert.equal(en('2024-02-29', 'day'), 'February 29, 2024');
  });

  test('years below 1000 are written as they are, without padding', () => {
    assert.equal(de('0800', 'year'), '800');
    assert.equal(en('0800', 'year'), '800');
    assert.equal(de('0800-06', 'month'), 'Juni 800');
    assert.equal(en('0800-06', 'month'), 'June 800');
  });

  test('years below 100 are not read as 19xx', () => {
    assert.equal(de('0079-06-11', 'day'), '11. Juni 79');
    assert.equal(en('0079-06-11', 'day'), 'June 11, 79');
    assert.equal(de('0050', 'year'), '50');
    assert.equal(de('0099-12-31', 'day'), '31. Dezember 99');
  });

  test('a leap day in a year below 100 is kept', () => {
    assert.equal(de('0004-02-29', 'day'), '29. Februar 4');
    assert.equal(en('0004-02-29', 'day'), 'February 29, 4');
  });

  test('the same date formats the same way again (cached formats per locale and precision)', () => {
    assert.equal(de('2023-06', 'month'), 'Juni 2023');
    assert.equal(en('2023-06', 'month'), 'June 2023');
    assert.equal(de('2023-06', 'year'), '2023', 'the precision decides, not the length of the value');
  });
});
