import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CARDS_PER_WORKER, cardProcesses, renderInPool, type CardTask } from './pool.ts';
import type { CardJob } from './render.ts';

const job: CardJob = {
  page: '/unternehmen/zhipu/',
  source: 'content/companies/zhipu.mdx',
  input: { title: 'Zhipu', badge: 'Unternehmen', kind: 'Large Models', nameZh: '智谱华章', summary: 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.' },
  context: { siteName: 'Haidian Innovation Atlas', host: 'example.org', footer: 'KI-Ökosystem Haidian · 海淀', lang: 'de' },
};
const echo = new URL('./test-workers/echo.ts', import.meta.url);
const crash = new URL('./test-workers/crash.ts', import.meta.url);

const dir = mkdtempSync(join(tmpdir(), 'atlas-pool-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
/** A task for a fresh file of the test folder; `source` names the card. */
const task = (source = job.source): CardTask => ({ job: { ...job, source }, file: join(dir, `${n++}.out`) });
const echoed = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { pid: number; fonts: Record<string, { path: string; data: string }> };

/** Width, height, bit depth and colour type from a PNG's header chunk. */
function pngHeader(png: Buffer) {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderInPool', () => {
  test('uses every core, at most four processes', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 64].map((cores) => cardProcesses(cores)), [1, 1, 2, 3, 4, 4, 4]);
    assert.ok(cardProcesses() >= 1 && cardProcesses() <= 4);
  });

  test('does nothing for no cards', async () => {
    await renderInPool([]);
  });

  test('renders each card into its file, in processes other than this one', async () => {
    const tasks = [task(), { ...task(), job: { ...job, input: { ...job.input, title: 'Baidu' } } }];
    await renderInPool(tasks, { processes: 2 });
    for (const { file } of tasks) assert.deepEqual(pngHeader(readFileSync(file)), { width: 1200, height: 630 }, file);
    const probe = task();
    await renderInPool([probe], { worker: echo });
    assert.notEqual(echoed(probe.file).pid, process.pid);
  });

  test('hands every process the replacement fonts as files, removed afterwards', async () => {
    const tasks = [task(), task(), task()];
    await renderInPool(tasks, { processes: 2, worker: echo, fonts: { 'a/zh-400.woff': Buffer.from('subset 400'), 'a/zh-700.woff': Buffer.from('subset 700') } });
    for (const { file } of tasks) {
      const { fonts } = echoed(file);
      assert.deepEqual(Object.keys(fonts), ['a/zh-400.woff', 'a/zh-700.woff']);
      assert.equal(fonts['a/zh-400.woff']!.data, 'subset 400');
      assert.equal(fonts['a/zh-700.woff']!.data, 'subset 700');
      for (const { path } of Object.values(fonts)) {
        assert.match(basename(dirname(path)), /^atlas-card-fonts-/);
        assert.equal(existsSync(dirname(path)), false, `${dirname(path)} removed`);
      }
    }
  });

  test(`replaces its processes every ${CARDS_PER_WORKER} cards`, async () => {
    assert.equal(CARDS_PER_WORKER, 400);
    const tasks = Array.from({ length: 401 }, () => task());
    await renderInPool(tasks, { processes: 1, worker: echo });
    const pids = tasks.map(({ file }) => echoed(file).pid);
    assert.equal(new Set(pids.slice(0, 400)).size, 1, 'the first 400 in one process');
    assert.notEqual(pids[400], pids[0], 'the 401st in a new one');
  });

  test('leaves no process behind', async () => {
    const tasks = [task(), task(), task()];
    await renderInPool(tasks, { processes: 2, worker: echo });
    const pids = new Set(tasks.map(({ file }) => echoed(file).pid));
    assert.ok(pids.size >= 1);
    for (const pid of pids) assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, `process ${pid} ended`);
  });

  test('a card whose process crashes is tried once more in a new process, and the others are rendered', async () => {
    const tasks = [task('content/a.mdx'), task('content/crash-once.mdx'), task('content/b.mdx')];
    await renderInPool(tasks, { processes: 2, worker: crash });
    for (const { file } of tasks) assert.equal(readFileSync(file, 'utf8'), 'ok', file);
    assert.equal(existsSync(`${tasks[1]!.file}.tried`), true, 'the first attempt crashed');
  });

  test('a card whose process crashes twice fails the rendering, naming its source', async () => {
    await assert.rejects(renderInPool([task('content/a.mdx'), task('content/crash-always.mdx')], { processes: 2, worker: crash }), (error: Error) => {
      assert.match(error.message, /^rendering the card of content\/crash-always\.mdx failed: .*exited unexpectedly.* \(first attempt: .*exited unexpectedly.*\)$/);
      assert.match((error.cause as Error).message, /exited unexpectedly/);
      return true;
    });
  });

  test('a card that cannot be written fails twice and names its source', async () => {
    await assert.rejects(renderInPool([{ job, file: join(dir, 'missing-folder', 'x.png') }], { processes: 1 }), (error: Error) => {
      assert.match(error.message, /^rendering the card of content\/companies\/zhipu\.mdx failed: .*ENOENT.* \(first attempt: .*ENOENT.*\)$/);
      return true;
    });
  });
});
