// Unit tests for listing.ts: sorting entries for collection pages, counting kinds and grouping by tag.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { CollectionName } from './collections.ts';
import { parsePartialDate } from './dates.ts';
import type { EntryData } from './graph.ts';
import { groupByTag, kindCounts, offersDateSort, sortByDate, sortForCollection } from './listing.ts';

function entry(collection: CollectionName, name: string, extra: Partial<EntryData> = {}) {
  return { collection, data: { name, kind: 'other', summary: 'x'.repeat(20), tags: [], notes: [], ...extra } as EntryData };
}
const event = (name: string, date?: string) =>
  entry('events', name, { kind: 'milestone', ...(date ? { date: parsePartialDate(date)! } : {}) });
const names = (list: ReadonlyArray<{ data: EntryData }>) => list.map((e) => e.data.name);

describe('sortForCollection', () => {
  test('sorts non-event entries alphabetically by name', () => {
    const sorted = sortForCollection([entry('companies', 'Zhipu'), entry('companies', 'Baidu'), entry('companies', 'Megvii')]);
    assert.deepEqual(names(sorted), ['Baidu', 'Megvii', 'Zhipu']);
  });

  test('sorts umlauts the German way, next to their base letter, not at the end', () => {
    const sorted = sortForCollection(['Zentrum', 'Ärzte', 'Bau', 'Arzt', 'Öl', 'Ober', 'Apfel'].map((n) => entry('institutions', n)));
    assert.deepEqual(names(sorted), ['Apfel', 'Arzt', 'Ärzte', 'Bau', 'Ober', 'Öl', 'Zentrum']);
  });

  test('ignores case when sorting names', () => {
    const sorted = sortForCollection([entry('people', 'beta'), entry('people', 'Alpha'), entry('people', 'Gamma')]);
    assert.deepEqual(names(sorted), ['Alpha', 'beta', 'Gamma']);
  });

  test('sorts events chronologically, a bare year before its months', () => {
    const sorted = sortForCollection([
      event('Börsengang', '2025-04'),
      event('Pressekonferenz', '2023-07-05'),
      event('Gründung', '2019'),
      event('Jahresbilanz', '2023'),
      event('Maßnahmen', '2023-06'),
    ]);
    assert.deepEqual(names(sorted), ['Gründung', 'Jahresbilanz', 'Maßnahmen', 'Pressekonferenz', 'Börsengang']);
  });

  test('sorts events on the same date by name, and events without a date last', () => {
    const sorted = sortForCollection([event('Ohne Datum'), event('Zweite', '2023-06'), event('Erste', '2023-06'), event('Alt', '2001')]);
    assert.deepEqual(names(sorted), ['Alt', 'Erste', 'Zweite', 'Ohne Datum']);
  });

  test('does not sort events by name', () => {
    const sorted = sortForCollection([event('A später', '2024'), event('Z früher', '2020')]);
    assert.deepEqual(names(sorted), ['Z früher', 'A später']);
  });

  test('returns a new array and leaves the input alone', () => {
    const input = [entry('companies', 'B'), entry('companies', 'A')];
    const sorted = sortForCollection(input);
    assert.notEqual(sorted, input);
    assert.deepEqual(names(input), ['B', 'A']);
  });

  test('handles an empty list', () => {
    assert.deepEqual(sortForCollection([]), []);
  });
});

describe('sortByDate', () => {
  test('sorts any collection chronologically by its main date, undated entries last', () => {
    const sorted = sortByDate([
      entry('companies', 'Ohne Datum'),
      entry('companies', 'Zhipu', { founded: parsePartialDate('2019-06')! }),
      entry('companies', 'Baidu', { founded: parsePartialDate('2000')! }),
      entry('companies', 'Alpha', { founded: parsePartialDate('2019')! }),
    ]);
    assert.deepEqual(names(sorted), ['Baidu', 'Alpha', 'Zhipu', 'Ohne Datum']);
  });

  test('breaks ties by German name', () => {
    const d = () => parsePartialDate('2023')!;
    const sorted = sortByDate([entry('policies', 'Zentrum', { issued: d() }), entry('policies', 'Ärzte', { issued: d() }), entry('policies', 'Bau', { issued: d() })]);
    assert.deepEqual(names(sorted), ['Ärzte', 'Bau', 'Zentrum']);
  });
});

describe('offersDateSort', () => {
  const dated = (name: string) => entry('companies', name, { founded: parsePartialDate('2020')! });

  test('is true when at least two entries have a date', () => {
    assert.equal(offersDateSort([dated('a'), entry('companies', 'b'), dated('c')]), true);
  });

  test('is false with fewer than two dated entries', () => {
    assert.equal(offersDateSort([dated('a'), entry('companies', 'b')]), false);
    assert.equal(offersDateSort([]), false);
  });

  test('is false for events, which are already chronological', () => {
    assert.equal(offersDateSort([event('a', '2020'), event('b', '2021')]), false);
  });
});

describe('kindCounts', () => {
  test('counts entries per kind in first-seen order', () => {
    const counts = kindCounts([
      entry('companies', 'a', { kind: 'robotics' }),
      entry('companies', 'b', { kind: 'large-model' }),
      entry('companies', 'c', { kind: 'robotics' }),
      entry('companies', 'd', { kind: 'robotics' }),
    ]);
    assert.deepEqual([...counts], [['robotics', 3], ['large-model', 1]]);
  });

  test('is empty for no entries', () => {
    assert.equal(kindCounts([]).size, 0);
  });
});

describe('groupByTag', () => {
  const a = entry('companies', 'A', { tags: ['Tsinghua', 'Large Models'] });
  const b = entry('companies', 'B', { tags: ['Large Models'] });
  const c = entry('companies', 'C', { tags: ['Öffentlich', 'Ausbildung'] });
  const d = entry('companies', 'D');

  test('collects the entries carrying each tag, in input order', () => {
    const groups = groupByTag([a, b, c, d]);
    assert.deepEqual(groups.get('Large Models'), [a, b]);
    assert.deepEqual(groups.get('Tsinghua'), [a]);
    assert.deepEqual(groups.get('Öffentlich'), [c]);
  });

  test('sorts tags alphabetically the German way', () => {
    const groups = groupByTag([a, b, c, d, entry('companies', 'E', { tags: ['Zentrum', 'Ost'] })]);
    assert.deepEqual([...groups.keys()], ['Ausbildung', 'Large Models', 'Öffentlich', 'Ost', 'Tsinghua', 'Zentrum']);
  });

  test('leaves out entries without tags', () => {
    const all = [...groupByTag([a, b, c, d]).values()].flat();
    assert.ok(!all.includes(d));
  });
});
