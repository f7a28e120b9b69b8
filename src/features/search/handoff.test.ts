// Unit tests for handoff.ts: rendered pages reach the open indexer, decoded, and pass untouched otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openIndexer, pageRendered, takeIndexer } from './handoff.ts';
import { EditionIndexes } from './editions.ts';
import type { PagefindIndex } from './indexer.ts';

function recordingIndex() {
  const added: Array<{ url: string; content: string }> = [];
  const index: PagefindIndex = {
    addHTMLFile: async (file) => {
      added.push(file);
      return { errors: [], file: { uniqueWords: 1 } };
    },
    writeFiles: async () => ({ errors: [] }),
  };
  return { index, added };
}

/** Indexes of one edition over `paths`, in a service that opens `index`. */
function editions(index: PagefindIndex, paths: string[]) {
  return new EditionIndexes([{ lang: 'de', paths, outputPath: '/out' }], (_path, html) => html, { open: async () => index, close: async () => {} });
}

test('without an open indexer a page passes untouched, whatever its path', () => {
  takeIndexer();
  const response = new Response('<html></html>');
  assert.equal(pageRendered('/unternehmen/zhipu/', response), response);
  assert.equal(pageRendered('/%E0%A4%A/', response), response);
  assert.equal(response.bodyUsed, false);
});

test('an open indexer gets a copy of the pages it wants, by decoded path; the response goes on unread', async () => {
  const { index, added } = recordingIndex();
  const indexer = editions(index, ['/orte/wudaokou/', '/orte/straße/']);
  openIndexer(indexer);
  const pages = { '/orte/wudaokou/': '<p>Wudaokou</p>', '/orte/stra%C3%9Fe/': '<p>Straße</p>', '/karte/': '<p>Karte</p>', '/%E0%A4%A/': '<p>kaputt</p>' };
  for (const [pathname, html] of Object.entries(pages)) {
    const response = new Response(html);
    assert.equal(pageRendered(pathname, response), response);
    assert.equal(await response.text(), html);
  }
  assert.equal(takeIndexer(), indexer);
  assert.equal(takeIndexer(), undefined);
  await indexer.finish();
  assert.deepEqual(added, [
    { url: '/orte/wudaokou/', content: '<p>Wudaokou</p>' },
    { url: '/orte/straße/', content: '<p>Straße</p>' },
  ]);
});

test('the indexer is kept under the registered symbol the bundled copy of the middleware looks up', () => {
  const indexer = editions(recordingIndex().index, []);
  openIndexer(indexer);
  const holder = (globalThis as unknown as Record<symbol, { indexer?: unknown }>)[Symbol.for('haidian-atlas.search-indexer')];
  assert.equal(holder?.indexer, indexer);
  takeIndexer();
  assert.equal(holder?.indexer, undefined);
});
