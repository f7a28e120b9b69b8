/**
 * The atlas integration: the pipeline inside Astro.
 *
 * - `astro:config:setup`: reads and validates the content once (src/pipeline.ts) before Astro
 *   renders anything, and fails the build with every problem listed (file:line:column, field,
 *   fix); publishes the atlas to the pages; teaches the MDX compiler the wiki links and the
 *   `lang="zh"` marking, and feeds it each body from the atlas (the frontmatter is never
 *   parsed a second time).
 * - Network pictures are kept between builds (.cache/layouts, or
 *   ATLAS_LAYOUT_CACHE; src/features/network/layout-cache.ts).
 * - `astro:build:start`: sets the previous output aside, to be deleted by another process while
 *   this build runs (src/site/output-folder.ts); renders the social cards missing from the card
 *   cache (before the pages, so the card workers never sit on top of the pages' heap), then
 *   opens the search index, which takes the entry pages as they render.
 * - `astro:build:done`: runs the emitters (search index, cards, headers, robots.txt) over the
 *   same atlas and route table, each reporting its time.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { editorContext } from '../features/editor/context.ts';
import { writeEditorSchemas } from '../features/editor/schemas.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../site/segments.ts';
import { loadSite, EMITTERS } from '../pipeline.ts';
import { ContentError, formatProblems } from '../atlas/validate/problems.ts';
import { publishAtlas, getAtlas } from '../atlas/runtime.ts';
import { bodyWithBlankFrontmatter } from '../atlas/read/frontmatter.ts';
import { mdxSource } from '../atlas/validate/mdx-safety.ts';
import { routes } from '../site/routes.ts';
import { runEmitters } from '../site/emitter.ts';
import { paths } from '../site/paths.ts';
import { href } from '../site/urls.ts';
import { entryTitle } from '../site/present.ts';
import { diskLayoutStore, layoutCodeVersion, layoutStats, useLayoutCache } from '../features/network/layout-cache.ts';
import { startSearchIndex } from '../features/search/emitter.ts';
import { SEARCH_STRINGS_MODULE, searchStrings } from '../features/search/strings.ts';
import { translator } from '../i18n/index.ts';
import { renderMissingCards } from '../features/cards/emitter.ts';
import { wikiLinkPlugin } from './wikilink-plugin.ts';
import { zhLangPlugin } from './zh-lang-plugin.ts';
import { markdownRenderer } from './markdown-bodies.ts';
import { ENTRY_BODIES_MODULE, mdxBodyFiles, publishMarkdownRenderer } from '../site/bodies.ts';
import { setAsideOutput, type OutputRemoval } from '../site/output-folder.ts';

/** The integration; add it before `mdx()` in astro.config.mjs. */
export default function atlas(): AstroIntegration {
  let root = process.cwd();
  let outDir = '';
  let previousOutput: OutputRemoval | undefined;
  return {
    name: 'atlas',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, addMiddleware, logger }) => {
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        const load = () => {
          // The dev server keeps going with the entries that have no problems (src/site/dev-problems.ts).
          const result = loadSite(root, { partial: command === 'dev' });
          writeEditorSchemas(root, editorContext(result));
          const total = Object.values(result.timing).reduce((a, b) => a + b, 0);
          if (result.warnings.length) logger.warn(formatProblems(result.warnings, 'content warning'));
          if (result.problems.length) {
            const error = new ContentError(result.problems);
            if (command !== 'dev') throw error;
            logger.error(error.message);
            publishAtlas(result.atlas, error, result.partial && { ...result.partial, problems: result.problems });
            return;
          }
          publishAtlas(result.atlas);
          logger.info(`validated ${result.atlas!.all.length} entries and ${result.atlas!.edges.length} links in ${Math.round(total)} ms (${Object.entries(result.timing).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')})`);
        };
        load();
        // Network pictures reuse what an earlier build laid out from the same input and code.
        useLayoutCache(diskLayoutStore(process.env['ATLAS_LAYOUT_CACHE'] ?? join(root, '.cache', 'layouts'), layoutCodeVersion()));

        const contentDir = resolve(root, 'content');
        /** The body of a content file (an entry or a translation), as the validation read it. */
        type Body = { file: string; body?: string; bodyStartLine?: number };
        /** Entries and translations by file, once per atlas (the dev server loads new ones). */
        const byFile = new WeakMap<object, Map<string, Body>>();
        const bodyOfFile = (id: string): Body | undefined => {
          const file = id.split('?')[0]!;
          if (!file.startsWith(contentDir) || !file.endsWith('.mdx')) return undefined;
          const rel = `content/${file.slice(contentDir.length + 1).split('\\').join('/')}`;
          const atlas = getAtlas();
          let files = byFile.get(atlas);
          if (!files) {
            files = new Map<string, Body>(atlas.all.flatMap((e) => [[e.file, e] as const, ...Object.values(e.translations ?? {}).map((t) => [t.file, t] as const)]));
            byFile.set(atlas, files);
          }
          return files.get(rel);
        };
        /** The locale of a content file: `<slug>.<locale>.mdx` is a translation, anything else German. */
        const localeOfFile = (file: string): Locale => {
          const locale = /\.([a-z]{2})\.mdx$/.exec(file)?.[1];
          return LOCALES.find((l) => l === locale) ?? DEFAULT_LOCALE;
        };
        // One set of Markdown plugins for MDX bodies (Astro's processor) and plain-Markdown ones (src/site/bodies.ts).
        const mdastPlugins = [
          wikiLinkPlugin((slug, file) => {
            const lang = localeOfFile(file);
            const target = getAtlas().get(slug);
            return target && { href: href(paths.entry(lang, target.collection, target.slug)), title: entryTitle(target, lang) };
          }, root),
        ];
        const hastPlugins = [zhLangPlugin()];
        publishMarkdownRenderer(markdownRenderer({ root, mdastPlugins, hastPlugins, gfm: config.markdown.gfm !== false, smartypants: config.markdown.smartypants !== false }));
        updateConfig({
          markdown: {
            processor: satteri({ mdastPlugins, hastPlugins }),
          },
          vite: {
            plugins: [
              {
                // The loaders of the bodies that need the MDX compiler; plain-Markdown bodies are rendered directly (src/site/bodies.ts).
                name: 'atlas:entry-bodies',
                resolveId: (id) => (id === ENTRY_BODIES_MODULE ? `\0${ENTRY_BODIES_MODULE}` : undefined),
                load: (id) =>
                  id === `\0${ENTRY_BODIES_MODULE}`
                    ? `export const ENTRY_BODIES = {\n${mdxBodyFiles(getAtlas().all).map((file) => `  ${JSON.stringify(`/${file}`)}: () => import(${JSON.stringify(`/${file}`)}),`).join('\n')}\n};\n`
                    : undefined,
              },
              {
                // The header search box's strings, per locale, in its script (loaded once and
                // cached) instead of in every page's HTML: `import strings from 'virtual:atlas/search-strings'`.
                name: 'atlas:search-strings',
                resolveId: (id) => (id === SEARCH_STRINGS_MODULE ? `\0${SEARCH_STRINGS_MODULE}` : undefined),
                load: (id) => (id === `\0${SEARCH_STRINGS_MODULE}` ? `export default ${JSON.stringify(Object.fromEntries(LOCALES.map((lang) => [lang, searchStrings(translator(lang))])))};` : undefined),
              },
              {
                name: 'atlas:content-bodies',
                enforce: 'pre',
                // The MDX compiler gets each body from the atlas, as the validation read it.
                load(id) {
                  const entry = bodyOfFile(id);
                  if (!entry) return undefined;
                  if (entry.body === undefined) throw new Error(`${entry.file}: an MDX entry without a body was requested`);
                  return bodyWithBlankFrontmatter(mdxSource(entry.body), entry.bodyStartLine ?? 1);
                },
                configureServer(server) {
                  // In the dev server the content changes under us: read it again and reload.
                  server.watcher.add(join(contentDir, '**'));
                  const reload = (file: string) => {
                    if (!file.startsWith(contentDir)) return;
                    load();
                    server.moduleGraph.invalidateAll();
                    server.ws.send({ type: 'full-reload' });
                  };
                  server.watcher.on('change', reload);
                  server.watcher.on('add', reload);
                  server.watcher.on('unlink', reload);
                },
              },
            ],
          },
        });
        addMiddleware({ entrypoint: new URL('../site/middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ logger }) => {
        // The previous output is deleted by another process while this build runs (src/site/output-folder.ts).
        previousOutput = setAsideOutput(outDir);
        const atlas = getAtlas();
        const table = routes(atlas);
        // Missing cards first, while the heap holds only the atlas (src/features/cards/emitter.ts).
        const cards = await renderMissingCards({ atlas, routes: table, root });
        if (cards.collection) logger.info(`build heap: collected before the card processes started, ${Math.round(cards.collection.rssBeforeMb)} → ${Math.round(cards.collection.rssAfterMb)} MB resident (${Math.round(cards.collection.ms)} ms)`);
        if (cards.rendered) logger.info(`social cards: rendered ${cards.rendered} missing cards before the pages (${Math.round(cards.ms)} ms)`);
        // The search index takes the entry pages as they render (src/features/search/handoff.ts).
        startSearchIndex(atlas, table, outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const atlas = getAtlas();
        await runEmitters(EMITTERS, { atlas, routes: routes(atlas), outDir: fileURLToPath(dir), root }, (line) => logger.info(line));
        // Pages and neighbourhood pictures both lay out networks (.cache/layouts).
        const layouts = layoutStats();
        logger.info(`network layouts: computed ${layouts.computed}, read from the cache ${layouts.read}`);
        if (previousOutput) logger.info(`previous output: deleted in another process while the site was built (${previousOutput.folders.length} folder${previousOutput.folders.length === 1 ? '' : 's'}, ${Math.round(await previousOutput.done)} ms)`);
      },
    },
  };
}
