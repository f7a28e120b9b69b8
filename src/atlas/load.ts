/**
 * The pipeline's first stages: read → validate → build. `loadAtlas` reads the content folder
 * once, runs every check in one pass (schemas, MDX safety, references, wiki links, aliases,
 * tags, coordinates, then the rules the features add: card glyphs, charts, dictionaries …)
 * and returns all problems at once; the atlas is built only when there are none. The build
 * (src/integrations/atlas.ts) and `npm run check` call exactly this function with the same
 * rules (src/pipeline.ts), so a file the check passes never fails the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileExtension, type CollectionName } from './model/collections.ts';
import { splitFrontmatter } from './read/frontmatter.ts';
import { HAIDIAN_RING, HAIDIAN_TOLERANCE_METERS } from './model/haidian.ts';
import type { CollectionData } from './model/types.ts';
import { readContentFolder, type SourceFile } from './read/source.ts';
import { readEntry } from './read/entry.ts';
import type { Position } from './read/yaml.ts';
import { lastChanged } from './read/git-dates.ts';
import { checkFields } from './validate/fields.ts';
import { checkMdx, type BodyFormat, type ComponentRef } from './validate/mdx-safety.ts';
import { checkLinks, type Edge } from './validate/links.ts';
import { resolvePins, type Pin } from './validate/locations.ts';
import { checkTags, editionTagProblems } from './validate/tags.ts';
import { readVocabulary, type Vocabulary } from './read/vocabulary.ts';
import { readFingerprints } from './read/fingerprints.ts';
import { checkQuotes } from './validate/quotes.ts';
import { checkCitations } from './validate/citations.ts';
import { checkTranslations } from './validate/translations.ts';
import { EDITIONS, type Locale } from '../site/segments.ts';
import type { TagDefinition } from './model/vocabulary.ts';
import type { Translation } from './model/translation.ts';
import { checkText } from './validate/text.ts';
import type { Problem } from './validate/problems.ts';
import { buildAtlas, type Atlas, type Entry } from './build/atlas.ts';

/** An entry after the checks: its valid data, or the fields that passed on their own. */
export interface CheckedEntry {
  collection: CollectionName;
  slug: string;
  file: string;
  /** Valid fields (all of them when `valid` is set). */
  data: Record<string, unknown>;
  /** The whole entry, when every field is valid. */
  valid?: CollectionData;
  body?: string;
  bodyStartLine?: number;
  bodyFormat?: BodyFormat;
  componentRefs?: readonly ComponentRef[];
  positionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/** What a rule sees: every checked entry and what the core checks resolved. */
export interface RuleContext {
  root: string;
  entries: readonly CheckedEntry[];
  nodes: ReadonlyMap<string, CheckedEntry>;
  edges: readonly Edge[];
  pins: ReadonlyMap<string, Pin>;
  /** The tag vocabulary by key. */
  tags: ReadonlyMap<string, TagDefinition>;
  /** The vocabulary file with positions, for rules that report on it. */
  vocabulary: Vocabulary;
  /** Every valid translation, by slug and locale. */
  translations: ReadonlyMap<string, Partial<Record<Locale, Translation>>>;
}

/** A check that a feature adds to the validation pass (e.g. the card glyph check). */
export interface AtlasRule {
  name: string;
  check(context: RuleContext): { problems?: Problem[]; warnings?: Problem[] };
}

/** Options of `loadAtlas`. */
export interface LoadOptions {
  /** Checks added by the features, run after the core checks. */
  rules?: readonly AtlasRule[];
  /** The content folder (default `<root>/content`). */
  contentDir?: string;
  /** Read the last change of each file from git (default true). */
  gitDates?: boolean;
  /** The published editions (default EDITIONS): every entry needs a translation for each but German. */
  editions?: readonly Locale[];
  /**
   * Build the atlas even when there are problems, from the entries whose files have none
   * (the dev server: pages that do not depend on a broken entry still render). The result's
   * `partial` says what was left out and which pages must show the problems instead.
   */
  partial?: boolean;
}

/** What a partial atlas left out (see `LoadOptions.partial`). */
export interface PartialAtlas {
  /** Entries that have problems of their own, by slug: their collection and problems. */
  leftOut: ReadonlyMap<string, { collection: CollectionName; problems: Problem[] }>;
  /** Entries whose page cannot be shown as it should, by slug: their own problems or those of entries they link to. */
  blocked: ReadonlyMap<string, Problem[]>;
}

/** The result: the atlas when the content is valid, and everything found. */
export interface LoadResult {
  atlas?: Atlas;
  /** Problems: any one of them stops the build. */
  problems: Problem[];
  /** Findings that do not stop the build (e.g. a citation that may not back its entry). */
  warnings: Problem[];
  /** Entry files read per collection. */
  counts: Record<CollectionName, number>;
  /** Milliseconds per stage and per rule. */
  timing: Record<string, number>;
  /** Set when the atlas was built in spite of problems (`partial`). */
  partial?: PartialAtlas;
  /** Every entry file read, valid or not, with its name where readable (editor help lists them). */
  index: Array<{ slug: string; collection: CollectionName; file: string; name?: string }>;
  /** The tag vocabulary as read. */
  vocabulary: Vocabulary;
}

/**
 * Lines with a TODO placeholder left by `npm run new`. YAML comment lines are skipped (the
 * template explains fields there); in an MDX body every line counts, headings included.
 */
export function todoProblems(source: SourceFile): Problem[] {
  const bodyStartLine = fileExtension(source.collection) === 'mdx' ? (splitFrontmatter(source.text)?.bodyStartLine ?? Infinity) : Infinity;
  return source.text.split('\n').flatMap((line, i) => {
    const at = line.search(/\bTODO\b/);
    if (at === -1 || (i + 1 < bodyStartLine && /^\s*#/.test(line))) return [];
    return [{ file: source.file, line: i + 1, column: at + 1, message: 'a TODO placeholder is still in the entry', fix: 'replace it with the real text (or delete the line)' }];
  });
}

/** Problems without repeats (two rules may meet the same cause). */
function unique(list: Problem[]): Problem[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = JSON.stringify([p.file, p.line, p.column, p.field, p.message]);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** Reads, validates and (when valid) builds the atlas of the project at `root`. */
export function loadAtlas(root: string, options: LoadOptions = {}): LoadResult {
  const timing: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timing[name] = Math.round((now - mark) * 10) / 10;
    mark = now;
  };

  const folder = readContentFolder(root, options.contentDir);
  const vocabulary = readVocabulary(root, options.contentDir);
  const fingerprints = readFingerprints(root, options.contentDir);
  lap('read');
  const problems: Problem[] = [...folder.problems, ...vocabulary.problems, ...fingerprints.problems];
  const warnings: Problem[] = [];
  const publicFileExists = (path: string) => existsSync(join(root, 'public', path));
  const checked: CheckedEntry[] = folder.files.map((source) => {
    const raw = readEntry(source);
    const fields = checkFields(raw);
    problems.push(...raw.problems, ...fields.problems, ...todoProblems(source));
    problems.push(...checkText(raw.file, raw.fields, raw.positionOf, raw.body, raw.bodyStartLine));
    const mdx = raw.body !== undefined ? checkMdx(raw.body, raw.file, raw.bodyStartLine, { publicFileExists }) : undefined;
    if (mdx) problems.push(...mdx.problems);
    return {
      collection: raw.collection,
      slug: raw.slug,
      file: raw.file,
      data: fields.partial,
      ...(fields.valid ? { valid: fields.valid } : {}),
      ...(raw.body !== undefined ? { body: raw.body, bodyStartLine: raw.bodyStartLine ?? 1 } : {}),
      ...(mdx ? { componentRefs: mdx.refs, bodyFormat: mdx.format } : {}),
      positionOf: raw.positionOf,
    };
  });
  lap('fields');

  const links = checkLinks(checked);
  problems.push(...links.problems);
  const translated = checkTranslations(folder.translations, { nodes: links.nodes, aliases: links.aliases, editions: options.editions ?? EDITIONS, publicFileExists, todos: todoProblems });
  problems.push(...translated.problems);
  const located = resolvePins(links.nodes, { haidian: HAIDIAN_RING, haidianToleranceMeters: HAIDIAN_TOLERANCE_METERS });
  problems.push(...located.problems);
  const tagged = checkTags(links.nodes.values(), vocabulary);
  problems.push(...editionTagProblems(vocabulary, options.editions ?? EDITIONS));
  problems.push(...tagged.problems);
  warnings.push(...tagged.warnings);
  const quoted = checkQuotes(checked, fingerprints.prints);
  problems.push(...quoted.problems);
  warnings.push(...quoted.warnings);
  // Entries linked either way (relations, wiki links), for the citation warning.
  const neighbours = Map.groupBy(links.edges.flatMap((e) => [[e.from, e.to], [e.to, e.from]] as const), ([from]) => from);
  warnings.push(...checkCitations(checked, (slug) => (neighbours.get(slug) ?? []).flatMap(([, to]) => links.nodes.get(to) ?? [])));
  lap('links');

  const context: RuleContext = { root, entries: checked, nodes: links.nodes, edges: links.edges, pins: located.pins, tags: vocabulary.tags, vocabulary, translations: translated.translations };
  for (const rule of options.rules ?? []) {
    try {
      const found = rule.check(context);
      problems.push(...(found.problems ?? []));
      warnings.push(...(found.warnings ?? []));
    } catch (error) {
      // A rule that cannot run (e.g. a label missing from a dictionary) reports why, and the others still run.
      const problem = (error as { problem?: Problem }).problem;
      problems.push(problem ?? { file: `(validation rule "${rule.name}")`, message: (error as Error).message, fix: 'see the other problems; this rule could not run' });
    }
    lap(`rule:${rule.name}`);
  }

  const index = checked.map((e) => ({ slug: e.slug, collection: e.collection, file: e.file, ...(typeof e.data['name'] === 'string' ? { name: e.data['name'] } : {}) }));
  const result: LoadResult = { problems: unique(problems), warnings: unique(warnings), counts: folder.counts, timing, index, vocabulary };
  if (problems.length && !options.partial) return result;

  // Without problems every entry is used; a partial atlas leaves out the files with problems.
  const byFile = Map.groupBy(result.problems, (p) => p.file);
  const usable = new Map([...links.nodes].filter(([, e]) => e.valid && !byFile.has(e.file)));
  if (problems.length) {
    const leftOut = new Map([...links.nodes.values()].filter((e) => !usable.has(e.slug)).map((e) => [e.slug, { collection: e.collection, problems: byFile.get(e.file) ?? [] }]));
    const blocked = new Map([...leftOut].map(([slug, { problems: own }]) => [slug, [...own]]));
    for (const edge of links.edges) {
      const target = leftOut.get(edge.to);
      if (target && usable.has(edge.from)) blocked.set(edge.from, [...(blocked.get(edge.from) ?? []), ...target.problems]);
    }
    result.partial = { leftOut, blocked };
  }
  const entries: Entry[] = [...usable.values()].map((e) => ({
    ...e.valid!,
    slug: e.slug,
    file: e.file,
    ...(e.body !== undefined ? { body: e.body, bodyStartLine: e.bodyStartLine ?? 1, bodyFormat: e.bodyFormat ?? 'mdx' } : {}),
    ...(translated.translations.has(e.slug) ? { translations: translated.translations.get(e.slug)! } : {}),
  }));
  result.atlas = buildAtlas({
    entries,
    edges: links.edges.filter((e) => usable.has(e.from) && usable.has(e.to)),
    aliases: links.aliases,
    pins: located.pins,
    tags: vocabulary.tags,
    lastChanged: options.gitDates === false ? new Map() : lastChanged(root),
  });
  lap('build');
  return result;
}
