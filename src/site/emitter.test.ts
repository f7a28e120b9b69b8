// Unit tests for emitter.ts: emitters run in order, log their summary, and a failure names the emitter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Atlas } from '../atlas/build/atlas.ts';
import { runEmitters, type EmitContext, type Emitter } from './emitter.ts';

const context: EmitContext = { atlas: {} as Atlas, routes: [], outDir: '/tmp/dist', root: '/tmp' };

test('runs the emitters in order and logs each summary with the emitter name and time', async () => {
  const order: string[] = [];
  const lines: string[] = [];
  const emitters: Emitter[] = [
    { name: 'first', emit: async (c) => (order.push(`first:${c.outDir}`), '3 files') },
    { name: 'second', emit: async () => (order.push('second'), 'done') },
  ];
  await runEmitters(emitters, context, (line) => lines.push(line));
  assert.deepEqual(order, ['first:/tmp/dist', 'second']);
  assert.equal(lines.length, 2);
  assert.match(lines[0]!, /^first: 3 files \(\d+ ms\)$/);
  assert.match(lines[1]!, /^second: done \(\d+ ms\)$/);
});

test('a failing emitter stops the run; the error names it and keeps the cause', async () => {
  const cause = new Error('disk full');
  const lines: string[] = [];
  let laterRan = false;
  const emitters: Emitter[] = [
    { name: 'social cards', emit: async () => { throw cause; } },
    { name: 'later', emit: async () => { laterRan = true; return 'x'; } },
  ];
  await assert.rejects(runEmitters(emitters, context, (line) => lines.push(line)), (error: Error) => {
    assert.equal(error.message, 'social cards failed: disk full');
    assert.equal(error.cause, cause);
    return true;
  });
  assert.equal(laterRan, false);
  assert.deepEqual(lines, []);
});

test('a background emitter runs alongside the next ones; the run waits for it and reports its failure', async () => {
  const events: string[] = [];
  const lines: string[] = [];
  let release!: () => void;
  const written = new Promise<void>((resolve) => (release = resolve));
  const emitters: Emitter[] = [
    { name: 'search index', background: true, emit: async () => (events.push('index started'), await written, events.push('index written'), '10 records') },
    { name: 'pictures', emit: async () => (events.push('pictures'), '5 files') },
    // The index can only finish after the last emitter has started: they did not wait for it.
    { name: 'robots', emit: async () => (events.push('robots'), release(), 'done') },
  ];
  await runEmitters(emitters, context, (line) => lines.push(line));
  assert.deepEqual(events, ['index started', 'pictures', 'robots', 'index written']);
  assert.deepEqual(lines.map((l) => l.replace(/ \(\d+ ms\)$/, '')), ['pictures: 5 files', 'robots: done', 'search index: 10 records']);

  const failing: Emitter[] = [
    { name: 'search index', background: true, emit: async () => { await Promise.resolve(); throw new Error('Pagefind exited'); } },
    { name: 'pictures', emit: async () => 'ok' },
  ];
  await assert.rejects(runEmitters(failing, context, () => {}), /^Error: search index failed: Pagefind exited$/);
});
