// Unit tests for listing.ts: sorting entries for collection pages and counting kinds.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMAS } from '../atlas/model/schema.ts';
import { KINDS } from '../atlas/model/collections.ts';
import { kindCounts, offersDateSort, sortByDate, sortByName } from './listing.ts';

const summary = 'Eine Zusammenfassung von genügend Länge.';
const cited = { sources: [{ source: 'article', quote: 'ein Zitat' }] };

function company(slug: string, name: string, fields: Record<string, unknown> = {}) {
  return { collection: 'companies' as const, slug, data: SCHEMAS.companies.parse({ name, kind: 'other', summary, ...cited, ...fields }) };
}
function event(slug: string, date: string) {
  return { collection: 'events' as const, slug, data: SCHEMAS.events.parse({ name: slug, kind: 'milestone', summary, ...cited, date }) };
}
const slugs = (list: ReadonlyArray<{ slug: string }>) => list.map((e) => e.slug);
const german = new Intl.Collator('de').compare;
const byName = (e: { data: { name: string } }) => e.data.name;

describe('sortByName', () => {
  test('sorts alphabetically by the given title', () => {
    const sorted = sortByName([company('z', 'Zhipu'), company('b', 'Baidu'), company('m', 'Megvii')], byName, german);
    assert.deepEqual(slugs(sorted), ['b', 'm', 'z']);
  });

  test('sorts umlauts the German way, next to their base letter', () => {
    const names = ['Zentrum', 'Ärzte', 'Bau', 'Arzt', 'Öl', 'Ober', 'Apfel'];
    const sorted = sortByName(names.map((n, i) => company(`e${i}`, n)), byName, german);
    assert.deepEqual(sorted.map(byName), ['Apfel', 'Arzt', 'Ärzte', 'Bau', 'Ober', 'Öl', 'Zentrum']);
  });

  test('breaks ties between equal titles by slug', () => {
    const sorted = sortByName([company('gamma', 'Gleich'), company('alpha', 'Gleich'), company('beta', 'Gleich')], byName, german);
    assert.deepEqual(slugs(sorted), ['alpha', 'beta', 'gamma']);
  });

  test('uses the title function, not the German name', () => {
    const entries = [company('a', 'Zhipu', { name_en: 'Alpha' }), company('b', 'Baidu', { name_en: 'Omega' })];
    assert.deepEqual(slugs(sortByName(entries, (e) => e.data.name_en ?? e.data.name, german)), ['a', 'b']);
  });

  test('returns a new array and leaves the input alone', () => {
    const input = [company('b', 'B'), company('a', 'A')];
    const sorted = sortByName(input, byName, german);
    assert.notEqual(sorted, input);
    assert.deepEqual(slugs(input), ['b', 'a']);
  });
});

describe('sortByDate', () => {
  test('sorts chronologically by the main date, undated entries last', () => {
    const sorted = sortByDate([company('none', 'Ohne'), company('zhipu', 'Zhipu', { founded: '2019-06' }), company('baidu', 'Baidu', { founded: 2000 }), company('alpha', 'Alpha', { founded: 2019 })]);
    assert.deepEqual(slugs(sorted), ['baidu', 'alpha', 'zhipu', 'none']);
  });

  test('puts a decade before its years, a year before its months and a month before its days', () => {
    const sorted = sortByDate([event('day', '1985-03-02'), event('month', '1985-03'), event('year', '1985'), event('decade', '1980s'), event('later', '1990')]);
    assert.deepEqual(slugs(sorted), ['decade', 'year', 'month', 'day', 'later']);
  });

  test('keeps the given order for equal dates', () => {
    const sorted = sortByDate([company('z', 'Z', { founded: 2023 }), company('a', 'A', { founded: 2023 }), company('m', 'M', { founded: 2023 })]);
    assert.deepEqual(slugs(sorted), ['z', 'a', 'm']);
  });

  test('leaves the input alone', () => {
    const input = [company('b', 'B', { founded: 2020 }), company('a', 'A', { founded: 2010 })];
    sortByDate(input);
    assert.deepEqual(slugs(input), ['b', 'a']);
  });
});

describe('offersDateSort', () => {
  const dated = (slug: string) => company(slug, slug, { founded: 2020 });

  test('is true when at least two entries have a date', () => {
    assert.equal(offersDateSort([dated('a'), company('b', 'b'), dated('c')]), true);
  });

  test('is false with fewer than two dated entries', () => {
    assert.equal(offersDateSort([dated('a'), company('b', 'b')]), false);
    assert.equal(offersDateSort([company('a', 'a'), company('b', 'b')]), false);
    assert.equal(offersDateSort([]), false);
  });

  test('is false for events, which are already chronological', () => {
    assert.equal(offersDateSort([event('a', '2020'), event('b', '2021')]), false);
  });
});

describe('kindCounts', () => {
  const of = (kind: string) => company(kind, kind, { kind });

  test('counts entries per kind in the order of the given kinds, leaving out kinds without entries', () => {
    const counts = kindCounts([of('robotics'), of('large-model'), of('robotics'), of('robotics')], KINDS.companies);
    assert.deepEqual([...counts], [['large-model', 1], ['robotics', 3]]);
  });

  test('ignores kinds that are not in the list', () => {
    assert.deepEqual([...kindCounts([of('robotics'), of('internet')], ['internet'])], [['internet', 1]]);
  });

  test('is empty for no entries', () => {
    assert.equal(kindCounts([], KINDS.companies).size, 0);
  });
});
