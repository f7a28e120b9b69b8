/**
 * A card worker (run by piscina, see pool.ts): loads the fonts once per thread (with the
 * subsets the pool passes as `workerData`), then renders each card it is given and writes the
 * PNG to the given file.
 */
import { writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { loadCardFonts } from './fonts.ts';
import { renderCard, type CardJob } from './render.ts';

// The pool hands every worker the Chinese fonts cut down to this build's characters (subset.ts).
const fonts = loadCardFonts(Object.fromEntries(Object.entries((workerData ?? {}) as Record<string, Uint8Array>).map(([file, data]) => [file, Buffer.from(data)])));

/** Renders one card to `file`; returns the PNG's size in bytes. */
export default async function render({ job, file }: { job: CardJob; file: string }): Promise<number> {
  const png = await renderCard(job, fonts);
  writeFileSync(file, png);
  return png.length;
}
