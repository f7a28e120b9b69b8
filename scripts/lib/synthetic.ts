/**
 * A synthetic atlas for benchmarks and profiling: N entries of every collection (German and
 * English files, Chinese names and pinyin, relations with roles, located places, figures,
 * events), in a copy of the project beside the real article source, tag vocabulary and
 * fingerprint. Deterministic for a given N.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lcg } from './random.ts';
import { CHARTS } from '../../src/features/figures/charts.ts';

const SYL = ['zhi', 'pu', 'hua', 'zhang', 'yue', 'an', 'mian', 'qing', 'bei', 'jing', 'hai', 'dian', 'long', 'xin', 'tian', 'shu', 'ke', 'ji', 'yun', 'feng'];
const HAN = [...'智谱华章月之暗面清华北京海淀龙新天数科技云风星图动力元寻'];
const WORDS = 'Unternehmen Forschung Rechenleistung Modelle Hochschule Gründer Daten Talente Förderung Bezirk Straße Labor Plattform Ökosystem Wissenschaftspark Robotik Anwendungen Investoren Cluster Universität'.split(' ');
const EN_WORDS = 'company research computing models university founder data talent funding district street lab platform ecosystem park robotics applications investors cluster campus'.split(' ');
const TAGS = ['large-models', 'tsinghua', 'robotik', 'foerderpolitik', 'talente', 'standort', 'rechenleistung', 'geschichte'];
/** A verbatim quote of the article (the quote check verifies it against the fingerprint), with its translation. */
const QUOTE = 'Zhipu Huazhang befindet sich in der Zhongguancun-Oststraße';
const QUOTE_EN = 'Zhipu Huazhang is located on Zhongguancun East Road';

/**
 * Writes N synthetic entries into `content`, each with its English file, beside the real
 * article source, tag vocabulary and fingerprint. Places sit on a grid 40 m apart (the check
 * refuses unrelated places that look co-located).
 */
export function generate(content: string, n: number): void {
  const rand = lcg(n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (k: number, words = WORDS) => Array.from({ length: k }, () => pick(words)).join(' ');
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
    const title = `${nm.name} ${Math.floor(rand() * 1e6)}`;
    return { title, lines: [`name: "${title}"`, `name_zh: "${nm.zh}"`, `pinyin: "${nm.py}"`, `kind: ${kind}`, `summary: "${sentence(14)}."`, `tags: [${pick(TAGS)}]`] };
  };
  const cite = ['sources:', '  - source: haidian-article', `    quote: "${QUOTE}"`, '    context: true'];
  const body = (links: string[], words = WORDS) => `\n${sentence(60, words)} ${links.map((s) => `[[${s}]]`).join(' ')}.\n\n${sentence(80, words)}.\n`;
  const write = (c: string, slug: string, entry: { title: string; lines: string[] }, more: string[], options: { links?: string[]; roles?: string[]; en?: string[] } = {}) => {
    mkdirSync(join(content, c), { recursive: true });
    const mdx = options.links !== undefined;
    const ext = mdx ? 'mdx' : 'yaml';
    const lines = [...entry.lines, ...more];
    writeFileSync(join(content, c, `${slug}.${ext}`), mdx ? `---\n${lines.join('\n')}\n---\n${body(options.links!)}` : `${lines.join('\n')}\n`);
    const en = [`name: "${entry.title}"`, `summary: "${sentence(14, EN_WORDS)}."`, 'quotes:', `  - "${QUOTE_EN}"`, ...(options.roles?.length ? ['roles:', ...options.roles.map((r) => `  ${r}: founder`)] : []), ...(options.en ?? [])];
    writeFileSync(join(content, c, `${slug}.en.${ext}`), mdx ? `---\n${en.join('\n')}\n---\n${body(options.links!, EN_WORDS)}` : `${en.join('\n')}\n`);
  };
  slugs['places']!.forEach((s, i) =>
    write('places', s, common('building'), ['location:', '  district: Haidian', `  lat: ${(39.965 + (i % 120) * 0.0004).toFixed(5)}`, `  lon: ${(116.285 + Math.floor(i / 120) * 0.0005).toFixed(5)}`, '  datum: wgs84', `  precision: ${pick(['building', 'street', 'area'])}`, '  coord_source: synthetic', ...cite], { links: [pick(slugs['places']!)] }),
  );
  slugs['institutions']!.forEach((s) => write('institutions', s, common('university'), [`located_in: ${pick(slugs['places']!)}`, ...cite], { links: [pick(slugs['companies']!)] }));
  slugs['companies']!.forEach((s) => {
    const person = pick(slugs['people']!);
    write('companies', s, common('large-model'), [`origin: [${pick(slugs['institutions']!)}]`, `located_in: ${pick(slugs['places']!)}`, 'people:', `  - id: ${person}`, '    role: Gründer', ...cite], { links: [pick(slugs['institutions']!)], roles: [person] });
  });
  slugs['people']!.forEach((s) => {
    const company = pick(slugs['companies']!);
    write('people', s, common('entrepreneur'), ['affiliations:', `  - id: ${company}`, '    role: CEO', ...cite], { links: [pick(slugs['companies']!)], roles: [company] });
  });
  slugs['policies']!.forEach((s) => write('policies', s, common('measures'), ['issued: 2024', ...cite], { links: [pick(slugs['institutions']!)] }));
  const figureEn = ['unit: pieces', 'measures: a synthetic quantity'];
  slugs['figures']!.forEach((s) => write('figures', s, common('count'), ['theme: models', `value: ${Math.floor(rand() * 1000)}`, 'unit: Stück', 'measures: eine synthetische Größe', `subjects: [${pick(slugs['companies']!)}]`, ...cite], { en: figureEn }));
  // The figures page compares named figures (src/features/figures/charts.ts): give the synthetic atlas them too.
  for (const slug of new Set(CHARTS.flatMap((c) => c.bars.map((b) => b.figure)))) {
    write('figures', slug, common('share'), ['theme: location', `value: ${Math.floor(rand() * 100)}`, 'unit: Prozent', 'measures: eine synthetische Größe', ...cite], { en: ['unit: percent', 'measures: a synthetic quantity'] });
  }
  slugs['events']!.forEach((s) => write('events', s, common('milestone'), [`date: ${1990 + Math.floor(rand() * 35)}`, `subjects: [${pick(slugs['companies']!)}]`, ...cite]));
}


/** Copies the project's code to `dir` (node_modules linked) and writes a synthetic content folder of `n` entries. */
export function syntheticProject(root: string, dir: string, n: number): void {
  for (const name of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, name), join(dir, name), { recursive: true, filter: (s) => !s.endsWith('.test.ts') });
  mkdirSync(join(dir, 'content', 'sources'), { recursive: true });
  for (const file of ['sources/haidian-article.yaml', 'sources/haidian-article.en.yaml', 'tags.yaml', 'fingerprints']) cpSync(join(root, 'content', file), join(dir, 'content', file), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  generate(join(dir, 'content'), n);
}
