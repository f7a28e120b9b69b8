// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import atlas from './src/integrations/atlas.ts';
import { sitemapOptions } from './src/features/sitemap/config.ts';
import { cspConfig } from './src/features/security/csp.ts';
import { SITE } from './src/site/config.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // ATLAS_SITE_URL: its origin is the site, its path the base (e.g. /atlas/ on GitHub Pages).
  site: SITE.origin,
  base: SITE.base,
  trailingSlash: 'always',
  // A second build (e.g. the sub-path test build) can go to another folder: ATLAS_OUT_DIR.
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  // Stylesheets as files, never inlined: cached across pages, and the HTML stays small.
  // Four pages in flight: one renders while the others are written (the pages phase sat idle
  // a third of the time waiting on writes with one; `npm run bench` measures it).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Astro hashes what it bundles into each page's policy; src/features/security/csp.ts adds the rest.
  security: { csp: cspConfig(SITE.tiles.url) },
  // Content has no code blocks; Shiki's inline styles would need 'unsafe-inline' in the policy.
  markdown: { syntaxHighlight: false },
  integrations: [atlas(), mdx(), sitemap(sitemapOptions())],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // One harmless warning per MDX file drowns real ones (see stack notes).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
