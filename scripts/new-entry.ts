/**
 * `npm run new -- <collection> "<Name>"`: writes a new, valid entry from a template in
 * which every field is explained, under a free slug. Placeholders start with TODO;
 * `npm run check` lists the remaining ones.
 *
 *   npm run new -- company "Zhipu AI"
 *   npm run new -- ort "Zhongguancun-Oststraße"
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, KINDS, ROUTE_SEGMENTS, SINGULAR, fileExtension, type CollectionName } from '../src/lib/collections.ts';
import { relationsFor, RELATIONS } from '../src/lib/relations.ts';
import { scanContent } from '../src/lib/content-files.ts';
import { suggestSlug } from '../src/lib/slug.ts';

const root = process.env['ATLAS_ROOT'] ?? fileURLToPath(new URL('..', import.meta.url));

/** Accepts English singular or plural and the German URL segment. */
export function resolveCollection(word: string): CollectionName | undefined {
  const w = word.toLowerCase();
  return COLLECTIONS.find((c) => c === w || SINGULAR[c] === w || ROUTE_SEGMENTS[c] === w || (w === 'ort' && c === 'places') || (w === 'person' && c === 'people'));
}

/** The first free slug for a name: the name's slug, or with -2, -3 … when taken (also by aliases). */
export function freeSlug(name: string, taken: ReadonlySet<string>): string {
  const base = suggestSlug(name) || 'eintrag';
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

const q = (text: string) => JSON.stringify(text);

/** The file text of a new entry. */
export function template(collection: CollectionName, name: string): string {
  const kinds = KINDS[collection] as readonly string[];
  const relations = relationsFor(collection)
    .map((r) => `# ${r}: ${RELATIONS[r].cardinality === 'one' ? 'slug' : '[slug, …]'}   # → ${RELATIONS[r].to.join(' | ')}${RELATIONS[r].roles ? ', optional with role: { id: slug, role: "…" }' : ''}`)
    .join('\n');
  const lines = [
    `# Neuer Eintrag (${collection}). Jedes Feld ist erklärt; Zeilen mit TODO ausfüllen, auskommentierte Felder bei Bedarf aktivieren.`,
    `# Feldbeschreibungen: CONTRIBUTING.md. Prüfen: npm run check. Vorschau: npm run dev.`,
    `name: ${q(name)}   # Deutscher Name, wie ihn der Artikel schreibt`,
    `# name_en: "…"        # englischer Name oder Marke (redaktionell)`,
    `# name_zh: "…"        # chinesischer Name in Kurzzeichen (redaktionell)`,
    `# pinyin: "…"         # Pinyin mit Tonzeichen`,
    `# identification: { confidence: high, basis: "…" }   # wie sicher die englischen/chinesischen Namen sind: high | medium | low`,
    `kind: ${kinds[0]}   # eine von: ${kinds.join(', ')}`,
    `summary: >-   # ein bis zwei Sätze (20–300 Zeichen), erscheinen als Beschreibung und auf dem Vorschaubild`,
    `  TODO: Wer oder was ist das, und warum ist es für Haidians KI-Ökosystem wichtig?`,
    `tags: []   # kurze Schlagwörter, z. B. [Large Models, Tsinghua]`,
  ];
  if (collection === 'sources') {
    lines.push(`language: de   # Sprache des Dokuments: de | zh | en`, `# publisher: "…"`, `# published: 2025-06   # YYYY, YYYY-MM oder YYYY-MM-DD`, `# url: "https://…"`);
  } else {
    lines.push(
      `sources:   # was den Eintrag belegt: Quelle (Dateiname in content/sources) und wörtliches Zitat`,
      `  - source: haidian-article`,
      `    quote: "TODO: die Worte des Artikels, exakt kopiert"`,
    );
  }
  if (collection === 'figures') {
    lines.push(
      `theme: models   # Gruppe auf der Zahlen-Seite: compute, data, models, scenarios, talent, capital (die sechs Bedingungen des Artikels), location, companies, history`,
      `value: 0   # TODO: die Zahl ohne Tausenderpunkte, z. B. 12300 oder 2.6 (oder value_text, wenn die Quelle keine Zahl nennt)`,
      `qualifier: exact   # exact | about | over | under | up-to | nearly | after („etwa“, „über“, „bis zu“ …)`,
      `unit: "TODO: Einheit auf Deutsch, z. B. Prozent"`,
      `measures: "TODO: was die Zahl misst"`,
      `# as_of: 2025-06   # Stichtag; erschlossen? dann editorial: [as_of] und as_of_note`,
      `# subjects: [slug]   # worauf sich die Zahl bezieht`,
    );
  }
  if (collection === 'events') {
    lines.push(`date: 2025   # TODO: Datum als YYYY, YYYY-MM, YYYY-MM-DD oder Jahrzehnt 1980s; nicht im Artikel? dann editorial: [date] und date_note`, `# subjects: [{ id: slug, role: "…" }]`);
  }
  if (['companies', 'institutions', 'places'].includes(collection)) {
    lines.push(
      `# founded: 2019-06   # Gründung; nicht aus dem Artikel? dann editorial: [founded]`,
      `# location:   # nur mit geprüften Koordinaten; unbekannte Lage = keine Koordinaten`,
      `#   city: Peking`,
      `#   district: Haidian`,
      `#   address_zh: "北京市海淀区…"`,
      `#   lat: 39.99245`,
      `#   lon: 116.32771`,
      `#   datum: wgs84   # wgs84 (OpenStreetMap, GPS) | gcj02 (Amap, Tencent, WeChat) | bd09 (Baidu)`,
      `#   precision: building   # building | street | area`,
      `#   coord_source: "wo die Koordinate veröffentlicht ist"`,
      `#   coord_confidence: medium`,
    );
  }
  if (collection === 'policies') lines.push(`# issued: 2023-06   # Veröffentlichung`);
  lines.push(relations, `# notes:   # redaktionelle Anmerkungen: correction | identification | context | location`, `#   - kind: context`, `#     text: "…"`, `#     basis: "…"`, `# editorial: []   # Felder, deren Werte nicht aus dem Artikel stammen, z. B. [founded]`, `# aliases: []   # frühere Dateinamen dieses Eintrags (alte Adressen leiten weiter)`);
  const frontmatter = lines.filter(Boolean).join('\n');
  if (fileExtension(collection) === 'yaml') return `${frontmatter}\n`;
  return `---\n${frontmatter}\n---\n\nTODO: Zwei bis fünf Absätze in eigenen Worten, gestützt auf den Artikel. Verweise auf andere Einträge: \`[[dateiname]]\` oder \`[[dateiname|Linktext]]\`.\n`;
}

function main(): void {
  const [word, ...nameParts] = process.argv.slice(2);
  const name = nameParts.join(' ').trim();
  const collection = word ? resolveCollection(word) : undefined;
  if (!collection || !name) {
    console.error('usage: npm run new -- <collection> "<Name>"\n  collection: company, institution, policy, person, place, source, figure, event (or the German URL word, e.g. unternehmen)');
    process.exit(2);
  }
  const scan = scanContent(root);
  const taken = new Set<string>([...scan.graph.nodes.keys(), ...scan.graph.aliases.keys()]);
  const slug = freeSlug(name, taken);
  const file = join(root, 'content', collection, `${slug}.${fileExtension(collection)}`);
  if (existsSync(file)) throw new Error(`${relative(root, file)} exists already`);
  writeFileSync(file, template(collection, name));
  console.log(`created ${relative(root, file)} (URL /${ROUTE_SEGMENTS[collection]}/${slug}/)`);
  console.log('next: fill in the TODO lines, then run `npm run check` and look at the page with `npm run dev`');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
