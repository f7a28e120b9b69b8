/**
 * Renders cards on all cores with tinypool, a maintained worker pool, in child processes
 * (`runtime: 'child_process'`), not threads: resvg-js is a native addon, and a native crash, or
 * V8 tearing down a worker thread while its background tasks still run, takes the whole
 * process down with it. CI once saw the build abort that way while card threads were being
 * replaced ("Mutex corrupt: both reader and writer lock held", exit code 134). A crashed
 * process only fails its card, which is tried once more in a new process; a card that fails
 * twice fails the build naming its source.
 *
 * Processes are replaced every CARDS_PER_WORKER cards. resvg-js 2.6 frees a rendered image's
 * native memory (the 1200×630×4-byte pixmap and more, about 7 MB a card) only when V8 collects
 * its JavaScript wrapper, and V8 does not know that size, so it collects late (fixed upstream
 * after 2.6 by reporting the size, thx/resvg-js#393, not released as stable). Measured: a
 * process rendering 2,464 cards grew to about 450 MB without replacement, and flat with a
 * forced collection after every 8 cards, which made a card 35 % slower; starting a process
 * (modules, fonts, the first card) takes about 0.9 s of CPU, so replacing it every 40 cards
 * cost 10 ms a card, every 400 cards about 1 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tinypool } from 'tinypool';
import type { CardJob } from './render.ts';

/** A card to render and the file to write it to. */
export interface CardTask {
  job: CardJob;
  file: string;
}

/** What a card process gets per card: the task and the font files it loads once (see worker.ts). */
export interface WorkerTask extends CardTask {
  /** Replacement font data by package font file: the path of a file holding it (a subset, see subset.ts). */
  fonts: Record<string, string>;
}

/** The number of card processes at once: one per core (`cores`, by default this machine's), at most 4, at least 1. */
export function cardProcesses(cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, 4));
}

/** Cards a process renders before it is replaced (see above): bounds the memory a process holds to about 0.45 GB. */
export const CARDS_PER_WORKER = 400;

/** How `renderInPool` runs. */
export interface PoolOptions {
  /** Processes at once (default: `cardProcesses()`). */
  processes?: number;
  /** Replacement data of font files, such as subsets, by package font file (default: none). */
  fonts?: Record<string, Buffer>;
  /** The module a process runs, whose default export takes a `WorkerTask` (default: worker.ts; tests pass others). */
  worker?: URL;
}

/**
 * Renders every task; rejects with the source of the first card that fails twice (a thrown
 * error, or its process ending early). The font data is handed to the processes as files in a
 * temporary folder, removed afterwards.
 */
export async function renderInPool(tasks: readonly CardTask[], { processes = cardProcesses(), fonts = {}, worker = new URL('./worker.ts', import.meta.url) }: PoolOptions = {}): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-card-fonts-'));
  try {
    const fontFiles = Object.fromEntries(
      Object.entries(fonts).map(([file, data], i) => {
        const path = join(folder, `${i}.ttf`);
        writeFileSync(path, data);
        return [file, path];
      }),
    );
    const round = processes * CARDS_PER_WORKER;
    const rounds = Array.from({ length: Math.ceil(tasks.length / round) }, (_, i) => tasks.slice(i * round, (i + 1) * round));
    for (const share of rounds) await renderRound(share.map((task) => ({ ...task, fonts: fontFiles })), processes, worker);
  } finally {
    rmSync(folder, { recursive: true });
  }
}

/** One round: a fresh pool of processes renders its share of cards and ends, returning their memory. */
async function renderRound(tasks: readonly WorkerTask[], processes: number, worker: URL): Promise<void> {
  const size = Math.min(processes, tasks.length);
  const pool = new Tinypool({
    filename: worker.href,
    runtime: 'child_process',
    minThreads: size,
    maxThreads: size,
    // Without `env`, tinypool starts the processes with an empty environment.
    env: process.env as Record<string, string>,
    // Node's defaults, not this process's flags (the build's heap limit; under the test runner, --test).
    execArgv: [],
  });
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
