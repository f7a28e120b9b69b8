/**
 * Astro integration that builds the Pagefind search index after the site is written.
 * It indexes exactly one record per entry (the entry page's main content, marked
 * `data-pagefind-body`), adds filters, metadata and search-only words from the same entry
 * data as the pages, and fails the build loudly when a page is missing or Pagefind reports
 * an error. Lists, navigation and footers are never indexed.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { scanContent } from '../lib/content-files.ts';
import { recordHtml, searchRecord } from '../lib/search-record.ts';
import { htmlText } from '../lib/html.ts';
import { t } from '../i18n/index.ts';

const BODY_END = '<!--search-terms-->';

/** Inserts the search-only record HTML at the marker inside the indexed region. */
export function injectRecord(html: string, recordMarkup: string, file: string): string {
  const bodies = html.match(/data-pagefind-body/g)?.length ?? 0;
  if (bodies !== 1) throw new Error(`search index: ${file} has ${bodies} elements with data-pagefind-body; an entry page needs exactly one`);
  if (!html.includes(BODY_END)) throw new Error(`search index: ${file} lacks the ${BODY_END} marker inside its indexed region`);
  return html.replace(BODY_END, recordMarkup);
}

/** The integration. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'atlas-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const root = process.cwd();
        const scan = scanContent(root);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
        if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
        let words = 0;
        for (const entry of scan.entries) {
          const node = scan.graph.nodes.get(entry.slug)!;
          const file = join(out, node.path, 'index.html');
          let html: string;
          try {
            html = await readFile(file, 'utf8');
          } catch {
            throw new Error(`search index: the page of ${entry.file} (${node.path}) was not built`);
          }
          const body = html.slice(html.indexOf('data-pagefind-body'), html.indexOf('<!--search-terms-->'));
          const record = searchRecord(entry, { collection: t(`collection.${entry.collection}.one`), kind: t(`kind.${entry.collection}.${entry.data.kind}`) }, htmlText(body));
          const response = await index.addHTMLFile({ url: node.path, content: injectRecord(html, recordHtml(record), node.path) });
          if (response.errors.length) throw new Error(`search index: ${node.path}: ${response.errors.join('; ')}`);
          words += response.file.uniqueWords;
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`search index: writing failed: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${scan.entries.length} entries (${words} unique words) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
