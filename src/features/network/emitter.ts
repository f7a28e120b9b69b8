/**
 * Writes the neighbourhood picture of every entry page (src/features/network/neighbourhood.ts)
 * next to the page, after the pages: files, not Astro routes, so they cost no route each, and
 * they are written while Pagefind writes the search index in its own process (the search index
 * emitter runs in the background). The dev server serves the same pictures from
 * src/pages/[...neighbourhood].svg.ts.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Emitter } from '../../site/emitter.ts';
import { neighbourhoodImageSvg, neighbourhoodImages } from './neighbourhood.ts';

/** Files written at once: libuv's default thread pool has 4 threads. */
const WRITES_IN_FLIGHT = 8;

export const neighbourhoodEmitter: Emitter = {
  name: 'neighbourhood pictures',
  async emit({ atlas, routes, outDir }) {
    const images = neighbourhoodImages(atlas, routes);
    const folders = new Set<string>();
    // Writes in flight while the next pictures are drawn (the disk, not the drawing, is the slow part).
    const inFlight = new Set<Promise<void>>();
    for (const image of images) {
      const file = join(outDir, image.path);
      const folder = dirname(file);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      const write: Promise<void> = writeFile(file, neighbourhoodImageSvg(atlas, image)).finally(() => inFlight.delete(write));
      inFlight.add(write);
      if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const entryPages = routes.filter((r) => r.view === 'entry').length;
    return `${images.length} SVG files (${entryPages - images.length} entry pages without relations have none)`;
  },
};
