/**
 * `npm run fingerprint -- <source-slug> <text file>` (maintainers): writes
 * content/fingerprints/<source-slug>.json from a source's text (one paragraph per line), so
 * the check can verify quotes of that source without the text being in the repository
 * (src/atlas/model/fingerprint.ts says what is stored and why). Run it again when the text
 * changes; the salt is kept when the file exists.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintOf, type Fingerprint } from '../src/atlas/model/fingerprint.ts';

const [source, textFile] = process.argv.slice(2);
if (!source || !textFile) {
  console.error('usage: npm run fingerprint -- <source-slug> <text file>');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'content/fingerprints', `${source}.json`);
const salt = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Fingerprint).salt : randomBytes(8).toString('hex');
const about =
  'Fingerprint of the source text for the quote check (npm run check): per paragraph, a truncated SHA-256 hash of every run of 3 words. ' +
  'The text itself is not in the repository (it is a copyrighted work); the fingerprint confirms quotes word for word but does not contain the text.';
const print = fingerprintOf(source, readFileSync(textFile, 'utf8'), salt, about);
mkdirSync(join(root, 'content/fingerprints'), { recursive: true });
writeFileSync(out, `${JSON.stringify({ ...print, paragraphs: print.paragraphs }, null, 0).replace('"paragraphs":[', '"paragraphs":[\n').replace(/\],\[/g, '],\n[')}\n`);
console.log(`wrote ${out}: ${print.paragraphs.length} paragraphs, ${print.paragraphs.reduce((s, p) => s + p.length, 0)} runs of ${print.n} words`);
