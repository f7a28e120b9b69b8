/**
 * Renders the social card of one or more pages to /tmp, to look at a card without a full
 * build: `node scripts/card-preview.ts /unternehmen/zhipu/ [...]`. Uses the same pipeline
 * and card code as the build (the atlas, the route table, the card data).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadSite } from '../src/pipeline.ts';
import { formatProblems } from '../src/atlas/validate/problems.ts';
import { routes } from '../src/site/routes.ts';
import { cardJobs } from '../src/features/cards/emitter.ts';
import { renderCard } from '../src/features/cards/render.ts';
import { loadCardFonts } from '../src/features/cards/fonts.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = loadSite(root, { gitDates: false });
if (!result.atlas) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
const jobs = cardJobs(result.atlas, routes(result.atlas));
const fonts = loadCardFonts();
for (const page of process.argv.slice(2)) {
  const job = jobs.find((j) => j.page === page);
  if (!job) {
    console.error(`no page ${page} (pages look like /unternehmen/zhipu/)`);
    process.exitCode = 1;
    continue;
  }
  const out = join(tmpdir(), `card${page.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}.png`);
  writeFileSync(out, await renderCard(job, fonts));
  console.log(`wrote ${out}`);
}
