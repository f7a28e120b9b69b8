/** Writes robots.txt pointing at the sitemap under the base path (the sitemap itself is @astrojs/sitemap's). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emitter } from '../../site/emitter.ts';
import { paths } from '../../site/paths.ts';
import { absoluteUrl } from '../../site/urls.ts';

/** The robots.txt text: everything allowed, and where the sitemap is. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

export const robotsEmitter: Emitter = {
  name: 'robots.txt',
  async emit({ outDir }) {
    const url = absoluteUrl(paths.sitemap());
    writeFileSync(join(outDir, 'robots.txt'), robotsTxt(url));
    return `points to ${url}`;
  },
};
