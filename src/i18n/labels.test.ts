// Unit tests for labels.ts: labels of the model's values from the dictionary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from './index.ts';
import { collectionLabel, collectionOne, kindLabel, relationLabel } from './labels.ts';

const ui = translator('de');

test('a collection has a plural and a singular label', () => {
  assert.equal(collectionLabel(ui, 'policies'), 'Politik und Programme');
  assert.equal(collectionOne(ui, 'policies'), 'Politik oder Programm');
  assert.equal(collectionLabel(ui, 'events'), 'Chronik');
  assert.equal(collectionOne(ui, 'events'), 'Ereignis');
});

test('a kind is labelled within its collection', () => {
  assert.equal(kindLabel(ui, 'institutions', 'university'), 'Hochschule');
  assert.equal(kindLabel(ui, 'companies', 'compute'), 'Rechenleistung');
  assert.equal(kindLabel(ui, 'events', 'publication'), 'Veröffentlichung');
  assert.equal(kindLabel(ui, 'policies', 'publication'), 'Veröffentlichung');
  assert.equal(kindLabel(ui, 'places', 'subdistrict'), 'Straßenviertel');
});

test('a relation has a forward label and an inverse label for backlinks', () => {
  assert.equal(relationLabel(ui, 'origin'), 'Hervorgegangen aus');
  assert.equal(relationLabel(ui, 'origin', true), 'Ausgründungen und Ableger');
  assert.equal(relationLabel(ui, 'origin', false), 'Hervorgegangen aus');
  assert.equal(relationLabel(ui, 'mentions', true), 'Erwähnt in');
  assert.equal(relationLabel(ui, 'cites'), 'Belegt durch');
});
