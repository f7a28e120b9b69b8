/**
 * A card worker (run by piscina, see pool.ts): loads the fonts once per thread, then renders
 * each card it is given and writes the PNG to the given file.
 */
import { writeFileSync } from 'node:fs';
import { loadCardFonts } from './fonts.ts';
import { renderCard, type CardJob } from './render.ts';

const fonts = loadCardFonts();

/** Renders one card to `file`; returns the PNG's size in bytes. */
export default async function render({ job, file }: { job: CardJob; file: string }): Promise<number> {
  const png = await renderCard(job, fonts);
  writeFileSync(file, png);
  return png.length;
}
