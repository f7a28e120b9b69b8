// Unit tests for render.ts and pool.ts: a card becomes a 1200×630 palette PNG, also in the worker pool.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCardFonts } from './fonts.ts';
import { renderCard, type CardJob } from './render.ts';
import { cardThreads, renderInPool } from './pool.ts';

const job: CardJob = {
  page: '/unternehmen/zhipu/',
  source: 'content/companies/zhipu.mdx',
  input: { title: 'Zhipu', badge: 'Unternehmen', kind: 'Large Models', nameZh: '智谱华章', summary: 'Large-Model-Unternehmen aus der KEG der Tsinghua-Universität.' },
  context: { siteName: 'Haidian Innovation Atlas', host: 'example.org', footer: 'KI-Ökosystem Haidian · 海淀', lang: 'de' },
};

/** Width, height, bit depth and colour type from a PNG's header chunk. */
function pngHeader(png: Buffer) {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), depth: png[24], colourType: png[25] };
}

describe('renderCard', () => {
  test('renders a 1200×630 PNG with a colour palette', async () => {
    const png = await renderCard(job, loadCardFonts());
    assert.deepEqual(pngHeader(png), { width: 1200, height: 630, depth: 8, colourType: 3 });
  });
});

describe('renderInPool', () => {
  test('uses every core, at most four threads', () => {
    assert.ok(cardThreads() >= 1 && cardThreads() <= 4);
  });

  test('does nothing for no cards', async () => {
    await renderInPool([]);
  });

  test('renders each card into its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-pool-'));
    try {
      await renderInPool([{ job, file: join(dir, 'a.png') }, { job: { ...job, input: { ...job.input, title: 'Baidu' } }, file: join(dir, 'b.png') }], 2);
      for (const name of ['a.png', 'b.png']) assert.deepEqual(pngHeader(readFileSync(join(dir, name))), { width: 1200, height: 630, depth: 8, colourType: 3 }, name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a card that cannot be written fails twice and names its source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-pool-'));
    try {
      await assert.rejects(renderInPool([{ job, file: join(dir, 'missing-folder', 'x.png') }], 1), (error: Error) => {
        assert.match(error.message, /^rendering the card of content\/companies\/zhipu\.mdx failed: .*ENOENT.* \(first attempt: .*ENOENT.*\)$/);
        return true;
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
