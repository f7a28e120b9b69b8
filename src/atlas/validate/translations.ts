/**
 * Translations checked against their German entry (src/atlas/model/translation.ts): the
 * schema (text fields only), the German file it belongs to, and the parts that must follow
 * the German file: one translated note per note, one translated quote per citation, a text
 * for every relation role, an address, a date note or a value in words exactly where the
 * German has one, a body where the German has one. Bodies get the same MDX, text and link
 * checks as German ones. For every published edition, an entry without its translation is a
 * problem naming the file to create.
 */
import { describePath } from '../model/schema.ts';
import { fileExtension } from '../model/collections.ts';
import { TRANSLATION_SCHEMAS, translationFileName, type Translation, type TranslationData } from '../model/translation.ts';
import { readEntry } from '../read/entry.ts';
import type { SourceFile } from '../read/source.ts';
import { DEFAULT_LOCALE, type Locale } from '../../site/segments.ts';
import { issueProblems } from './fields.ts';
import { bodyLinks } from './links.ts';
import { checkMdx } from './mdx-safety.ts';
import { checkText } from './text.ts';
import { relationTargets } from './links.ts';
import { relationsFor } from '../model/relations.ts';
import type { Problem } from './problems.ts';
import type { CollectionName } from '../model/collections.ts';

/** What the translation check needs of a German entry. */
export interface Original {
  slug: string;
  collection: CollectionName;
  file: string;
  data: Record<string, unknown>;
  /** Set when every field of the German file is valid (only then is the translation compared with it). */
  valid?: unknown;
  body?: string;
}

/** Options of `checkTranslations`. */
export interface TranslationCheckOptions {
  /** Every entry by slug (German), for pairing and for links in translated bodies. */
  nodes: ReadonlyMap<string, Original>;
  aliases: ReadonlyMap<string, string>;
  /** The published editions: every entry needs a translation for each of them but the default. */
  editions: readonly Locale[];
  publicFileExists?: (path: string) => boolean;
  /** TODO placeholders of a file (src/atlas/load.ts). */
  todos: (source: SourceFile) => Problem[];
}

/** The slugs of an entry's relation items that carry a role, in field order. */
export function roleTargets(collection: CollectionName, data: Record<string, unknown>): string[] {
  return relationsFor(collection).flatMap((relation) => relationTargets(data[relation]).filter((t) => t.role).map((t) => t.id)).filter((slug, i, all) => all.indexOf(slug) === i);
}

/** How a translation disagrees with its (valid) German entry: lists, texts present where the German has them, roles. */
function alignmentProblems(file: string, raw: ReturnType<typeof readEntry>, data: TranslationData, original: Original, nodes: ReadonlyMap<string, Original>): Problem[] {
  const problems: Problem[] = [];
  const german = original.data;
  const where = (field: string, path: PropertyKey[] = [field]) => ({ file, field, ...(raw.positionOf(path) ?? raw.keyPositionOf([field]) ?? { line: 1, column: 1 }) });
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  // Lists that follow the German file item by item.
  for (const [field, germanField, what] of [['notes', 'notes', 'note'], ['quotes', 'sources', 'citation']] as const) {
    const want = count(german[germanField]);
    const have = count(data[field]);
    if (want !== have) {
      problems.push({ ...where(field), message: `"${field}" has ${have} item${have === 1 ? '' : 's'}, but ${original.file} has ${want} ${what}${want === 1 ? '' : 's'}`, fix: `translate each ${what} of the German file, in the same order` });
    }
  }
  (Array.isArray(german['notes']) ? german['notes'] : []).forEach((note: { basis?: string }, i: number) => {
    const translated = data.notes?.[i];
    if (translated && Boolean(note.basis) !== Boolean(translated.basis)) problems.push({ ...where(`notes[${i}].basis`, ['notes', i]), message: note.basis ? 'the German note has a basis, this one none' : 'the German note has no basis', fix: note.basis ? 'translate the basis too' : 'remove the basis' });
  });
  // Texts that exist exactly where the German has them.
  const location = german['location'] as { address_de?: string } | undefined;
  const pairs: Array<[keyof TranslationData, boolean, string]> = [
    ['date_note', german['date_note'] !== undefined, 'date_note'],
    ['address', location?.address_de !== undefined, 'location.address_de'],
    ['value_text', german['value_text'] !== undefined, 'value_text'],
    ['as_of_note', german['as_of_note'] !== undefined, 'as_of_note'],
  ];
  for (const [field, wanted, germanField] of pairs) {
    const present = data[field] !== undefined;
    if (wanted && !present) problems.push({ ...where(String(field)), message: `"${String(field)}" is missing: ${original.file} has ${germanField}`, fix: `add ${String(field)}: with the translation` });
    if (!wanted && present) problems.push({ ...where(String(field)), message: `"${String(field)}" has nothing to translate: ${original.file} has no ${germanField}`, fix: `remove ${String(field)}` });
  }
  // Roles of links to entries that exist (a misspelled slug is the German file's problem).
  const allRoles = roleTargets(original.collection, german);
  const roles = allRoles.filter((slug) => nodes.has(slug));
  const given = Object.keys(data.roles ?? {});
  const missingRoles = roles.filter((slug) => !given.includes(slug));
  const extraRoles = given.filter((slug) => !allRoles.includes(slug));
  if (missingRoles.length) problems.push({ ...where('roles'), message: `roles for ${missingRoles.map((s) => `"${s}"`).join(', ')} are missing (${original.file} gives them a role)`, fix: `add them under roles:, e.g. ${missingRoles[0]}: …` });
  if (extraRoles.length) problems.push({ ...where('roles'), message: `roles for ${extraRoles.map((s) => `"${s}"`).join(', ')}, which have no role in ${original.file}`, fix: `remove them, or check the slugs (roles: ${roles.join(', ') || 'none'})` });
  return problems;
}

