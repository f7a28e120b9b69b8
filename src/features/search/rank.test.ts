// Unit tests for rank.ts: name matches lift an entry above pages that only mention it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { nameBoost, normalizeName, rerank } from './rank.ts';

const close = (actual: number, expected: number, message?: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} ${actual} ≠ ${expected}`);

describe('normalizeName', () => {
  test('folds case, umlauts, ß, tone marks and punctuation', () => {
    assert.equal(normalizeName('Tsinghua-Universität'), 'tsinghua universitat');
    assert.equal(normalizeName('Zhìpǔ Huázhāng'), 'zhipu huazhang');
    assert.equal(normalizeName('Gründerstraße'), 'grunderstrasse');
    assert.equal(normalizeName('  „Zhipu AI“ (Z.ai) '), 'zhipu ai z ai');
  });

  test(
    'folds ß to ss also in text without umlauts',
    () => {
      assert.equal(normalizeName('Maßnahmen'), 'massnahmen');
      assert.equal(nameBoost('Maßnahmen', ['Massnahmen'], false), 4);
    },
  );

  test('keeps Chinese characters and digits', () => {
    assert.equal(normalizeName('月之暗面 2.0'), '月之暗面 2 0');
  });

  test('is empty for punctuation only', () => {
    assert.equal(normalizeName(' – … '), '');
  });
});

describe('nameBoost', () => {
  test('an exact name gives 4, a name starting with the query 2.5, no match 1', () => {
    assert.equal(nameBoost('Tsinghua-Universität', ['Tsinghua-Universität'], false), 4);
    assert.equal(nameBoost('Tsinghua-Universität', ['Tsinghua-Universität-Wissenschaftspark'], false), 2.5);
    assert.equal(nameBoost('Tsinghua-Universität', ['Zhipu'], false), 1);
  });

  test('a name containing every query word gives up to 1.6, less the more other words it has', () => {
    close(nameBoost('Universitat Tsinghua', ['Tsinghua-Universität'], false), 1.6);
    close(nameBoost('Tsinghua', ['Campus der Tsinghua-Universität'], false), 1.15);
    close(nameBoost('Universitat Tsinghua', ['Campus der Tsinghua-Universität'], false), 1.3);
  });

  test('primary entries are multiplied by 1.3', () => {
    close(nameBoost('Zhipu', ['Zhipu'], true), 5.2);
    close(nameBoost('Zhipu', ['Baidu'], true), 1.3);
  });

  test('an empty query boosts nothing, not even a primary entry', () => {
    assert.equal(nameBoost('', ['Zhipu'], true), 1);
    assert.equal(nameBoost(' - ', ['Zhipu'], false), 1);
  });

  test('matches any of the names, including Chinese, pinyin written together and umlaut-free spellings', () => {
    assert.equal(nameBoost('月之暗面', ['DarkSide', 'Moonshot AI', '月之暗面'], false), 4);
    assert.equal(nameBoost('QinghuaDaxue', ['Qīnghuá Dàxué'], false), 4);
    assert.equal(nameBoost('qinghuada', ['Qīnghuá Dàxué'], false), 2.5);
    assert.equal(nameBoost('Universitaet', ['Universität'], false), 4);
    assert.equal(nameBoost('Universitat', ['Universität'], false), 4);
  });

  test('empty names are skipped', () => {
    assert.equal(nameBoost('Zhipu', ['', ' ', 'Zhipu AI'], false), 2.5);
  });

  test('among names containing all query words, the shortest wins', () => {
    const university = nameBoost('Universitat Tsinghua', ['Tsinghua-Universität'], true);
    const park = nameBoost('Universitat Tsinghua', ['Tsinghua-Universität-Wissenschaftspark'], true);
    const campus = nameBoost('Universitat Tsinghua', ['Campus der Tsinghua-Universität'], true);
    assert.ok(university > park && park > campus, `${university} ${park} ${campus}`);
  });
});

describe('rerank', () => {
  const results = [
    { id: 'figure', score: 10, names: ['Gründungsjahr des Instituts für Automatisierung'], primary: false },
    { id: 'institute', score: 6, names: ['Institut für Automatisierung der chinesischen Akademie der Wissenschaften', 'CASIA'], primary: true },
    { id: 'other', score: 1, names: ['Zhipu'], primary: true },
  ];

  test('orders by score times boost', () => {
    assert.deepEqual(rerank('Institut für Automatisierung', results).map((r) => r.id), ['institute', 'figure', 'other']);
    assert.deepEqual(rerank('Zhipu', results).map((r) => r.id), ['figure', 'institute', 'other']);
  });

  test("keeps Pagefind's order without a query, and for equal scores", () => {
    assert.deepEqual(rerank('', results).map((r) => r.id), ['figure', 'institute', 'other']);
    const equal = [
      { id: 'b', score: 2, names: ['B'], primary: false },
      { id: 'a', score: 2, names: ['A'], primary: false },
    ];
    assert.deepEqual(rerank('x', equal).map((r) => r.id), ['b', 'a']);
  });

  test('returns a new array of the same result objects, leaving the input alone', () => {
    const input = [...results];
    const out = rerank('Institut für Automatisierung', input);
    assert.notEqual(out, input);
    assert.deepEqual(input.map((r) => r.id), ['figure', 'institute', 'other']);
    assert.equal(out[0], results[1]);
  });
});
