/**
 * A card worker thread: loads the fonts once, then renders the cards it is sent and
 * writes each PNG to the given file. See card-pool.ts.
 */
import { parentPort } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import { loadCardFonts } from '../lib/card-fonts.ts';
import { renderCard, type CardJob } from './card-render.ts';

const fonts = loadCardFonts();
parentPort!.on('message', async (message: { id: number; job: CardJob; file: string }) => {
  try {
    writeFileSync(message.file, await renderCard(message.job, fonts));
    parentPort!.postMessage({ id: message.id });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
