/**
 * Renders a 1200×630 social card for every page of the route table (forwarding pages at
 * former slugs excepted) with Satori and resvg, and writes it where the page's og:image
 * points (`paths.card`). Entry cards come from the entry's data, other cards from the route
 * meta: nothing is read back from the built HTML. Cards are cached by a hash of everything
 * that shapes the image (card text, template sources, fonts): an unchanged site renders no
 * card twice, and editing one entry renders only the cards that show its data
 * (cache: .cache/cards, or ATLAS_CARD_CACHE). The missing cards are rendered before the pages
 * (`renderMissingCards`, called by the integration at build start), the emitter places them.
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmitContext, Emitter } from '../../site/emitter.ts';
import type { Atlas } from '../../atlas/build/atlas.ts';
import type { Route } from '../../site/routes.ts';
import { paths } from '../../site/paths.ts';
import { routeMeta } from '../../site/route-meta.ts';
import { translator } from '../../i18n/index.ts';
import { loadCardFonts } from './fonts.ts';
import { entryCard, pageCard } from './data.ts';
import { cardProcesses, renderInPool, type CardTask } from './pool.ts';
import { chineseCharacters, subsetChineseFonts } from './subset.ts';
import type { CardJob } from './render.ts';
import { collectGarbage, type Collection } from '../../site/heap.ts';

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

/** The cards of the site: each card's cache file and page, and the cards missing from the cache. */
function cardPlan(atlas: Atlas, routes: readonly Route[], root: string) {
  const jobs = cardJobs(atlas, routes);
  const base = templateHash();
  const cacheDir = process.env['ATLAS_CARD_CACHE'] ?? join(root, '.cache', 'cards');
  mkdirSync(cacheDir, { recursive: true });
  const missing: CardTask[] = [];
  const placements: Array<{ cached: string; page: string }> = [];
  const queued = new Set<string>();
  for (const job of jobs) {
    const key = createHash('sha256').update(base).update(JSON.stringify([job.input, job.context])).digest('hex').slice(0, 32);
    const cached = join(cacheDir, `${key}.png`);
    if (!existsSync(cached) && !queued.has(cached)) {
      queued.add(cached);
      missing.push({ job, file: cached });
    }
    placements.push({ cached, page: job.page });
  }
  return { placements, missing };
}

/** What one rendering run did: cards of the site, rendered, found in the cache, time and processes at once. */
interface CardRun {
  total: number;
  rendered: number;
  reused: number;
  ms: number;
  processes: number;
  /** The garbage collection before the card processes started (none when no card was missing). */
  collection: Collection | undefined;
}

/** What `renderMissingCards` planned and did before the pages, for the emitter. */
let earlier: { plan: ReturnType<typeof cardPlan>; run: CardRun } | undefined;

/** Renders the plan's missing cards into the cache, in the worker pool. */
async function render({ placements, missing }: ReturnType<typeof cardPlan>): Promise<CardRun> {
  const started = performance.now();
  // Workers get the Chinese fonts cut down to the characters of the cards they render.
  const fonts = loadCardFonts();
  const texts = missing.map((t) => JSON.stringify([t.job.input, { ...t.job.context, locator: undefined }]));
  let collection: Collection | undefined;
  if (missing.length) {
    const subsets = await subsetChineseFonts(fonts, chineseCharacters(texts, fonts.latin));
    // The card processes start next to this one: without the garbage of reading the content (src/site/heap.ts).
    collection = collectGarbage();
    await renderInPool(missing, { fonts: subsets });
  }
  return { total: placements.length, rendered: missing.length, reused: placements.length - missing.length, ms: performance.now() - started, processes: Math.min(cardProcesses(), missing.length), collection };
}

/**
 * Renders the cards missing from the cache. The integration calls it at `astro:build:start`,
 * before Astro renders the pages: the card workers then never run on top of the heap the
 * pages build up, so a cold build peaks lower; the emitter then only places the cards (the
 * same plan: nothing is hashed twice). Returns what it did.
 */
export async function renderMissingCards({ atlas, routes, root }: Pick<EmitContext, 'atlas' | 'routes' | 'root'>): Promise<CardRun> {
  const plan = cardPlan(atlas, routes, root);
  earlier = { plan, run: await render(plan) };
  return earlier.run;
}

/** The one-line summary of a run (the cache test and the bench read it). */
function summary(run: CardRun, when: string): string {
  const perCard = run.rendered ? `, ${Math.round(run.ms / run.rendered)} ms per card, ${run.processes} in parallel` : '';
  return `${run.total} cards: rendered ${run.rendered}, reused ${run.reused} (rendering ${when}: ${Math.round(run.ms)} ms${perCard})`;
}

export const cardsEmitter: Emitter = {
  name: 'social cards',
  async emit({ atlas, routes, outDir, root }) {
    // Without a run before the pages (a build without the integration's hook), the cards are rendered now.
    const before = earlier;
    earlier = undefined;
    const plan = before?.plan ?? cardPlan(atlas, routes, root);
    const run = before?.run ?? (await render(plan));
    for (const folder of new Set(plan.placements.map(({ page }) => dirname(join(outDir, paths.card(page)))))) mkdirSync(folder, { recursive: true });
    for (const { cached, page } of plan.placements) placeCard(cached, join(outDir, paths.card(page)));
    return summary(run, before ? 'before the pages' : 'after the pages');
  },
};
