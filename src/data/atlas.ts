/**
 * The atlas as pages see it: every entry of every collection, loaded through Astro's
 * content layer, with the link graph built once per build. Pages, the map, search
 * and cards all read from here, so each fact has one source.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../lib/collections.ts';
import { buildGraph, type AtlasGraph, type AtlasNode, type EntryData } from '../lib/graph.ts';
import { HAIDIAN_RING, HAIDIAN_TOLERANCE_METERS } from '../lib/haidian.ts';
import { ContentError } from '../lib/problems.ts';
import { scanContent } from '../lib/content-files.ts';
import { lastChanged } from '../lib/git-dates.ts';

/** An entry with its Astro content entry (for rendering) and graph node (for links). */
export interface AtlasEntry extends AtlasNode {
  entry: CollectionEntry<CollectionName>;
  /** ISO date of the last commit that changed the file, when git history knows it. */
  lastChanged?: string;
}

/** The loaded atlas. */
export interface Atlas {
  graph: AtlasGraph;
  /** Every entry by slug. */
  bySlug: ReadonlyMap<string, AtlasEntry>;
  /** Entries of one collection, sorted by German name. */
  list(collection: CollectionName): AtlasEntry[];
  /** All entries, sorted by German name. */
  all: AtlasEntry[];
}

let cached: Promise<Atlas> | undefined;

async function load(): Promise<Atlas> {
  const loaded = await Promise.all(COLLECTIONS.map(async (c) => [c, await getCollection(c)] as const));
  // The disk scan (validated before the build) knows the component references of each body.
  const scanned = scanContent(process.cwd());
  const refsBySlug = new Map(scanned.entries.map((e) => [e.slug, e.componentRefs ?? []]));
  const raw = loaded.flatMap(([collection, entries]) =>
    entries.map((entry) => ({
      collection,
      slug: entry.id,
      file: `content/${collection}/${entry.filePath?.split('/').pop() ?? entry.id}`,
      data: entry.data as unknown as EntryData,
      ...(entry.body !== undefined ? { body: entry.body, componentRefs: refsBySlug.get(entry.id) ?? [] } : {}),
      entry,
    })),
  );
  const graph = buildGraph(raw, { haidian: HAIDIAN_RING, haidianToleranceMeters: HAIDIAN_TOLERANCE_METERS });
  if (graph.problems.length) throw new ContentError(graph.problems);

  // Nothing may be silently dropped between the files on disk and the pages.
  const onDisk = scanned.counts;
  for (const [collection, entries] of loaded) {
    if (entries.length !== onDisk[collection]) {
      throw new Error(`content/${collection}: ${onDisk[collection]} files on disk but Astro loaded ${entries.length} entries; run "npm run check" to see which file is not read`);
    }
  }

  const changed = lastChanged(process.cwd());
  const bySlug = new Map<string, AtlasEntry>();
  for (const item of raw) {
    const date = changed.get(item.file);
    bySlug.set(item.slug, { ...graph.nodes.get(item.slug)!, entry: item.entry, ...(date ? { lastChanged: date } : {}) });
  }
  const byName = (a: AtlasEntry, b: AtlasEntry) => a.data.name.localeCompare(b.data.name, 'de');
  const all = [...bySlug.values()].sort(byName);
  return { graph, bySlug, all, list: (collection) => all.filter((e) => e.collection === collection) };
}

/** Loads the atlas once per build; later calls share the result. */
export function getAtlas(): Promise<Atlas> {
  cached ??= load();
  return cached;
}
