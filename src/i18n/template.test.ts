// Unit tests for template.ts: filling {placeholders}, and plural forms chosen with Intl.PluralRules.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fill, pluralForm, type PluralForms } from './template.ts';

describe('fill', () => {
  test('fills every placeholder with its value', () => {
    assert.equal(fill('{collection}: {kind}', { collection: 'Unternehmen', kind: 'Large Models' }), 'Unternehmen: Large Models');
  });

  test('fills a placeholder that occurs twice, and numbers as text', () => {
    assert.equal(fill('{n} von {n} ({total})', { n: 3, total: 0 }), '3 von 3 (0)');
  });

  test('leaves an unknown placeholder visible rather than dropping it', () => {
    assert.equal(fill('Weiter zu {name}', {}), 'Weiter zu {name}');
    assert.equal(fill('{a} und {b}', { a: 'x' }), 'x und {b}');
    assert.equal(fill('Weiter zu {name}'), 'Weiter zu {name}');
  });

  test('an empty string is a value, not a missing one', () => {
    assert.equal(fill('[{x}]', { x: '' }), '[]');
  });

  test('leaves text without placeholders, and braces around non-words, unchanged', () => {
    assert.equal(fill('Karte', { name: 'x' }), 'Karte');
    assert.equal(fill('{ name } {-}', { name: 'x' }), '{ name } {-}');
  });

  test('does not fill a value into itself again', () => {
    assert.equal(fill('{a}', { a: '{b}', b: 'nein' }), '{b}');
  });
});

describe('pluralForm', () => {
  const entries: PluralForms = { one: '{count} Eintrag', other: '{count} Einträge' };
  const english: PluralForms = { one: '{count} entry', other: '{count} entries' };

  test('German: one for 1, other for 0, 2 and fractions', () => {
    assert.equal(pluralForm('de', entries, 1), '1 Eintrag');
    assert.equal(pluralForm('de', entries, 0), '0 Einträge');
    assert.equal(pluralForm('de', entries, 2), '2 Einträge');
    assert.equal(pluralForm('de', entries, 1.5), '1,5 Einträge');
  });

  test('English: one for 1, other for 0 and 2', () => {
    assert.equal(pluralForm('en', english, 1), '1 entry');
    assert.equal(pluralForm('en', english, 0), '0 entries');
    assert.equal(pluralForm('en', english, 2), '2 entries');
  });

  test("writes the count in the locale's digits", () => {
    assert.equal(pluralForm('de', entries, 12300), '12.300 Einträge');
    assert.equal(pluralForm('en', english, 12300), '12,300 entries');
  });

  test('fills the other placeholders too', () => {
    const found = { one: '{count} Treffer für „{query}“', other: '{count} Treffer für „{query}“' };
    assert.equal(pluralForm('de', found, 3, { query: 'Zhipu' }), '3 Treffer für „Zhipu“');
    const status = { one: '{shown} von {total} verorteten Eintrag', other: '{shown} von {total} verorteten Einträgen' };
    assert.equal(pluralForm('de', status, 1, { shown: 1, total: 1 }), '1 von 1 verorteten Eintrag');
    assert.equal(pluralForm('de', status, 40, { shown: 12, total: 40 }), '12 von 40 verorteten Einträgen');
  });

  test('falls back to "other" when the category has no form of its own', () => {
    assert.equal(pluralForm('de', { other: '{count} Mal' }, 1), '1 Mal');
  });

  test('uses the categories of the locale, e.g. few and many in Russian', () => {
    const ru: PluralForms = { one: '{count} запись', few: '{count} записи', many: '{count} записей', other: '{count} записи' };
    assert.equal(pluralForm('ru', ru, 1), '1 запись');
    assert.equal(pluralForm('ru', ru, 3), '3 записи');
    assert.equal(pluralForm('ru', ru, 5), '5 записей');
    assert.equal(pluralForm('ru', ru, 21), '21 запись');
  });
});
