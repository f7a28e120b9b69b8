/**
 * The memory of a process and everything it starts (card processes, Pagefind), for the
 * benchmarks: the sum of the proportional set sizes (PSS: resident pages, each page shared by n
 * processes counted 1/n in each, so the sum is what the tree occupies) of the process tree,
 * sampled from Linux's /proc (`/proc/<pid>/status`: `PPid`; `/proc/<pid>/smaps_rollup`: `Pss`,
 * in kB; proc(5)). A peak shorter than the sampling interval can be missed.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The number after `key:` in a /proc file's text, or undefined. */
function field(text: string, key: string): number | undefined {
  const match = new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

/** A file of /proc, or undefined for a process that ended while being read. */
function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The parent pid of every process, by pid. */
function parents(): Map<number, number> {
  const table = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = field(read(`/proc/${name}/status`) ?? '', 'PPid');
    if (parent !== undefined) table.set(Number(name), parent);
  }
  return table;
}

/** The summed proportional set size in kB of `root` and all its descendants now. */
export function treePssKb(root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents()) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    sum += field(read(`/proc/${pid}/smaps_rollup`) ?? '', 'Pss') ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/** Samples the tree of `root` every `intervalMs` until `stop()`, which returns the peak in kB. */
export function sampleTreeMemory(root: number, intervalMs = 100): { stop: () => number } {
  let peak = treePssKb(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, treePssKb(root));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
