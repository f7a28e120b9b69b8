/**
 * One search bundle per edition, built one edition after another. Pagefind holds an index in
 * its process while pages are added and needs about three times as much while it writes the
 * bundle: in a 5,000-entry build with both editions in one index, 175 MB while indexing and
 * 569 MB while writing, at the end of the build, next to the build process's 900 MB
 * (per-process PSS, sampled from /proc every 250 ms; the build's peak, 1,485 MB). Here each
 * edition has its own index, written as soon as its last page is in and its Pagefind process
 * closed before the next edition's index opens: the first edition's bundle is written while
 * the pages of the second still render, and at most one edition is held at a time.
 *
 * The editions' pages are handed over in the order of their `paths` (OrderedIndexer); the
 * route table renders one edition's entry pages after the other's, so a page of a later
 * edition that arrives early waits (in the next index's queue) only while the earlier bundle
 * is written. A browser loads the bundle of its page's edition (`searchStrings().bundle`);
 * Pagefind would pick the page's language from one shared bundle as well, so the results
 * are the same.
 */
import { OrderedIndexer, type IndexSummary, type PagefindIndex } from './indexer.ts';

/** One edition's bundle: its language, its entry pages in index order, and where its files go. */
export interface EditionBundle {
  lang: string;
  paths: readonly string[];
  /** The folder Pagefind writes the bundle to (e.g. `<outDir>/en/pagefind`). */
  outputPath: string;
}

/** Opens a Pagefind index (in a fresh process) and closes the process again. */
export interface IndexService {
  open(): Promise<PagefindIndex>;
  close(): Promise<void>;
}

/** What `finish` reports per edition, in the order of the bundles. */
export interface EditionSummary extends IndexSummary {
  lang: string;
  /** Milliseconds from the construction of the EditionIndexes (before the pages render) until this edition's bundle was written. */
  writtenAfterMs: number;
}

/**
 * Feeds each rendered entry page to the index of its edition and writes each edition's
 * bundle when its pages are in; `prepare(path, html)` gives the document Pagefind gets.
 */
export class EditionIndexes {
  /** Each entry page's indexer, by path. */
  readonly #byPath = new Map<string, OrderedIndexer>();
  readonly #written: Array<Promise<EditionSummary>>;
  /** Resolved by `finish`: editions whose pages never all came are finished (and fail) then. */
  readonly #finishing = Promise.withResolvers<void>();

  constructor(bundles: readonly EditionBundle[], prepare: (path: string, html: string) => string, service: IndexService) {
    const started = performance.now();
    // Refused before any Pagefind process is asked for.
    const editionOf = new Map<string, string>();
    for (const bundle of bundles) {
      for (const path of bundle.paths) {
        const other = editionOf.get(path);
        if (other !== undefined) throw new Error(`${path} is in the search bundles of both ${other} and ${bundle.lang}; a page belongs to one edition`);
        editionOf.set(path, bundle.lang);
      }
    }
    // Each edition's index opens once the one before it is written (or has failed) and its process closed.
    let previous: Promise<unknown> = Promise.resolve();
    const open = () => service.open();
    this.#written = bundles.map((bundle) => {
      const opened = previous.then(open, open);
      opened.catch(() => {}); // reported through the pages handed to it and through finish
      const indexer = new OrderedIndexer(lazyIndex(opened), bundle.paths, prepare);
      for (const path of bundle.paths) this.#byPath.set(path, indexer);
      const written = Promise.race([indexer.allHandedOver, this.#finishing.promise])
        .then(() => indexer.finish(bundle.outputPath))
        .then((summary) => ({ lang: bundle.lang, ...summary, writtenAfterMs: performance.now() - started }))
        .finally(() => opened.then(() => service.close(), () => {}));
      written.catch(() => {}); // reported by finish, in edition order
      previous = written;
      return written;
    });
  }

  /** Whether `path` is an entry page of one of the editions. */
  wants(path: string): boolean {
    return this.#byPath.has(path);
  }

  /** Takes the HTML of the page at `path` for its edition's index; other paths are ignored. */
  accept(path: string, html: Promise<string> | string): void {
    this.#byPath.get(path)?.accept(path, html);
  }

  /**
   * Waits until every edition's bundle is written, and reports them in order. Throws the
   * failure of the first edition that failed (a page missing, rendered twice or refused by
   * Pagefind, Pagefind not starting, a bundle not written); the other editions are settled first.
   */
  async finish(): Promise<EditionSummary[]> {
    this.#finishing.resolve();
    const settled = await Promise.allSettled(this.#written);
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((result) => (result as PromiseFulfilledResult<EditionSummary>).value);
  }
}

/** An index whose calls wait for `opened`; they reach Pagefind in the order they were made. */
function lazyIndex(opened: Promise<PagefindIndex>): PagefindIndex {
  return {
    addHTMLFile: async (file) => (await opened).addHTMLFile(file),
    writeFiles: async (options) => (await opened).writeFiles(options),
  };
}
