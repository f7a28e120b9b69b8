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
  emit(context: EmitContext): Promise<string>;
}

/** Runs the emitters in order; logs each one's summary and time, and names the one that failed. */
export async function runEmitters(emitters: readonly Emitter[], context: EmitContext, log: (line: string) => void): Promise<void> {
  for (const emitter of emitters) {
    const started = performance.now();
    let summary: string;
    try {
      summary = await emitter.emit(context);
    } catch (error) {
      throw new Error(`${emitter.name} failed: ${(error as Error).message}`, { cause: error });
    }
    log(`${emitter.name}: ${summary} (${Math.round(performance.now() - started)} ms)`);
  }
}
