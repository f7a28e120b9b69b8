/**
 * Reads the source fingerprints (content/fingerprints/<source-slug>.json, see
 * src/atlas/model/fingerprint.ts): the repository's stand-in for source texts it may not
 * publish. A file that is not a fingerprint is a problem naming it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Fingerprint } from '../model/fingerprint.ts';
import type { Problem } from '../validate/problems.ts';

/** The folder of fingerprints inside the content folder. */
export const FINGERPRINT_DIR = 'fingerprints';

/** Every fingerprint by source slug, and the problems of files that are not fingerprints. */
export function readFingerprints(projectRoot: string, contentDir = join(projectRoot, 'content')): { prints: Map<string, Fingerprint & { file: string }>; problems: Problem[] } {
  const dir = join(contentDir, FINGERPRINT_DIR);
  const prints = new Map<string, Fingerprint & { file: string }>();
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { prints, problems };
  for (const name of readdirSync(dir).sort()) {
    const file = relative(projectRoot, join(dir, name)).split('\\').join('/');
    if (!name.endsWith('.json')) {
      problems.push({ file, message: 'only fingerprints (<source-slug>.json) belong in this folder', fix: 'move the file elsewhere; fingerprints are written by npm run fingerprint' });
      continue;
    }
    let value: Partial<Fingerprint>;
    try {
      value = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Partial<Fingerprint>;
    } catch (error) {
      problems.push({ file, message: `not readable as JSON: ${(error as Error).message}`, fix: 'write it again with npm run fingerprint' });
      continue;
    }
    const shaped = typeof value.source === 'string' && typeof value.salt === 'string' && Number.isInteger(value.n) && Array.isArray(value.paragraphs) && value.paragraphs.every((p) => Array.isArray(p) && p.every((h) => typeof h === 'string'));
    if (!shaped || `${value.source}.json` !== name) {
      problems.push({ file, message: 'not a fingerprint of the source it is named after (fields source, n, salt, paragraphs)', fix: 'write it again with npm run fingerprint' });
      continue;
    }
    prints.set(value.source!, { ...(value as Fingerprint), file });
  }
  return { prints, problems };
}
