/**
 * The contract of an output that is written after Astro has built the pages: it gets the
 * atlas and the route table (never the content folder), writes into the output folder, and
 * returns a one-line summary for the build log. A failure throws with the emitter's name
 * and the cause (see runEmitters).
 */
import type { Atlas } from '../atlas/build/atlas.ts';
import type { Route } from './routes.ts';

/** What an emitter works from. */
export interface EmitContext {
  atlas: Atlas;
  routes: readonly Route[];
  /** The build's output folder (dist/). */
  outDir: string;
  /** The project root. */
  root: string;
}

/** One output of the pipeline. */
export interface Emitter {
  name: string;
  /**
   * The emitter mostly waits for another process (Pagefind writing its index): the next
   * emitters run meanwhile, and the run ends when it has finished too.
   */
  background?: boolean;
  emit(context: EmitContext): Promise<string>;
}

/**
 * Runs the emitters in order, a background one alongside those after it; logs each one's
 * summary and time when it finishes, and rejects naming the first one that failed (the
 * emitters after a failed one do not start).
 */
export async function runEmitters(emitters: readonly Emitter[], context: EmitContext, log: (line: string) => void): Promise<void> {
  const background: Array<Promise<void>> = [];
  const run = async (emitter: Emitter) => {
    const started = performance.now();
    let summary: string;
    try {
      summary = await emitter.emit(context);
    } catch (error) {
      throw new Error(`${emitter.name} failed: ${(error as Error).message}`, { cause: error });
    }
    log(`${emitter.name}: ${summary} (${Math.round(performance.now() - started)} ms)`);
  };
  for (const emitter of emitters) {
    if (emitter.background) {
      const running = run(emitter);
      running.catch(() => {}); // reported when awaited below, or superseded by an earlier failure
      background.push(running);
    } else {
      await run(emitter);
    }
  }
  await Promise.all(background);
}
