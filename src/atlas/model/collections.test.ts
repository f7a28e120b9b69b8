// Unit tests for collections.ts: collection table, kinds, URL segments, paths and file extensions.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  COLLECTIONS,
  DATA_COLLECTIONS,
  KINDS,
  PAGE_COLLECTIONS,
  ROUTE_SEGMENTS,
  collectionForSegment,
  collectionPath,
  entryPath,
  fileExtension,
  isCollection,
  isPageCollection,
} from './collections.ts';
import { isValidSlug } from './slug.ts';

describe('the collection table', () => {
  test('COLLECTIONS is the page collections followed by the data collections', () => {
    assert.deepEqual([...COLLECTIONS], [...PAGE_COLLECTIONS, ...DATA_COLLECTIONS]);
    assert.equal(COLLECTIONS.length, 8);
  });

  test('every collection has kinds, all unique and slug-shaped', () => {
    for (const c of COLLECTIONS) {
      const kinds = KINDS[c] as readonly string[];
      assert.ok(kinds.length > 0, c);
      assert.equal(new Set(kinds).size, kinds.length, c);
      for (const k of kinds) assert.ok(isValidSlug(k), `${c}: ${k}`);
    }
  });
});

describe('ROUTE_SEGMENTS', () => {
  test('are unique', () => {
    const segments = Object.values(ROUTE_SEGMENTS);
    assert.equal(new Set(segments).size, segments.length);
  });

  test('exist for exactly the known collections and are valid URL segments', () => {
    assert.deepEqual(Object.keys(ROUTE_SEGMENTS).sort(), [...COLLECTIONS].sort());
    for (const s of Object.values(ROUTE_SEGMENTS)) assert.ok(isValidSlug(s), s);
  });

  test('are German', () => {
    assert.equal(ROUTE_SEGMENTS.companies, 'unternehmen');
    assert.equal(ROUTE_SEGMENTS.people, 'personen');
    assert.equal(ROUTE_SEGMENTS.events, 'chronik');
  });
});

describe('entryPath and collectionPath', () => {
  test('build site-relative URLs with a trailing slash', () => {
    assert.equal(entryPath('companies', 'zhipu'), '/unternehmen/zhipu/');
    assert.equal(entryPath('sources', 'haidian-article'), '/quellen/haidian-article/');
    assert.equal(collectionPath('institutions'), '/institutionen/');
    assert.equal(collectionPath('figures'), '/zahlen/');
  });

  test('entry paths lie under their collection path', () => {
    for (const c of COLLECTIONS) assert.ok(entryPath(c, 'x').startsWith(collectionPath(c)), c);
  });
});

describe('collectionForSegment', () => {
  test('finds the collection of every segment', () => {
    for (const c of COLLECTIONS) assert.equal(collectionForSegment(ROUTE_SEGMENTS[c]), c);
  });

  test('returns undefined for unknown segments and for collection names', () => {
    assert.equal(collectionForSegment('companies'), undefined);
    assert.equal(collectionForSegment('Unternehmen'), undefined);
    assert.equal(collectionForSegment(''), undefined);
  });
});

describe('fileExtension and isPageCollection', () => {
  test('page collections are MDX, data collections YAML', () => {
    for (const c of PAGE_COLLECTIONS) assert.equal(fileExtension(c), 'mdx', c);
    for (const c of DATA_COLLECTIONS) assert.equal(fileExtension(c), 'yaml', c);
  });

  test('isPageCollection is true only for page collections', () => {
    assert.equal(isPageCollection('companies'), true);
    assert.equal(isPageCollection('places'), true);
    assert.equal(isPageCollection('sources'), false);
    assert.equal(isPageCollection('events'), false);
    assert.equal(isPageCollection('blog'), false);
  });

  test('isCollection knows every collection and nothing else', () => {
    for (const c of COLLECTIONS) assert.equal(isCollection(c), true, c);
    assert.equal(isCollection('unternehmen'), false);
    assert.equal(isCollection('Companies'), false);
    assert.equal(isCollection('README.md'), false);
  });
});
