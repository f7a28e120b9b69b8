/**
 * Hands the atlas the integration loaded to the pages. Astro renders pages in the process
 * that ran the integration (the build, and the dev server), but from a separately bundled
 * copy of our modules, so a module variable would not be shared: the atlas is kept on
 * `globalThis` under a registered symbol instead. Nothing here reads the content folder.
 */
import type { Atlas } from './build/atlas.ts';
import { localAtlas } from './build/localize.ts';
import type { Locale } from '../site/segments.ts';
import type { PartialAtlas } from './load.ts';
import type { Problem } from './validate/problems.ts';

const KEY = Symbol.for('haidian-atlas.runtime');

interface Runtime {
  atlas?: Atlas | undefined;
  /** Why there is no atlas (the content problems), for the dev server's error overlay. */
  failure?: Error | undefined;
  /** Dev server only: the atlas was built without the entries that have problems. */
  partial?: (PartialAtlas & { problems: readonly Problem[] }) | undefined;
}

function runtime(): Runtime {
  const holder = globalThis as unknown as Record<symbol, Runtime | undefined>;
  return (holder[KEY] ??= {});
}

/**
 * Publishes the atlas (or the reason there is none) to the pages of this process; in the dev
 * server, `partial` says which entries a partial atlas left out and why.
 */
export function publishAtlas(atlas: Atlas | undefined, failure?: Error, partial?: PartialAtlas & { problems: readonly Problem[] }): void {
  const r = runtime();
  r.atlas = atlas;
  r.failure = failure;
  r.partial = partial;
}

/** Dev server only: what the published partial atlas left out, or undefined when nothing was. */
export function getPartial(): (PartialAtlas & { problems: readonly Problem[] }) | undefined {
  return runtime().partial;
}

/**
 * The atlas the integration loaded, as seen in `lang` (its entries' texts in that language,
 * src/atlas/build/localize.ts); throws the content problems when it could not be built.
 */
export function getAtlas(lang?: Locale): Atlas {
  const r = runtime();
  if (r.atlas) return lang ? localAtlas(r.atlas, lang) : r.atlas;
  throw r.failure ?? new Error('the atlas was not loaded: the atlas integration (src/integrations/atlas.ts) must run before pages render');
}
