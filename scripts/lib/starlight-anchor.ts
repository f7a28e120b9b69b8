/**
 * The benchmark's yardstick (issue #15): Starlight building pages shaped like atlas entries
 * from the same synthetic atlas, in the same two languages: German prose with Chinese names,
 * an infobox table, links to other entries, Pagefind search. Starlight is installed into the
 * anchor's own temporary folder (from the npm registry, pinned versions; npm's cache makes
 * a repeat quick), never into the project's dependencies, and away from the project's own
 * node_modules (two copies of Astro on one path confuse its module resolution).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { lcg } from './random.ts';

/** The versions the issue measured: Starlight 0.42.4 on Astro 7.3.5. */
export const STARLIGHT = { '@astrojs/starlight': '0.42.4', astro: '7.3.5' };

/** Installs Starlight into `dir` (its package.json and node_modules). */
export function installStarlight(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'anchor', private: true, type: 'module', dependencies: STARLIGHT }, null, 2)}\n`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, encoding: 'utf8' });
  if (npm.status !== 0) throw new Error(`installing Starlight into ${dir} failed (is the npm registry reachable?):\n${npm.stderr}`);
}

const WORDS = 'Unternehmen Forschung Rechenleistung Modelle Hochschule Gründer Daten Talente Förderung Bezirk Straße Labor Plattform Ökosystem Wissenschaftspark Robotik Anwendungen Investoren Cluster Universität'.split(' ');
const EN_WORDS = 'company research computing models university founder data talent funding district street lab platform ecosystem park robotics applications investors cluster campus'.split(' ');
const HAN = [...'智谱华章月之暗面清华北京海淀龙新天数科技云风星图动力元寻'];
const SYL = ['zhi', 'pu', 'hua', 'zhang', 'yue', 'an', 'mian', 'qing', 'bei', 'jing', 'hai', 'dian', 'long', 'xin', 'tian', 'shu', 'ke', 'ji', 'yun', 'feng'];

/** Writes a Starlight site of `n` entry-shaped pages in German (root) and English (/en/) to `dir`, where Starlight is installed. */
export function starlightProject(dir: string, n: number): void {
  const rand = lcg(n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (k: number, words: string[]) => Array.from({ length: k }, () => pick(words)).join(' ');
  mkdirSync(join(dir, 'src', 'content', 'docs', 'en'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Anchor', defaultLocale: 'root', locales: { root: { label: 'Deutsch', lang: 'de' }, en: { label: 'English', lang: 'en' } }, sidebar: [] })] });\n`,
  );
  writeFileSync(join(dir, 'src', 'content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`);
  const slugs = Array.from({ length: n }, (_, i) => `e-${i}`);
  for (const [i, slug] of slugs.entries()) {
    const zh = Array.from({ length: 4 }, () => pick(HAN)).join('');
    const py = `${pick(SYL)}${pick(SYL)} ${pick(SYL)}${pick(SYL)}`;
    const name = `${py.replace(/\b\w/g, (c) => c.toUpperCase())} ${i}`;
    const links = [pick(slugs), pick(slugs), pick(slugs)];
    for (const [lang, words, prefix] of [['de', WORDS, ''], ['en', EN_WORDS, 'en/']] as const) {
      const table = `| | |\n|---|---|\n| Name | ${name} |\n| ${lang === 'de' ? 'Chinesisch' : 'Chinese'} | ${zh} |\n| Pinyin | ${py} |\n| ${lang === 'de' ? 'Art' : 'Kind'} | ${pick(words)} |\n| ${lang === 'de' ? 'Sitz' : 'Based in'} | [${links[0]}](/${prefix}${links[0]}/) |\n`;
      const body = `${sentence(14, words)}.\n\n${table}\n${sentence(60, words)} ${links.map((l) => `[${l}](/${prefix}${l}/)`).join(' ')}.\n\n${sentence(80, words)} ${zh}.\n`;
      writeFileSync(join(dir, 'src', 'content', 'docs', `${prefix}${slug}.md`), `---\ntitle: "${name}"\ndescription: "${sentence(12, words)}"\n---\n\n${body}`);
    }
  }
}
