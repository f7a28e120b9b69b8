/**
 * Loads Pagefind's browser bundle (written to /pagefind/ by the search-index integration)
 * once, and wraps the calls the atlas uses. Chinese runs in excerpts are marked lang="zh".
 */
import { splitCjk } from '../lib/cjk.ts';
import { TERMS_SEPARATOR } from '../lib/search-terms.ts';
import { rerank } from '../lib/search-rank.ts';
import { escapeHtml } from '../lib/html.ts';

/** The parts of a Pagefind result the atlas shows. */
export interface SearchHit {
  url: string;
  title: string;
  nameZh?: string;
  collection: string;
  kind: string;
  excerpt: string;
  summary: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, opts?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>>; unfilteredResultCount: number }>;
  debouncedSearch(term: string, opts?: { filters?: Record<string, string[]> }, ms?: number): Promise<Awaited<ReturnType<PagefindApi['search']>> | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let api: Promise<PagefindApi> | undefined;

/** The Pagefind API, loaded on first call. Rejects when the index is missing (e.g. in `astro dev`). */
export function pagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ path)) as PagefindApi;
    // A lower page-length penalty than Pagefind's default (0.75): long entry pages about an
    // actor should not lose to one-line figures that merely mention it in their title.
    await module.options({ excerptLength: 24, ranking: { pageLength: 0.3 } });
    await module.init();
    return module;
  })();
  return api;
}

/** How many of Pagefind's best results are re-ranked by name (their data is loaded for that). */
export const RERANK_DEPTH = 24;

/**
 * Pagefind's results with the first RERANK_DEPTH re-ranked so that entries whose own name
 * matches the query come first (see src/lib/search-rank.ts); the rest follow in
 * Pagefind's order. Each item carries its loaded data where it was needed.
 */
export async function ranked(query: string, results: PagefindResult[]): Promise<Array<PagefindResult & { loaded?: PagefindResultData }>> {
  const head = await Promise.all(
    results.slice(0, RERANK_DEPTH).map(async (r) => {
      const loaded = await r.data();
      const m = loaded.meta;
      return { ...r, loaded, names: [m['title'] ?? '', m['name_en'] ?? '', m['name_zh'] ?? '', m['pinyin'] ?? ''], primary: m['primary'] === '1', data: async () => loaded };
    }),
  );
  return [...rerank(query, head), ...results.slice(RERANK_DEPTH)];
}

/** Turns a Pagefind result into what the atlas shows. */
export async function hit(result: { data: () => Promise<PagefindResultData> }): Promise<SearchHit> {
  const data = await result.data();
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    ...(data.meta['name_zh'] ? { nameZh: data.meta['name_zh'] } : {}),
    collection: data.meta['collection'] ?? '',
    kind: data.meta['kind'] ?? '',
    excerpt: data.excerpt,
    summary: data.meta['summary'] ?? '',
  };
}

/** A DOM fragment of Pagefind's excerpt HTML (only <mark> kept), with Chinese runs marked. */
export function excerptFragment(excerpt: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  const out = document.createDocumentFragment();
  const append = (text: string, parent: Node) => {
    for (const s of splitCjk(text)) {
      if (s.zh) {
        const span = document.createElement('span');
        span.lang = 'zh';
        span.textContent = s.text;
        parent.appendChild(span);
      } else parent.appendChild(document.createTextNode(s.text));
    }
  };
  template.content.childNodes.forEach((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      append(node.textContent ?? '', mark);
      out.appendChild(mark);
    } else append(node.textContent ?? '', out);
  });
  return out;
}

/** Marks the query's words in a plain text, as Pagefind marks them in its excerpts. */
export function highlight(text: string, query: string): string {
  const words = query.split(/\s+/).filter((w) => w.length >= 2 || /\p{Script=Han}/u.test(w)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return escapeHtml(text);
  const pattern = new RegExp(`(${words.join('|')})`, 'giu');
  return text.split(pattern).map((part, i) => (i % 2 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part))).join('');
}

/**
 * Renders a hit as a list item's content: title, Chinese name, collection and kind,
 * excerpt. `asLink: false` draws the title as text, for listbox options, which may not
 * contain links (the option itself navigates).
 */
export function renderHit(hit: SearchHit, element: HTMLElement, query = '', asLink = true): void {
  const link = document.createElement(asLink ? 'a' : 'span');
  if (link instanceof HTMLAnchorElement) link.href = hit.url;
  link.className = 'search-hit__title';
  link.textContent = hit.title;
  element.appendChild(link);
  if (hit.nameZh) {
    const zh = document.createElement('span');
    zh.lang = 'zh';
    zh.className = 'search-hit__zh';
    zh.textContent = ` ${hit.nameZh}`;
    element.appendChild(zh);
  }
  const kind = document.createElement('span');
  kind.className = 'search-hit__kind';
  kind.textContent = `${hit.collection} · ${hit.kind}`;
  element.appendChild(kind);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit__excerpt';
  // An excerpt cut from the search-only name list reads badly: show the summary instead.
  if (hit.excerpt.split(TERMS_SEPARATOR).length > 2 && hit.summary) excerpt.appendChild(excerptFragment(highlight(hit.summary, query)));
  else excerpt.appendChild(excerptFragment(hit.excerpt));
  element.appendChild(excerpt);
}
