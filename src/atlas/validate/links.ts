/**
 * Cross-references, resolved and checked in one walk: slugs (well-formed, unique, not
 * reserved), former slugs (`aliases`), typed relation fields, citations, component references
 * and wiki links in bodies. Every reference that resolves becomes an edge of the link graph;
 * every one that does not becomes a problem naming the file, line, field and a fix (with a
 * "did you mean" from the slugs the field may point to).
 */
import { SINGULAR, fileExtension, type CollectionName } from '../model/collections.ts';
import { RELATIONS, relationsFor, type EdgeKind } from '../model/relations.ts';
import type { RelationItem, SourceCitation } from '../model/schema.ts';
import { isValidSlug, suggestSlug } from '../model/slug.ts';
import { lineOf, parseWikiLinks } from '../model/wikilinks.ts';
import type { Position } from '../read/yaml.ts';
import { RESERVED_SLUGS } from '../../site/segments.ts';
import { closest, type Problem } from './problems.ts';
import type { ComponentRef } from './mdx-safety.ts';

/** What the link check needs of an entry. `data` holds the fields that passed the schema. */
export interface LinkSource {
  collection: CollectionName;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body?: string;
  bodyStartLine?: number;
  componentRefs?: readonly ComponentRef[];
  positionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/** A directed, typed link between two entries. */
export interface Edge {
  from: string;
  to: string;
  kind: EdgeKind;
  role?: string;
  /** The editors, not the article, establish this link (the item's `editorial: true`, or the field listed in `editorial`). */
  editorial?: boolean;
}

/** Problems with a reference to `id`, from `from`'s field `field` that may point to `allowed` (undefined when it is fine). */
function referenceProblem(
  nodes: ReadonlyMap<string, { slug: string; collection: CollectionName }>,
  aliases: ReadonlyMap<string, string>,
  from: { slug: string; file: string },
  id: string,
  allowed: readonly CollectionName[],
  field: string,
  at: Position | undefined,
): Problem | undefined {
  const target = nodes.get(id);
  const where = { file: from.file, field, ...at };
  if (!target && aliases.has(id)) return { ...where, message: `"${id}" was renamed to "${aliases.get(id)}"`, fix: `write "${aliases.get(id)}"` };
  if (!target) {
    const guess = closest(id, [...nodes.values()].filter((n) => allowed.includes(n.collection)).map((n) => n.slug));
    return {
      ...where,
      message: `"${id}" is not an entry of the atlas (expected the slug of one of: ${orList(allowed)})`,
      fix: guess ? `did you mean "${guess}"?` : `use the file name of an existing entry, or create ${newFile(allowed[0]!, id)}`,
    };
  }
  if (!allowed.includes(target.collection)) {
    return { ...where, message: `"${id}" is in ${target.collection}, but this field may only point to ${orList(allowed)}`, fix: `point to an entry of ${orList(allowed)}, or use the field "related" for a general link` };
  }
  if (id === from.slug) return { ...where, message: 'the entry points to itself', fix: `remove "${id}" from this field` };
  return undefined;
}

/** The result of the link check. */
export interface Links<T extends LinkSource> {
  /** Entries by slug (the first file of a duplicated slug wins). */
  nodes: ReadonlyMap<string, T>;
  edges: Edge[];
  /** Former slug → current slug. */
  aliases: ReadonlyMap<string, string>;
  problems: Problem[];
}

/** The relation items of a field as a list, each as `{ id, role?, editorial? }`. */
export function relationTargets(value: unknown): Array<{ id: string; role?: string | undefined; editorial?: boolean | undefined }> {
  const items: unknown[] = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    const it = item as RelationItem;
    if (typeof it === 'string') return [{ id: it }];
    if (it && typeof it === 'object' && typeof it.id === 'string') return [it];
    return [];
  });
}

/** True when the entry lists the relation field in `editorial`: every link of the field is the editors'. */
function fieldEditorial(node: { data: Record<string, unknown> }, relation: string): boolean {
  const editorial = node.data['editorial'];
  return Array.isArray(editorial) && editorial.includes(relation);
}

function orList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

function newFile(collection: CollectionName, slug: string): string {
  return `content/${collection}/${slug}.${fileExtension(collection)}`;
}

