// Quality gates on the built site (run after `npm run build`): page weight budgets, a link
// crawl (internal links, anchors, assets under the base path; every page reachable from home
// and in the sitemap) and completeness (every content file reaches its page, the search index,
// a card and, when located, the map). Figures are printed as test diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './lib/project.ts';
import { crawl, htmlFiles, isRedirect, sitemapUrls, urlOf } from './lib/site.ts';
import { SEGMENTS } from '../src/site/segments.ts';

const dist = join(root, 'dist');
const base = '/';
const origin = 'https://haidian-atlas.example.org';

/** Budgets in bytes, gzip. Starlight's own: HTML 7 kB, CSS 16.75 kB, JS 27 kB. */
const BUDGET = {
  entryHtmlMedian: 5500,
  entryHtml: 7000, // the goal for every entry page (issue #15); the pages over it are listed
  entryHtmlMax: 10500, // the district (13 quotes, long notes), the one page far over the goal
  entryCss: 8000,
  entryJs: 2000, // the search and mini-map loaders; everything else loads on use
  mapJs: 70000, // the map page with Leaflet and clustering, all chunks it loads
};

const gz = (path: string) => gzipSync(readFileSync(path)).length;

/** The content files, counted on disk (not through the atlas the build made). */
const contentFiles = readdirSync(join(root, 'content'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, 'content', d.name)).filter((f) => /\.(mdx|yaml)$/.test(f) && !/\.[a-z]{2}\.(mdx|yaml)$/.test(f)).map((f) => ({ collection: d.name, slug: f.replace(/\.(mdx|yaml)$/, '') })));

