/**
 * Card benchmark: milliseconds per card when rendered (cold: first card with font parsing,
 * then the average) and when taken from the cache, and the sizes of the cards in dist/og.
 * Run after `npm run build`: `npm run bench:cards`. Prints figures; asserts nothing.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardJobs } from '../src/features/cards/emitter.ts';
import { renderCard } from '../src/features/cards/render.ts';
import { loadCardFonts } from '../src/features/cards/fonts.ts';
import { loadSite } from '../src/pipeline.ts';
import { routes } from '../src/site/routes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'og'))) {
  console.error('bench-cards: dist/og is missing; run `npm run build` first');
  process.exit(1);
}

const { atlas } = loadSite(root, { gitDates: false });
if (!atlas) throw new Error('the content has problems: run npm run check');
const jobs = cardJobs(atlas, routes(atlas));
const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-cards-'));
try {
  let t0 = performance.now();
  const fonts = loadCardFonts();
  const first = await renderCard(jobs[0]!, fonts);
  const firstMs = performance.now() - t0;
  writeFileSync(join(tmp, '0.png'), first);

  const sample = jobs.slice(1, 41);
  t0 = performance.now();
  for (const [i, job] of sample.entries()) writeFileSync(join(tmp, `${i + 1}.png`), await renderCard(job, fonts));
  const renderMs = (performance.now() - t0) / sample.length;

  // Cached path as the integration takes it: hash the card data, find the file, copy it.
  t0 = performance.now();
  for (const [i, job] of sample.entries()) {
    createHash('sha256').update(JSON.stringify([job.input, job.context])).digest('hex');
    if (existsSync(join(tmp, `${i + 1}.png`))) copyFileSync(join(tmp, `${i + 1}.png`), join(tmp, `copy-${i}.png`));
  }
  const cachedMs = (performance.now() - t0) / sample.length;

  const sizes: number[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name.endsWith('.png')) sizes.push(statSync(p).size);
    }
  };
  walk(join(dist, 'og'));
  sizes.sort((a, b) => a - b);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`card benchmark (${new Date().toISOString().slice(0, 10)}, ${jobs.length} pages)`);
  console.log(`first card (fonts parsed): ${firstMs.toFixed(0)} ms`);
  console.log(`rendered card, average of ${sample.length}: ${renderMs.toFixed(0)} ms (satori + resvg + indexed PNG)`);
  console.log(`cached card, average of ${sample.length}: ${cachedMs.toFixed(2)} ms (hash + copy)`);
  console.log(`estimated cold build: ${((firstMs + renderMs * (jobs.length - 1)) / 1000).toFixed(1)} s for ${jobs.length} cards`);
  console.log(`sizes of ${sizes.length} cards in dist/og: min ${kb(sizes[0]!)}, median ${kb(sizes[Math.floor(sizes.length / 2)]!)}, max ${kb(sizes.at(-1)!)}, total ${(sizes.reduce((a, b) => a + b, 0) / 1024 / 1024).toFixed(1)} MiB; over 100 KiB: ${sizes.filter((s) => s > 100 * 1024).length}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
