// Unit tests for languages.ts: the language versions of a page, from the route table of the published atlas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAtlas } from '../atlas/build/atlas.ts';
import { publishAtlas } from '../atlas/runtime.ts';
import { languageVersions } from './languages.ts';
import type { Route } from './routes.ts';

const atlas = buildAtlas({ entries: [], edges: [], aliases: new Map(), pins: new Map(), tags: new Map(), lastChanged: new Map() });
publishAtlas(atlas);

test('a German page has two versions in this build: itself (the default, current) and the English one', () => {
  const map: Route = { view: 'map', lang: 'de', path: '/karte/', key: 'map' };
  assert.deepEqual(languageVersions(map), [
    { lang: 'de', path: '/karte/', isDefault: true, current: true },
    { lang: 'en', path: '/en/map/', isDefault: false, current: false },
  ]);
});

test('the versions come from the route table by key, not from the route given', () => {
  const english: Route = { view: 'map', lang: 'en', path: '/en/somewhere-else/', key: 'map' };
  assert.deepEqual(languageVersions(english), [
    { lang: 'de', path: '/karte/', isDefault: true, current: false },
    { lang: 'en', path: '/en/map/', isDefault: false, current: true },
  ]);
});

test('a route the table does not know is its own only version', () => {
  const unknown: Route = { view: 'tag', tag: 'nope', lang: 'en', path: '/en/tags/nope/', key: 'tag:nope' };
  assert.deepEqual(languageVersions(unknown), [{ lang: 'en', path: '/en/tags/nope/', isDefault: false, current: true }]);
});
