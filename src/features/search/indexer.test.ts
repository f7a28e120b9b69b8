// Unit tests for indexer.ts: pages handed to a (fake) Pagefind index in route order while they render.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OrderedIndexer, type PagefindIndex } from './indexer.ts';

/** A fake index that records what it is given; `words` gives each page's unique words, `errors` a page's errors. */
function fakeIndex(options: { errors?: Record<string, string[]>; writeErrors?: string[]; reject?: string } = {}) {
  const added: Array<{ url: string; content: string }> = [];
  const written: string[] = [];
  const index: PagefindIndex = {
    addHTMLFile: async (file) => {
      added.push(file);
      if (file.url === options.reject) throw new Error('the Pagefind process has gone');
      const errors = options.errors?.[file.url] ?? [];
      // Like Pagefind, no file for a page it could not index.
      return errors.length ? { errors } : { errors, file: { uniqueWords: file.content.length } };
    },
    writeFiles: async ({ outputPath }) => {
      written.push(outputPath);
      return { errors: options.writeErrors ?? [] };
    },
  };
  return { index, added, written };
}

/** A promise resolved by hand. */
function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const PATHS = ['/a/', '/b/', '/c/', '/d/'];
const upper = (_path: string, html: string) => html.toUpperCase();

test('pages reach the index in route order, whatever order they finish rendering in', async () => {
  const { index, added, written } = fakeIndex();
  const indexer = new OrderedIndexer(index, PATHS, upper);
  const pages = Object.fromEntries(PATHS.map((p) => [p, later<string>()]));
  for (const p of ['/c/', '/a/', '/d/', '/b/']) indexer.accept(p, pages[p]!.promise);
  pages['/d/']!.resolve('d');
  pages['/c/']!.resolve('c');
  await new Promise((r) => setImmediate(r));
  assert.equal(added.length, 0, 'nothing goes before /a/ is in');
  pages['/a/']!.resolve('a');
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(added.map((f) => f.url), ['/a/']);
  pages['/b/']!.resolve('bb');
  const summary = await indexer.finish('/out/pagefind');
  assert.deepEqual(added, [
    { url: '/a/', content: 'A' },
    { url: '/b/', content: 'BB' },
    { url: '/c/', content: 'C' },
    { url: '/d/', content: 'D' },
  ]);
  assert.deepEqual(written, ['/out/pagefind']);
  // Words: the fake counts characters (1 + 2 + 1 + 1); /c/ and /d/ waited for /b/ (and /a/).
  assert.deepEqual(summary, { records: 4, words: 5, mostWaiting: 2 });
});

test('pages it does not index pass by, and it says which ones it wants', async () => {
  const { index, added } = fakeIndex();
  const indexer = new OrderedIndexer(index, ['/a/'], upper);
  assert.equal(indexer.wants('/a/'), true);
  assert.equal(indexer.wants('/karte/'), false);
  indexer.accept('/karte/', 'map');
  indexer.accept('/a/', 'a');
  assert.deepEqual(await indexer.finish('/out'), { records: 1, words: 1, mostWaiting: 0 });
  assert.deepEqual(added.map((f) => f.url), ['/a/']);
});

test('a page never rendered is named, with how many more are missing, and nothing is written', async () => {
  const { index, written } = fakeIndex();
  const indexer = new OrderedIndexer(index, PATHS, upper);
  indexer.accept('/a/', 'a');
  await assert.rejects(indexer.finish('/out'), (error: Error) => error.message === '/b/ was not rendered (nor 2 more pages)');
  assert.deepEqual(written, []);
  const one = new OrderedIndexer(fakeIndex().index, ['/a/', '/b/'], upper);
  one.accept('/b/', 'b');
  await assert.rejects(one.finish('/out'), (error: Error) => error.message === '/a/ was not rendered');
});

test('a page rendered twice is a failure', async () => {
  const indexer = new OrderedIndexer(fakeIndex().index, ['/a/'], upper);
  indexer.accept('/a/', 'a');
  indexer.accept('/a/', 'a');
  await assert.rejects(indexer.finish('/out'), (error: Error) => error.message === '/a/ was rendered twice');
});

