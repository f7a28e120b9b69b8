import { test, expect } from './fixtures.ts';
import { readFileSync, existsSync } from 'node:fs';
import { pageFiles } from '../src/integrations/cards.ts';
import { join, relative } from 'node:path';
import { root } from './content.ts';
import { SITE } from '../src/config.ts';

const dist = join(root, 'dist');

function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta[^>]+(?:property|name)="${key.replace(/:/g, ':')}"[^>]+content="([^"]*)"`).exec(html)?.[1];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const pages = pageFiles(dist);

test('every HTML page has the social meta tags, absolute, and a 1200×630 PNG card', () => {
  expect(pages.length).toBeGreaterThan(250);
  const origin = new URL(SITE.url).origin;
  for (const file of pages) {
    const page = relative(dist, file);
    const html = readFileSync(file, 'utf8');
    for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:type', 'og:locale', 'og:site_name', 'og:url', 'twitter:card', 'twitter:image']) {
      expect(meta(html, key), `${page} lacks ${key}`).toBeTruthy();
    }
    expect(meta(html, 'og:image:width'), page).toBe('1200');
    expect(meta(html, 'og:image:height'), page).toBe('630');
    expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
    expect(meta(html, 'og:locale'), page).toBe('de_DE');
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical, page).toMatch(new RegExp(`^${origin}/`));
    const image = meta(html, 'og:image')!;
    expect(image.startsWith(`${origin}/og/`), `${page}: ${image}`).toBe(true);
    const png = join(dist, new URL(image).pathname);
    expect(existsSync(png), `${page}: ${png} missing`).toBe(true);
    expect(pngSize(png), page).toEqual({ width: 1200, height: 630 });
  }
});

test('entry pages are articles, other pages websites', () => {
  const zhipu = readFileSync(join(dist, 'unternehmen', 'zhipu', 'index.html'), 'utf8');
  expect(meta(zhipu, 'og:type')).toBe('article');
  expect(meta(zhipu, 'og:title')).toBe('Zhipu');
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  expect(meta(home, 'og:type')).toBe('website');
});

test('the card image is served as a PNG', async ({ request }) => {
  const response = await request.get('/og/unternehmen/zhipu.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).length).toBeGreaterThan(5000);
});
