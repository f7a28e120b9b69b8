/**
 * Renders cards on all cores: one worker thread per available core, each with its own
 * fonts and memory, which is also returned to the system when the workers end (Satori and
 * resvg otherwise keep a lot of memory alive across hundreds of cards). Falls back to
 * rendering in this thread where workers cannot start.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import type { CardJob } from './card-render.ts';

/** A card to render and the file to write it to. */
export interface CardTask {
  job: CardJob;
  file: string;
}

/** Renders every task; rejects with the source of the first card that fails. */
export async function renderInWorkers(tasks: readonly CardTask[], threads = Math.max(1, Math.min(availableParallelism(), 4))): Promise<void> {
  if (tasks.length === 0) return;
  let workers: Worker[];
  try {
    workers = Array.from({ length: Math.min(threads, tasks.length) }, () => new Worker(new URL('./card-worker.ts', import.meta.url)));
  } catch {
    const [{ renderCard }, { loadCardFonts }] = await Promise.all([import('./card-render.ts'), import('../lib/card-fonts.ts')]);
    const fonts = loadCardFonts();
    for (const task of tasks) writeFileSync(task.file, await renderCard(task.job, fonts));
    return;
  }
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= tasks.length) return resolve();
              const id = next++;
              worker.postMessage({ id, job: tasks[id]!.job, file: tasks[id]!.file });
            };
            worker.on('message', (m: { id: number; error?: string }) => {
              if (m.error) reject(new Error(`social cards: rendering the card of ${tasks[m.id]!.job.source} failed: ${m.error}`));
              else send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
