/**
 * Astro integration that renders a 1200×630 social card for every HTML page after the
 * build, with Satori (layout) and resvg (PNG), and writes it where the page's og:image
 * points (src/lib/card-paths.ts). Cards are cached by a hash of everything that affects
 * the image (card text, template sources, fonts): an unchanged site renders no card
 * twice (cache: .cache/cards, or ATLAS_CARD_CACHE). A character missing from the fonts fails the build, naming the page and the
 * character, so no tofu box ever reaches a card.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, copyFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanContent } from '../lib/content-files.ts';
import { cardText, type CardContext } from '../lib/card-layout.ts';
import type { CardJob } from './card-render.ts';
import { renderInWorkers } from './card-pool.ts';
import { cardPath } from '../lib/card-paths.ts';
import { codePointLabel, missingGlyphs } from '../lib/card-glyphs.ts';
import { loadCardFonts } from '../lib/card-fonts.ts';
import { entryCard, glyphProblems, type CardLabels } from '../lib/card-data.ts';
import { formatFigureValue } from '../lib/present.ts';
import type { EntryData } from '../lib/graph.ts';
import { HAIDIAN_RING } from '../lib/haidian.ts';
import { formatProblem } from '../lib/problems.ts';
import { collectionForSegment } from '../lib/collections.ts';
import { htmlText } from '../lib/html.ts';
import { SITE } from '../config.ts';
import { t } from '../i18n/index.ts';

/** Files whose content shapes the card image; a change to any of them re-renders all cards. */
const TEMPLATE_FILES = ['../lib/card-layout.ts', './card-render.ts', './cards.ts'];

export type { CardJob } from './card-render.ts';
export { renderCard } from './card-render.ts';

function attr(html: string, property: string): string | undefined {
  const match = new RegExp(`<meta[^>]+(?:property|name)="${property}"[^>]+content="([^"]*)"`).exec(html);
  return match ? htmlText(match[1]!).trim() : undefined;
}

/** The dictionary labels of an entry's card (and a figure's formatted value). */
export function cardLabels(collection: string, data: EntryData): CardLabels {
  return {
    collection: t(`collection.${collection}.one`),
    kind: t(`kind.${collection}.${data.kind}`),
    locator: t('card.locator'),
    locatorApproximate: t('card.locator_approximate'),
    ...(collection === 'figures' ? { value: formatFigureValue(data, t(`qualifier.${String(data['qualifier'])}`)) } : {}),
  };
}

/** Section name for a page that is not an entry, from the first path segment. */
function sectionBadge(pathname: string): string {
  const segment = pathname.split('/').filter(Boolean)[0] ?? '';
  const collection = collectionForSegment(segment);
  if (collection) return t(`collection.${collection}`);
  const sections: Record<string, string> = { '': t('card.home_badge'), karte: t('nav.map'), suche: t('nav.search'), schlagwoerter: t('nav.tags') };
  return sections[segment] ?? t('site.title');
}

/** True for the small pages at former slugs that only forward to the current page. */
export function isRedirectPage(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html);
}

/** The built pages that are real pages: every HTML file but the forwarding pages at former slugs. */
export function pageFiles(dir: string): string[] {
  return htmlFiles(dir).filter((file) => !isRedirectPage(readFileSync(file, 'utf8')));
}

/** Every built HTML page under `dir` (without the search bundle, cards and assets). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === 'og' || d.name === '_astro' ? [] : htmlFiles(path);
    return d.name.endsWith('.html') ? [path] : [];
  });
}

/** Collects the card of every HTML page: entries from the content data, other pages from their meta tags. */
export function cardJobs(out: string, root: string): CardJob[] {
  const scan = scanContent(root);
  const byPath = new Map([...scan.graph.nodes.values()].map((n) => [n.path, n]));
  const context: CardContext = { siteName: t('site.title'), host: new URL(SITE.url).host };
  return pageFiles(out).map((file) => {
    const page = `/${relative(out, file).split('\\').join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '');
    const node = byPath.get(page);
    if (node) return { page, source: node.file, ...entryCard(node, cardLabels(node.collection, node.data), HAIDIAN_RING, context) };
    const html = readFileSync(file, 'utf8');
    const title = attr(html, 'og:title') ?? t('site.title');
    return { page, source: page, input: { title, badge: sectionBadge(page), summary: attr(html, 'og:description') ?? t('site.description') }, context };
  });
}

/** The integration. */
export default function cards(): AstroIntegration {
  return {
    name: 'atlas-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const root = process.cwd();
        const fonts = loadCardFonts();
        const jobs = cardJobs(out, root);

        // Entries report the field; other pages (titles from the dictionary) the whole card text.
        const problems = jobs.flatMap((job) => {
          const fieldProblems = job.source.startsWith('content/') ? glyphProblems(job.source, job.input, fonts.covered).map(formatProblem) : [];
          const rest = missingGlyphs(cardText(job.input, job.context), fonts.covered)
            .filter((ch) => !fieldProblems.some((p) => p.includes(`"${ch}"`)))
            .map((ch) => `${job.source}: the character "${ch}" (${codePointLabel(ch)}) is missing from the card fonts (Inter, Noto Sans SC). Fix: replace it, or add a font that has it to src/lib/card-fonts.ts`);
          return [...fieldProblems, ...rest];
        });
        if (problems.length) throw new Error(`social cards: ${problems.length} character${problems.length === 1 ? '' : 's'} cannot be drawn:\n  - ${problems.join('\n  - ')}`);

        const template = createHash('sha256');
        for (const file of TEMPLATE_FILES) template.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
        const base = `${template.digest('hex')}:${fonts.hash}`;
        const cacheDir = process.env['ATLAS_CARD_CACHE'] ?? join(root, '.cache', 'cards');
        mkdirSync(cacheDir, { recursive: true });

        let reused = 0;
        const tasks: Array<{ job: CardJob; file: string }> = [];
        const copies: Array<[string, string]> = [];
        const queued = new Set<string>();
        for (const job of jobs) {
          const key = createHash('sha256').update(base).update(JSON.stringify([job.input, job.context])).digest('hex').slice(0, 32);
          const cached = join(cacheDir, `${key}.png`);
          const target = join(out, cardPath(job.page));
          mkdirSync(dirname(target), { recursive: true });
          if (existsSync(cached)) reused++;
          else if (!queued.has(cached)) {
            queued.add(cached);
            tasks.push({ job, file: cached });
          }
          copies.push([cached, target]);
        }
        const t0 = performance.now();
        await renderInWorkers(tasks);
        const renderMs = performance.now() - t0;
        const rendered = tasks.length;
        for (const [cached, target] of copies) copyFileSync(cached, target);
        const perCard = rendered ? ` (${Math.round(renderMs / rendered)} ms per card on ${Math.min(availableParallelism(), 4)} threads)` : '';
        logger.info(`${jobs.length} cards: rendered ${rendered}, reused ${reused} in ${Math.round(performance.now() - started)} ms${perCard}`);
      },
    },
  };
}
