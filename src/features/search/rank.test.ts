// Unit tests for search-rank.ts: name matches lift an entry above pages that only mention it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameBoost, normalizeName, rerank } from './search-rank.ts';

test('normalizes case, umlauts, tone marks and punctuation', () => {
  assert.equal(normalizeName('Tsinghua-Universität'), 'tsinghua universitat');
  assert.equal(normalizeName('Zhìpǔ Huázhāng'), 'zhipu huazhang');
  assert.equal(normalizeName('Gründerstraße'), 'grunderstrasse');
});

test('an exact name beats a name that starts with the query, which beats a mention', () => {
  const exact = nameBoost('Tsinghua-Universität', ['Tsinghua-Universität'], false);
  const prefix = nameBoost('Tsinghua-Universität', ['Tsinghua-Universität-Wissenschaftspark'], false);
  const contains = nameBoost('Tsinghua-Universität', ['Campus der Tsinghua-Universität'], false);
  const none = nameBoost('Tsinghua-Universität', ['Zhipu'], false);
  assert.ok(exact > prefix && prefix > contains && contains > none, `${exact} ${prefix} ${contains} ${none}`);
  assert.equal(none, 1);
});

test('matches any of the names, including Chinese and umlaut-free spellings', () => {
  assert.equal(nameBoost('月之暗面', ['DarkSide', 'Moonshot AI', '月之暗面'], false), 4);
  assert.ok(nameBoost('Universitaet Tsinghua', ['Tsinghua-Universität'], false) > 1);
  assert.ok(nameBoost('Universitat Tsinghua', ['Tsinghua-Universität'], false) > 1);
});

test('re-ranks by score times boost, keeping the order of equals', () => {
  const results = [
    { id: 'figure', score: 10, names: ['Gründungsjahr des Instituts für Automatisierung'], primary: false },
    { id: 'institute', score: 6, names: ['Institut für Automatisierung der chinesischen Akademie der Wissenschaften', 'CASIA'], primary: true },
    { id: 'other', score: 1, names: ['Zhipu'], primary: true },
  ];
  assert.deepEqual(rerank('Institut für Automatisierung', results).map((r) => r.id), ['institute', 'figure', 'other']);
  assert.deepEqual(rerank('', results).map((r) => r.id), ['figure', 'institute', 'other']);
});

test('among names containing all query words, the shortest wins', () => {
  const university = nameBoost('Universitat Tsinghua', ['Tsinghua-Universität'], true);
  const park = nameBoost('Universitat Tsinghua', ['Tsinghua-Universität-Wissenschaftspark'], true);
  const campus = nameBoost('Universitat Tsinghua', ['Campus der Tsinghua-Universität'], true);
  assert.ok(university > park && park > campus, `${university} ${park} ${campus}`);
});
