/**
 * Scale benchmark: `npm run bench [-- 1000 5000]`. Generates a synthetic atlas of N entries
 * (all collections, German and English, Chinese names and pinyin, relations, located places,
 * figures and events; scripts/lib/synthetic.ts) in a temporary copy of the project, builds it
 * twice (cards cold, then cached), and builds the Starlight anchor (scripts/lib/starlight-anchor.ts:
 * N entry-shaped pages in the same two languages) twice too. Prints per size the wall time,
 * pages per second, peak memory (of the build and the processes it starts), search index
 * time, cards and the ratio to Starlight, and a table at the end. Figures, not assertions;
 * nothing is written to the real content folder.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { syntheticProject } from './lib/synthetic.ts';
import { installStarlight, starlightProject } from './lib/starlight-anchor.ts';
import { sampleTreeMemory } from './lib/tree-memory.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, d) => sum + (d.isDirectory() ? dirBytes(join(dir, d.name)) : statSync(join(dir, d.name)).size), 0);
}

/** Number of files under `dir` (hosts limit it: Cloudflare Pages, for one). */
function dirFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
}

/**
 * Runs `astro build`; returns the log and figures. Peak memory is the proportional set size of
 * the whole process tree (the build, its card processes and Pagefind; scripts/lib/tree-memory.ts).
 */
async function build(dir: string, cache: string, nodeArgs: string[] = [], extraEnv: Record<string, string> = {}) {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, 'node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ATLAS_CARD_CACHE: cache, ...extraEnv },
  });
  const memory = sampleTreeMemory(child.pid!);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  const peakKb = memory.stop();
  const wall = (performance.now() - started) / 1000;
  const log = Buffer.concat(chunks).toString('utf8');
  if (status !== 0) throw new Error(`build failed:\n${log.slice(-3000)}`);
  const num = (re: RegExp) => Number(re.exec(log)?.[1] ?? NaN);
  return {
    wall,
    peakMb: peakKb / 1024,
    validateMs: num(/validated \d+ entries and \d+ links in (\d+) ms/),
    pages: num(/(\d+) page\(s\) built in/),
    pagesS: (() => {
      const m = /page\(s\) built in (?:(\d+)m\s*)?([\d.]+)s/.exec(log);
      return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : NaN;
    })(),
    // The search index is built while the pages render; this is what remains after them (writing the last edition's bundle).
    searchMs: num(/search index: [^\n]* records [^\n]*\((\d+) ms\)/),
    layoutsComputed: num(/network layouts: computed (\d+)/),
    layoutsRead: num(/network layouts: computed \d+, read from the cache (\d+)/),
    cardsRendered: num(/cards: rendered (\d+)/),
    // Rendering the missing cards (before the pages) and placing them all (after).
    cardsMs: num(/social cards: \d+ cards: .*rendering [^:]+: (\d+) ms/) + num(/social cards: \d+ cards: .*\((\d+) ms\)$/m),
  };
}

