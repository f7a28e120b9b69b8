/**
 * What the search index stores for an entry, besides its page's main content: filters
 * (collection, kind, tags), display metadata and the search-only words. Pure: the index
 * integration and the tests build records the same way.
 */
import type { EntryInput } from './graph.ts';
import { splitCjk } from './cjk.ts';
import { searchTerms, TERMS_SEPARATOR } from './search-terms.ts';
import { escapeHtml } from './html.ts';
import { cardPath } from './card-paths.ts';
import { entryPath, isPageCollection } from './collections.ts';

/** Labels the record shows, from the i18n dictionary. */
export interface RecordLabels {
  collection: string;
  kind: string;
}

/** The filters, metadata and extra words of one entry. */
export interface SearchRecord {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  terms: string[];
  /** Pagefind weight (1–10) of the extra words: an actor's own names outrank a figure that mentions it. */
  weight: number;
}

/**
 * Search weight of an entry's names by collection. Companies, institutions, policies,
 * people and places are what visitors look for by name; figures, events and sources that
 * mention them in their titles should come after them.
 */
export function nameWeight(collection: string): number {
  return isPageCollection(collection) ? 10 : 3;
}

/** Chinese text of an entry other than its name: addresses and Chinese in notes and summary. */
function otherChinese(entry: EntryInput): string[] {
  const d = entry.data;
  const texts = [d.location?.address_zh ?? '', d.summary, ...d.notes.map((n) => n.text), String(d['publisher_zh'] ?? ''), String(d['author_zh'] ?? '')];
  return texts.flatMap((text) => splitCjk(text).filter((s) => s.zh).map((s) => s.text));
}

/**
 * Builds the record of one entry. `pageText` is the text of the page's indexed region:
 * search-only words it already contains are not added again.
 */
export function searchRecord(entry: EntryInput, labels: RecordLabels, pageText = ''): SearchRecord {
  const d = entry.data;
  const meta: Record<string, string> = { title: d.name, collection: labels.collection, kind: labels.kind, slug: entry.slug, summary: d.summary };
  if (d.name_zh) meta['name_zh'] = d.name_zh;
  if (d.name_en) meta['name_en'] = d.name_en;
  if (d.pinyin) meta['pinyin'] = d.pinyin;
  meta['primary'] = isPageCollection(entry.collection) ? '1' : '0';
  meta['image'] = cardPath(entryPath(entry.collection, entry.slug));
  return {
    filters: { Sammlung: [labels.collection], Art: [labels.kind], ...(d.tags.length ? { Schlagwort: [...d.tags] } : {}) },
    meta,
    terms: searchTerms({ name: d.name, name_en: d.name_en, name_zh: d.name_zh, pinyin: d.pinyin, otherChinese: otherChinese(entry) }, pageText),
    weight: nameWeight(entry.collection),
  };
}

/**
 * The HTML that the index integration adds inside an entry page's indexed region (it is
 * not shipped to visitors): filters and metadata as Pagefind attributes, and the extra
 * words with a moderate weight so name matches rank above mentions in prose.
 */
export function recordHtml(record: SearchRecord): string {
  const filters = Object.entries(record.filters).flatMap(([name, values]) => values.map((v) => `<span data-pagefind-filter="${escapeHtml(name)}">${escapeHtml(v)}</span>`));
  const meta = Object.entries(record.meta).map(([name, value]) => `<span data-pagefind-meta="${escapeHtml(name)}">${escapeHtml(value)}</span>`);
  return `<div data-pagefind-ignore="index">${filters.join('')}${meta.join('')}</div><p data-pagefind-weight="${record.weight}">${escapeHtml(record.terms.join(TERMS_SEPARATOR))}</p>`;
}

