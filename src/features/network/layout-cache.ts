/**
 * Laid-out networks kept between builds. `layoutNetwork` (layout.ts) is deterministic: the same
 * network (nodes with names and links, relations), the same options and the same layout code
 * always give the same layout, so a build may reuse what an earlier build computed. Each
 * layout is one JSON file `<dir>/<key>.json`, the key a SHA-256 of the layout code's version
 * (`layoutCodeVersion`) and the input.
 *
 * The integration opens the cache (`useLayoutCache`) before the pages render; the pages run
 * from a separately bundled copy of this module, so the store is handed over on `globalThis`
 * under a registered symbol, as the atlas is (src/atlas/runtime.ts). Without an open cache
 * (unit tests, `astro check`) every layout is computed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NetworkLayout } from './layout-types.ts';

/** Layouts by input key. */
export interface LayoutStore {
  /** The layout stored under `key`, or undefined (never stored, unreadable, or not a layout). */
  get(key: string): NetworkLayout | undefined;
  set(key: string, layout: NetworkLayout): void;
}

/** How many layouts a build read from the cache and how many it computed. */
export interface LayoutStats {
  read: number;
  computed: number;
}

const KEY = Symbol.for('haidian-atlas.layout-cache');

/** The parts every stored layout has; anything else in a file is not a layout of ours. */
function isLayout(value: unknown): value is NetworkLayout {
  const v = value as Partial<NetworkLayout> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.width === 'number' && typeof v.height === 'number' && typeof v.fontSize === 'number' &&
    [v.nodes, v.edges, v.relations, v.anchors, v.collections, v.kinds].every(Array.isArray)
  );
}

/**
 * A store in the folder `dir` (created when missing) for layout code `version`. Files are
 * written to a temporary name and renamed, so a build that stops half way, or two builds at
 * once, never leave half a file; a file that cannot be read or parsed, or is not a layout,
 * is a miss and is written again.
 */
export function diskLayoutStore(dir: string, version: string): LayoutStore {
  mkdirSync(dir, { recursive: true });
  const file = (key: string) => join(dir, `${createHash('sha256').update(version).update('\0').update(key).digest('hex').slice(0, 40)}.json`);
  return {
    get(key) {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(file(key), 'utf8'));
      } catch {
        return undefined;
      }
      return isLayout(value) ? value : undefined;
    },
    set(key, layout) {
      const target = file(key);
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(layout));
      renameSync(temporary, target);
    },
  };
}

interface Holder {
  store?: LayoutStore | undefined;
  stats: LayoutStats;
}
const holder = (): Holder => ((globalThis as unknown as Record<symbol, Holder | undefined>)[KEY] ??= { stats: { read: 0, computed: 0 } });

/** Makes every `layoutNetwork` of this process (the integration's and the pages' copies) use `store`; undefined turns the cache off. Resets the counts. */
export function useLayoutCache(store: LayoutStore | undefined): void {
  const h = holder();
  h.store = store;
  h.stats = { read: 0, computed: 0 };
}

/**
 * The layout of `input` (any JSON value that determines it): read from the open cache, or
 * `compute`d and stored. Without an open cache it only computes.
 */
export function cachedLayout(input: unknown, compute: () => NetworkLayout): NetworkLayout {
  const h = holder();
  if (!h.store) return compute();
  const key = JSON.stringify(input);
  const read = h.store.get(key);
  if (read) {
    h.stats.read++;
    return read;
  }
  const layout = compute();
  h.store.set(key, layout);
  h.stats.computed++;
  return layout;
}

/** What the open cache has done since `useLayoutCache` (zeros when none is open). */
export function layoutStats(): LayoutStats {
  return { ...holder().stats };
}

/**
 * The text of package `name`'s package.json: the first one named `name` above `entry` (a file
 * of the package; nested package.json files without that name, e.g. `dist/package.json`
 * marking a module type, are passed by). Throws when there is none.
 */
export function packageManifest(name: string, entry: string): string {
  for (let dir = dirname(entry); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      if (JSON.parse(text).name === name) return text;
    }
    if (dirname(dir) === dir) throw new Error(`the package.json of ${name} was not found above ${entry}`);
  }
}

/**
 * The source files `file` depends on, itself included: the closure of the relative imports
 * of its import and export statements (type imports too), sorted. Shapes: absolute paths.
 */
export function localSources(file: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const [, spec] of readFileSync(path, 'utf8').matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gm)) visit(join(dirname(path), spec!));
  };
  visit(file);
  return [...seen].sort();
}

/**
 * The version of the layout code: a SHA-256 over the sources layout.ts depends on
 * (`localSources`, e.g. the collections' order and the label measuring) and the package.json
 * of the `libraries` it uses (d3-force and d3-quadtree). Any change to them gives new keys, so no stale layout is ever
 * reused. Reads this module's own folder: call it from the integration, not from a bundled page.
 */
export function layoutCodeVersion(libraries: readonly string[] = ['d3-force', 'd3-quadtree']): string {
  const hash = createHash('sha256');
  for (const file of localSources(fileURLToPath(new URL('./layout.ts', import.meta.url)))) hash.update(file.slice(file.lastIndexOf('/src/'))).update(readFileSync(file));
  for (const library of libraries) hash.update(packageManifest(library, fileURLToPath(import.meta.resolve(library))));
  return hash.digest('hex');
}
