/**
 * Scale benchmark: `npm run bench [-- 1000 5000]`. Generates a synthetic atlas of N entries
 * (all collections, Chinese names and pinyin, relations, located places, figures and
 * events) in a temporary copy of the project, builds it twice (cards cold, then cached)
 * and prints per phase the wall time, pages per second, peak memory, search index size and
 * output size. Figures, not assertions; nothing is written to the real content folder.
 */
import { lcg } from './lib/random.ts';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHARTS } from '../src/features/figures/charts.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

const SYL = ['zhi', 'pu', 'hua', 'zhang', 'yue', 'an', 'mian', 'qing', 'bei', 'jing', 'hai', 'dian', 'long', 'xin', 'tian', 'shu', 'ke', 'ji', 'yun', 'feng'];
const HAN = [...'智谱华章月之暗面清华北京海淀龙新天数科技云风星图动力元寻'];
const WORDS = 'Unternehmen Forschung Rechenleistung Modelle Hochschule Gründer Daten Talente Förderung Bezirk Straße Labor Plattform Ökosystem Wissenschaftspark Robotik Anwendungen Investoren Cluster Universität'.split(' ');
const QUOTE = 'Zhipu Huazhang befindet sich in der Zhongguancun-Oststraße';

/** Writes N synthetic entries into `content`, with the real article source kept. */
function generate(content: string, n: number): void {
  const rand = lcg(n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const counts = { places: Math.round(n * 0.12), institutions: Math.round(n * 0.16), people: Math.round(n * 0.14), policies: Math.round(n * 0.05), figures: Math.round(n * 0.23), events: Math.round(n * 0.12) };
  const companies = n - Object.values(counts).reduce((a, b) => a + b, 0);
  const slugs: Record<string, string[]> = {};
  const all = { companies, ...counts } as Record<string, number>;
  for (const [c, k] of Object.entries(all)) slugs[c] = Array.from({ length: k }, (_, i) => `${c.slice(0, 3)}-${i}`);
  const names = () => {
    const py = `${pick(SYL)}${pick(SYL)} ${pick(SYL)}${pick(SYL)}`;
    return { name: py.replace(/\b\w/g, (c) => c.toUpperCase()), zh: Array.from({ length: 4 }, () => pick(HAN)).join(''), py };
  };
  const common = (kind: string) => {
    const nm = names();
    return [`name: "${nm.name} ${Math.floor(rand() * 1e6)}"`, `name_zh: "${nm.zh}"`, `pinyin: "${nm.py}"`, `kind: ${kind}`, `summary: "${sentence(14)}."`, `tags: [${pick(WORDS)}, ${pick(WORDS)}]`];
  };
  const cite = ['sources:', '  - source: haidian-article', `    quote: "${QUOTE}"`];
  const body = (links: string[]) => `\n${sentence(60)} ${links.map((s) => `[[${s}]]`).join(' ')}.\n\n${sentence(80)}.\n`;
  const write = (c: string, slug: string, lines: string[], mdxLinks?: string[]) => {
    mkdirSync(join(content, c), { recursive: true });
    writeFileSync(join(content, c, `${slug}.${mdxLinks ? 'mdx' : 'yaml'}`), mdxLinks ? `---\n${lines.join('\n')}\n---\n${body(mdxLinks)}` : `${lines.join('\n')}\n`);
  };
  slugs['places']!.forEach((s) => write('places', s, [...common('building'), 'location:', '  district: Haidian', `  lat: ${(39.96 + rand() * 0.06).toFixed(5)}`, `  lon: ${(116.28 + rand() * 0.06).toFixed(5)}`, '  datum: wgs84', `  precision: ${pick(['building', 'street', 'area'])}`, '  coord_source: synthetic', ...cite], [pick(slugs['places']!)]));
  slugs['institutions']!.forEach((s) => write('institutions', s, [...common('university'), `located_in: ${pick(slugs['places']!)}`, ...cite], [pick(slugs['companies']!)]));
  slugs['companies']!.forEach((s) => write('companies', s, [...common('large-model'), `origin: [${pick(slugs['institutions']!)}]`, `located_in: ${pick(slugs['places']!)}`, 'people:', `  - id: ${pick(slugs['people']!)}`, '    role: Gründer', ...cite], [pick(slugs['institutions']!)]));
  slugs['people']!.forEach((s) => write('people', s, [...common('entrepreneur'), 'affiliations:', `  - id: ${pick(slugs['companies']!)}`, '    role: CEO', ...cite], [pick(slugs['companies']!)]));
  slugs['policies']!.forEach((s) => write('policies', s, [...common('measures'), 'issued: 2024', ...cite], [pick(slugs['institutions']!)]));
  slugs['figures']!.forEach((s) => write('figures', s, [...common('count'), 'theme: models', `value: ${Math.floor(rand() * 1000)}`, 'unit: Stück', 'measures: eine synthetische Größe', `subjects: [${pick(slugs['companies']!)}]`, ...cite]));
  // The figures page compares named figures (src/features/figures/charts.ts): give the synthetic atlas them too.
  for (const slug of new Set(CHARTS.flatMap((c) => c.bars.map((b) => b.figure)))) {
    write('figures', slug, [...common('share'), 'theme: location', `value: ${Math.floor(rand() * 100)}`, 'unit: Prozent', 'measures: eine synthetische Größe', ...cite]);
  }
  slugs['events']!.forEach((s) => write('events', s, [...common('milestone'), `date: ${1990 + Math.floor(rand() * 35)}`, `subjects: [${pick(slugs['companies']!)}]`, ...cite]));
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, d) => sum + (d.isDirectory() ? dirBytes(join(dir, d.name)) : statSync(join(dir, d.name)).size), 0);
}

