// Unit tests for editions.ts: one bundle per edition, each written when its pages are in, one Pagefind process at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EditionIndexes, type IndexService } from './editions.ts';
import type { PagefindIndex } from './indexer.ts';

/** A fake Pagefind: every event (open, add, write, close) goes into `log`, numbered by the index it happens in. */
function fakeService(options: { failOpen?: number; writeErrors?: Record<string, string[]> } = {}) {
  const log: string[] = [];
  let opened = 0;
  let open = 0;
  const service: IndexService = {
    async open() {
      const n = ++opened;
      if (n === options.failOpen) {
        log.push(`open ${n} failed`);
        throw new Error('the pagefind binary is missing');
      }
      open++;
      log.push(`open ${n}`);
      const index: PagefindIndex = {
        addHTMLFile: async (file) => {
          log.push(`${n} add ${file.url}`);
          return { errors: [], file: { uniqueWords: file.content.length } };
        },
        writeFiles: async ({ outputPath }) => {
          log.push(`${n} write ${outputPath}`);
          return { errors: options.writeErrors?.[outputPath] ?? [] };
        },
      };
      return index;
    },
    async close() {
      open--;
      log.push('close');
    },
  };
  return { service, log, processes: () => open };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const same = (_path: string, html: string) => html;
const BUNDLES = [
  { lang: 'de', paths: ['/a/', '/b/'], outputPath: '/out/pagefind' },
  { lang: 'en', paths: ['/en/a/', '/en/b/'], outputPath: '/out/en/pagefind' },
];

test("the first edition's bundle is written as soon as its last page is in, and its process closed before the next opens", async () => {
  const { service, log, processes } = fakeService();
  const constructed = performance.now();
  const indexes = new EditionIndexes(BUNDLES, same, service);
  indexes.accept('/a/', 'a');
  indexes.accept('/b/', 'bb');
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(log, ['open 1', '1 add /a/', '1 add /b/', '1 write /out/pagefind', 'close', 'open 2'], 'written before any page of the second edition');
  indexes.accept('/en/a/', 'A');
  indexes.accept('/en/b/', 'B');
  const summaries = await indexes.finish();
  const elapsed = performance.now() - constructed;
  assert.deepEqual(log.slice(6), ['2 add /en/a/', '2 add /en/b/', '2 write /out/en/pagefind', 'close']);
  assert.deepEqual(
    summaries.map(({ writtenAfterMs: _, ...rest }) => rest),
    [
      { lang: 'de', records: 2, words: 3, mostWaiting: 0 },
      { lang: 'en', records: 2, words: 2, mostWaiting: 0 },
    ],
  );
  assert.ok(summaries[0]!.writtenAfterMs >= 0 && summaries[0]!.writtenAfterMs <= summaries[1]!.writtenAfterMs, 'the first bundle was written first');
  assert.ok(summaries[1]!.writtenAfterMs <= elapsed, `${summaries[1]!.writtenAfterMs} ms after construction, within the ${elapsed} ms measured around it`);
  assert.equal(processes(), 0, 'every Pagefind process is closed');
});

test('pages of a later edition that arrive early wait for the earlier bundle; pages are added in route order', async () => {
  const { service, log } = fakeService();
  const indexes = new EditionIndexes(BUNDLES, same, service);
  for (const path of ['/en/b/', '/b/', '/en/a/']) indexes.accept(path, path);
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(log, ['open 1'], 'nothing goes before /a/ is in');
  indexes.accept('/a/', '/a/');
  await indexes.finish();
  assert.deepEqual(log, ['open 1', '1 add /a/', '1 add /b/', '1 write /out/pagefind', 'close', 'open 2', '2 add /en/a/', '2 add /en/b/', '2 write /out/en/pagefind', 'close']);
});

test('it wants the entry pages of every edition and nothing else', async () => {
  const { service, log } = fakeService();
  const indexes = new EditionIndexes(BUNDLES, same, service);
  assert.deepEqual(['/a/', '/en/b/', '/karte/', '/en/', '/a'].map((p) => indexes.wants(p)), [true, true, false, false, false]);
  indexes.accept('/karte/', 'map');
  for (const path of [...BUNDLES[0]!.paths, ...BUNDLES[1]!.paths]) indexes.accept(path, path);
  await indexes.finish();
  assert.equal(log.filter((line) => line.includes('add')).length, 4);
  assert.ok(!log.some((line) => line.includes('/karte/')));
});

test('an edition whose pages never all came fails at finish with the missing page; the other edition is still written and every process closed', async () => {
  const { service, log, processes } = fakeService();
  const indexes = new EditionIndexes(BUNDLES, same, service);
  indexes.accept('/a/', 'a');
  indexes.accept('/en/a/', 'A');
  indexes.accept('/en/b/', 'B');
  await assert.rejects(indexes.finish(), (error: Error) => error.message === '/b/ was not rendered');
  assert.ok(!log.includes('1 write /out/pagefind'), 'the incomplete bundle is not written');
  assert.ok(log.includes('2 write /out/en/pagefind'));
  assert.equal(processes(), 0);
});

test('the first failing edition is the one reported, whichever failed first', async () => {
  const { service } = fakeService({ writeErrors: { '/out/en/pagefind': ['disk full'] } });
  const indexes = new EditionIndexes(BUNDLES, same, service);
  for (const path of ['/en/a/', '/en/b/', '/a/']) indexes.accept(path, path);
  await assert.rejects(indexes.finish(), (error: Error) => error.message === '/b/ was not rendered');
  const second = new EditionIndexes(BUNDLES, same, fakeService({ writeErrors: { '/out/en/pagefind': ['disk full'] } }).service);
  for (const path of ['/a/', '/b/', '/en/a/', '/en/b/']) second.accept(path, path);
  await assert.rejects(second.finish(), (error: Error) => error.message === 'writing failed: disk full');
});

test('Pagefind that does not start fails its edition with the cause; the next edition opens a new process', async () => {
  const { service, log } = fakeService({ failOpen: 1 });
  const indexes = new EditionIndexes(BUNDLES, same, service);
  for (const path of ['/a/', '/b/', '/en/a/', '/en/b/']) indexes.accept(path, path);
  await assert.rejects(indexes.finish(), (error: Error) => error.message === '/a/: the pagefind binary is missing' && (error.cause as Error).message === 'the pagefind binary is missing');
  assert.deepEqual(log, ['open 1 failed', 'open 2', '2 add /en/a/', '2 add /en/b/', '2 write /out/en/pagefind', 'close']);
});

test('a page in two editions is refused at once, naming the page and both editions', async () => {
  const { service, log } = fakeService();
  assert.throws(
    () => new EditionIndexes([BUNDLES[0]!, { lang: 'en', paths: ['/en/a/', '/b/'], outputPath: '/out/en/pagefind' }], same, service),
    (error: Error) => error.message === '/b/ is in the search bundles of both de and en; a page belongs to one edition',
  );
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(log, [], 'no process started, not even later');
});

test('an edition without entry pages writes an empty bundle in its turn', async () => {
  const { service, log } = fakeService();
  const indexes = new EditionIndexes([{ lang: 'de', paths: [], outputPath: '/out/pagefind' }, BUNDLES[1]!], same, service);
  indexes.accept('/en/a/', 'A');
  indexes.accept('/en/b/', 'B');
  const summaries = await indexes.finish();
  assert.deepEqual(log, ['open 1', '1 write /out/pagefind', 'close', 'open 2', '2 add /en/a/', '2 add /en/b/', '2 write /out/en/pagefind', 'close']);
  assert.deepEqual(summaries.map((s) => [s.lang, s.records]), [['de', 0], ['en', 2]]);
});

test('a failure before anyone awaits finish is not an unhandled rejection', async () => {
  const unhandled: unknown[] = [];
  const listener = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', listener);
  try {
    // Pagefind does not start for either edition, and no page ever comes: nothing awaits the failures yet.
    const failing: IndexService = { open: async () => Promise.reject(new Error('the pagefind binary is missing')), close: async () => {} };
    const indexes = new EditionIndexes(BUNDLES, same, failing);
    for (let i = 0; i < 5; i++) await tick();
    assert.deepEqual(unhandled, []);
    await assert.rejects(indexes.finish(), (error: Error) => error.message === '/a/ was not rendered (nor 1 more pages)');
    // The last edition's pages all came, so it fails (Pagefind did not start) before finish is called.
    const last = new EditionIndexes([BUNDLES[1]!], same, failing);
    for (const path of BUNDLES[1]!.paths) last.accept(path, path);
    for (let i = 0; i < 5; i++) await tick();
    assert.deepEqual(unhandled, []);
    await assert.rejects(last.finish(), (error: Error) => error.message === '/en/a/: the pagefind binary is missing');
  } finally {
    process.off('unhandledRejection', listener);
  }
});
