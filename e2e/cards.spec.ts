import { test, expect } from './fixtures.ts';
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPages, contentFiles, dist, entry, nameOf, pathOfFile } from './content.ts';

test.describe.configure({ mode: 'parallel' });

/** The deploy address the build was made for (the default of src/site/config.ts, or ATLAS_SITE_URL). */
const site = new URL(process.env['ATLAS_SITE_URL'] ?? 'https://haidian-atlas.example.org/');

/** The content of a page's `<meta property|name=key>`. */
function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta[^>]+(?:property|name)="${key}"[^>]+content="([^"]*)"`).exec(html)?.[1];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Where a page's card must be: `/` → /og/index.png, `/orte/x/` → /og/orte/x.png (hand-written rule). */
const cardPath = (path: string) => `/og${path === '/' ? '/index' : path.replace(/\/$/, '').replace(/\.html$/, '')}.png`;

const pages = builtPages();
const notFound = join(dist, '404.html');

/** Checks one built page's social meta tags and its card. */
function checkCard(file: string): void {
  const page = relative(dist, file);
  const html = readFileSync(file, 'utf8');
  for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:type', 'og:locale', 'og:site_name', 'og:url', 'twitter:card', 'twitter:image']) {
    expect(meta(html, key), `${page} lacks ${key}`).toBeTruthy();
  }
  expect(meta(html, 'og:image:width'), page).toBe('1200');
  expect(meta(html, 'og:image:height'), page).toBe('630');
  expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
  expect(meta(html, 'og:locale'), page).toBe(page.startsWith('en/') ? 'en_US' : 'de_DE');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  expect(canonical, page).toMatch(new RegExp(`^${site.origin}/`));
  const image = meta(html, 'og:image')!;
  expect(image, page).toBe(`${site.origin}${site.pathname.replace(/\/$/, '')}${cardPath(pathOfFile(file))}`);
  expect(meta(html, 'twitter:image'), page).toBe(image);
  const png = join(dist, cardPath(pathOfFile(file)));
  expect(existsSync(png), `${page}: ${png} missing`).toBe(true);
  expect(pngSize(png), page).toEqual({ width: 1200, height: 630 });
}

test('every page has the social meta tags, absolute, and a 1200×630 PNG card', () => {
  expect(pages.length).toBeGreaterThan(250);
  for (const file of pages.filter((f) => f !== notFound)) checkCard(file);
  // Every entry has its card.
  for (const f of contentFiles()) expect(existsSync(join(dist, cardPath(f.path))), f.path).toBe(true);
});

test('the 404 page shares the home page’s card, which exists', () => {
  expect(pages).toContain(notFound);
  const html = readFileSync(notFound, 'utf8');
  const image = meta(html, 'og:image')!;
  // The 404 page is outside the route table: it has no card of its own and uses the home page's.
  expect(image).toBe(`${site.origin}${site.pathname.replace(/\/$/, '')}${cardPath('/')}`);
  expect(meta(html, 'twitter:image')).toBe(image);
  expect(existsSync(join(dist, cardPath('/')))).toBe(true);
});

test('forwarding pages at former slugs get no card and are not indexed', () => {
  const forwarding = contentFiles().flatMap((f) => (Array.isArray(f.data['aliases']) ? (f.data['aliases'] as string[]).map((alias) => `/${f.path.split('/')[1]}/${alias}/`) : []));
  expect(forwarding.length).toBeGreaterThan(0);
  for (const path of forwarding) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    expect(html, path).toMatch(/<meta name="robots" content="noindex"/);
    expect(existsSync(join(dist, cardPath(path))), path).toBe(false);
  }
});

test('entry pages are articles, other pages websites', () => {
  const zhipu = readFileSync(join(dist, 'unternehmen', 'zhipu', 'index.html'), 'utf8');
  expect(meta(zhipu, 'og:type')).toBe('article');
  expect(meta(zhipu, 'og:title')).toBe(nameOf(entry('zhipu')));
  const moonshot = readFileSync(join(dist, 'unternehmen', 'moonshot-ai', 'index.html'), 'utf8');
  expect(meta(moonshot, 'og:title')).toBe(nameOf(entry('moonshot-ai')));
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  expect(meta(home, 'og:type')).toBe('website');
});

test('the card image is served as a PNG', async ({ request }) => {
  const response = await request.get('/og/unternehmen/zhipu.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).length).toBeGreaterThan(5000);
});
