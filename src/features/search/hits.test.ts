// Unit tests for the pure part of hits.ts: a Pagefind result turned into what the atlas shows.
// (Drawing a hit needs a DOM: the end-to-end tests cover it.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hit } from './hits.ts';

const result = (meta: Record<string, string>, url = '/unternehmen/zhipu/', excerpt = 'Die <mark>Zhipu</mark> AG') => ({ data: async () => ({ url, excerpt, meta }) });

test('takes title, Chinese name, labels, excerpt and summary from the result', async () => {
  const shown = await hit(result({ title: 'Zhipu', name_zh: '智谱华章', collection: 'Unternehmen', kind: 'Large Models', summary: 'Ein Unternehmen.' }));
  assert.deepEqual(shown, { url: '/unternehmen/zhipu/', title: 'Zhipu', nameZh: '智谱华章', collection: 'Unternehmen', kind: 'Large Models', excerpt: 'Die <mark>Zhipu</mark> AG', summary: 'Ein Unternehmen.' });
});

test('leaves the Chinese name out when there is none, and falls back to the URL as title', async () => {
  const shown = await hit(result({}, '/orte/x/', ''));
  assert.deepEqual(shown, { url: '/orte/x/', title: '/orte/x/', collection: '', kind: '', excerpt: '', summary: '' });
  assert.equal('nameZh' in shown, false);
});

test('an empty Chinese name counts as none', async () => {
  assert.equal('nameZh' in (await hit(result({ title: 'X', name_zh: '' }))), false);
});
