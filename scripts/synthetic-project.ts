/**
 * `node scripts/synthetic-project.ts <dir> <n>`: writes a copy of the project with a synthetic
 * atlas of n entries to <dir> (scripts/lib/synthetic.ts), for profiling a build by hand, e.g.
 * `cd <dir> && node --cpu-prof --cpu-prof-dir=prof node_modules/astro/bin/astro.mjs build`.
 */
import { fileURLToPath } from 'node:url';
import { syntheticProject } from './lib/synthetic.ts';

const [dir, n] = process.argv.slice(2);
if (!dir || !Number(n)) {
  console.error('usage: node scripts/synthetic-project.ts <dir> <n>');
  process.exit(2);
}
syntheticProject(fileURLToPath(new URL('..', import.meta.url)), dir, Number(n));
console.log(`wrote a synthetic atlas of ${n} entries to ${dir}`);
