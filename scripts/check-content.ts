/**
 * `npm run check`: the build's validation, without the build. Runs exactly the pass the
 * build runs first (src/pipeline.ts → loadSite: the same reader, checks and rules) and prints
 * every problem with file:line:column, field and fix. Exit code 1 when anything is wrong, so
 * a file the check passes never fails the build. Warnings (e.g. a citation that may not back
 * its entry) are printed and do not fail.
 */
import { fileURLToPath } from 'node:url';
import { loadSite } from '../src/pipeline.ts';
import { formatProblems } from '../src/atlas/validate/problems.ts';
import { editorContext } from '../src/features/editor/context.ts';
import { writeEditorSchemas } from '../src/features/editor/schemas.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const result = loadSite(root, { gitDates: false });
const ms = Math.round(performance.now() - started);
// Editor completion follows the content: the schemas offer the slugs and tags as they are now.
writeEditorSchemas(root, editorContext(result));
if (result.warnings.length) console.warn(`${formatProblems(result.warnings, 'content warning')}\n`);
if (result.problems.length) {
  console.error(formatProblems(result.problems));
  console.error(`\nThe build refuses content with problems; fix them and run npm run check again (${ms} ms).`);
  process.exit(1);
}
const counts = Object.entries(result.counts).map(([c, n]) => `${c} ${n}`).join(', ');
console.log(`content ok: ${result.atlas!.all.length} entries (${counts}), ${result.atlas!.edges.length} links, checked in ${ms} ms`);