test("Pagefind's errors for a page, a page that cannot be read, and a failing prepare step are reported with the page", async () => {
  const errors = new OrderedIndexer(fakeIndex({ errors: { '/b/': ['bad HTML', 'no body'] } }).index, ['/a/', '/b/'], upper);
  errors.accept('/a/', 'a');
  errors.accept('/b/', 'b');
  await assert.rejects(errors.finish('/out'), (error: Error) => error.message === '/b/: bad HTML; no body');

  const gone = new OrderedIndexer(fakeIndex({ reject: '/a/' }).index, ['/a/'], upper);
  gone.accept('/a/', 'a');
  await assert.rejects(gone.finish('/out'), (error: Error) => error.message === '/a/: the Pagefind process has gone' && (error.cause as Error).message === 'the Pagefind process has gone');

  const unreadable = new OrderedIndexer(fakeIndex().index, ['/a/'], upper);
  unreadable.accept('/a/', Promise.reject(new Error('stream closed')));
  await assert.rejects(unreadable.finish('/out'), (error: Error) => error.message === '/a/ could not be read: stream closed' && (error.cause as Error).message === 'stream closed');

  const prepare = new OrderedIndexer(fakeIndex().index, ['/a/'], () => {
    throw new Error('/a/ lacks the marker');
  });
  prepare.accept('/a/', 'a');
  await assert.rejects(prepare.finish('/out'), (error: Error) => error.message === '/a/ lacks the marker');
});

test('an index that cannot be written fails the build with the cause', async () => {
  const indexer = new OrderedIndexer(fakeIndex({ writeErrors: ['disk full', 'index incomplete'] }).index, ['/a/'], upper);
  indexer.accept('/a/', 'a');
  await assert.rejects(indexer.finish('/out'), (error: Error) => error.message === 'writing failed: disk full; index incomplete');
});

test('finish waits for pages whose HTML is still arriving', async () => {
  const { index, added } = fakeIndex();
  const indexer = new OrderedIndexer(index, ['/a/', '/b/'], upper);
  const b = later<string>();
  indexer.accept('/a/', 'a');
  indexer.accept('/b/', b.promise);
  const finished = indexer.finish('/out');
  setTimeout(() => b.resolve('b'), 20);
  assert.deepEqual(await finished, { records: 2, words: 2, mostWaiting: 0 });
  assert.deepEqual(added.map((f) => f.url), ['/a/', '/b/']);
});

test('allHandedOver resolves once the last page is handed over (a failed one included), and not while one is missing', async () => {
  const state = (indexer: OrderedIndexer) => {
    let done = false;
    void indexer.allHandedOver.then(() => (done = true));
    return () => done;
  };
  const { index, added } = fakeIndex();
  const indexer = new OrderedIndexer(index, PATHS, upper);
  const handedOver = state(indexer);
  for (const p of ['/a/', '/c/', '/d/']) indexer.accept(p, p);
  await new Promise((r) => setImmediate(r));
  assert.equal(handedOver(), false, '/b/ is missing');
  const b = later<string>();
  indexer.accept('/b/', b.promise);
  await new Promise((r) => setImmediate(r));
  assert.equal(handedOver(), false, "/b/'s HTML is still arriving");
  b.resolve('b');
  await new Promise((r) => setImmediate(r));
  assert.equal(handedOver(), true);
  assert.deepEqual(added.map((f) => f.url), PATHS);

  const failing = new OrderedIndexer(fakeIndex().index, ['/a/'], () => {
    throw new Error('no marker');
  });
  const failed = state(failing);
  failing.accept('/a/', 'a');
  await new Promise((r) => setImmediate(r));
  assert.equal(failed(), true, 'a page that failed on the way counts as handed over; finish reports it');
  await assert.rejects(failing.finish('/out'), /no marker/);

  const empty = state(new OrderedIndexer(fakeIndex().index, [], upper));
  await new Promise((r) => setImmediate(r));
  assert.equal(empty(), true, 'nothing to wait for');
});
