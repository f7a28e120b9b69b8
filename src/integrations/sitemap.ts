/**
 * Astro integration that writes sitemap.xml (every page of the built site, absolute URLs)
 * and robots.txt pointing to it. It lists what was actually built, so no page can be
 * missing from the sitemap; pages at former slugs and the 404 page are left out.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFiles } from './cards.ts';
import { escapeHtml } from '../lib/html.ts';
import { SITE } from '../config.ts';

/** Site-relative paths of the pages that belong in the sitemap, sorted. */
export function sitemapPaths(out: string): string[] {
  return pageFiles(out)
    .map((file) => `/${relative(out, file).split('\\').join('/')}`.replace(/index\.html$/, ''))
    .filter((path) => path !== '/404.html')
    .sort();
}

/** The sitemap XML for the given paths. */
export function sitemapXml(paths: readonly string[], siteUrl: string): string {
  const urls = paths.map((p) => `  <url><loc>${escapeHtml(new URL(p, siteUrl).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The integration. */
export default function sitemap(): AstroIntegration {
  return {
    name: 'atlas-sitemap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const paths = sitemapPaths(out);
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(paths, SITE.url));
        writeFileSync(join(out, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', SITE.url).href}\n`);
        logger.info(`sitemap.xml lists ${paths.length} pages`);
      },
    },
  };
}
