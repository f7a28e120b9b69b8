/**
 * Renders `[[slug]]` and `[[slug|label]]` in MDX bodies as links to the entry's page, as a
 * Sätteri mdast plugin (Astro 7's Markdown processor). It uses the same parser as the link
 * check, which has already refused every wiki link to a missing entry; a link that still
 * does not resolve here (a file changed after the check, in the dev server) stops with the
 * file and line.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineMdastPlugin } from 'satteri';
import { splitWikiLinks } from '../atlas/model/wikilinks.ts';

/** What the plugin needs to know about a link target: its link (with base path) and title. */
export interface WikiTarget {
  href: string;
  title: string;
}

/**
 * Creates the plugin. `resolve` maps a slug (and the file the link is in, which decides the
 * language) to its page, or `undefined` when no entry has that slug; `root` shortens paths
 * in messages.
 */
export function wikiLinkPlugin(resolve: (slug: string, file: string) => WikiTarget | undefined, root: string) {
  return defineMdastPlugin({
    name: 'atlas-wiki-links',
    options: { position: true },
    text(node, ctx) {
      if (!node.value.includes('[[')) return;
      const segments = splitWikiLinks(node.value);
      if (!segments.some((s) => s.type === 'link')) return;
      const file = ctx.fileURL ? relative(root, fileURLToPath(ctx.fileURL)).split('\\').join('/') : 'an MDX file';
      ctx.replaceNode(
        node,
        segments.map((segment) => {
          if (segment.type === 'text') return { type: 'text', value: segment.value };
          const target = resolve(segment.link.target, file);
          if (!target) {
            const line = node.position?.start.line;
            throw new Error(`${file}${line ? `:${line}` : ''}  the wiki link ${segment.link.raw} points to no entry. Fix: write the slug (file name) of an existing entry, e.g. [[zhipu]].`);
          }
          return {
            type: 'link',
            url: target.href,
            title: null,
            data: { hProperties: { className: ['wikilink'] } },
            children: [{ type: 'text', value: segment.link.label ?? target.title }],
          };
        }),
      );
    },
  });
}
