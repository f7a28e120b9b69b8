/**
 * The atlas: every validated entry, typed by collection, with its pin, tags, last change and
 * the indexed link graph. Built once per build by src/atlas/load.ts; pages, search, cards,
 * map, exports and the sitemap all read this one object and never the content folder.
 */
import { COLLECTIONS, type CollectionName } from '../model/collections.ts';
import type { EntryDataOf } from '../model/types.ts';
import { indexGraph, type Graph } from './graph.ts';
import type { Edge } from '../validate/links.ts';
import type { Pin } from '../validate/locations.ts';
import type { TagDefinition } from '../model/vocabulary.ts';
import type { Translation } from '../model/translation.ts';
import type { Locale } from '../../site/segments.ts';
import type { BodyFormat } from '../validate/mdx-safety.ts';

/** An entry of collection `C`. */
export interface AtlasEntry<C extends CollectionName = CollectionName> {
  collection: C;
  slug: string;
  /** Path relative to the project root, e.g. `content/companies/zhipu.mdx`. */
  file: string;
  data: EntryDataOf<C>;
  /** The MDX body as written (page collections). */
  body?: string;
  /** 1-based line of the file on which the body starts. */
  bodyStartLine?: number;
  /** How the body is rendered (src/atlas/validate/mdx-safety.ts): directly as Markdown, or compiled as MDX. */
  bodyFormat?: BodyFormat;
  /** Its map position, own or inherited; absent when unknown or outside Beijing. */
  pin?: Pin;
  /** ISO date of the last commit that changed the file, when git history knows it. */
  lastChanged?: string;
  /** Its text in the other languages (src/atlas/model/translation.ts), by locale. */
  translations?: Partial<Record<Locale, Translation>>;
}

/** Any entry: a union discriminated by `collection`. */
export type Entry = { [C in CollectionName]: AtlasEntry<C> }[CollectionName];

/** The entries of `C`, distributed over a union of collections (AtlasEntry<'a'> | AtlasEntry<'b'>). */
export type EntryOf<C extends CollectionName> = C extends CollectionName ? AtlasEntry<C> : never;

/** A tag with its entries. */
export interface Tag extends TagDefinition {
  entries: readonly Entry[];
}

/** The built atlas. */
export interface Atlas extends Graph {
  /** Every entry by slug. */
  entries: ReadonlyMap<string, Entry>;
  /** Every entry, by slug order. */
  all: readonly Entry[];
  /** The entry with `slug`, or undefined. */
  get(slug: string): Entry | undefined;
  /** The entries of one collection, by slug order. */
  list<C extends CollectionName>(collection: C): ReadonlyArray<EntryOf<C>>;
  /** Former slug → current slug. */
  aliases: ReadonlyMap<string, string>;
  /** Every tag of the vocabulary by key (its URL segment), in key order, with its entries. */
  tags: ReadonlyMap<string, Tag>;
  /** The tags of an entry, in the entry's order. */
  tagsOf(entry: Entry): Tag[];
}

/** What the atlas is built from: validated entries and what the validation resolved. */
export interface AtlasParts {
  entries: readonly Entry[];
  edges: readonly Edge[];
  aliases: ReadonlyMap<string, string>;
  pins: ReadonlyMap<string, Pin>;
  tags: ReadonlyMap<string, TagDefinition>;
  lastChanged: ReadonlyMap<string, string>;
}

/** Assembles the atlas. */
export function buildAtlas(parts: AtlasParts): Atlas {
  const all = [...parts.entries]
    .map((e): Entry => {
      const pin = parts.pins.get(e.slug);
      const changed = parts.lastChanged.get(e.file);
      return { ...e, ...(pin ? { pin } : {}), ...(changed ? { lastChanged: changed } : {}) };
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const entries = new Map(all.map((e) => [e.slug, e]));
  const byCollection = new Map<CollectionName, Entry[]>(COLLECTIONS.map((c) => [c, []]));
  for (const e of all) byCollection.get(e.collection)!.push(e);
  const collator = new Intl.Collator('de');
  const graph = indexGraph(parts.edges, (a, b) => collator.compare(entries.get(a)?.data.name ?? a, entries.get(b)?.data.name ?? b) || (a < b ? -1 : 1));
  const tagEntries = Map.groupBy(all.flatMap((e) => e.data.tags.map((key) => [key, e] as const)), ([key]) => key);
  const tags = new Map(
    [...parts.tags.values()]
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
      .map((tag) => [tag.slug, { ...tag, entries: (tagEntries.get(tag.slug) ?? []).map(([, e]) => e) }] as const),
  );
  return {
    ...graph,
    entries,
    all,
    get: (slug) => entries.get(slug),
    // The map holds each collection's own entries: the cast restores what the key guarantees.
    list: <C extends CollectionName>(collection: C) => (byCollection.get(collection) ?? []) as unknown as ReadonlyArray<EntryOf<C>>,
    aliases: parts.aliases,
    tags,
    // The validation pass refused every tag outside the vocabulary; only a partial atlas (dev server) can miss one.
    tagsOf: (entry) => entry.data.tags.flatMap((key) => tags.get(key) ?? []),
  };
}
