// Unit tests for the pure part of the card emitter: which pages get a card, from which data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { routes } from '../../site/routes.ts';
import { cardJobs, placeCard } from './emitter.ts';
import { atlasOf } from '../../atlas/test-atlas.ts';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';


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

test('a cached card is hard-linked into the output, replacing what was there', () => {
  const dir = mkdtempSync(join(tmpdir(), 'place-card-'));
  const cached = join(dir, 'cached.png');
  const target = join(dir, 'og.png');
  writeFileSync(cached, 'PNG bytes');
  writeFileSync(target, 'an older card');
  placeCard(cached, target);
  assert.equal(readFileSync(target, 'utf8'), 'PNG bytes');
  assert.equal(statSync(target).ino, statSync(cached).ino);
  assert.equal(statSync(cached).nlink, 2);
  rmSync(dir, { recursive: true });
});

test('where no hard link can be made (another file system) the card is copied', () => {
  const dir = mkdtempSync(join(tmpdir(), 'place-card-'));
  const cached = join(dir, 'cached.png');
  const target = join(dir, 'og.png');
  writeFileSync(cached, 'PNG bytes');
  placeCard(cached, target, () => {
    throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
  });
  assert.equal(readFileSync(target, 'utf8'), 'PNG bytes');
  assert.notEqual(statSync(target).ino, statSync(cached).ino);
  assert.equal(statSync(cached).nlink, 1);
  rmSync(dir, { recursive: true });
});
