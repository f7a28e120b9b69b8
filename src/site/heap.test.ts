// Unit tests for heap.ts: a full garbage collection on request, which returns freed memory to the system.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectGarbage, exposedGc } from './heap.ts';

test('collects an unreachable object and returns the freed memory to the system', async () => {
  let garbage: Array<{ i: number; text: string }> | undefined = Array.from({ length: 2_000_000 }, (_, i) => ({ i, text: `entry ${i}` }));
  const witness = new WeakRef(garbage);
  const held = process.memoryUsage.rss() / 2 ** 20;
  garbage = undefined;
  // A WeakRef's target is kept until the current job ends.
  await new Promise((resolve) => setImmediate(resolve));
  const before = performance.now();
  const collection = collectGarbage();
  const elapsed = performance.now() - before;
  assert.equal(witness.deref(), undefined, 'the unreachable array was collected');
  // Two million small objects take well over 100 MB; most of it goes back to the system.
  assert.ok(collection.rssBeforeMb > collection.rssAfterMb + 100, `resident ${collection.rssBeforeMb.toFixed(0)} → ${collection.rssAfterMb.toFixed(0)} MB (${held.toFixed(0)} MB while held)`);
  assert.ok(Math.abs(collection.rssBeforeMb - held) < 50, `the reported size before (${collection.rssBeforeMb.toFixed(0)} MB) is the size with the garbage (${held.toFixed(0)} MB)`);
  assert.ok(Math.abs(collection.rssAfterMb - process.memoryUsage.rss() / 2 ** 20) < 50, 'the reported size after is the size after the collection');
  assert.ok(collection.ms > 0 && collection.ms <= elapsed, `${collection.ms} ms within the ${elapsed} ms measured around it`);
});

test('leaves the global scope without a gc function, and works again when called twice', () => {
  collectGarbage();
  assert.equal((globalThis as { gc?: unknown }).gc, undefined);
  const again = collectGarbage();
  assert.ok(again.rssAfterMb > 0 && again.rssAfterMb <= again.rssBeforeMb + 5);
});

test('a runtime without gc() is named as the cause', () => {
  assert.throws(() => exposedGc(() => undefined), (error: Error) => error.message === 'collectGarbage: this runtime offers no gc() even with --expose-gc (Node with V8 is needed)');
  assert.equal(typeof exposedGc(), 'function');
});
