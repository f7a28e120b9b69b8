/**
 * `npm run check`: validates all content in about a second, without building the site.
 * Runs exactly the checks the build runs (src/lib/content-files.ts, and the social-card
 * glyph check) and prints every problem with file, line, field and fix. Exit code 1 when anything is wrong.
 */
import { fileURLToPath } from 'node:url';
import { scanContent, todoProblems } from '../src/lib/content-files.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { loadCardFonts } from '../src/lib/card-fonts.ts';
import { entryCard, glyphProblems } from '../src/lib/card-data.ts';
import { HAIDIAN_RING } from '../src/lib/haidian.ts';
import { cardLabels } from '../src/integrations/cards.ts';
import { t } from '../src/i18n/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const scan = scanContent(root);
// Social cards must be able to draw every character (the build checks the same).
const fonts = loadCardFonts();
const base = { siteName: t('site.title'), host: 'example.org' };
const glyphs = [...scan.graph.nodes.values()].flatMap((node) => glyphProblems(node.file, entryCard(node, cardLabels(node.collection, node.data), HAIDIAN_RING, base).input, fonts.covered));
const problems = [...scan.problems, ...glyphs];
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const todos = todoProblems(root, scan.entries);
if (todos.length) console.warn(`${formatProblems(todos).replace(/^\d+ content problems?:/, `${todos.length} TODO placeholder${todos.length === 1 ? '' : 's'} (warnings here; the build refuses them):`)}\n`);
const counts = Object.entries(scan.counts).map(([c, n]) => `${c} ${n}`).join(', ');
console.log(`content ok: ${scan.entries.length} entries (${counts}), ${scan.graph.edges.length} links, checked in ${ms} ms`);
