/**
 * Renders cards on all cores with piscina, a maintained worker pool: one thread per core,
 * each with its own fonts. A worker that crashes is replaced by the pool; its card is tried
 * once more, and a card that fails twice fails the build naming its source.
 *
 * Workers are recycled every CARDS_PER_WORKER cards: resvg-js 2.6 keeps each rendered
 * image's pixel buffer (1200×630×4 bytes, about 3 MB) until its thread ends, even after a
 * forced garbage collection (measured: +3.1 MB per render in one thread; nothing more once a
 * finished worker's memory is reused). Without recycling, 1,000 cards held 16 GB.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { CardJob } from './render.ts';

/** A card to render and the file to write it to. */
export interface CardTask {
  job: CardJob;
  file: string;
}

/** The number of render threads: every core, at most 4. */
export function cardThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

/** Cards a worker renders before it is replaced (see above): bounds the memory a worker holds to about 0.25 GB; with subset fonts a new worker starts in about 0.1 s. */
export const CARDS_PER_WORKER = 40;

/** Renders every task (`fonts`: subsets of font files for the workers); rejects with the source of the first card that fails twice. */
export async function renderInPool(tasks: readonly CardTask[], threads = cardThreads(), fonts: Record<string, Buffer> = {}): Promise<void> {
  const round = threads * CARDS_PER_WORKER;
  for (let start = 0; start < tasks.length; start += round) await renderRound(tasks.slice(start, start + round), threads, fonts);
}

/** One round: a fresh pool renders its share of cards and ends, returning its memory. */
async function renderRound(tasks: readonly CardTask[], threads: number, fonts: Record<string, Buffer>): Promise<void> {
  if (tasks.length === 0) return;
  const size = Math.min(threads, tasks.length);
  const pool = new Piscina({ filename: new URL('./worker.ts', import.meta.url).href, minThreads: size, maxThreads: size, idleTimeout: 1000, workerData: fonts });
  try {
    await Promise.all(
      tasks.map(async (task) => {
        try {
          await pool.run(task);
        } catch (first) {
          try {
            await pool.run(task);
          } catch (error) {
            throw new Error(`rendering the card of ${task.job.source} failed: ${(error as Error).message} (first attempt: ${(first as Error).message})`, { cause: error });
          }
        }
      }),
    );
  } finally {
    await pool.destroy();
  }
}
