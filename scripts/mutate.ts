/**
 * `npm run mutate [-- group …]`: mutation testing (StrykerJS) of the modules that decide what the
 * atlas accepts and publishes, group by group, each against the unit tests of its own folder (a
 * mutant is run against those, not the whole suite: minutes instead of hours on two cores).
 *
 * Prints one line per module: mutants killed (including timeouts), survived, without coverage,
 * and the score = killed / (killed + survived + no coverage), as Stryker defines it
 * (https://stryker-mutator.io/docs/General/faq/#what-is-the-mutation-score). Reports per group
 * go to reports/mutation/<group>.json and .html. Not part of CI (it takes about 25 minutes for all
 * groups); the README lists it with the other npm scripts.
 *
 * Exit code: 0 when every module reaches 80 %, 1 otherwise; 2 on a usage error.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A group: the modules mutated and the unit-test files run against each mutant. */
interface Group {
  mutate: string[];
  tests: string[];
}

const groups: Record<string, Group> = {
  validation: {
    mutate: ['src/atlas/validate/*.ts', '!src/atlas/validate/mdx-safety.ts', '!src/**/*.test.ts'],
    tests: ['src/atlas/validate/*.test.ts'],
  },
  'mdx-safety': { mutate: ['src/atlas/validate/mdx-safety.ts'], tests: ['src/atlas/validate/mdx-safety.test.ts'] },
  graph: { mutate: ['src/atlas/build/graph.ts'], tests: ['src/atlas/build/*.test.ts'] },
  search: {
    mutate: ['src/features/search/record.ts', 'src/features/search/terms.ts'],
    tests: ['src/features/search/*.test.ts'],
  },
  exports: { mutate: ['src/features/exports/tables.ts'], tests: ['src/features/exports/*.test.ts'] },
  'build-caches': {
    mutate: ['src/features/network/layout-cache.ts', 'src/features/search/indexer.ts', 'src/features/search/editions.ts', 'src/features/search/handoff.ts', 'src/site/output-folder.ts', 'src/site/heap.ts'],
    tests: ['src/features/network/layout-cache.test.ts', 'src/features/search/indexer.test.ts', 'src/features/search/editions.test.ts', 'src/features/search/handoff.test.ts', 'src/site/output-folder.test.ts', 'src/site/heap.test.ts'],
  },
  'page-weight': {
    mutate: ['src/features/network/svg.ts', 'src/features/network/key.ts', 'src/site/backlink-pages.ts', 'src/site/bodies.ts'],
    tests: ['src/features/network/svg.test.ts', 'src/features/network/key.test.ts', 'src/site/backlink-pages.test.ts', 'src/site/bodies.test.ts'],
  },
  cards: { mutate: ['src/features/cards/data.ts', 'src/features/cards/png.ts'], tests: ['src/features/cards/data.test.ts', 'src/features/cards/png.test.ts'] },
  'card-pool': { mutate: ['src/features/cards/pool.ts'], tests: ['src/features/cards/pool.test.ts'] },
  geo: { mutate: ['src/atlas/model/geo.ts'], tests: ['src/atlas/model/geo.test.ts'] },
  dates: { mutate: ['src/atlas/model/dates.ts'], tests: ['src/atlas/model/dates.test.ts'] },
};

/** Stryker's mutation-testing-report-schema, as far as this script reads it. */
interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const THRESHOLD = 80;

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in groups));
if (unknown.length > 0) {
  console.error(`unknown group ${unknown.join(', ')}; the groups are: ${Object.keys(groups).join(', ')}`);
  process.exit(2);
}
const names = asked.length > 0 ? asked : Object.keys(groups);
const base = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8')) as Record<string, unknown>;
mkdirSync(join(root, 'reports/mutation'), { recursive: true });

const rows: string[] = [];
let below = 0;
for (const name of names) {
  const group = groups[name]!;
  const started = performance.now();
  const config = {
    ...base,
    mutate: group.mutate,
    tap: { ...(base['tap'] as object), testFiles: group.tests },
    reporters: ['progress', 'json', 'html'],
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
  };
  const file = join(root, `reports/mutation/${name}.config.json`);
  writeFileSync(file, JSON.stringify(config, null, 2));
  const run = spawnSync('npx', ['stryker', 'run', file], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`stryker failed for the group ${name} (exit ${run.status}); see its output above`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(join(root, `reports/mutation/${name}.json`), 'utf8')) as Report;
  const seconds = Math.round((performance.now() - started) / 1000);
  for (const [path, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const count = (status: string) => mutants.filter((m) => m.status === status).length;
    const killed = count('Killed') + count('Timeout');
    const survived = count('Survived');
    const uncovered = count('NoCoverage');
    const valid = killed + survived + uncovered;
    const score = valid === 0 ? 100 : (100 * killed) / valid;
    if (score < THRESHOLD) below += 1;
    rows.push(
      `| ${name} | ${path} | ${valid} | ${killed} | ${survived} | ${uncovered} | ${score.toFixed(1)} % | ${seconds} s |`,
    );
  }
}
console.log('\n| group | module | mutants | killed | survived | no coverage | score | group time |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
if (below > 0) {
  console.log(`\n${below} module(s) below ${THRESHOLD} %`);
  process.exit(1);
}
