/**
 * Astro integration that guards the content. Before Astro reads a single entry it
 * validates the whole `content/` folder (schemas, slugs, references, wiki links,
 * coordinates) and fails the build with every problem listed: Astro itself only logs
 * dangling references and exits 0. It also installs the wiki-link renderer and marks
 * Chinese text in MDX bodies with lang="zh".
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { scanContent, todoProblems, type ContentScan } from '../lib/content-files.ts';
import { ContentError, formatProblems } from '../lib/problems.ts';
import { wikiLinkPlugin, type WikiTarget } from './wikilinks.ts';
import { zhLangPlugin } from './zh-lang.ts';

/** The integration; add it before `mdx()` in astro.config.mjs. */
export default function atlasContent(): AstroIntegration {
  return {
    name: 'atlas-content',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        let scan: ContentScan | undefined;
        let scannedAt = 0;
        const rescan = () => {
          const started = performance.now();
          scan = scanContent(root);
          scannedAt = Date.now();
          const entries = scan.entries.length;
          // Placeholders from `npm run new` are fine while writing, never in a build.
          const problems = command === 'build' ? [...scan.problems, ...todoProblems(root, scan.entries)] : scan.problems;
          const ms = Math.round(performance.now() - started);
          if (problems.length === 0) {
            logger.info(`validated ${entries} entries and ${scan.graph.edges.length} links in ${ms} ms`);
          } else if (command === 'dev') {
            logger.error(formatProblems(problems));
          } else {
            throw new ContentError(problems);
          }
        };
        rescan();
        // In dev the content changes under us: refresh the slug index at most once a second.
        const resolve = (slug: string): WikiTarget | undefined => {
          if (command === 'dev' && Date.now() - scannedAt > 1000) rescan();
          const node = scan!.graph.nodes.get(slug);
          return node && { path: node.path, name: node.data.name };
        };
        updateConfig({ markdown: { processor: satteri({ mdastPlugins: [wikiLinkPlugin(resolve, root)], hastPlugins: [zhLangPlugin()] }) } });
      },
    },
  };
}
