/**
 * The link graph: every entry with its typed relations, citations and body wiki links
 * turned into edges, checked as a whole. Built once per build from the same parsed
 * entry data that the pages render, it answers "what links here" for every page and
 * reports every dangling reference, duplicate slug and misplaced coordinate, whether
 * or not a page happens to render the broken field.
 */
import { entryPath, SINGULAR, type CollectionName, isPageCollection } from './collections.ts';
import type { PartialDate } from './dates.ts';
import { BEIJING_BBOX, inBBox, isBeijing, isWithinArea, toWgs84, type LatLon, type Precision, type Ring } from './geo.ts';
import { closest, type Problem } from './problems.ts';
import { EDGE_ORDER, RELATIONS, relationsFor, type EdgeKind } from './relations.ts';
import type { EditorialNote, Location, RelationItem, SourceCitation } from './schema.ts';
import { isValidSlug, suggestSlug } from './slug.ts';
import { lineOf, parseWikiLinks } from './wikilinks.ts';

/** Slugs that would collide with list pages under a collection's URL (`/unternehmen/art/…`). */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['art', 'nach-datum']);

/** Parsed frontmatter of any entry (the union of all collections' fields). */
export interface EntryData {
  name: string;
  name_en?: string;
  name_zh?: string;
  pinyin?: string;
  identification?: { confidence: 'high' | 'medium' | 'low'; basis?: string };
  kind: string;
  summary: string;
  tags: string[];
  notes: EditorialNote[];
  sources?: SourceCitation[];
  location?: Location;
  founded?: PartialDate;
  issued?: PartialDate;
  published?: PartialDate;
  date?: PartialDate;
  as_of?: PartialDate;
  [field: string]: unknown;
}

/** One entry as the graph receives it. */
export interface EntryInput {
  collection: CollectionName;
  slug: string;
  /** Path relative to the project root. */
  file: string;
  data: EntryData;
  /** Raw MDX body, for wiki links. */
  body?: string;
  /** 1-based line of the file on which the body starts. */
  bodyStartLine?: number;
  /** Finds the line of a top-level frontmatter field, for messages. */
  lineOfField?: (field: string) => number | undefined;
  /** Entries referenced by atlas components in the body (see src/lib/mdx-safety.ts). */
  componentRefs?: ReadonlyArray<{ slug: string; line: number; collections: readonly CollectionName[]; component: string }>;
}

/** Where an entry is drawn on the map, always WGS-84. */
export interface Pin extends LatLon {
  precision: Precision;
  confidence?: 'high' | 'medium' | 'low';
  /** Slug of the entry whose own coordinates these are (itself, or the place it sits in). */
  from: string;
}

/** An entry in the graph. */
export interface AtlasNode extends EntryInput {
  /** Site-relative URL of its page. */
  path: string;
  /** Its map position, own or inherited from `located_in`; absent when unknown or outside Beijing. */
  pin?: Pin;
}

/** A directed, typed link between two entries. */
export interface Edge {
  from: string;
  to: string;
  kind: EdgeKind;
  role?: string;
  note?: string;
}

/** Options for building the graph. */
export interface GraphOptions {
  /** Haidian's outline: coordinates of entries with `district: Haidian` must fall inside. */
  haidian: Ring;
  /** Metres of slack around the outline. */
  haidianToleranceMeters: number;
  /** Slugs of files that exist but failed validation: links to them are not reported again. */
  invalid?: ReadonlySet<string>;
}

/** The built atlas graph. */
export interface AtlasGraph {
  nodes: ReadonlyMap<string, AtlasNode>;
  edges: readonly Edge[];
  problems: readonly Problem[];
  /** Former slugs (from `aliases`) and the slug each now belongs to. */
  aliases: ReadonlyMap<string, string>;
  /** Edges leaving `slug`, in display order. */
  outgoing(slug: string): Edge[];
  /** Edges arriving at `slug`, grouped by kind in display order ("Verknüpft mit …"). */
  backlinks(slug: string): Array<{ kind: EdgeKind; edges: Edge[] }>;
}

function items(value: unknown): RelationItem[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as RelationItem[];
}

function itemTarget(item: RelationItem): { id: string; role?: string; note?: string } {
  return typeof item === 'string' ? { id: item } : item;
}

function orList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * Builds the graph from parsed entries and collects every cross-entry problem:
 * bad or duplicate slugs, references and wiki links to missing entries or to the wrong
 * collection, citations of non-sources, impossible locations.
 */
