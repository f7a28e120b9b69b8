/**
 * `npm run new -- <collection> "<Name>"`: writes a new entry from a template under a free
 * slug. The template comes from the collection's schema (src/atlas/model/schema.ts): every
 * field in the schema's order, each with the description written there once, required
 * fields with a TODO placeholder and optional ones commented out. `npm run check` (and the
 * build) refuse the entry until every TODO is replaced.
 *
 *   npm run new -- company "Zhipu AI"
 *   npm run new -- ort "Zhongguancun-Oststraße"
 */
import { TRANSLATION_SCHEMAS, translationFileName } from '../src/atlas/model/translation.ts';
import { describePath } from '../src/atlas/model/schema.ts';
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, KINDS, SINGULAR, fileExtension, type CollectionName } from '../src/atlas/model/collections.ts';
import { SCHEMAS, fieldDescription } from '../src/atlas/model/schema.ts';
import { suggestSlug } from '../src/atlas/model/slug.ts';
import { readContentFolder } from '../src/atlas/read/source.ts';
import { readEntry } from '../src/atlas/read/entry.ts';
import { SEGMENTS } from '../src/site/segments.ts';
import { paths } from '../src/site/paths.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Accepts English singular or plural and the German URL segment. */
export function resolveCollection(word: string): CollectionName | undefined {
  const w = word.toLowerCase();
  return COLLECTIONS.find((c) => c === w || SINGULAR[c] === w || SEGMENTS.de.collections[c] === w || (w === 'ort' && c === 'places') || (w === 'person' && c === 'people'));
}

/** The first free slug for a name: the name's slug, or with -2, -3 … when taken (also by aliases). */
export function freeSlug(name: string, taken: ReadonlySet<string>): string {
  const base = suggestSlug(name) || 'eintrag';
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

const q = (text: string) => JSON.stringify(text);

/** Placeholders of the required fields (the build refuses any TODO left in a file). */
function placeholder(collection: CollectionName, field: string, name: string): string | undefined {
  switch (field) {
    case 'name':
      return `name: ${q(name)}`;
    case 'kind':
      return `kind: ${KINDS[collection][0]}`;
    case 'summary':
      return 'summary: >-\n  TODO: Wer oder was ist das, und was sagt der Artikel darüber? (ein bis zwei Sätze)';
    case 'sources':
      return 'sources:\n  - source: haidian-article\n    quote: "TODO: die Worte des Artikels, exakt kopiert"';
    case 'language':
      return 'language: de';
    case 'theme':
      return 'theme: models';
    case 'unit':
      return 'unit: "TODO: Einheit auf Deutsch, z. B. Prozent"';
    case 'measures':
      return 'measures: "TODO: was die Zahl misst"';
    case 'date':
      return 'date: "TODO: YYYY, YYYY-MM oder YYYY-MM-DD"';
    default:
      return undefined;
  }
}

/** The file text of a new entry. */
export function template(collection: CollectionName, name: string): string {
  const shape: Record<string, { safeParse(value: unknown): { success: boolean } }> = SCHEMAS[collection].shape;
  const lines = [
    `# Neuer Eintrag (${collection}). Zeilen mit TODO ausfüllen; auskommentierte Felder (#) bei Bedarf aktivieren.`,
    '# Feldbeschreibungen: CONTRIBUTING.md. Prüfen: npm run check. Vorschau: npm run dev.',
  ];
  for (const [field, schema] of Object.entries(shape)) {
    const description = fieldDescription(collection, [field]) ?? '';
    const required = !schema.safeParse(undefined).success;
    const filled = required ? placeholder(collection, field, name) : undefined;
    lines.push(`# ${field}: ${description}`);
    if (filled) lines.push(filled);
    else if (required) lines.push(`${field}: "TODO"`);
  }
  const frontmatter = lines.join('\n');
  if (fileExtension(collection) === 'yaml') return `${frontmatter}\n`;
  return `---\n${frontmatter}\n---\n\nTODO: Zwei bis fünf Absätze in eigenen Worten, gestützt auf den Artikel. Verweise auf andere Einträge: \`[[dateiname]]\` oder \`[[dateiname|Linktext]]\`.\n`;
}

/**
 * The text of a new entry's English translation (`<slug>.en.<ext>`,
 * src/atlas/model/translation.ts): the required fields as TODO, the lists the German file
 * needs explained (one quote translation per citation, a role text per relation role).
 */
export function translationTemplate(collection: CollectionName): string {
  const schema = TRANSLATION_SCHEMAS[collection];
  const shape: Record<string, { safeParse(value: unknown): { success: boolean } }> = schema.shape;
  const lines = [
    `# English text of the entry beside this file (${collection}). Fill in the TODO lines; only text belongs here.`,
    '# Lists follow the German file: one item in quotes per citation, one in notes per note, a role per relation role.',
  ];
  for (const [field, fieldSchema] of Object.entries(shape)) {
    lines.push(`# ${field}: ${describePath(schema, [field]) ?? ''}`);
    if (field === 'quotes') lines.push('quotes:\n  - "TODO: the quote of the German file, translated"');
    else if (!fieldSchema.safeParse(undefined).success) lines.push(field === 'summary' ? 'summary: >-\n  TODO: the German summary, translated (one or two sentences)' : `${field}: "TODO"`);
  }
  const frontmatter = lines.join('\n');
  if (fileExtension(collection) === 'yaml') return `${frontmatter}\n`;
  return `---\n${frontmatter}\n---\n\nTODO: the German text, translated paragraph by paragraph.\n`;
}

function main(): void {
  const [word, ...nameParts] = process.argv.slice(2);
  const name = nameParts.join(' ').trim();
  const collection = word ? resolveCollection(word) : undefined;
  if (!collection || !name) {
    console.error('usage: npm run new -- <collection> "<Name>"\n  collection: company, institution, policy, person, place, source, figure, event (or the German URL word, e.g. unternehmen)');
    process.exit(2);
  }
  // Slugs and former slugs in use: read the files (their validity does not matter here).
  const taken = new Set<string>();
  for (const source of readContentFolder(root).files) {
    taken.add(source.slug);
    const aliases = readEntry(source).fields?.['aliases'];
    if (Array.isArray(aliases)) for (const alias of aliases) if (typeof alias === 'string') taken.add(alias);
  }
  const slug = freeSlug(name, taken);
  const file = join(root, 'content', collection, `${slug}.${fileExtension(collection)}`);
  if (existsSync(file)) throw new Error(`${relative(root, file)} exists already`);
  writeFileSync(file, template(collection, name));
  const english = join(root, 'content', collection, translationFileName(collection, slug, 'en'));
  writeFileSync(english, translationTemplate(collection));
  console.log(`created ${relative(root, file)} (URL ${paths.entry('de', collection, slug)})`);
  console.log(`created ${relative(root, english)} (URL ${paths.entry('en', collection, slug)})`);
  console.log('next: fill in the TODO lines of both files, then run `npm run check` and look at the page with `npm run dev`');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
