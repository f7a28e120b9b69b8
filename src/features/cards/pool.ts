/**
 * Renders cards on all cores with piscina, a maintained worker pool: one thread per core,
 * each with its own fonts and memory (Satori and resvg keep much memory alive; it is
 * returned when the pool ends). A worker that crashes is replaced by the pool; its card is
 * tried once more, and a card that fails twice fails the build naming its source.
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

/** Renders every task; rejects with the source of the first card that fails twice. */
export async function renderInPool(tasks: readonly CardTask[], threads = cardThreads()): Promise<void> {
  if (tasks.length === 0) return;
  const size = Math.min(threads, tasks.length);
  const pool = new Piscina({ filename: new URL('./worker.ts', import.meta.url).href, minThreads: size, maxThreads: size, idleTimeout: 1000 });
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