/** Runs `astro build` under /usr/bin/time for peak memory; returns the log and figures. */
function build(dir: string, cache: string) {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ATLAS_CARD_CACHE: cache },
  });
  const wall = (performance.now() - started) / 1000;
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed:\n${log.slice(-3000)}`);
  const num = (re: RegExp) => Number(re.exec(log)?.[1] ?? NaN);
  return {
    wall,
    peakMb: num(/PEAK_RSS_KB=(\d+)/) / 1024,
    validateMs: num(/validated \d+ entries and \d+ links in (\d+) ms/),
    pages: num(/(\d+) page\(s\) built in/),
    pagesS: (() => {
      const m = /page\(s\) built in (?:(\d+)m\s*)?([\d.]+)s/.exec(log);
      return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : NaN;
    })(),
    searchMs: num(/search index: \d+ records \(\d+ unique words\) \((\d+) ms\)/),
    cardsRendered: num(/cards: rendered (\d+)/),
    cardsMs: num(/social cards: .*\((\d+) ms\)$/m),
  };
}

console.log(`scale benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
for (const n of sizes.length ? sizes : [1000, 5000]) {
  const base = mkdtempSync(join(tmpdir(), `atlas-scale-${n}-`));
  try {
    const dir = join(base, 'project');
    for (const name of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, name), join(dir, name), { recursive: true });
    mkdirSync(join(dir, 'content', 'sources'), { recursive: true });
    cpSync(join(root, 'content', 'sources', 'haidian-article.yaml'), join(dir, 'content', 'sources', 'haidian-article.yaml'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const t0 = performance.now();
    generate(join(dir, 'content'), n);
    const genS = (performance.now() - t0) / 1000;
    const cache = join(base, 'cards');
    const cold = build(dir, cache);
    const warm = build(dir, cache);
    const out = dirBytes(join(dir, 'dist')) / 2 ** 20;
    const index = dirBytes(join(dir, 'dist', 'pagefind')) / 2 ** 20;
    const cards = dirBytes(join(dir, 'dist', 'og')) / 2 ** 20;
    console.log(`\n${n} entries (generated in ${genS.toFixed(1)} s)`);
    // Astro's "built in" covers the whole build; the pages phase is what remains after the integrations.
    const pagesPhase = (b: typeof cold) => b.pagesS - (b.searchMs + b.cardsMs + b.validateMs) / 1000;
    console.log(`  cold build   ${cold.wall.toFixed(1)} s wall, peak ${cold.peakMb.toFixed(0)} MB: validation ${cold.validateMs} ms, ${cold.pages} pages in ${pagesPhase(cold).toFixed(1)} s (${(cold.pages / pagesPhase(cold)).toFixed(0)} pages/s), search index ${(cold.searchMs / 1000).toFixed(1)} s, ${cold.cardsRendered} cards rendered in ${(cold.cardsMs / 1000).toFixed(1)} s`);
    console.log(`  cached build ${warm.wall.toFixed(1)} s wall, peak ${warm.peakMb.toFixed(0)} MB: ${warm.pages} pages in ${pagesPhase(warm).toFixed(1)} s (${(warm.pages / pagesPhase(warm)).toFixed(0)} pages/s), search index ${(warm.searchMs / 1000).toFixed(1)} s, cards: ${warm.cardsRendered} rendered, ${(warm.cardsMs / 1000).toFixed(1)} s`);
    console.log(`  output ${out.toFixed(1)} MiB (search index ${index.toFixed(1)} MiB, cards ${cards.toFixed(1)} MiB)`);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
