/**
 * Feeds pages to a search index while Astro is still rendering the others. Pagefind indexes in
 * a process of its own, so a page handed over as soon as it is rendered is indexed there
 * while the build renders the next page; the index is written once all pages are
 * in. Pagefind's output depends on the order of the pages it is given, so they are handed over
 * in the order of `paths` (not the order they finish rendering in): a page that is ready early
 * waits until those before it are in, and the same site always gives the same index files.
 */

/** The part of Pagefind's index API (`pagefind.createIndex`) the indexer uses. */
export interface PagefindIndex {
  addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[]; file?: { uniqueWords: number } }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

/** What `finish` reports: records indexed, unique words, and the most pages that ever waited for an earlier one. */
export interface IndexSummary {
  records: number;
  words: number;
  mostWaiting: number;
}

/**
 * Hands the pages `paths` (site paths without the base, in the order the index gets them)
 * to `index`, each as `prepare(path, html)` returns it (e.g. with its search record added).
 */
export class OrderedIndexer {
  readonly #index: PagefindIndex;
  readonly #paths: readonly string[];
  readonly #prepare: (path: string, html: string) => string;
  readonly #position: Map<string, number>;
  /** Rendered pages that wait for an earlier one, by position. */
  readonly #ready = new Map<number, string>();
  readonly #accepted = new Set<string>();
  /** Pages whose HTML is still arriving. */
  readonly #arrivals: Array<Promise<void>> = [];
  /** Pages handed to the index, until it answers. */
  readonly #pending: Array<Promise<void>> = [];
  #next = 0;
  #records = 0;
  #words = 0;
  #mostWaiting = 0;
  #failure: Error | undefined;
  readonly #handedOver = Promise.withResolvers<void>();

  constructor(index: PagefindIndex, paths: readonly string[], prepare: (path: string, html: string) => string) {
    this.#index = index;
    this.#paths = paths;
    this.#prepare = prepare;
    this.#position = new Map(paths.map((p, i) => [p, i]));
    if (!paths.length) this.#handedOver.resolve();
  }

  /**
   * Resolves once every page of `paths` has been handed to the index (or failed on the way,
   * which `finish` reports): from then on `finish` has nothing left to wait for but Pagefind.
   * Stays pending while a page has not been rendered.
   */
  get allHandedOver(): Promise<void> {
    return this.#handedOver.promise;
  }

  /** Whether `path` is one of the pages to index. */
  wants(path: string): boolean {
    return this.#position.has(path);
  }

  /**
   * Takes the HTML of the page at `path` (its rendering may still be under way). Other paths
   * are ignored; a page given twice is a failure, reported by `finish`.
   */
  accept(path: string, html: Promise<string> | string): void {
    const position = this.#position.get(path);
    if (position === undefined) return;
    if (this.#accepted.has(path)) {
      this.#fail(new Error(`${path} was rendered twice`));
      return;
    }
    this.#accepted.add(path);
    const arrival = Promise.resolve(html).then(
      (text) => {
        this.#ready.set(position, text);
        this.#mostWaiting = Math.max(this.#mostWaiting, this.#ready.size - (this.#ready.has(this.#next) ? 1 : 0));
        this.#handOver();
      },
      (error: unknown) => this.#fail(new Error(`${path} could not be read: ${(error as Error).message}`, { cause: error })),
    );
    this.#arrivals.push(arrival);
  }

  /** Gives the index every page that is ready and has all earlier ones in. */
  #handOver(): void {
    while (this.#ready.has(this.#next)) {
      const position = this.#next++;
      const path = this.#paths[position]!;
      const html = this.#ready.get(position)!;
      this.#ready.delete(position);
      let content: string;
      try {
        content = this.#prepare(path, html);
      } catch (error) {
        this.#fail(error as Error);
        continue;
      }
      this.#pending.push(
        this.#index.addHTMLFile({ url: path, content }).then(
          (response) => {
            if (response.errors.length) this.#fail(new Error(`${path}: ${response.errors.join('; ')}`));
            this.#records++;
            this.#words += response.file?.uniqueWords ?? 0;
          },
          (error: unknown) => this.#fail(new Error(`${path}: ${(error as Error).message}`, { cause: error })),
        ),
      );
    }
    if (this.#next === this.#paths.length) this.#handedOver.resolve();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
  }

  /**
   * Waits for the pages handed over, then writes the index to `outputPath`. Throws the first
   * failure, or names the first page that never came (with how many are missing).
   */
  async finish(outputPath: string): Promise<IndexSummary> {
    // Every arrival hands its page over synchronously, so once they are in, #pending is complete.
    await Promise.all(this.#arrivals);
    await Promise.all(this.#pending);
    if (this.#failure) throw this.#failure;
    const missing = this.#paths.filter((p) => !this.#accepted.has(p));
    if (missing.length) throw new Error(`${missing[0]} was not rendered${missing.length > 1 ? ` (nor ${missing.length - 1} more pages)` : ''}`);
    const written = await this.#index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`writing failed: ${written.errors.join('; ')}`);
    return { records: this.#records, words: this.#words, mostWaiting: this.#mostWaiting };
  }
}