export function buildGraph(entries: readonly EntryInput[], options: GraphOptions): AtlasGraph {
  const problems: Problem[] = [];
  const nodes = new Map<string, AtlasNode>();

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
    nodes.set(entry.slug, { ...entry, path: entryPath(entry.collection, entry.slug) });
  }

  // Former slugs: unique, and never the slug of a current entry.
  const aliases = new Map<string, string>();
  for (const node of nodes.values()) {
    for (const alias of (node.data['aliases'] as string[] | undefined) ?? []) {
      const where = { file: node.file, field: 'aliases', ...(node.lineOfField?.('aliases') ? { line: node.lineOfField('aliases')! } : {}) };
      if (nodes.has(alias)) problems.push({ ...where, message: `the alias "${alias}" is the slug of ${nodes.get(alias)!.file}`, fix: 'remove the alias or rename one of the entries' });
      else if (aliases.has(alias)) problems.push({ ...where, message: `the alias "${alias}" is also an alias of ${nodes.get(aliases.get(alias)!)!.file}`, fix: 'an old URL can lead to only one entry: remove one of the aliases' });
      else if (RESERVED_SLUGS.has(alias)) problems.push({ ...where, message: `the alias "${alias}" is reserved for list pages`, fix: 'remove the alias' });
      else aliases.set(alias, node.slug);
    }
  }

  const edges: Edge[] = [];
  const line = (entry: EntryInput, field: string) => entry.lineOfField?.(field);

  for (const node of nodes.values()) {
    const { data } = node;
    for (const relation of relationsFor(node.collection)) {
      const spec = RELATIONS[relation];
      items(data[relation]).forEach((item, i) => {
        const target = itemTarget(item);
        const field = spec.cardinality === 'one' ? relation : `${relation}[${i}]`;
        const ok = checkTarget(node, target.id, spec.to, field, line(node, relation));
        if (ok) edges.push({ from: node.slug, to: target.id, kind: relation, ...(target.role ? { role: target.role } : {}), ...(target.note ? { note: target.note } : {}) });
      });
    }
    const cited = new Set<string>();
    (data.sources ?? []).forEach((citation, i) => {
      if (!checkTarget(node, citation.source, ['sources'], `sources[${i}].source`, line(node, 'sources'))) return;
      if (!cited.has(citation.source)) edges.push({ from: node.slug, to: citation.source, kind: 'cites' });
      cited.add(citation.source);
    });
  }

  // Body wiki links and component references become "mentions", unless a typed relation
  // already links the same pair.
  const typed = new Set(edges.map((e) => `${e.from}>${e.to}`));
  for (const node of nodes.values()) {
    if (!node.body) continue;
    const seen = new Set<string>();
    for (const ref of node.componentRefs ?? []) {
      if (!checkTarget(node, ref.slug, ref.collections, `<${ref.component}> in the text`, ref.line)) continue;
      if (seen.has(ref.slug) || typed.has(`${node.slug}>${ref.slug}`)) continue;
      seen.add(ref.slug);
      edges.push({ from: node.slug, to: ref.slug, kind: 'mentions' });
    }
    for (const link of parseWikiLinks(node.body)) {
      const bodyLine = (node.bodyStartLine ?? 1) + lineOf(node.body, link.index) - 1;
      if (!checkWikiLink(node, link.target, link.raw, bodyLine)) continue;
      const key = `${node.slug}>${link.target}`;
      if (seen.has(link.target) || link.target === node.slug || typed.has(key)) continue;
      seen.add(link.target);
      edges.push({ from: node.slug, to: link.target, kind: 'mentions' });
    }
  }

  function checkTarget(node: AtlasNode, id: string, allowed: readonly CollectionName[], field: string, at?: number): boolean {
    const target = nodes.get(id);
    const where = { file: node.file, field, ...(at ? { line: at } : {}) };
    if (!target && options.invalid?.has(id)) return false;
    if (!target && aliases.has(id)) {
      problems.push({ ...where, message: `"${id}" was renamed to "${aliases.get(id)}"`, fix: `write "${aliases.get(id)}"` });
      return false;
    }
    if (!target) {
      const guess = closest(id, [...nodes.values()].filter((n) => allowed.includes(n.collection)).map((n) => n.slug));
      problems.push({
        ...where,
        message: `"${id}" is not an entry of the atlas (expected the slug of one of: ${orList(allowed)})`,
        fix: guess ? `did you mean "${guess}"? Otherwise create content/${allowed[0]}/${id}.${isPageCollection(allowed[0]!) ? 'mdx' : 'yaml'}` : `use the file name of an existing entry, or create content/${allowed[0]}/${id}.${isPageCollection(allowed[0]!) ? 'mdx' : 'yaml'}`,
      });
      return false;
    }
    if (!allowed.includes(target.collection)) {
      problems.push({
        ...where,
        message: `"${id}" is in ${target.collection}, but this field may only point to ${orList(allowed)}`,
        fix: `point to an entry of ${orList(allowed)}, or use the field "related" for a general link`,
      });
      return false;
    }
    if (id === node.slug) {
      problems.push({ ...where, message: `the entry points to itself`, fix: `remove "${id}" from this field` });
      return false;
    }
    return true;
  }

  function checkWikiLink(node: AtlasNode, id: string, raw: string, at: number): boolean {
    if (nodes.has(id)) return true;
    if (options.invalid?.has(id)) return false;
    if (aliases.has(id)) {
      problems.push({ file: node.file, line: at, message: `the wiki link ${raw} points to "${id}", which was renamed to "${aliases.get(id)}"`, fix: `write [[${aliases.get(id)}]]` });
      return false;
    }
    const guess = closest(id, nodes.keys());
    problems.push({
      file: node.file,
      line: at,
      message: `the wiki link ${raw} points to no entry`,
      fix: guess ? `did you mean [[${guess}]]?` : 'write the slug (file name) of an existing entry, e.g. [[zhipu]] or [[zhipu|Zhipu AI]]',
    });
    return false;
  }

  resolvePins(nodes, problems, options);

  const out = new Map<string, Edge[]>();
  const inc = new Map<string, Edge[]>();
  for (const edge of edges) {
    (out.get(edge.from) ?? out.set(edge.from, []).get(edge.from)!).push(edge);
    (inc.get(edge.to) ?? inc.set(edge.to, []).get(edge.to)!).push(edge);
  }
  const order = (e: Edge) => EDGE_ORDER.indexOf(e.kind);

  return {
    nodes,
    edges,
    problems,
    aliases,
    outgoing: (slug) => [...(out.get(slug) ?? [])].sort((a, b) => order(a) - order(b)),
    backlinks: (slug) => {
      const groups = new Map<EdgeKind, Edge[]>();
      for (const edge of inc.get(slug) ?? []) (groups.get(edge.kind) ?? groups.set(edge.kind, []).get(edge.kind)!).push(edge);
      return EDGE_ORDER.filter((k) => groups.has(k)).map((kind) => ({
        kind,
        edges: groups.get(kind)!.sort((a, b) => nodes.get(a.from)!.data.name.localeCompare(nodes.get(b.from)!.data.name, 'de')),
      }));
    },
  };
}

