/**
 * A card process (run by tinypool, see pool.ts): loads the fonts once (with the replacement
 * font files the first task names, such as the Chinese subsets), then renders each card it is
 * given and writes the PNG to the given file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCardFonts, type CardFonts } from './fonts.ts';
import { renderCard } from './render.ts';
import type { WorkerTask } from './pool.ts';

/** The fonts of this process, by the replacement files they were loaded with. */
let loaded: { key: string; fonts: CardFonts } | undefined;

function fontsFor(files: WorkerTask['fonts']): CardFonts {
  const key = JSON.stringify(files);
  if (loaded?.key !== key) loaded = { key, fonts: loadCardFonts(Object.fromEntries(Object.entries(files).map(([file, path]) => [file, readFileSync(path)]))) };
  return loaded.fonts;
}

/** Renders one card to `file`; returns the PNG's size in bytes. */
export default async function render({ job, file, fonts }: WorkerTask): Promise<number> {
  const png = await renderCard(job, fontsFor(fonts));
  writeFileSync(file, png);
  return png.length;
}
