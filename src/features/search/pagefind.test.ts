// Unit tests for the pure part of pagefind.ts: re-ranking the best results by name (the bundle's address: strings.test.ts).
// (Loading the bundle itself needs a browser: the end-to-end tests cover it.)
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ranked, RERANK_DEPTH, type PagefindResult, type PagefindResultData } from './pagefind.ts';

describe('ranked', () => {
  /** A result whose data counts how often it is loaded. */
  function result(id: string, score: number, meta: Record<string, string>, loads: Map<string, number>): PagefindResult {
    const data: PagefindResultData = { url: `/${id}/`, excerpt: `… ${id} …`, meta };
    return { id, score, data: async () => (loads.set(id, (loads.get(id) ?? 0) + 1), data) };
  }

  test('re-ranks by the names in the metadata: title, English and Chinese name, pinyin, article wording', async () => {
    const loads = new Map<string, number>();
    const results = [
      result('figure', 10, { title: 'Gründungsjahr des Instituts für Automatisierung', primary: '0' }, loads),
      result('institute', 6, { title: 'CASIA', name_en: 'Institut für Automatisierung', primary: '1' }, loads),
      result('moon', 5, { title: 'Moonshot', name_zh: '月之暗面', article_name: 'DarkSide', pinyin: 'Yuè zhī àn miàn', primary: '1' }, loads),
    ];
    assert.deepEqual((await ranked('Institut für Automatisierung', results)).map((r) => r.id), ['institute', 'figure', 'moon']);
    assert.deepEqual((await ranked('月之暗面', results)).map((r) => r.id), ['moon', 'figure', 'institute']);
    assert.deepEqual((await ranked('DarkSide', results)).map((r) => r.id), ['moon', 'figure', 'institute']);
    assert.deepEqual((await ranked('yue zhi an mian', results)).map((r) => r.id), ['moon', 'figure', 'institute']);
  });

  test('only a primary meta of "1" counts as primary', async () => {
    const loads = new Map<string, number>();
    const out = await ranked('x', [result('a', 1, { title: 'A', primary: '1' }, loads), result('b', 1, { title: 'B', primary: 'yes' }, loads), result('c', 1, { title: 'C' }, loads)]);
    assert.deepEqual(out.map((r) => (r as unknown as { primary: boolean }).primary), [true, false, false]);
  });

  test('keeps the loaded data on the result, and data() no longer loads again', async () => {
    const loads = new Map<string, number>();
    const [first] = await ranked('Zhipu', [result('zhipu', 1, { title: 'Zhipu' }, loads)]);
    assert.deepEqual(first!.loaded, { url: '/zhipu/', excerpt: '… zhipu …', meta: { title: 'Zhipu' } });
    assert.equal(await first!.data(), first!.loaded);
    assert.equal(loads.get('zhipu'), 1);
  });

  test(`loads and re-ranks only the first ${RERANK_DEPTH} results; the rest follow in Pagefind's order`, async () => {
    assert.equal(RERANK_DEPTH, 24);
    const loads = new Map<string, number>();
    const results = Array.from({ length: 30 }, (_, i) => result(`r${i}`, 100 - i, { title: i === 23 || i === 26 ? 'Zhipu' : `Eintrag ${i}` }, loads));
    const out = await ranked('Zhipu', results);
    assert.deepEqual(out.map((r) => r.id).slice(0, 2), ['r23', 'r0']);
    assert.deepEqual(out.map((r) => r.id).slice(24), ['r24', 'r25', 'r26', 'r27', 'r28', 'r29']);
    assert.equal(out.length, 30);
    assert.equal(loads.size, 24);
    assert.equal(loads.has('r24'), false);
    assert.equal(out[26], results[26], 'results beyond the depth are passed through untouched');
  });

  test('no results give no results', async () => {
    assert.deepEqual(await ranked('Zhipu', []), []);
  });
});