console.log(`scale benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, atlas heap limit ${process.env['ATLAS_HEAP_MB'] ?? 1024} MB`);
const rows: string[] = [];
for (const n of sizes.length ? sizes : [1000, 5000]) {
  const base = mkdtempSync(join(tmpdir(), `atlas-scale-${n}-`));
  try {
    // Starlight first, on a quiet machine: the yardstick.
    const anchor = join(base, 'starlight');
    installStarlight(anchor);
    starlightProject(anchor, n);
    const slCold = await build(anchor, join(base, 'unused'));
    const slWarm = await build(anchor, join(base, 'unused'));
    const dir = join(base, 'project');
    const t0 = performance.now();
    syntheticProject(root, dir, n);
    const genS = (performance.now() - t0) / 1000;
    const cache = join(base, 'cards');
    // The same Node options as `npm run build` (package.json): the heap limit (ATLAS_HEAP_MB).
    const nodeArgs = [`--max-old-space-size=${process.env['ATLAS_HEAP_MB'] ?? 1024}`];
    const cold = await build(dir, cache, nodeArgs);
    const warm = await build(dir, cache, nodeArgs);
    const out = dirBytes(join(dir, 'dist')) / 2 ** 20;
    const index = (dirBytes(join(dir, 'dist', 'pagefind')) + dirBytes(join(dir, 'dist', 'en', 'pagefind'))) / 2 ** 20;
    const cards = dirBytes(join(dir, 'dist', 'og')) / 2 ** 20;
    console.log(`\n${n} entries (generated in ${genS.toFixed(1)} s)`);
    // Astro's "built in" covers the whole build; the pages phase is what remains after the integrations.
    const pagesPhase = (b: typeof cold) => b.pagesS - (b.searchMs + b.cardsMs + b.validateMs) / 1000;
    console.log(`  Starlight    ${slCold.wall.toFixed(1)} s cold, ${slWarm.wall.toFixed(1)} s warm, peak ${Math.max(slCold.peakMb, slWarm.peakMb).toFixed(0)} MB, ${slWarm.pages} pages (${(slWarm.pages / slWarm.wall).toFixed(0)} pages/s)`);
    console.log(`  cold build   ${cold.wall.toFixed(1)} s wall, peak ${cold.peakMb.toFixed(0)} MB: validation ${cold.validateMs} ms, ${cold.pages} pages in ${pagesPhase(cold).toFixed(1)} s (${(cold.pages / pagesPhase(cold)).toFixed(0)} pages/s), search index ${(cold.searchMs / 1000).toFixed(1)} s after the pages, ${cold.layoutsComputed} network layouts computed, ${cold.cardsRendered} cards rendered in ${(cold.cardsMs / 1000).toFixed(1)} s (${(cold.cardsMs / Math.max(1, cold.cardsRendered)).toFixed(0)} ms per card)`);
    console.log(`  cached build ${warm.wall.toFixed(1)} s wall, peak ${warm.peakMb.toFixed(0)} MB: ${warm.pages} pages in ${pagesPhase(warm).toFixed(1)} s (${(warm.pages / pagesPhase(warm)).toFixed(0)} pages/s, ${((pagesPhase(warm) / warm.pages) * 1000).toFixed(1)} ms per page), search index ${(warm.searchMs / 1000).toFixed(1)} s after the pages, ${warm.layoutsRead} network layouts read from the cache, cards: ${warm.cardsRendered} rendered, ${(warm.cardsMs / 1000).toFixed(1)} s`);
    console.log(`  ratio to Starlight (warm): cached ${(warm.wall / slWarm.wall).toFixed(2)}x, cold ${(cold.wall / slWarm.wall).toFixed(2)}x`);
    console.log(`  output ${out.toFixed(1)} MiB in ${dirFiles(join(dir, 'dist')).toLocaleString('en')} files (search index ${index.toFixed(1)} MiB, cards ${cards.toFixed(1)} MiB)`);
    rows.push(`| ${n.toLocaleString('en')} | ${slWarm.wall.toFixed(1)} s, ${(Math.max(slCold.peakMb, slWarm.peakMb) / 1024).toFixed(2)} GB | ${warm.wall.toFixed(1)} s (pages ${pagesPhase(warm).toFixed(1)} s, ${((pagesPhase(warm) / warm.pages) * 1000).toFixed(1)} ms/page; search index written in ${(warm.searchMs / 1000).toFixed(1)} s after them), ${(warm.peakMb / 1024).toFixed(2)} GB | ${(warm.wall / slWarm.wall).toFixed(2)}x | ${cold.wall.toFixed(1)} s (${cold.cardsRendered} cards in ${(cold.cardsMs / 1000).toFixed(1)} s, ${(cold.cardsMs / Math.max(1, cold.cardsRendered)).toFixed(0)} ms each), ${(cold.peakMb / 1024).toFixed(2)} GB, ${(cold.wall / slWarm.wall).toFixed(2)}x |`);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
console.log('\n| entries | Starlight, warm | atlas, cards cached | ratio | atlas, cold |\n|---|---|---|---|---|');
for (const row of rows) console.log(row);
