/**
 * Clearing the previous build's output without making the build wait for it. Astro empties
 * the output folder before it renders, file by file on its main thread (`emptyDir` in
 * astro/dist/core/fs: 3.3 s of a 39 s build for the ~23,000 files a 3,000-entry atlas writes:
 * pages, cards, neighbourhood pictures, search index). Instead the folder is renamed to a
 * sibling (one system call) and a separate Node process, at the lowest scheduling priority,
 * deletes it with the processor time the build leaves while the pages render; the build waits for it at the end and fails, naming the folder, if it
 * could not be deleted. Where renaming is not possible (another file system, a mount point,
 * a folder holding `.git`), the folder is left for Astro to empty as before.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, renameSync } from 'node:fs';
import { setPriority } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** The start of the names set-aside output folders get: `.dist.removing-`. */
const prefixOf = (outDir: string) => `.${basename(outDir)}.removing-`;

/** The name a set-aside output folder gets next to the folder: `.dist.removing-<pid>`. */
export function setAsideName(outDir: string, pid: number = process.pid): string {
  return `${prefixOf(outDir)}${pid}`;
}

/** Folders left set aside next to `outDir` by builds that stopped before their removal finished. */
export function leftovers(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = prefixOf(outDir);
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
    .map((name) => join(parent, name));
}

/** What `setAsideOutput` did: the folders being deleted and the promise of their removal. */
export interface OutputRemoval {
  /** Absolute paths of the folders being deleted (the set-aside output first, if any). */
  folders: string[];
  /** Resolves with the wall time in ms once every folder is gone; rejects naming the folders and the remover's error. */
  done: Promise<number>;
}

/** The remover process: Node itself, deleting the folders given as arguments. */
const REMOVER = ["-e", "for (const d of process.argv.slice(1)) require('node:fs').rmSync(d, { recursive: true, force: true, maxRetries: 3 })"];

/**
 * Renames the output folder `outDir` (absolute path) out of Astro's way and starts deleting
 * it, together with any `leftovers`, in a child process (`remover`: the command and its
 * arguments before the folders; Node's `rmSync` by default). Returns undefined when there is
 * nothing to delete, or when `outDir` cannot be set aside (a symbolic link, a folder holding
 * `.git`, or a rename the file system refuses): Astro then empties it itself.
 */
export function setAsideOutput(outDir: string, remover: readonly string[] = [process.execPath, ...REMOVER]): OutputRemoval | undefined {
  const folders = leftovers(outDir);
  const aside = join(dirname(outDir), setAsideName(outDir));
  if (existsSync(outDir) && lstatSync(outDir).isDirectory() && !existsSync(join(outDir, '.git')) && !folders.includes(aside)) {
    try {
      renameSync(outDir, aside);
      folders.unshift(aside);
    } catch {
      // EXDEV, EBUSY, EPERM…: Astro's own emptying still works on the folder where it is.
    }
  }
  if (folders.length === 0) return undefined;
  const started = performance.now();
  const [command, ...args] = remover;
  const done = new Promise<number>((resolve, reject) => {
    const child = spawn(command!, [...args, ...folders], { stdio: ['ignore', 'ignore', 'pipe'] });
    // The lowest priority: deleting only uses what the build and the search indexer leave of the cores.
    try {
      // (No pid: the process did not start, and 'error' below reports it.)
      if (child.pid !== undefined) setPriority(child.pid, 19);
    } catch {
      // ESRCH: it has already finished.
    }
    const said: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => said.push(chunk));
    child.on('error', (error) => reject(new Error(`could not start deleting the previous output (${folders.join(', ')}): ${error.message}`, { cause: error })));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(performance.now() - started);
      const stderr = Buffer.concat(said).toString('utf8').trim();
      reject(new Error(`deleting the previous output failed (${signal ?? `exit code ${code}`}): ${folders.join(', ')}. Delete the folders by hand.${stderr && `\n${stderr}`}`));
    });
  });
  // Awaited at the end of the build; until then a failure must not count as unhandled.
  done.catch(() => undefined);
  return { folders, done };
}
