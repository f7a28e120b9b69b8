/**
 * The search index, written after the pages: exactly one Pagefind record per entry and
 * locale (the entry page's main content, marked `data-pagefind-body`), with filters,
 * metadata and search-only words from the atlas. Pagefind keeps one index per page
 * language, so each edition searches in its own language. Fails loudly when a page is
 * missing or Pagefind reports an error.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Emitter } from '../../site/emitter.ts';
import { builtPage } from '../../site/built.ts';
import { translator } from '../../i18n/index.ts';
import { collectionOne, kindLabel } from '../../i18n/labels.ts';
import { htmlText } from '../../site/html.ts';
import { tagLabel } from '../../atlas/model/vocabulary.ts';
import { recordHtml, searchRecord } from './record.ts';

/** The marker inside an entry page's indexed region where the record goes. */
export const RECORD_MARKER = '<!--search-record-->';

/** Inserts the search-only record HTML at the marker inside the indexed region. */
export function injectRecord(html: string, recordMarkup: string, page: string): string {
  const bodies = html.match(/data-pagefind-body/g)?.length ?? 0;
  if (bodies !== 1) throw new Error(`${page} has ${bodies} elements with data-pagefind-body; an entry page needs exactly one`);
  if (!html.includes(RECORD_MARKER)) throw new Error(`${page} lacks the ${RECORD_MARKER} marker inside its indexed region`);
  return html.replace(RECORD_MARKER, recordMarkup);
}

export const searchIndexEmitter: Emitter = {
  name: 'search index',
  async emit({ atlas, routes, outDir }) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let records = 0;
    let words = 0;
    try {
      for (const route of routes) {
        if (route.view !== 'entry') continue;
        const entry = atlas.get(route.slug)!;
        const ui = translator(route.lang);
        let html: string;
        try {
          html = await readFile(builtPage(outDir, route.path), 'utf8');
        } catch {
          throw new Error(`the page of ${entry.file} (${route.path}) was not built`);
        }
        const region = html.slice(html.indexOf('data-pagefind-body'), html.indexOf(RECORD_MARKER));
        const labels = { collection: collectionOne(ui, entry.collection), kind: kindLabel(ui, entry.collection, entry.data.kind), tags: atlas.tagsOf(entry).map((t) => tagLabel(t, route.lang)) };
        const record = searchRecord(entry, route.lang, labels, htmlText(region));
        const response = await index.addHTMLFile({ url: route.path, content: injectRecord(html, recordHtml(record), route.path) });
        if (response.errors.length) throw new Error(`${route.path}: ${response.errors.join('; ')}`);
        records++;
        words += response.file.uniqueWords;
      }
      const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
      if (written.errors.length) throw new Error(`writing failed: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
    return `${records} records (${words} unique words)`;
  },
};
