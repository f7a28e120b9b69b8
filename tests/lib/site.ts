/**
 * Reading a built site the way a visitor's browser and a crawler would: its pages, the links
 * and assets they reference under the base path, anchors, the sitemap. Used by the quality
 * gates of the root build (tests/quality.test.ts) and of the sub-path build (tests/subpath.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every built HTML file under `dist` (without the search bundle, cards and assets). */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true }).flatMap((d) => {
    const path = join(dist, d.name);
    if (d.isDirectory()) return ['pagefind', 'og', '_astro'].includes(d.name) ? [] : htmlFiles(path);
    return d.name.endsWith('.html') ? [path] : [];
  });
}

/** True for the small pages at former slugs that only forward to the current page. */
export function isRedirect(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html);
}

/** The URL path of a built file under the base path: dist/karte/index.html → /atlas/karte/. */
export function urlOf(dist: string, file: string, base: string): string {
  return `${base.replace(/\/$/, '')}/${relative(dist, file).split('\\').join('/')}`.replace(/index\.html$/, '');
}

/** What a crawl of the built site found. */
export interface Crawl {
  pages: number;
  /** Internal links, anchors and assets checked. */
  checked: number;
  /** `page: <tag> target` for every target that does not exist. */
  broken: string[];
  /** `page: target` for every site-relative URL that is not under the base path. */
  outside: string[];
  /** Third-party resources loaded by a page (not links a visitor follows). */
  thirdParty: string[];
  /** Pages (URL paths) not reachable from the home page by links. */
  unreached: string[];
}

/**
 * Follows every href and src of every page: targets must exist in `dist` (directories have an
 * index.html, #anchors an element with that id), site-relative URLs must stay under `base`,
 * and only links and canonical/alternate URLs may point to other sites.
 */
export function crawl(dist: string, base: string, origin: string): Crawl {
  const files = htmlFiles(dist);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  const outside: string[] = [];
  const thirdParty: string[] = [];
  const links = new Map<string, string[]>();
  let checked = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const here = urlOf(dist, file, base);
    const out: string[] = [];
    for (const m of html.matchAll(/<(a|link|script|img|source|form)\b[^>]*?\s(href|src|action)="([^"]*)"/g)) {
      const [whole, tag, , raw] = m as unknown as [string, string, string, string];
      if (/^(mailto:|data:)/.test(raw)) continue;
      let target = raw.replace(/&amp;/g, '&');
      if (/^https?:\/\//.test(target)) {
        if (!target.startsWith(origin)) {
          if (!(tag === 'a' || (tag === 'link' && /rel="(canonical|alternate)"/.test(whole)))) thirdParty.push(`${here}: <${tag}> ${raw}`);
          continue;
        }
        target = target.slice(origin.length) || '/';
      }
      const url = new URL(target, `http://site${here}`);
      if (!url.pathname.startsWith(base)) {
        outside.push(`${here}: ${raw}`);
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(base.length - 1));
      const onDisk = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
      checked++;
      if (!existsSync(onDisk)) {
        broken.push(`${here}: <${tag}> ${raw}`);
        continue;
      }
      if (url.hash && onDisk.endsWith('.html') && !idsOf(onDisk).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${here}: missing anchor ${raw}`);
      if (tag === 'a' && onDisk.endsWith('.html')) out.push(onDisk);
    }
    links.set(file, out);
  }
  const home = join(dist, 'index.html');
  const reached = new Set([home]);
  const queue = [home];
  while (queue.length) for (const next of links.get(queue.pop()!) ?? []) if (!reached.has(next)) reached.add(next), queue.push(next);
  const unreached = files.filter((f) => !reached.has(f) && !f.endsWith('404.html') && !isRedirect(readFileSync(f, 'utf8'))).map((f) => urlOf(dist, f, base));
  return { pages: files.length, checked, broken, outside, thirdParty, unreached };
}

/** The page URLs (absolute) the sitemap lists, from sitemap-index.xml and its sitemaps. */
export function sitemapUrls(dist: string): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => {
    const file = join(dist, new URL(m[1]!).pathname.split('/').pop()!);
    return [...readFileSync(file, 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((u) => u[1]!);
  });
}
