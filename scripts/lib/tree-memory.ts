/**
 * The memory of a process and everything it starts (card processes, Pagefind), for the
 * benchmarks: the sum of the resident set sizes of the process tree, sampled from Linux's
 * /proc (`/proc/<pid>/status`: `PPid` and `VmRSS`, in kB; proc(5)). A peak shorter than the sampling interval can be missed, and pages shared between
 * processes count once per process, so the sum errs on the high side.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid and resident kB of every process, by pid; processes that end while being read are left out. */
function processTable(): Map<number, { parent: number; rssKb: number }> {
  const table = new Map<number, { parent: number; rssKb: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let status: string;
    try {
      status = readFileSync(`/proc/${name}/status`, 'utf8');
    } catch {
      continue;
    }
    // Kernel threads have no VmRSS line.
    const field = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    table.set(Number(name), { parent: field('PPid'), rssKb: field('VmRSS') });
  }
  return table;
}

/** The summed resident kB of `root` and all its descendants now. */
export function treeRssKb(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    sum += table.get(pid)?.rssKb ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/** Samples the tree of `root` every `intervalMs` until `stop()`, which returns the peak in kB. */
export function sampleTreeRss(root: number, intervalMs = 100): { stop: () => number } {
  let peak = treeRssKb(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssKb(root));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
