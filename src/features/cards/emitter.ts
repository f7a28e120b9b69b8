/**
 * Renders a 1200×630 social card for every page of the route table (forwarding pages at
 * former slugs excepted) with Satori and resvg, and writes it where the page's og:image
 * points (`paths.card`). Entry cards come from the entry's data, other cards from the route
 * meta: nothing is read back from the built HTML. Cards are cached by a hash of everything
 * that shapes the image (card text, template sources, fonts): an unchanged site renders no
 * card twice, and editing one entry renders only the cards that show its data
 * (cache: .cache/cards, or ATLAS_CARD_CACHE).
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Emitter } from '../../site/emitter.ts';
import type { Atlas } from '../../atlas/build/atlas.ts';
import type { Route } from '../../site/routes.ts';
import { paths } from '../../site/paths.ts';
import { routeMeta } from '../../site/route-meta.ts';
import { translator } from '../../i18n/index.ts';
import { loadCardFonts } from './fonts.ts';
import { entryCard, pageCard } from './data.ts';
import { cardThreads, renderInPool, type CardTask } from './pool.ts';
import { chineseCharacters, subsetChineseFonts } from './subset.ts';
import type { CardJob } from './render.ts';

/** Files whose content shapes the card image; a change to any of them re-renders all cards. */
const TEMPLATE_FILES = ['./layout.ts', './text-fit.ts', './hyphenation.ts', './render.ts', './png.ts'];

/**
 * Puts the cached card `cached` at `target`: a hard link (no bytes copied; the cache's files
 * are written once and never changed), or a copy where the two folders cannot share a file
 * (another file system, a system without hard links), as a copy-on-write clone where the file
 * system offers one. A file already at `target` is replaced. `link` is the linking call (tests
 * pass one that fails).
 */
export function placeCard(cached: string, target: string, link: (from: string, to: string) => void = linkSync): void {
  rmSync(target, { force: true });
  try {
    link(cached, target);
  } catch {
    copyFileSync(cached, target, constants.COPYFILE_FICLONE);
  }
}

/** The card job of every route that gets a card. */
export function cardJobs(atlas: Atlas, routes: readonly Route[]): CardJob[] {
  return routes
    .filter((r) => r.view !== 'redirect')
    .map((route) => {
      const ui = translator(route.lang);
      if (route.view === 'entry') {
        const entry = atlas.get(route.slug)!;
        const spec = entryCard(entry, ui);
        return { page: route.path, source: entry.file, input: spec.input, context: spec.context };
      }
      const spec = pageCard(routeMeta(route, atlas, ui), ui);
      return { page: route.path, source: route.path, input: spec.input, context: spec.context };
    });
}

/** The cache key's base: the template sources and the fonts. */
function templateHash(): string {
  const hash = createHash('sha256');
  for (const file of TEMPLATE_FILES) hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  hash.update(loadCardFonts().hash);
  return hash.digest('hex');
}

export const cardsEmitter: Emitter = {
  name: 'social cards',
  async emit({ atlas, routes, outDir, root }) {
    const jobs = cardJobs(atlas, routes);
    const base = templateHash();
    const cacheDir = process.env['ATLAS_CARD_CACHE'] ?? join(root, '.cache', 'cards');
    mkdirSync(cacheDir, { recursive: true });
    let reused = 0;
    const tasks: CardTask[] = [];
    const copies: Array<[string, string]> = [];
    const queued = new Set<string>();
    for (const job of jobs) {
      const key = createHash('sha256').update(base).update(JSON.stringify([job.input, job.context])).digest('hex').slice(0, 32);
      const cached = join(cacheDir, `${key}.png`);
      const target = join(outDir, paths.card(job.page));
      mkdirSync(dirname(target), { recursive: true });
      if (existsSync(cached)) reused++;
      else if (!queued.has(cached)) {
        queued.add(cached);
        tasks.push({ job, file: cached });
      }
      copies.push([cached, target]);
    }
    const started = performance.now();
    // Workers get the Chinese fonts cut down to the characters of the cards they render.
    const fonts = loadCardFonts();
    const texts = tasks.map((t) => JSON.stringify([t.job.input, { ...t.job.context, locator: undefined }]));
    await renderInPool(tasks, cardThreads(), await subsetChineseFonts(fonts, chineseCharacters(texts, fonts.latin)));
    const ms = performance.now() - started;
    for (const [cached, target] of copies) placeCard(cached, target);
    const perCard = tasks.length ? ` (${Math.round(ms / tasks.length)} ms per card on ${Math.min(cardThreads(), tasks.length)} threads)` : '';
    return `${jobs.length} cards: rendered ${tasks.length}, reused ${reused}${perCard}`;
  },
};
