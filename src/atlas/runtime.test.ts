// Unit tests for runtime.ts: the atlas handed from the integration to the pages through globalThis.
import { test, describe, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { getAtlas, publishAtlas } from './runtime.ts';
import { buildAtlas, type Atlas } from './build/atlas.ts';

const KEY = Symbol.for('haidian-atlas.runtime');
const holder = globalThis as unknown as Record<symbol, unknown>;

function emptyAtlas(): Atlas {
  return buildAtlas({ entries: [], edges: [], aliases: new Map(), pins: new Map(), tags: new Map(), lastChanged: new Map() });
}

describe('publishAtlas and getAtlas', () => {
  afterEach(() => {
    delete holder[KEY];
  });

  test('getAtlas explains that the integration must run first when nothing was published', () => {
    assert.throws(() => getAtlas(), {
      message: 'the atlas was not loaded: the atlas integration (src/integrations/atlas.ts) must run before pages render',
    });
  });

  test('getAtlas returns the published atlas', () => {
    const atlas = emptyAtlas();
    publishAtlas(atlas);
    assert.equal(getAtlas(), atlas);
  });

  test('getAtlas throws the published failure when there is no atlas', () => {
    const failure = new Error('3 content problems: …');
    publishAtlas(undefined, failure);
    assert.throws(() => getAtlas(), (error) => error === failure);
  });

  test('a later publication replaces the earlier one, atlas and failure alike', () => {
    const atlas = emptyAtlas();
    publishAtlas(undefined, new Error('first'));
    publishAtlas(atlas);
    assert.equal(getAtlas(), atlas);
    publishAtlas(undefined, new Error('second'));
    assert.throws(() => getAtlas(), { message: 'second' });
  });

  test('keeps the atlas under the registered symbol, so every bundled copy of the module sees it', () => {
    const atlas = emptyAtlas();
    publishAtlas(atlas);
    assert.equal((holder[KEY] as { atlas?: Atlas }).atlas, atlas);
  });
});