/** Checks every translation; returns them per slug and locale, and every problem. */
export function checkTranslations(files: readonly SourceFile[], options: TranslationCheckOptions): { translations: Map<string, Partial<Record<Locale, Translation>>>; problems: Problem[] } {
  const problems: Problem[] = [];
  const translations = new Map<string, Partial<Record<Locale, Translation>>>();
  for (const source of files) {
    const locale = source.locale!;
    const raw = readEntry(source);
    problems.push(...raw.problems, ...options.todos(source));
    const original = options.nodes.get(source.slug);
    if (!original || original.collection !== source.collection) {
      problems.push({ file: source.file, message: `there is no German entry content/${source.collection}/${source.slug}.${fileExtension(source.collection)} for this translation`, fix: 'name the file after the German entry it translates (<slug>.en.<ext> beside <slug>.<ext>)' });
      continue;
    }
    if (!raw.fields) continue;
    const schema = TRANSLATION_SCHEMAS[source.collection];
    const parsed = schema.safeParse(raw.fields);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.flatMap((issue) => issueProblems(raw, issue, (path) => describePath(schema, path))));
    }
    const data = (parsed.success ? parsed.data : raw.fields) as TranslationData;
    // A German file with problems of its own is fixed first: comparing with it would mislead.
    if (original.valid) problems.push(...alignmentProblems(source.file, raw, data, original, options.nodes));
    // The body, checked like a German one.
    let mdx: ReturnType<typeof checkMdx> | undefined;
    if (fileExtension(source.collection) === 'mdx') {
      if (original.body?.trim() && !raw.body?.trim()) problems.push({ file: source.file, line: raw.bodyStartLine ?? 1, message: 'the page text is missing', fix: `translate the text of ${original.file} below the frontmatter` });
      if (raw.body !== undefined) {
        mdx = checkMdx(raw.body, source.file, raw.bodyStartLine, { ...(options.publicFileExists ? { publicFileExists: options.publicFileExists } : {}) });
        problems.push(...mdx.problems, ...bodyLinks({ slug: source.slug, file: source.file, body: raw.body, bodyStartLine: raw.bodyStartLine ?? 1, componentRefs: mdx.refs }, options.nodes, options.aliases).problems);
      }
    }
    problems.push(...checkText(source.file, raw.fields, raw.positionOf, raw.body, raw.bodyStartLine));
    if (parsed.success) {
      const entry = translations.get(source.slug) ?? translations.set(source.slug, {}).get(source.slug)!;
      entry[locale] = { file: source.file, data: parsed.data as TranslationData, positionOf: raw.positionOf, ...(raw.body !== undefined ? { body: raw.body, bodyStartLine: raw.bodyStartLine ?? 1, bodyFormat: mdx?.format ?? 'mdx' } : {}) };
    }
  }
  for (const locale of options.editions.filter((l) => l !== DEFAULT_LOCALE)) {
    const present = new Set(files.filter((f) => f.locale === locale).map((f) => f.slug));
    for (const original of options.nodes.values()) {
      if (present.has(original.slug)) continue;
      const file = `content/${original.collection}/${translationFileName(original.collection, original.slug, locale)}`;
      problems.push({ file: original.file, message: `the entry has no ${locale === 'en' ? 'English' : locale} text`, fix: `create ${file} (see CONTRIBUTING.md, "Englische Fassung")` });
    }
  }
  return { translations, problems };
}
