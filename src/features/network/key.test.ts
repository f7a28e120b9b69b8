// Unit tests for key.ts: what a network's legend lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { networkKey } from './key.ts';
import type { NetworkEdge, NetworkNode } from './model.ts';

const n = (id: string, collection: NetworkNode['collection'], emphasis?: NetworkNode['emphasis']): NetworkNode => ({ id, collection, name: id, href: `/${id}/`, ...(emphasis ? { emphasis } : {}) });
const e = (source: string, target: string, kind: NetworkEdge['kind'], editorial = false): NetworkEdge => ({ source, target, kind, ...(editorial ? { editorial } : {}) });

test('collections and kinds present, in the atlas order, not in input order', () => {
  const key = networkKey({
    nodes: [n('w', 'events'), n('z', 'companies', 'focus'), n('p', 'places'), n('k', 'institutions')],
    relations: [e('w', 'z', 'subjects'), e('z', 'p', 'located_in'), e('z', 'k', 'origin'), e('k', 'p', 'located_in')],
  });
  assert.deepEqual(key, { collections: ['companies', 'institutions', 'places', 'events'], kinds: ['origin', 'located_in', 'subjects'], context: false, editorial: false });
});

test('context nodes are noted', () => {
  assert.equal(networkKey({ nodes: [n('a', 'companies'), n('b', 'people', 'context')], relations: [] }).context, true);
});

test('an editorial line only where every relation of a pair is editorial', () => {
  const nodes = [n('a', 'companies'), n('b', 'people'), n('c', 'places')];
  assert.equal(networkKey({ nodes, relations: [e('a', 'b', 'people', true), e('b', 'a', 'related')] }).editorial, false);
  assert.equal(networkKey({ nodes, relations: [e('a', 'b', 'people', true), e('b', 'a', 'related', true)] }).editorial, true);
  assert.equal(networkKey({ nodes, relations: [e('a', 'b', 'people'), e('a', 'c', 'located_in', true)] }).editorial, true);
});

test('relations to nodes not drawn, and an entry linked to itself, are not listed', () => {
  const key = networkKey({ nodes: [n('a', 'companies'), n('b', 'people')], relations: [e('a', 'x', 'located_in', true), e('a', 'a', 'partners'), e('a', 'b', 'people')] });
  assert.deepEqual(key.kinds, ['people']);
  assert.equal(key.editorial, false);
});

test('an empty network has an empty key', () => {
  assert.deepEqual(networkKey({ nodes: [], relations: [] }), { collections: [], kinds: [], context: false, editorial: false });
});
