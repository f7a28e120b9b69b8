/**
 * Renders the social card of one or more pages of the built site to /tmp, to look at a
 * card without a full build: `node scripts/card-preview.ts /unternehmen/zhipu/ [...]`.
 * Needs dist/ (for the list of pages); uses the same code as the build.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cardJobs, renderCard } from '../src/integrations/cards.ts';
import { loadCardFonts } from '../src/lib/card-fonts.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const jobs = cardJobs(join(root, 'dist'), root);
const fonts = loadCardFonts();
for (const page of process.argv.slice(2)) {
  const job = jobs.find((j) => j.page === page);
  if (!job) {
    console.error(`no page ${page} in dist/ (pages look like /unternehmen/zhipu/)`);
    process.exitCode = 1;
    continue;
  }
  const out = join(tmpdir(), `card${page.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}.png`);
  writeFileSync(out, await renderCard(job, fonts));
  console.log(`wrote ${out}`);
}
