// Unit tests for rule.ts: problems of a dictionary against the German reference, each naming the file and the key.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import de from './de.json' with { type: 'json' };
import type { Problem } from '../atlas/validate/problems.ts';
import type { RuleContext } from '../atlas/load.ts';
import { dictionaryProblems, dictionaryRule, modelKeys } from './rule.ts';

const reference = de as Record<string, unknown>;
/** A complete copy of the reference, changed by `change`. */
const dictionary = (change: (dict: Record<string, unknown>) => void) => {
  const dict: Record<string, unknown> = structuredClone(reference);
  change(dict);
  return dict;
};

describe('dictionaryProblems', () => {
  test('a complete copy of the reference has no problems', () => {
    assert.deepEqual(dictionaryProblems('en', dictionary(() => {}), reference), []);
    assert.deepEqual(dictionaryProblems('de', reference, reference), []);
  });

  test('a missing key names the file, the key and where to copy it from', () => {
    const problems = dictionaryProblems('en', dictionary((d) => delete d['nav.map']), reference);
    assert.deepEqual(problems, [
      { file: 'src/i18n/en.json', field: 'nav.map', message: 'the key "nav.map" is missing', fix: 'add "nav.map" with the text in this language (see src/i18n/de.json)' },
    ]);
  });

  test('a key the model needs is required even when the reference lacks it', () => {
    const incomplete = dictionary((d) => delete d['kind.companies.robotics']);
    const problems = dictionaryProblems('de', incomplete, incomplete);
    assert.deepEqual(problems, [
      { file: 'src/i18n/de.json', field: 'kind.companies.robotics', message: 'the key "kind.companies.robotics" is missing', fix: 'add "kind.companies.robotics" with the text in this language (see src/i18n/de.json)' },
    ]);
  });

  test('a string where the reference has plural forms is the wrong shape', () => {
    const problems = dictionaryProblems('en', dictionary((d) => (d['index.count'] = '{count} entries')), reference);
    assert.deepEqual(problems, [
      { file: 'src/i18n/en.json', field: 'index.count', message: '"index.count" must be plural forms ({ "one": …, "other": … })', fix: 'write it in the same shape as in src/i18n/de.json' },
    ]);
  });

  test('plural forms where the reference has a string are the wrong shape', () => {
    const problems = dictionaryProblems('en', dictionary((d) => (d['nav.map'] = { one: 'Map', other: 'Maps' })), reference);
    assert.deepEqual(problems, [{ file: 'src/i18n/en.json', field: 'nav.map', message: '"nav.map" must be a string', fix: 'write it in the same shape as in src/i18n/de.json' }]);
  });

  test('a number where the reference has a string is the wrong shape', () => {
    const problems = dictionaryProblems('en', dictionary((d) => (d['nav.map'] = 5)), reference, () => true);
    assert.deepEqual(problems, [{ file: 'src/i18n/en.json', field: 'nav.map', message: '"nav.map" must be a string', fix: 'write it in the same shape as in src/i18n/de.json' }]);
  });

  test('plural forms without "other" are reported', () => {
    const problems = dictionaryProblems('en', dictionary((d) => (d['index.count'] = { one: '{count} entry' })), reference);
    assert.deepEqual(problems, [{ file: 'src/i18n/en.json', field: 'index.count', message: 'the plural forms of "index.count" lack "other"', fix: 'add the "other" form' }]);
  });

  test('a string with other placeholders than the reference names both sets', () => {
    const problems = dictionaryProblems('en', dictionary((d) => (d['index.kind_heading'] = '{collection}: {type}')), reference);
    assert.deepEqual(problems, [
      { file: 'src/i18n/en.json', field: 'index.kind_heading', message: '"index.kind_heading" has the placeholders {collection,type} but the reference has {collection,kind}', fix: 'use the same {placeholders} as src/i18n/de.json' },
    ]);
  });

  test('a missing or extra placeholder is a mismatch; their order is not', () => {
    assert.equal(dictionaryProblems('en', dictionary((d) => (d['redirect.title'] = 'Go on')), reference).length, 1);
    assert.equal(dictionaryProblems('en', dictionary((d) => (d['redirect.title'] = 'Go to {name} {name2}')), reference).length, 1);
    assert.deepEqual(dictionaryProblems('en', dictionary((d) => (d['index.kind_heading'] = '{kind} ({collection})')), reference), []);
  });

  test(
    'plural forms with other placeholders than the reference are reported',
    () => {
      const problems = dictionaryProblems('en', dictionary((d) => (d['tags.count'] = { one: '{count} entry', other: '{count} entries tagged {label}' })), reference);
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.field, 'tags.count');
    },
  );

  test(
    'a plural written as null is reported',
    () => {
      const problems = dictionaryProblems('en', dictionary((d) => (d['index.count'] = null)), reference);
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.field, 'index.count');
    },
  );

  test('a key the reference does not have is reported as extra', () => {
    const problems = dictionaryProblems('en', dictionary((d) => (d['nav.about'] = 'About')), reference);
    assert.deepEqual(problems, [{ file: 'src/i18n/en.json', field: 'nav.about', message: '"nav.about" is not a key of the reference dictionary', fix: 'remove it, or add it to src/i18n/de.json' }]);
  });

  test('characters the card fonts lack are reported per key in the order of the reference, in strings and in plural forms', () => {
    const covered = (cp: number) => cp !== 0x2603;
    const problems = dictionaryProblems(
      'en',
      dictionary((d) => {
        d['nav.map'] = 'Map ☃';
        d['index.count'] = { one: '{count} ☃', other: '{count} entries' };
      }),
      reference,
      covered,
    );
    assert.deepEqual(problems, [
      { file: 'src/i18n/en.json', field: 'index.count', message: 'the character "☃" (U+2603) is missing from the card fonts', fix: 'replace the character' },
      { file: 'src/i18n/en.json', field: 'nav.map', message: 'the character "☃" (U+2603) is missing from the card fonts', fix: 'replace the character' },
    ]);
  });

  test('glyphs are not checked without a coverage test', () => {
    assert.deepEqual(dictionaryProblems('en', dictionary((d) => (d['nav.map'] = 'Map ☃')), reference), []);
  });

  test('reports every problem of a dictionary at once', () => {
    const problems = dictionaryProblems(
      'en',
      dictionary((d) => {
        delete d['nav.map'];
        d['nav.about'] = 'About';
        d['redirect.title'] = 'Go on';
      }),
      reference,
    );
    assert.deepEqual(problems.map((p: Problem) => p.field).sort(), ['nav.about', 'nav.map', 'redirect.title']);
  });
});

describe('modelKeys', () => {
  const keys = modelKeys();

  test('asks for the labels of every collection, kind, relation, theme, qualifier, precision and note kind', () => {
    for (const key of [
      'collection.companies',
      'collection.events.one',
      'collection.places.intro',
      'kind.companies.large-model',
      'kind.figures.duration',
      'rel.origin',
      'rel.located_in.inverse',
      'rel.mentions',
      'rel.cites.inverse',
      'theme.capital',
      'qualifier.exact',
      'qualifier.after',
      'precision.area',
      'note.correction',
    ]) {
      assert.ok(keys.includes(key), key);
    }
  });

  test('lists each key once', () => {
    assert.equal(new Set(keys).size, keys.length);
  });

  test('every model key is in the German dictionary', () => {
    assert.deepEqual(keys.filter((k) => !(k in reference)), []);
  });
});

describe('dictionaryRule', () => {
  test('the published dictionaries have every key and only characters the card fonts can draw', () => {
    const found = dictionaryRule.check({} as RuleContext);
    assert.deepEqual(found.problems, []);
    assert.equal(dictionaryRule.name, 'dictionaries');
  });
});