/** Converts own coordinates to WGS-84, checks them against Beijing and Haidian, and inherits pins through `located_in`. */
function resolvePins(nodes: Map<string, AtlasNode>, problems: Problem[], options: GraphOptions): void {
  for (const node of nodes.values()) {
    const loc = node.data.location;
    const field = (name: string) => ({ file: node.file, field: `location.${name}`, ...(node.lineOfField?.('location') ? { line: node.lineOfField('location')! } : {}) });
    if (!loc || loc.lat === undefined || loc.lon === undefined || !loc.datum || !loc.precision) continue;
    if (node.data.located_in !== undefined) {
      problems.push({ ...field('lat'), message: 'the entry has its own coordinates and also "located_in"', fix: 'keep only one: remove lat/lon to use the pin of the place in "located_in", or remove "located_in"' });
      continue;
    }
    const point = toWgs84({ lat: loc.lat, lon: loc.lon }, loc.datum);
    const inBeijing = inBBox(point, BEIJING_BBOX);
    const city = loc.city ?? 'Peking';
    if (isBeijing(city) && !inBeijing) {
      problems.push({ ...field('lat'), message: `${loc.lat}, ${loc.lon} (${loc.datum}) lies outside Beijing`, fix: 'check that lat and lon are not swapped or mistyped, or set "city" to the city where the entry really is' });
      continue;
    }
    if (!isBeijing(city) && inBeijing) {
      problems.push({ ...field('city'), message: `the city is "${city}", but the coordinates lie in Beijing`, fix: 'correct the city or the coordinates' });
      continue;
    }
    if (loc.district === 'Haidian' && !isWithinArea(point, options.haidian, options.haidianToleranceMeters)) {
      problems.push({ ...field('lat'), message: `${loc.lat}, ${loc.lon} (${loc.datum}) lies outside Haidian district, but "district" is Haidian`, fix: 'check the coordinates and their datum (Amap gives gcj02, Baidu bd09), or correct "district"' });
      continue;
    }
    if (!isBeijing(city)) continue; // outside Beijing: described, never pinned on the Haidian map
    node.pin = { ...point, precision: loc.precision, ...(loc.coord_confidence ? { confidence: loc.coord_confidence } : {}), from: node.slug };
  }

  // Inherit pins along located_in chains (a company in a building in a neighbourhood).
  // An entry whose own city is not Beijing is never pinned, even if it has an office here:
  // the office's place shows it among the entries located there.
  for (const node of nodes.values()) {
    if (node.pin || !isBeijing(node.data.location?.city)) continue;
    const seen = new Set([node.slug]);
    let current = node;
    while (true) {
      const parent = current.data.located_in === undefined ? undefined : itemTarget(current.data.located_in as RelationItem).id;
      if (!parent) break;
      if (seen.has(parent)) {
        problems.push({ file: node.file, field: 'located_in', message: `"located_in" goes round in a circle (${[...seen, parent].join(' → ')})`, fix: 'make the chain end at a place with coordinates' });
        break;
      }
      seen.add(parent);
      const next = nodes.get(parent);
      if (!next) break; // reported as a dangling reference
      if (next.pin) {
        node.pin = { ...next.pin };
        break;
      }
      current = next;
    }
  }
}
