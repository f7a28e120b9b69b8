/**
 * Loads an edition's Pagefind browser bundle (`<base>/pagefind/pagefind.js`, `<base>/en/pagefind/pagefind.js`:
 * `searchStrings().bundle`, written by the search index emitter)
 * on first use and wraps the calls the atlas uses. A failed load is not remembered: the
 * next call tries again, so a visitor who was briefly offline can retry.
 */
import { rerank } from './rank.ts';

/** Pagefind's data of one result. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

/** One result, with its data loaded on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

/** The outcome of a search. */
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

/** The parts of Pagefind's API the atlas uses. */
export interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, opts?: { filters?: Record<string, string[]> }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The bundles loading or loaded, by URL. */
const apis = new Map<string, Promise<PagefindApi>>();

/**
 * The Pagefind API of the bundle at `bundle` (a URL), loaded on first call, its results'
 * URLs under `baseUrl` (the site's base path; the indexed URLs are site paths). Rejects
 * when the index cannot load; a later call tries again.
 */
export function pagefind(bundle: string, baseUrl: string): Promise<PagefindApi> {
  let api = apis.get(bundle);
  if (!api) {
    api = (async () => {
      const module = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
      // A lower page-length penalty than Pagefind's default (0.75): long entry pages about an
      // actor should not lose to one-line figures that merely mention it in their title.
      await module.options({ baseUrl, excerptLength: 24, ranking: { pageLength: 0.3 } });
      await module.init();
      return module;
    })().catch((error: unknown) => {
      apis.delete(bundle);
      throw error;
    });
    apis.set(bundle, api);
  }
  return api;
}

/** How many of Pagefind's best results are re-ranked by name (their data is loaded for that). */
export const RERANK_DEPTH = 24;

/** A result with its data loaded. */
export type LoadedResult = PagefindResult & { loaded?: PagefindResultData };

/**
 * Pagefind's results with the first RERANK_DEPTH re-ranked so that entries whose own name
 * matches the query come first (see rank.ts); the rest follow in Pagefind's order.
 */
export async function ranked(query: string, results: PagefindResult[]): Promise<LoadedResult[]> {
  const head = await Promise.all(
    results.slice(0, RERANK_DEPTH).map(async (r) => {
      const loaded = await r.data();
      const m = loaded.meta;
      return { ...r, loaded, names: [m['title'] ?? '', m['name_en'] ?? '', m['name_zh'] ?? '', m['pinyin'] ?? '', m['article_name'] ?? ''], primary: m['primary'] === '1', data: async () => loaded };
    }),
  );
  return [...rerank(query, head), ...results.slice(RERANK_DEPTH)];
}
