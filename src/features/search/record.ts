/**
 * What the search index stores for an entry, besides its page's main content: filters
 * (collection, kind, tags), display metadata and the search-only words. Pure: the index
 * emitter and the tests build records the same way.
 */
import type { Entry } from '../../atlas/build/atlas.ts';
import { isPageCollection } from '../../atlas/model/collections.ts';
import { splitCjk } from '../../atlas/model/cjk.ts';
import { searchTerms, TERMS_SEPARATOR } from './terms.ts';
import { escapeHtml } from '../../site/html.ts';
import { entryTitle } from '../../site/present.ts';
import { localize } from '../../atlas/build/localize.ts';
import { SEGMENTS, type Locale } from '../../site/segments.ts';

/** Labels the record shows, from the dictionary of its locale. */
export interface RecordLabels {
  collection: string;
  kind: string;
  /** The tags' labels, in the entry's order. */
  tags: readonly string[];
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

/** Every Chinese run of an entry's texts other than its name: body, summary, notes, addresses, publisher. */
export function entryChinese(entry: Entry): string[] {
  const d = entry.data;
  const texts: string[] = [d.summary, entry.body ?? '', ...d.notes.map((n) => n.text)];
  if ('location' in d && d.location?.address_zh) texts.push(d.location.address_zh);
  if (entry.collection === 'sources') texts.push(entry.data.publisher_zh ?? '', entry.data.author_zh ?? '');
  return texts.flatMap((text) => splitCjk(text).filter((s) => s.zh).map((s) => s.text));
}

/**
 * Builds the record of one entry in a locale (`german`: the entry as the atlas holds it; its
 * texts are taken in `lang`). Every edition's record also has the German title and the
 * article's wording, so that a name as the article writes it finds the entry in English too.
 * `pageText` is the text of the page's indexed region: search-only words it already contains
 * are not added again.
 */
export function searchRecord(german: Entry, lang: Locale, labels: RecordLabels, pageText = ''): SearchRecord {
  const entry = localize(german, lang);
  const d = entry.data;
  const title = entryTitle(entry, lang);
  const meta: Record<string, string> = { title, collection: labels.collection, kind: labels.kind, slug: entry.slug, summary: d.summary };
  if (d.name_zh) meta['name_zh'] = d.name_zh;
  if (d.name_en) meta['name_en'] = d.name_en;
  if (d.pinyin) meta['pinyin'] = d.pinyin;
  if (d.article_name) meta['article_name'] = d.article_name;
  meta['primary'] = isPageCollection(entry.collection) ? '1' : '0';
  const keys = SEGMENTS[lang].filters;
  return {
    filters: { [keys.collection]: [labels.collection], [keys.kind]: [labels.kind], ...(labels.tags.length ? { [keys.tag]: [...labels.tags] } : {}) },
    meta,
    terms: searchTerms({ names: [title, d.name, german.data.name, d.article_name, d.name_en].filter((n, i, all): n is string => Boolean(n) && all.indexOf(n) === i), name_zh: d.name_zh, pinyin: d.pinyin, otherChinese: entryChinese(entry) }, pageText),
    weight: nameWeight(entry.collection),
  };
}

/**
 * The HTML that the index emitter adds inside an entry page's indexed region (it is not
 * shipped to visitors): filters and metadata as Pagefind attributes, and the extra words
 * with a moderate weight so name matches rank above mentions in prose.
 */
export function recordHtml(record: SearchRecord): string {
  const filters = Object.entries(record.filters).flatMap(([name, values]) => values.map((v) => `<span data-pagefind-filter="${escapeHtml(name)}">${escapeHtml(v)}</span>`));
  const meta = Object.entries(record.meta).map(([name, value]) => `<span data-pagefind-meta="${escapeHtml(name)}">${escapeHtml(value)}</span>`);
  return `<div data-pagefind-ignore="index">${filters.join('')}${meta.join('')}</div><p data-pagefind-weight="${record.weight}">${escapeHtml(record.terms.join(TERMS_SEPARATOR))}</p>`;
}
