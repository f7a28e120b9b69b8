// A build for a project site (ATLAS_SITE_URL=https://owner.github.io/atlas/, made by
// `npm run build:subpath` into dist-subpath/) keeps everything under /atlas/: every internal
// link, stylesheet, script, download and card; canonical, og:url and og:image; the sitemap and
// robots.txt; alias redirects; the 404 page; _headers. Expectations are hand-written URLs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/project.ts';
import { crawl, sitemapUrls } from './lib/site.ts';

const dist = join(root, 'dist-subpath');
const base = '/atlas/';
const origin = 'https://owner.github.io';
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

test('the sub-path build exists (npm run build:subpath)', () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist-subpath/index.html is missing: run npm run build:subpath');
});

test('a crawl of every page finds no broken link and no URL outside /atlas/', (t) => {
  const found = crawl(dist, base, origin);
  t.diagnostic(`${found.checked} internal links and assets checked on ${found.pages} pages under ${base}`);
  assert.ok(found.pages > 250);
  assert.deepEqual(found.broken, []);
  assert.deepEqual(found.outside, []);
  assert.deepEqual(found.thirdParty, []);
  assert.deepEqual(found.unreached, []);
});

test('canonical, og:url and og:image of an entry page carry the path', () => {
  const html = page('unternehmen/zhipu');
  assert.match(html, /<link rel="canonical" href="https:\/\/owner\.github\.io\/atlas\/unternehmen\/zhipu\/">/);
  assert.match(html, /<meta property="og:url" content="https:\/\/owner\.github\.io\/atlas\/unternehmen\/zhipu\/">/);
  assert.match(html, /<meta property="og:image" content="https:\/\/owner\.github\.io\/atlas\/og\/unternehmen\/zhipu\.png">/);
  assert.ok(existsSync(join(dist, 'og', 'unternehmen', 'zhipu.png')));
});

test('scripts and stylesheets load from /atlas/_astro/, the map data from /atlas/', () => {
  const map = page('karte');
  assert.match(map, /<link rel="stylesheet" href="\/atlas\/_astro\/[^"]+\.css">/);
  assert.match(map, /<script type="module" src="\/atlas\/_astro\/[^"]+\.js">/);
  assert.match(map, /data-geojson="\/atlas\/atlas\.geojson"/);
  assert.match(map, /data-boundary="\/atlas\/haidian\.geojson"/);
  assert.doesNotMatch(map, /(href|src|data-[a-z]+)="\/(?!atlas\/)[^"]*"/);
});

test('the sitemap and robots.txt list absolute URLs under /atlas/', () => {
  const urls = sitemapUrls(dist);
  assert.ok(urls.length > 250);
  assert.deepEqual(urls.filter((u) => !u.startsWith('https://owner.github.io/atlas/')), []);
  assert.ok(urls.includes('https://owner.github.io/atlas/unternehmen/zhipu/'));
  assert.equal(readFileSync(join(dist, 'robots.txt'), 'utf8'), 'User-agent: *\nAllow: /\n\nSitemap: https://owner.github.io/atlas/sitemap-index.xml\n');
});

test('a former slug forwards to the page under /atlas/', () => {
  const html = page('unternehmen/darkside');
  assert.match(html, /<meta http-equiv="refresh" content="0; url=\/atlas\/unternehmen\/moonshot-ai\/">/);
  assert.match(html, /<link rel="canonical" href="https:\/\/owner\.github\.io\/atlas\/unternehmen\/moonshot-ai\/">/);
});

test('the 404 page links into /atlas/ from any depth', () => {
  const html = readFileSync(join(dist, '404.html'), 'utf8');
  assert.match(html, /<a href="\/atlas\/">/);
  assert.match(html, /<a href="\/atlas\/unternehmen\/">/);
});

test('_headers applies the policy to /atlas/*', () => {
  assert.match(readFileSync(join(dist, '_headers'), 'utf8'), /^\/atlas\/\*\n {2}Content-Security-Policy: default-src 'self';/);
});
