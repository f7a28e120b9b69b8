/**
 * Hands rendered pages to the search indexer (editions.ts) during a build. The integration
 * opens the indexer before Astro renders (`openIndexer`); the site middleware gives it every
 * page as it is rendered (`pageRendered`); the search emitter takes it back after the pages
 * (`takeIndexer`). The middleware runs from a separately bundled copy of this module, so the
 * indexer is kept on `globalThis` under a registered symbol, as the atlas is
 * (src/atlas/runtime.ts). Outside a build (the dev server) no indexer is open and pages pass.
 */
import type { EditionIndexes } from './editions.ts';

const KEY = Symbol.for('haidian-atlas.search-indexer');

interface Holder {
  indexer?: EditionIndexes | undefined;
}
const holder = (): Holder => ((globalThis as unknown as Record<symbol, Holder | undefined>)[KEY] ??= {});

/** Makes `indexer` receive the pages this process renders from now on. */
export function openIndexer(indexer: EditionIndexes): void {
  holder().indexer = indexer;
}

/** The open indexer, which no page reaches any more; undefined when none was opened. */
export function takeIndexer(): EditionIndexes | undefined {
  const h = holder();
  const indexer = h.indexer;
  h.indexer = undefined;
  return indexer;
}

/**
 * Gives the open indexer a copy of the page at `pathname` (the URL's path without the base,
 * percent-encoded as in a URL) when it wants that page; `response` itself is returned
 * untouched to Astro. A path that is not valid percent-encoding is no page of the index.
 */
export function pageRendered(pathname: string, response: Response): Response {
  const indexer = holder().indexer;
  if (!indexer) return response;
  let path: string;
  try {
    path = decodeURI(pathname);
  } catch {
    return response;
  }
  if (indexer.wants(path)) indexer.accept(path, response.clone().text());
  return response;
}
