// Quality gates on the built site (run after `npm run build`): page weight budgets, a link
// crawl (internal links, anchors, assets; every page reachable from home and in the
// sitemap) and completeness (every content file reaches its page, the search index, a
// card and, when located, the map). Figures are printed as test diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { htmlFiles, isRedirectPage, pageFiles } from '../src/integrations/cards.ts';
import { scanContent } from '../src/lib/content-files.ts';
import { cardPath } from '../src/lib/card-paths.ts';
import { ROUTE_SEGMENTS } from '../src/lib/collections.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const scan = scanContent(root);
const built = existsSync(join(dist, 'index.html'));
const skip = built ? false : 'needs a build (npm run build)';

/** Budgets in bytes, gzip. Starlight's own: HTML 7 kB, CSS 16.75 kB, JS 27 kB. */
const BUDGET = {
  entryHtmlMedian: 7000,
  entryHtmlMax: 14000, // hub pages with long backlink lists (the article, Haidian)
  entryCss: 8000,
  entryJs: 2000, // the search and mini-map loaders; everything else loads on use
  mapJs: 70000, // the map page with Leaflet and clustering, all chunks it loads
};

const gz = (path: string) => gzipSync(readFileSync(path)).length;
const pathOf = (file: string) => `/${relative(dist, file).split('\\').join('/')}`.replace(/index\.html$/, '');

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

const entryPages = [...scan.graph.nodes.values()].map((n) => ({ node: n, file: join(dist, n.path, 'index.html') }));

test('page weight: entry pages and the map page stay within their budgets', { skip }, (t) => {
  const html = entryPages.map(({ node, file }) => ({ slug: node.slug, size: gz(file), page: readFileSync(file, 'utf8') })).sort((a, b) => a.size - b.size);
  const median = html[Math.floor(html.length / 2)]!.size;
  t.diagnostic(`entry HTML gzip: median ${median} B, max ${html.at(-1)!.size} B (${html.at(-1)!.slug}); budgets ${BUDGET.entryHtmlMedian} / ${BUDGET.entryHtmlMax}`);
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
  const map = readFileSync(join(dist, 'karte', 'index.html'), 'utf8');
  const mapJs = [...scriptClosure(map, true)].reduce((sum, src) => sum + gz(join(dist, src)), 0);
  t.diagnostic(`map page JS gzip incl. dynamic chunks: ${mapJs} B (budget ${BUDGET.mapJs})`);
  assert.ok(mapJs <= BUDGET.mapJs, `map page JS ${mapJs} B`);
});

test('links: no broken internal link, anchor or asset; every page reachable from home and in the sitemap', { skip }, (t) => {
  const pages = htmlFiles(dist);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  const links = new Map<string, string[]>();
  let checked = 0;
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const here = pathOf(file);
    const out: string[] = [];
    for (const m of html.matchAll(/<(a|link|script|img|source)\b[^>]*?\s(?:href|src)="([^"]+)"/g)) {
      const [, tag, raw] = m as unknown as [string, string, string];
      if (/^(mailto:|data:)/.test(raw)) continue;
      if (/^https?:\/\//.test(raw)) {
        assert.ok(tag === 'a' || (tag === 'link' && /rel="canonical"/.test(m[0])), `${here}: <${tag}> loads ${raw} from another site`);
        continue;
      }
      const url = new URL(raw, `http://x${here}`);
      const target = url.pathname.endsWith('/') ? join(dist, decodeURIComponent(url.pathname), 'index.html') : join(dist, decodeURIComponent(url.pathname));
      assert.ok(existsSync(target), `${here}: broken <${tag}> ${raw}`);
      if (url.hash && target.endsWith('.html')) assert.ok(idsOf(target).has(decodeURIComponent(url.hash.slice(1))), `${here}: missing anchor ${raw}`);
      if (tag === 'a' && target.endsWith('.html')) out.push(target);
      checked++;
    }
    links.set(file, out);
  }
  t.diagnostic(`${checked} internal links and assets checked on ${pages.length} pages`);
  const home = join(dist, 'index.html');
  const reached = new Set([home]);
  const queue = [home];
  while (queue.length) for (const next of links.get(queue.pop()!) ?? []) if (!reached.has(next)) reached.add(next), queue.push(next);
  const content = pageFiles(dist).filter((f) => !f.endsWith('404.html'));
  const unreached = content.filter((f) => !reached.has(f)).map(pathOf);
  assert.deepEqual(unreached, [], 'pages not reachable from the home page');
  const sitemap = new Set([...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  assert.deepEqual(content.map(pathOf).filter((p) => !sitemap.has(p)), [], 'pages missing from sitemap.xml');
  assert.equal(sitemap.size, content.length);
});

test('completeness: every content file reaches its page, the search index, a card and (if located) the map', { skip }, (t) => {
  const files = scan.entries.length;
  const pages = entryPages.filter(({ file }) => existsSync(file) && !isRedirectPage(readFileSync(file, 'utf8'))).length;
  const search = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.de.page_count as number;
  const cards = [...scan.graph.nodes.values()].filter((n) => existsSync(join(dist, cardPath(n.path)))).length;
  const located = [...scan.graph.nodes.values()].filter((n) => n.pin).length;
  const features = JSON.parse(readFileSync(join(dist, 'atlas.geojson'), 'utf8')).features.length as number;
  const segments = Object.values(ROUTE_SEGMENTS).length;
  t.diagnostic(`content files ${files}; entry pages ${pages}; search records ${search}; entry cards ${cards}; located entries ${located}; map features ${features}; collections ${segments}`);
  assert.equal(pages, files);
  assert.equal(search, files);
  assert.equal(cards, files);
  assert.equal(features, located);
});