/** Script files a page loads, with the modules they import (static and, when `dynamic`, dynamic). */
function scriptClosure(html: string, dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const src = queue.pop()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    const pattern = dynamic ? /(?:from|import\()\s*["'`](\.\/[^"'`]+\.js)["'`]/g : /from\s*["'`](\.\/[^"'`]+\.js)["'`]/g;
    for (const m of code.matchAll(pattern)) queue.push(join(dirname(src), m[1]!).split('\\').join('/'));
    if (!dynamic) for (const m of code.matchAll(/^import\s*["'`](\.\/[^"'`]+\.js)["'`]/gm)) queue.push(join(dirname(src), m[1]!).split('\\').join('/'));
  }
  return seen;
}

const entryFile = (collection: string, slug: string, lang: 'de' | 'en' = 'de') => join(dist, SEGMENTS[lang].prefix, SEGMENTS[lang].collections[collection as keyof typeof SEGMENTS.de.collections], slug, 'index.html');

test('the build exists (npm run build first)', () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/index.html is missing: run npm run build');
});

test('page weight: entry pages (both editions) and the map page stay within their budgets', (t) => {
  const html = contentFiles.flatMap((e) => (['de', 'en'] as const).map((lang) => ({ slug: `${lang}:${e.slug}`, file: entryFile(e.collection, e.slug, lang) }))).map(({ slug, file }) => ({ slug, size: gz(file), page: readFileSync(file, 'utf8') })).sort((a, b) => a.size - b.size);
  const median = html[Math.floor(html.length / 2)]!.size;
  t.diagnostic(`entry HTML gzip: median ${median} B, max ${html.at(-1)!.size} B (${html.at(-1)!.slug}); budgets ${BUDGET.entryHtmlMedian} / ${BUDGET.entryHtmlMax}`);
  const over = html.filter((p) => p.size > BUDGET.entryHtml);
  t.diagnostic(`entry pages over ${BUDGET.entryHtml} B: ${over.length} of ${html.length}${over.length ? ` (${over.map((p) => `${p.slug} ${p.size}`).join(', ')})` : ''}`);
  assert.ok(median <= BUDGET.entryHtmlMedian, `median entry HTML ${median} B`);
  for (const { slug, size } of html) assert.ok(size <= BUDGET.entryHtmlMax, `${slug}: ${size} B HTML`);
  let maxCss = 0;
  let maxJs = 0;
  for (const { slug, page } of html) {
    const css = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + gz(join(dist, m[1]!)), 0);
    const js = [...scriptClosure(page, false)].reduce((sum, src) => sum + gz(join(dist, src)), 0);
    assert.ok(css <= BUDGET.entryCss, `${slug}: ${css} B CSS`);
    assert.ok(js <= BUDGET.entryJs, `${slug}: ${js} B JS before the visitor searches`);
    assert.doesNotMatch(page, /<style/, `${slug}: inline <style> (stylesheets belong in files)`);
    maxCss = Math.max(maxCss, css);
    maxJs = Math.max(maxJs, js);
  }
  t.diagnostic(`entry CSS gzip max ${maxCss} B (budget ${BUDGET.entryCss}); entry JS before searching max ${maxJs} B (budget ${BUDGET.entryJs})`);
  for (const mapPage of [join(dist, 'karte', 'index.html'), join(dist, 'en', 'map', 'index.html')]) {
    const map = readFileSync(mapPage, 'utf8');
    const mapJs = [...scriptClosure(map, true)].reduce((sum, src) => sum + gz(join(dist, src)), 0);
    t.diagnostic(`${mapPage.slice(dist.length)} JS gzip incl. dynamic chunks: ${mapJs} B (budget ${BUDGET.mapJs})`);
    assert.ok(mapJs <= BUDGET.mapJs, `map page JS ${mapJs} B`);
  }
});

test('links: no broken internal link, anchor or asset, nothing outside the site; every page reachable and in the sitemap', (t) => {
  const found = crawl(dist, base, origin);
  t.diagnostic(`${found.checked} internal links and assets checked on ${found.pages} pages`);
  assert.deepEqual(found.broken, []);
  assert.deepEqual(found.outside, []);
  assert.deepEqual(found.thirdParty, []);
  assert.deepEqual(found.unreached, [], 'pages not reachable from the home page');
  const listed = new Set(sitemapUrls(dist).map((u) => new URL(u).pathname));
  const pages = htmlFiles(dist).filter((f) => !f.endsWith('404.html') && !isRedirect(readFileSync(f, 'utf8'))).map((f) => urlOf(dist, f, base));
  assert.deepEqual(pages.filter((p) => !listed.has(p)), [], 'pages missing from the sitemap');
  assert.equal(listed.size, pages.length, 'the sitemap lists pages that were not built');
});

test('completeness: every content file reaches its page, the search index, a card and (if located) the map', (t) => {
  const files = contentFiles.length;
  const pages = contentFiles.filter((e) => existsSync(entryFile(e.collection, e.slug)) && !isRedirect(readFileSync(entryFile(e.collection, e.slug), 'utf8'))).length;
  const search = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.de.page_count as number;
  const searchEn = JSON.parse(readFileSync(join(dist, 'en', 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.en.page_count as number;
  const cards = contentFiles.filter((e) => existsSync(join(dist, 'og', SEGMENTS.de.collections[e.collection as keyof typeof SEGMENTS.de.collections], `${e.slug}.png`))).length;
  const geojson = JSON.parse(readFileSync(join(dist, 'atlas.geojson'), 'utf8')) as { features: Array<{ properties: { slug: string; url: string } }> };
  const located = contentFiles.filter((e) => /^\s*(lat:|located_in:)/m.test(readFileSync(join(root, 'content', e.collection, `${e.slug}.${e.collection === 'sources' || e.collection === 'figures' || e.collection === 'events' ? 'yaml' : 'mdx'}`), 'utf8'))).length;
  t.diagnostic(`content files ${files}; entry pages ${pages}; search records ${search} (English bundle ${searchEn}); entry cards ${cards}; map features ${geojson.features.length} (entries with coordinates or located_in: ${located})`);
  assert.equal(pages, files);
  assert.equal(search, files);
  assert.equal(searchEn, files, 'the English bundle has every entry too');
  assert.equal(cards, files);
  assert.ok(geojson.features.length > 0 && geojson.features.length <= located, 'every map feature is an entry with coordinates or a place it is located in');
  for (const f of geojson.features) assert.ok(existsSync(join(dist, new URL(f.properties.url, origin).pathname, 'index.html')), `${f.properties.slug}: ${f.properties.url}`);
});
