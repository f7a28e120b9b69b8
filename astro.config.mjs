// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import atlasContent from './src/integrations/atlas-content.ts';
import searchIndex from './src/integrations/search-index.ts';
import cards from './src/integrations/cards.ts';
import security from './src/integrations/security.ts';
import sitemap from './src/integrations/sitemap.ts';
import { SITE } from './src/config.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: cached across pages, and the HTML stays small.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [atlasContent(), mdx(), searchIndex(), cards(), security(), sitemap()],
  // Frontmatter autocomplete and validation in MDX files for the Astro VS Code extension
  // (with "astro.content-intellisense": true, set in .vscode/settings.json).
  experimental: { contentIntellisense: true },
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
