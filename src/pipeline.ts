/**
 * The pipeline in one place, in the shape of Quartz's transform → filter → emit:
 *
 *   read (src/atlas/read) → validate (src/atlas/validate + the rules below) → atlas (src/atlas/build)
 *     → emitters: pages (Astro, src/pages/[...route].astro over src/site/routes.ts; entry bodies
 *       in plain Markdown rendered directly, the others compiled as MDX: src/site/bodies.ts),
 *       search index (fed each entry page as it renders, written after the pages),
 *       neighbourhood pictures (an SVG file per entry and edition, while Pagefind writes),
 *       social cards, security headers, robots.txt (after the pages are written),
 *       GeoJSON, JSON and CSV downloads (Astro endpoints), sitemap (@astrojs/sitemap)
 *
 * `npm run check` (scripts/check-content.ts) and the build (src/integrations/atlas.ts) both
 * call `loadSite`, so they run the same validation with the same rules.
 */
import { loadAtlas, type AtlasRule, type LoadResult } from './atlas/load.ts';
import { cardGlyphRule } from './features/cards/rule.ts';
import { chartRule } from './features/figures/rule.ts';
import { dictionaryRule } from './i18n/rule.ts';
import type { Emitter } from './site/emitter.ts';
import { searchIndexEmitter } from './features/search/emitter.ts';
import { neighbourhoodEmitter } from './features/network/emitter.ts';
import { cardsEmitter } from './features/cards/emitter.ts';
import { headersEmitter } from './features/security/emitter.ts';
import { robotsEmitter } from './features/sitemap/robots.ts';

/** The checks the features add to the validation pass, in the order they run. */
export const RULES: readonly AtlasRule[] = [dictionaryRule, chartRule, cardGlyphRule];

/** What runs after Astro has written the pages, in order (the search index in the background: it waits for Pagefind). */
export const EMITTERS: readonly Emitter[] = [searchIndexEmitter, neighbourhoodEmitter, cardsEmitter, headersEmitter, robotsEmitter];

/** Reads, validates and builds the atlas of the project at `root`, with every rule. */
export function loadSite(root: string, options: { gitDates?: boolean; partial?: boolean } = {}): LoadResult {
  return loadAtlas(root, { rules: RULES, ...options });
}
