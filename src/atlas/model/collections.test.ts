// Unit tests for collections.ts: the collection table, kinds, singular names and file extensions.
// (URL segments moved to src/site/segments.ts and src/site/paths.ts and are tested there.)
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { COLLECTIONS, DATA_COLLECTIONS, KINDS, PAGE_COLLECTIONS, SINGULAR, fileExtension, isCollection, isPageCollection } from './collections.ts';
import { isValidSlug } from './slug.ts';

describe('the collection table', () => {
  test('lists the five page collections and the three data collections by name, in navigation order', () => {
    assert.deepEqual([...PAGE_COLLECTIONS], ['companies', 'institutions', 'policies', 'people', 'places']);
    assert.deepEqual([...DATA_COLLECTIONS], ['sources', 'figures', 'events']);
  });

  test('COLLECTIONS is the page collections followed by the data collections', () => {
    assert.deepEqual([...COLLECTIONS], ['companies', 'institutions', 'policies', 'people', 'places', 'sources', 'figures', 'events']);
  });

  test('every collection has kinds, all unique and slug-shaped', () => {
    assert.deepEqual(Object.keys(KINDS).sort(), [...COLLECTIONS].sort());
    for (const c of COLLECTIONS) {
      const kinds: readonly string[] = KINDS[c];
      assert.ok(kinds.length > 0, c);
      assert.equal(new Set(kinds).size, kinds.length, c);
      for (const k of kinds) assert.ok(isValidSlug(k), `${c}: ${k}`);
    }
  });

  test('names the kinds the content uses, e.g. large-model companies and university institutions', () => {
    assert.ok((KINDS.companies as readonly string[]).includes('large-model'));
    assert.ok((KINDS.institutions as readonly string[]).includes('university'));
    assert.ok((KINDS.sources as readonly string[]).includes('article'));
    assert.ok(!(KINDS.companies as readonly string[]).includes('university'));
  });
});

describe('SINGULAR', () => {
  test('spells the English singular of every collection correctly (not by cutting off an "s")', () => {
    assert.deepEqual(SINGULAR, {
      companies: 'company',
      institutions: 'institution',
      policies: 'policy',
      people: 'person',
      places: 'place',
      sources: 'source',
      figures: 'figure',
      events: 'event',
    });
  });
});

describe('fileExtension, isPageCollection and isCollection', () => {
  test('page collections are MDX, data collections YAML', () => {
    for (const c of ['companies', 'institutions', 'policies', 'people', 'places'] as const) assert.equal(fileExtension(c), 'mdx', c);
    for (const c of ['sources', 'figures', 'events'] as const) assert.equal(fileExtension(c), 'yaml', c);
  });

  test('isPageCollection is true only for page collections', () => {
    assert.equal(isPageCollection('companies'), true);
    assert.equal(isPageCollection('places'), true);
    assert.equal(isPageCollection('sources'), false);
    assert.equal(isPageCollection('events'), false);
    assert.equal(isPageCollection('blog'), false);
    assert.equal(isPageCollection(''), false);
  });

  test('isCollection knows every collection and nothing else', () => {
    for (const c of COLLECTIONS) assert.equal(isCollection(c), true, c);
    assert.equal(isCollection('unternehmen'), false);
    assert.equal(isCollection('Companies'), false);
    assert.equal(isCollection('README.md'), false);
    assert.equal(isCollection('company'), false);
    assert.equal(isCollection(''), false);
  });
});
