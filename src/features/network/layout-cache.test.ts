// Unit tests for layout-cache.ts: the layouts kept between builds, their keys and the code version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedLayout, diskLayoutStore, layoutCodeVersion, layoutStats, localSources, packageManifest, useLayoutCache } from './layout-cache.ts';
import type { NetworkLayout } from './layout-types.ts';

/** A small hand-written layout: two nodes, one line. */
const LAYOUT: NetworkLayout = {
  width: 100,
  height: 80,
  fontSize: 11,
  nodes: [
    { id: 'a', collection: 'companies', name: 'A', href: '/a/', x: 20, y: 30.5, r: 4, degree: 1 },
    { id: 'b', collection: 'places', name: 'B', href: '/b/', x: 70.25, y: 40, r: 6, degree: 1 },
  ],
  edges: [{ source: 'a', target: 'b', kind: 'located_in', kinds: ['located_in'], editorial: false, x1: 20, y1: 30.5, x2: 70.25, y2: 40 }],
  relations: [{ source: 'a', target: 'b', kind: 'located_in' }],
  anchors: [{ collection: 'companies', x: 30, y: 40 }],
  collections: ['companies', 'places'],
  kinds: ['located_in'],
};

const folder = () => mkdtempSync(join(tmpdir(), 'layout-cache-'));

test('a stored layout reads back equal, and no temporary file is left behind', () => {
  const dir = folder();
  const store = diskLayoutStore(dir, 'v1');
  store.set('input', LAYOUT);
  assert.deepEqual(store.get('input'), LAYOUT);
  assert.equal(store.get('other input'), undefined);
  assert.deepEqual(readdirSync(dir).filter((f) => !f.endsWith('.json')), []);
  assert.equal(readdirSync(dir).length, 1);
  rmSync(dir, { recursive: true });
});

test('files are named by a 40-digit hex key, and version and input do not run together', () => {
  const dir = folder();
  diskLayoutStore(dir, 'ab').set('c', LAYOUT);
  assert.match(readdirSync(dir)[0]!, /^[0-9a-f]{40}\.json$/);
  assert.equal(diskLayoutStore(dir, 'a').get('bc'), undefined);
  rmSync(dir, { recursive: true });
});

/**
 * Stores LAYOUT, overwrites its file with each of `contents` (what, file text) and asserts that
 * each is a miss; returns the store and the folder for more checks.
 */
function assertMisses(contents: Array<[string, string]>) {
  const dir = folder();
  const store = diskLayoutStore(dir, 'v1');
  store.set('input', LAYOUT);
  const [name] = readdirSync(dir);
  for (const [what, text] of contents) {
    writeFileSync(join(dir, name!), text);
    assert.equal(store.get('input'), undefined, what);
  }
  return { dir, store };
}

test('a file missing any part of a layout, or with a part of the wrong type, is a miss', () => {
  const variants: Array<[string, unknown]> = [
    ...Object.keys(LAYOUT).map((key): [string, unknown] => [`without ${key}`, Object.fromEntries(Object.entries(LAYOUT).filter(([k]) => k !== key))]),
    ...(['width', 'height', 'fontSize'] as const).map((key): [string, unknown] => [`${key} as text`, { ...LAYOUT, [key]: '100' }]),
    ...(['nodes', 'edges', 'relations', 'anchors', 'collections', 'kinds'] as const).map((key): [string, unknown] => [`${key} not a list`, { ...LAYOUT, [key]: {} }]),
  ];
  rmSync(assertMisses(variants.map(([what, value]) => [what, JSON.stringify(value)])).dir, { recursive: true });
});

test('with no cache ever opened in the process, the counts are zero', () => {
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('haidian-atlas.layout-cache')];
  assert.deepEqual(layoutStats(), { read: 0, computed: 0 });
});

test('another code version does not see the layouts of the first', () => {
  const dir = folder();
  diskLayoutStore(dir, 'v1').set('input', LAYOUT);
  assert.equal(diskLayoutStore(dir, 'v2').get('input'), undefined);
  assert.deepEqual(diskLayoutStore(dir, 'v1').get('input'), LAYOUT);
  rmSync(dir, { recursive: true });
});

test('a cut-off, empty or foreign file is a miss, and is written again', () => {
  const { dir, store } = assertMisses(['{"width":100,"hei', '', '{"width":100,"height":80}', '[1,2]', 'null'].map((text): [string, string] => [`content ${JSON.stringify(text)}`, text]));
  store.set('input', LAYOUT);
  assert.deepEqual(store.get('input'), LAYOUT);
  rmSync(dir, { recursive: true });
});

