// Unit tests for render.ts: a card becomes a 1200×630 palette PNG (the pool: pool.test.ts).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadCardFonts } from './fonts.ts';
import { renderCard, type CardJob } from './render.ts';

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