/** Resolves and checks every reference between `entries`. */
export function checkLinks<T extends LinkSource>(entries: readonly T[]): Links<T> {
  const problems: Problem[] = [];
  const nodes = new Map<string, T>();

  for (const entry of entries) {
    if (!isValidSlug(entry.slug)) {
      problems.push({
        file: entry.file,
        message: `the file name "${entry.slug}" is not a valid slug (lowercase ASCII letters, digits and single hyphens)`,
        fix: `rename the file to "${suggestSlug(entry.slug) || 'a-valid-slug'}" with the same extension`,
      });
    }
    if (RESERVED_SLUGS.has(entry.slug)) {
      problems.push({ file: entry.file, message: `the slug "${entry.slug}" is reserved for list pages`, fix: `rename the file, e.g. to "${entry.slug}-${SINGULAR[entry.collection]}"` });
      continue;
    }
    const existing = nodes.get(entry.slug);
    if (existing) {
      problems.push({
        file: entry.file,
        message: `the slug "${entry.slug}" is already used by ${existing.file}; slugs must be unique across all collections`,
        fix: `rename one of the two files, e.g. to "${entry.slug}-${SINGULAR[entry.collection]}"`,
      });
      continue;
    }
    nodes.set(entry.slug, entry);
  }

  const aliases = new Map<string, string>();
  for (const node of nodes.values()) {
    const list = Array.isArray(node.data['aliases']) ? (node.data['aliases'] as string[]) : [];
    list.forEach((alias, i) => {
      const where = { file: node.file, field: `aliases[${i}]`, ...node.positionOf(['aliases', i]) };
      if (nodes.has(alias)) problems.push({ ...where, message: `the alias "${alias}" is the slug of ${nodes.get(alias)!.file}`, fix: 'remove the alias or rename one of the entries' });
      else if (aliases.has(alias)) problems.push({ ...where, message: `the alias "${alias}" is also an alias of ${nodes.get(aliases.get(alias)!)!.file}`, fix: 'an old URL can lead to only one entry: remove one of the aliases' });
      else if (RESERVED_SLUGS.has(alias)) problems.push({ ...where, message: `the alias "${alias}" is reserved for list pages`, fix: 'remove the alias' });
      else aliases.set(alias, node.slug);
    });
  }

  const targetProblem = (node: T, id: string, allowed: readonly CollectionName[], field: string, at: Position | undefined) => referenceProblem(nodes, aliases, node, id, allowed, field, at);

  const edges: Edge[] = [];
  for (const node of nodes.values()) {
    for (const relation of relationsFor(node.collection)) {
      const spec = RELATIONS[relation];
      relationTargets(node.data[relation]).forEach((target, i) => {
        const path = spec.cardinality === 'one' ? [relation] : [relation, i];
        const problem = targetProblem(node, target.id, spec.to, spec.cardinality === 'one' ? relation : `${relation}[${i}]`, node.positionOf(path));
        if (problem) problems.push(problem);
        else edges.push({ from: node.slug, to: target.id, kind: relation, ...(target.role ? { role: target.role } : {}), ...(target.editorial || fieldEditorial(node, relation) ? { editorial: true } : {}) });
      });
    }
    const cited = new Set<string>();
    const citations = Array.isArray(node.data['sources']) ? (node.data['sources'] as SourceCitation[]) : [];
    citations.forEach((citation, i) => {
      const problem = targetProblem(node, citation.source, ['sources'], `sources[${i}].source`, node.positionOf(['sources', i, 'source']));
      if (problem) return void problems.push(problem);
      if (!cited.has(citation.source)) edges.push({ from: node.slug, to: citation.source, kind: 'cites' });
      cited.add(citation.source);
    });
  }

  // Body wiki links and component references become "mentions", unless a typed relation
  // already links the same pair.
  const typed = new Set(edges.map((e) => `${e.from}>${e.to}`));
  for (const node of nodes.values()) {
    const found = bodyLinks(node, nodes, aliases);
    problems.push(...found.problems);
    for (const target of found.targets) if (!typed.has(`${node.slug}>${target}`)) edges.push({ from: node.slug, to: target, kind: 'mentions' });
  }
  return { nodes, edges, aliases, problems };
}

/** What `bodyLinks` needs of a text: its file, body, first body line and component references. */
export interface BodySource {
  slug: string;
  file: string;
  body?: string;
  bodyStartLine?: number;
  componentRefs?: readonly ComponentRef[];
}

/**
 * The entries a body links to (wiki links and component references, each once, not the
 * entry itself, in order), and a problem for each link to no entry: renamed slugs name the
 * new one, typos get "did you mean". Used for every body, German or translated.
 */
export function bodyLinks(source: BodySource, nodes: ReadonlyMap<string, { slug: string; collection: CollectionName }>, aliases: ReadonlyMap<string, string>): { targets: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const targets: string[] = [];
  if (source.body === undefined) return { targets, problems };
  const body = source.body;
  const add = (slug: string) => {
    if (slug !== source.slug && !targets.includes(slug)) targets.push(slug);
  };
  for (const ref of source.componentRefs ?? []) {
    const problem = referenceProblem(nodes, aliases, source, ref.slug, ref.collections, `<${ref.component}> in the text`, { line: ref.line, column: ref.column });
    if (problem) problems.push(problem);
    else add(ref.slug);
  }
  for (const link of parseWikiLinks(body)) {
    const line = (source.bodyStartLine ?? 1) + lineOf(body, link.index) - 1;
    const column = link.index - body.lastIndexOf('\n', link.index - 1);
    if (nodes.has(link.target)) {
      add(link.target);
      continue;
    }
    const renamed = aliases.get(link.target);
    const guess = renamed ? undefined : closest(link.target, nodes.keys());
    problems.push({
      file: source.file,
      line,
      column,
      message: renamed ? `the wiki link ${link.raw} points to "${link.target}", which was renamed to "${renamed}"` : `the wiki link ${link.raw} points to no entry`,
      fix: renamed ? `write [[${renamed}]]` : guess ? `did you mean [[${guess}]]?` : 'write the slug (file name) of an existing entry, e.g. [[zhipu]] or [[zhipu|Zhipu AI]]',
    });
  }
  return { targets, problems };
}