test('cachedLayout computes once, then reads, and counts both', () => {
  const dir = folder();
  useLayoutCache(diskLayoutStore(dir, 'v1'));
  let calls = 0;
  const compute = () => {
    calls++;
    return LAYOUT;
  };
  assert.deepEqual(cachedLayout({ network: 1 }, compute), LAYOUT);
  assert.deepEqual(cachedLayout({ network: 1 }, compute), LAYOUT);
  assert.equal(calls, 1);
  assert.deepEqual(layoutStats(), { read: 1, computed: 1 });
  // A different input is computed again.
  cachedLayout({ network: 2 }, compute);
  assert.equal(calls, 2);
  assert.deepEqual(layoutStats(), { read: 1, computed: 2 });
  useLayoutCache(undefined);
  rmSync(dir, { recursive: true });
});

test('what the cache holds for an input is what cachedLayout returns, without computing', () => {
  const dir = folder();
  const store = diskLayoutStore(dir, 'v1');
  const input = [{ nodes: ['a', 'b'] }, { width: 100 }];
  store.set(JSON.stringify(input), LAYOUT);
  useLayoutCache(store);
  assert.deepEqual(
    cachedLayout(input, () => assert.fail('computed although cached')),
    LAYOUT,
  );
  useLayoutCache(undefined);
  rmSync(dir, { recursive: true });
});

test('without an open cache every call computes, and nothing is counted', () => {
  useLayoutCache(undefined);
  let calls = 0;
  for (let i = 0; i < 3; i++)
    cachedLayout('same', () => {
      calls++;
      return LAYOUT;
    });
  assert.equal(calls, 3);
  assert.deepEqual(layoutStats(), { read: 0, computed: 0 });
});

test('localSources follows import and export statements, not comments, across folders', () => {
  const dir = folder();
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'a', 'main.ts'), "/** Not an import: from './ghost.ts' */\nimport { x } from './near.ts';\nimport type {\n  T,\n} from '../b/far.ts';\nimport { readFileSync } from 'node:fs';\n");
  writeFileSync(join(dir, 'a', 'near.ts'), "export { y } from  '../b/extra.ts';\nexport const x = 1;\n");
  writeFileSync(join(dir, 'b', 'extra.ts'), 'export const y = 2;\n');
  writeFileSync(join(dir, 'b', 'far.ts'), "export type T = string;\nimport data from './data.json' with { type: 'json' };\n");
  writeFileSync(join(dir, 'b', 'data.json'), '{}');
  assert.deepEqual(localSources(join(dir, 'a', 'main.ts')), [join(dir, 'a', 'main.ts'), join(dir, 'a', 'near.ts'), join(dir, 'b', 'data.json'), join(dir, 'b', 'extra.ts'), join(dir, 'b', 'far.ts')]);
  rmSync(dir, { recursive: true });
});

test('the layout code depends on the layout, its helpers and the collections, and its version is a SHA-256', () => {
  const here = new URL('.', import.meta.url).pathname;
  const sources = localSources(join(here, 'layout.ts')).map((f) => f.slice(f.lastIndexOf('/src/') + 1));
  for (const file of ['src/features/network/layout.ts', 'src/features/network/labels.ts', 'src/features/network/clusters.ts', 'src/features/network/geometry.ts', 'src/features/network/model.ts', 'src/atlas/model/collections.ts', 'src/atlas/model/relations.ts', 'src/features/cards/text-fit.ts'])
    assert.ok(sources.includes(file), file);
  assert.ok(!sources.some((f) => f.endsWith('.test.ts')));
  assert.match(layoutCodeVersion(), /^[0-9a-f]{64}$/);
  assert.equal(layoutCodeVersion(), layoutCodeVersion());
});

test("a package's manifest is the first package.json above its file that bears its name", () => {
  const dir = folder();
  const pkg = join(dir, 'node_modules', 'fake');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), '{"name":"fake","version":"1.2.3"}');
  writeFileSync(join(pkg, 'dist', 'package.json'), '{"type":"module"}');
  writeFileSync(join(pkg, 'dist', 'index.js'), '');
  assert.equal(packageManifest('fake', join(pkg, 'dist', 'index.js')), '{"name":"fake","version":"1.2.3"}');
  assert.throws(() => packageManifest('other', join(pkg, 'dist', 'index.js')), (error: Error) => error.message === `the package.json of other was not found above ${join(pkg, 'dist', 'index.js')}`);
  rmSync(dir, { recursive: true });
});

test("the layout libraries' versions are part of the code version", () => {
  assert.notEqual(layoutCodeVersion(), layoutCodeVersion([]));
  assert.notEqual(layoutCodeVersion(['d3-force']), layoutCodeVersion(['d3-force', 'd3-quadtree']));
});
