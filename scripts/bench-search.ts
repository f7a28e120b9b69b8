/**
 * Search benchmark: index size, bytes the first query transfers and time to first results,
 * for the real atlas (dist/) and for a synthetic atlas of 5,000 entries indexed the same
 * way (same record builder, same Pagefind settings). Run after `npm run build`:
 * `npm run bench:search` (BENCH_SEARCH_DETAIL=1 lists each request of the first query). Prints
 * figures; asserts nothing.
 */
import { lcg } from './lib/random.ts';
import { chromium } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { serveStatic } from './lib/static-server.ts';
import { recordHtml, searchRecord } from '../src/features/search/record.ts';
import { COLLECTIONS, KINDS } from '../src/atlas/model/collections.ts';
import type { Entry } from '../src/atlas/build/atlas.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error('bench-search: dist/pagefind is missing; run `npm run build` first');
  process.exit(1);
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const sub = dirSize(path);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

const SYLLABLES = ['zhi', 'pu', 'hua', 'zhang', 'yue', 'an', 'mian', 'qing', 'bei', 'jing', 'hai', 'dian', 'long', 'xin', 'tian', 'shu', 'ke', 'ji', 'yun', 'feng'];
const HAN = '智谱华章月之暗面清华北京海淀龙新天数科技云风星图动力元寻';
const WORDS = 'Unternehmen Forschung Rechenleistung Modelle Hochschule Gründer Daten Talente Förderung Bezirk Straße Labor Plattform Ökosystem Wissenschaftspark Robotik Anwendungen Investoren Cluster Universität'.split(' ');

/** Builds a Pagefind index of n synthetic entries into `out`, with the atlas's record builder. */
async function syntheticIndex(n: number, out: string): Promise<void> {
  const rand = lcg(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const { index } = await pagefind.createIndex({});
  for (let i = 0; i < n; i++) {
    const collection = COLLECTIONS[i % 5]!;
    const kind = pick(KINDS[collection] as readonly string[]);
    const pinyin = `${pick(SYLLABLES)}${pick(SYLLABLES)} ${pick(SYLLABLES)}${pick(SYLLABLES)}`;
    const name = `${pinyin.replace(/\b\w/g, (c) => c.toUpperCase())} ${i}`;
    const nameZh = Array.from({ length: 4 + (i % 3) }, () => pick([...HAN])).join('');
    const text = Array.from({ length: 180 }, () => pick(WORDS)).join(' ');
    // A synthetic entry with the fields the record reads (the rest of the schema is not needed here).
    const entry = { collection, slug: `e${i}`, file: `content/${collection}/e${i}.mdx`, data: { name, name_zh: nameZh, pinyin, kind, summary: text.slice(0, 200), tags: [pick(WORDS)], notes: [], editorial: [], aliases: [], sources: [] } } as unknown as Entry;
    const record = searchRecord(entry, 'de', { collection, kind, tags: entry.data.tags });
    const html = `<html lang="de"><body><article data-pagefind-body><h1>${name}</h1><p>${text}</p>${recordHtml(record)}</article></body></html>`;
    await index!.addHTMLFile({ url: `/x/e${i}/`, content: html });
  }
  await index!.writeFiles({ outputPath: out });
  await pagefind.close();
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch(executablePath ? { executablePath } : {});

/** Types a query into the header field of a fresh page and measures until results show. */
async function measure(label: string, site: string, query: string): Promise<void> {
  const server = await serveStatic(site, { gzip: true });
  const runs: Array<{ ms: number; bytes: number; requests: number }> = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForLoadState('networkidle');
    // Pagefind fetches from a worker, which the page's Resource Timing does not see: count at the network layer.
    const sizes: Array<Promise<number>> = [];
    const detail: Array<Promise<string>> = [];
    page.on('requestfinished', (request) => {
      const size = request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize);
      sizes.push(size);
      detail.push(size.then((b) => `${(b / 1024).toFixed(1).padStart(6)} KiB  ${new URL(request.url()).pathname}`));
    });
    const started = Date.now();
    await page.locator('#site-search-input').fill(query);
    await page.locator('#site-search-results [role="option"]').first().waitFor({ timeout: 60_000 });
    const ms = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    runs.push({ ms, bytes, requests: sizes.length });
    // BENCH_SEARCH_DETAIL=1: every request of the first run, largest first.
    if (process.env['BENCH_SEARCH_DETAIL'] && run === 0) console.log((await Promise.all(detail)).sort((a, b) => parseFloat(b) - parseFloat(a)).join('\n'));
    await context.close();
  }
  await server.close();
  const index = dirSize(join(site, 'pagefind'));
  const median = [...runs].sort((a, b) => a.ms - b.ms)[1]!;
  console.log(
    `${label.padEnd(26)} index ${(index.bytes / 1024 / 1024).toFixed(2)} MiB in ${index.files} files; ` +
      `first query "${query}": ${(median.bytes / 1024).toFixed(1)} KiB in ${median.requests} requests (gzip, search code included), ` +
      `results after ${median.ms} ms (median of 3, from typing)`,
  );
}

console.log(`search benchmark (headless chromium, gzip static server, ${new Date().toISOString().slice(0, 10)})`);
await measure('real atlas', dist, 'Zhipu');
const synthetic = mkdtempSync(join(tmpdir(), 'atlas-bench-search-'));
try {
  cpSync(dist, synthetic, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'pagefind')) });
  const started = performance.now();
  await syntheticIndex(5000, join(synthetic, 'pagefind'));
  console.log(`synthetic index of 5,000 entries built in ${Math.round(performance.now() - started)} ms`);
  await measure('synthetic 5,000 entries', synthetic, 'Zhipu');
  await measure('synthetic 5,000, Chinese', synthetic, '华章');
} finally {
  rmSync(synthetic, { recursive: true, force: true });
  await browser.close();
}
