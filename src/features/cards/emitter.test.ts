// Unit tests for the pure part of the card emitter: which pages get a card, from which data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { routes } from '../../site/routes.ts';
import { cardJobs } from './emitter.ts';
import { atlasOf } from '../../atlas/test-atlas.ts';


const atlas = atlasOf({
  'sources/article.yaml': { name: 'Der Artikel', kind: 'article', summary: 'Reportage über Haidian und seine KI-Firmen.', language: 'de' },
  'companies/zhipu.mdx': { name: 'Zhipu', kind: 'large-model', summary: 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.', aliases: ['zhipu-ai'], sources: [{ source: 'article', quote: 'ein Zitat' }] },
});
const table = routes(atlas);
const jobs = cardJobs(atlas, table);

test('every page gets a card except the forwarding pages at former slugs (one per edition)', () => {
  assert.equal(jobs.length, table.length - 2);
  assert.ok(!jobs.some((j) => j.page === '/unternehmen/zhipu-ai/' || j.page === '/en/companies/zhipu-ai/'));
  assert.equal(new Set(jobs.map((j) => j.page)).size, jobs.length);
});

test("an entry's card comes from its data and names its file as the source", () => {
  const zhipu = jobs.find((j) => j.page === '/unternehmen/zhipu/')!;
  assert.equal(zhipu.source, 'content/companies/zhipu.mdx');
  assert.equal(zhipu.input.title, 'Zhipu');
  assert.equal(zhipu.input.kind, 'Large Models');
  assert.equal(zhipu.input.summary, 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.');
});

test("another page's card comes from its route meta and names its path as the source", () => {
  const map = jobs.find((j) => j.page === '/karte/')!;
  assert.equal(map.source, '/karte/');
  assert.deepEqual([map.input.title, map.input.badge], ['Karte', 'Karte']);
  const home = jobs.find((j) => j.page === '/')!;
  assert.deepEqual([home.input.title, home.input.badge], ['Haidian Innovation Atlas', 'Übersicht']);
});
