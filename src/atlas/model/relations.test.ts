// Unit tests for relations.ts: which relation fields each collection carries, their targets, and the edge display order.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { COLLECTIONS } from './collections.ts';
import { EDGE_ORDER, RELATIONS, relationsFor, type RelationName } from './relations.ts';

const NAMES = Object.keys(RELATIONS) as RelationName[];

describe('relationsFor', () => {
  test('gives companies and institutions the organisation relations, in display order', () => {
    const orgs = ['origin', 'located_in', 'part_of', 'people', 'partners', 'programmes', 'related'];
    assert.deepEqual(relationsFor('companies'), orgs);
    assert.deepEqual(relationsFor('institutions'), orgs);
  });

  test('gives policies part_of, issuer and subjects, and events located_in and subjects', () => {
    assert.deepEqual(relationsFor('policies'), ['part_of', 'issuer', 'subjects', 'related']);
    assert.deepEqual(relationsFor('events'), ['located_in', 'subjects', 'related']);
    assert.deepEqual(relationsFor('figures'), ['subjects', 'related']);
  });

  test('gives companies no affiliations, issuer or subjects', () => {
    const rels = relationsFor('companies');
    for (const name of ['affiliations', 'issuer', 'subjects'] as const) assert.ok(!rels.includes(name), name);
  });

  test('gives people affiliations but not origin, people or located_in', () => {
    assert.deepEqual(relationsFor('people'), ['affiliations', 'related']);
  });

  test('gives places located_in and part_of', () => {
    assert.deepEqual(relationsFor('places'), ['located_in', 'part_of', 'related']);
  });

  test('gives sources an issuer, and figures and events subjects', () => {
    assert.deepEqual(relationsFor('sources'), ['issuer', 'related']);
    assert.ok(relationsFor('figures').includes('subjects'));
    assert.ok(relationsFor('events').includes('subjects'));
    assert.ok(relationsFor('events').includes('located_in'));
  });

  test('gives every collection the general "related" field', () => {
    for (const c of COLLECTIONS) assert.ok(relationsFor(c).includes('related'), c);
  });

  test('lists fields in the order of RELATIONS (display order)', () => {
    for (const c of COLLECTIONS) {
      const rels = relationsFor(c);
      const positions = rels.map((r) => NAMES.indexOf(r));
      assert.deepEqual(positions, [...positions].sort((a, b) => a - b), c);
    }
  });

  test('is consistent with each relation\'s "from" list', () => {
    for (const c of COLLECTIONS) {
      for (const name of NAMES) {
        assert.equal(relationsFor(c).includes(name), (RELATIONS[name].from as readonly string[]).includes(c), `${c}.${name}`);
      }
    }
  });
});

describe('RELATIONS', () => {
  test('every "from" and "to" names a known collection', () => {
    for (const name of NAMES) {
      const spec = RELATIONS[name];
      assert.ok(spec.from.length > 0 && spec.to.length > 0, name);
      for (const c of [...spec.from, ...spec.to]) assert.ok((COLLECTIONS as readonly string[]).includes(c), `${name}: ${c}`);
    }
  });

  test('located_in points to one place', () => {
    assert.deepEqual(RELATIONS.located_in.to, ['places']);
    assert.equal(RELATIONS.located_in.cardinality, 'one');
  });

  test('people and affiliations are inverse of each other and carry roles', () => {
    assert.deepEqual([...RELATIONS.people.to], ['people']);
    assert.ok(RELATIONS.affiliations.from.includes('people' as never));
    assert.deepEqual([...RELATIONS.affiliations.to].sort(), [...RELATIONS.people.from].sort());
    assert.equal(RELATIONS.people.roles, true);
    assert.equal(RELATIONS.affiliations.roles, true);
  });

  test('origin carries no roles', () => {
    assert.equal(RELATIONS.origin.roles, false);
  });
});

describe('EDGE_ORDER', () => {
  test('lists every relation, then mentions, then cites', () => {
    assert.deepEqual(EDGE_ORDER, ['origin', 'located_in', 'part_of', 'people', 'affiliations', 'issuer', 'partners', 'programmes', 'subjects', 'related', 'mentions', 'cites']);
  });

  test('has no duplicates', () => {
    assert.equal(new Set(EDGE_ORDER).size, EDGE_ORDER.length);
  });
});
