/**
 * Entry bodies for the pages. A body in plain Markdown (`bodyFormat: 'markdown'`, decided by
 * the validation in src/atlas/validate/mdx-safety.ts) is rendered directly to HTML by the
 * renderer the atlas integration publishes here, with the same Markdown processor and plugins
 * as MDX; only bodies that use MDX (components, HTML tags, images) are compiled to modules,
 * listed by the virtual module ENTRY_BODIES_MODULE. Like the atlas (src/atlas/runtime.ts), the
 * renderer is kept on `globalThis`: pages run from a separately bundled copy of our modules.
 */
import type { Entry } from '../atlas/build/atlas.ts';

/** The virtual module that maps `/content/<collection>/<file>.mdx` to a loader of its compiled body, for MDX bodies only. */
export const ENTRY_BODIES_MODULE = 'virtual:atlas/entry-bodies';

/** Renders a Markdown body of the file at `file` (relative to the project root) to HTML. */
export type MarkdownRenderer = (file: string, body: string) => string;

const KEY = Symbol.for('haidian-atlas.markdown-renderer');
const holder = globalThis as unknown as Record<symbol, MarkdownRenderer | undefined>;

/** Publishes the renderer (the atlas integration, once its Markdown plugins exist). */
export function publishMarkdownRenderer(render: MarkdownRenderer): void {
  holder[KEY] = render;
}

/**
 * The HTML of an entry's Markdown body (the entry as seen in its page's language, so the file
 * and body are the translation's where there is one). Throws when the body is not Markdown or
 * no renderer was published.
 */
export function markdownBodyHtml(entry: Pick<Entry, 'file' | 'body' | 'bodyFormat'>): string {
  if (entry.bodyFormat !== 'markdown' || entry.body === undefined) throw new Error(`${entry.file}: the body is not plain Markdown (bodyFormat ${entry.bodyFormat ?? 'unset'}); it is compiled as MDX`);
  const render = holder[KEY];
  if (!render) throw new Error('no Markdown renderer: the atlas integration (src/integrations/atlas.ts) must run before pages render');
  return render(entry.file, entry.body);
}

/** The files whose bodies are compiled as MDX modules: every entry and translation body not in plain Markdown. */
export function mdxBodyFiles(entries: readonly Entry[]): string[] {
  return entries.flatMap((e) => [e, ...Object.values(e.translations ?? {})].filter((b) => b.body !== undefined && b.bodyFormat !== 'markdown' && b.file.endsWith('.mdx')).map((b) => b.file));
}
