/**
 * The search index: exactly one Pagefind record per entry and locale (the entry page's main
 * content, marked `data-pagefind-body`), with filters, metadata and search-only words from
 * the atlas. Each edition has a bundle of its own (editions.ts), so it searches in its own
 * language. The pages are indexed while Astro renders (indexer.ts, handoff.ts: Pagefind runs
 * in its own process, beside the build), and each bundle is written once its pages are in. Fails
 * loudly when a page is missing or Pagefind reports an error.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Emitter } from '../../site/emitter.ts';
import type { Route } from '../../site/routes.ts';
import type { Atlas } from '../../atlas/build/atlas.ts';
import { translator } from '../../i18n/index.ts';
import { collectionOne, kindLabel } from '../../i18n/labels.ts';
import { htmlText } from '../../site/html.ts';
import { tagLabel } from '../../atlas/model/vocabulary.ts';
import { recordHtml, searchRecord } from './record.ts';
import { EditionIndexes, type IndexService } from './editions.ts';
import { paths } from '../../site/paths.ts';
import { openIndexer, takeIndexer } from './handoff.ts';

/** The marker inside an entry page's indexed region where the record goes. */
export const RECORD_MARKER = '<!--search-record-->';

/** Inserts the search-only record HTML at the marker inside the indexed region. */
export function injectRecord(html: string, recordMarkup: string, page: string): string {
  const bodies = html.match(/data-pagefind-body/g)?.length ?? 0;
  if (bodies !== 1) throw new Error(`${page} has ${bodies} elements with data-pagefind-body; an entry page needs exactly one`);
  if (!html.includes(RECORD_MARKER)) throw new Error(`${page} lacks the ${RECORD_MARKER} marker inside its indexed region`);
  return html.replace(RECORD_MARKER, recordMarkup);
}

/**
 * The document Pagefind gets for an entry page: only what it reads, so that it parses a third
 * less. The page's language (`<html lang>`, which picks the index) and its indexed region (the
 * element with `data-pagefind-body`) up to the marker, with the record in its place; after the
 * marker an entry page has only a `data-pagefind-ignore="all"` part (neighbourhood, backlinks),
 * which Pagefind would skip anyway, so the index is the same (checked on the whole atlas).
 * Throws, naming `page`, when the page has no language, not exactly one indexed region or no
 * marker, or something after the marker that Pagefind would index.
 */
export function indexedDocument(html: string, recordMarkup: string, page: string): string {
  injectRecord(html, '', page); // the same checks: one indexed region, the marker in it
  const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1];
  if (!lang) throw new Error(`${page} has no <html lang="…">; Pagefind picks the index by it`);
  const start = html.lastIndexOf('<', html.indexOf('data-pagefind-body'));
  const close = `</${/^<([a-z][a-z0-9]*)/i.exec(html.slice(start))![1]}>`;
  const marker = html.indexOf(RECORD_MARKER);
  if (marker < start) throw new Error(`${page}: ${RECORD_MARKER} stands before the indexed region; it belongs inside it, after its content`);
  const after = html.slice(marker + RECORD_MARKER.length, html.indexOf(close, marker));
  if (after.trim() && !after.trimStart().startsWith('<div data-pagefind-ignore="all">')) throw new Error(`${page}: after ${RECORD_MARKER} the indexed region has content Pagefind would index; the marker must come after all of it`);
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(start, marker)}${recordMarkup}${close}</body></html>`;
}

/**
 * Opens the search indexes of the editions (editions.ts) and hands them to the middleware
 * (handoff.ts); call it before the pages render. Every entry page becomes one record of its
 * edition's bundle (`<outDir>/pagefind/`, `<outDir>/en/pagefind/`: `paths.pagefind`): the page's
 * indexed region with the search record of the atlas inserted.
 */
export function startSearchIndex(atlas: Atlas, routes: readonly Route[], outDir: string): void {
  const entries = new Map(routes.filter((r): r is Extract<Route, { view: 'entry' }> => r.view === 'entry').map((r) => [r.path, r]));
  const prepare = (path: string, html: string) => {
    const route = entries.get(path)!;
    const entry = atlas.get(route.slug)!;
    const ui = translator(route.lang);
    const region = html.slice(html.indexOf('data-pagefind-body'), html.indexOf(RECORD_MARKER));
    const labels = { collection: collectionOne(ui, entry.collection), kind: kindLabel(ui, entry.collection, entry.data.kind), tags: atlas.tagsOf(entry).map((t) => tagLabel(t, route.lang)) };
    return indexedDocument(html, recordHtml(searchRecord(entry, route.lang, labels, htmlText(region))), path);
  };
  const bundles = [...Map.groupBy(entries.values(), (route) => route.lang)].map(([lang, list]) => ({ lang, paths: list.map((r) => r.path), outputPath: join(outDir, paths.pagefind(lang)) }));
  openIndexer(new EditionIndexes(bundles, prepare, pagefindService));
}

/** Pagefind's Node API as an IndexService: each index in a fresh Pagefind process, closed after it is written. */
const pagefindService: IndexService = {
  async open() {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  },
  async close() {
    await pagefind.close();
  },
};

export const searchIndexEmitter: Emitter = {
  name: 'search index',
  // The editions' bundles are written while the pages render, the last one after them; the emitters after this one run meanwhile.
  background: true,
  async emit() {
    const indexer = takeIndexer();
    if (!indexer) throw new Error('no search index was started before the pages rendered (startSearchIndex, called by the atlas integration at astro:build:start)');
    try {
      const editions = await indexer.finish();
      return editions.map((e) => `${e.lang} ${e.records} records (${e.words} unique words; at most ${e.mostWaiting} pages waited for an earlier one), bundle written ${Math.round(e.writtenAfterMs)} ms after indexing began`).join('; ');
    } finally {
      await pagefind.close();
    }
  },
};
