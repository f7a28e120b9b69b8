/**
 * `npm run check`: validates all content in about a second, without building the site.
 * Runs exactly the checks the build runs (src/lib/content-files.ts) and prints every
 * problem with file, line, field and fix. Exit code 1 when anything is wrong.
 */
import { fileURLToPath } from 'node:url';
import { scanContent } from '../src/lib/content-files.ts';
import { formatProblems } from '../src/lib/problems.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const scan = scanContent(root);
const ms = Math.round(performance.now() - started);
if (scan.problems.length > 0) {
  console.error(formatProblems(scan.problems));
  process.exit(1);
}
const counts = Object.entries(scan.counts).map(([c, n]) => `${c} ${n}`).join(', ');
console.log(`content ok: ${scan.entries.length} entries (${counts}), ${scan.graph.edges.length} links, checked in ${ms} ms`);
