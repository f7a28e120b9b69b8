/**
 * The renderer of plain-Markdown entry bodies (src/site/bodies.ts): Sätteri's Markdown to
 * HTML with the plugins the MDX bodies get (the atlas's, then heading ids as @astrojs/mdx adds
 * them) and the Markdown features of the Astro configuration, so a body renders the same
 * either way (tests/markdown-bodies.test.ts compares both for every body of the atlas).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, type HastPluginList, type MdastPluginList } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { mdxSource } from '../atlas/validate/mdx-safety.ts';
import type { MarkdownRenderer } from '../site/bodies.ts';

/** What the renderer is made from: the project root, the atlas's plugins, and Astro's `markdown.gfm` and `markdown.smartypants`. */
export interface MarkdownRendererOptions {
  root: string;
  mdastPlugins: MdastPluginList;
  hastPlugins: HastPluginList;
  gfm: boolean;
  smartypants: boolean;
}

/** Creates the renderer; a plugin error (e.g. a wiki link to no entry) is thrown with the file. */
export function markdownRenderer(options: MarkdownRendererOptions): MarkdownRenderer {
  const hastPlugins: HastPluginList = [...options.hastPlugins, satteriHeadingIdsPlugin()];
  return (file, body) => {
    const result = markdownToHtml(mdxSource(body), {
      mdastPlugins: options.mdastPlugins,
      hastPlugins,
      features: { gfm: options.gfm, smartPunctuation: options.smartypants },
      fileURL: pathToFileURL(join(options.root, file)),
    });
    // The atlas's plugins are synchronous, so Sätteri answers at once; a page renders its body in one go.
    if (result instanceof Promise) throw new Error(`${file}: a Markdown plugin became asynchronous; src/integrations/markdown-bodies.ts renders synchronously`);
    return result.html;
  };
}
