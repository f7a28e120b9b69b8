// Unit tests for render.ts: a card becomes a 1200×630 palette PNG (the pool: pool.test.ts).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadCardFonts } from './fonts.ts';
import { cardSvg, renderCard, type CardJob } from './render.ts';
import { locatorSvg } from './layout.ts';

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

describe('cardSvg', () => {
  // resvg rasterises every clip path into a mask of its own; a CSS border makes Satori draw three.
  test('draws the bar, the outlined kind badge and the footer rule without clip paths', async () => {
    const svg = await cardSvg(job, loadCardFonts());
    assert.doesNotMatch(svg, /clip-path|<clipPath/);
    // The bar along the top, and the rule above the footer, as filled boxes in their colours.
    assert.match(svg, /<rect x="0" y="0" width="1200" height="14" fill="#0d5c63"\/>/);
    assert.match(svg, /<rect x="64" y="\d+(\.\d+)?" width="1072" height="2" fill="#d9d5c9"\/>/);
  });

  test('with a locator, the only clip path is the one Satori puts around the image', async () => {
    const ring: Array<[number, number]> = [[116.2, 39.9], [116.4, 39.9], [116.4, 40.1], [116.2, 40.1], [116.2, 39.9]];
    const svg = await cardSvg({ ...job, context: { ...job.context, locator: locatorSvg(ring, 116.3, 40.0, false) } }, loadCardFonts());
    assert.equal(svg.match(/clip-path="/g)?.length, 1);
    assert.match(svg, /<image [^>]*clip-path="url\(#satori_cp-/);
  });
});
