/**
 * What the e2e tests expect, worked out independently of the site's code: the content files
 * are counted and read on disk (YAML and MDX frontmatter parsed with the `yaml` package), and
 * URL segments, relation fields and reserved list segments are written down here by hand.
 * Nothing in this file imports from src/, so a bug in the site's pipeline cannot produce a
 * matching expectation.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url));
/** The build output the preview server serves. */
export const dist = join(root, 'dist');

/** The collections, in the site's navigation order. */
export const COLLECTIONS = ['companies', 'institutions', 'policies', 'people', 'places', 'sources', 'figures', 'events'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Collections written as MDX pages with prose; the others are YAML data files. */
export const PAGE_COLLECTIONS: readonly Collection[] = ['companies', 'institutions', 'policies', 'people', 'places'];

/** The German URL segment of each collection (hand-written: these URLs are public and must not change). */
export const SEGMENT: Record<Collection, string> = {
  companies: 'unternehmen',
  institutions: 'institutionen',
  policies: 'politik',
  people: 'personen',
  places: 'orte',
  sources: 'quellen',
  figures: 'zahlen',
  events: 'chronik',
};

/** List pages that live inside a collection's folder and are not entries. */
export const LIST_SEGMENTS = new Set(['art', 'nach-datum']);

/** The typed relation fields of the frontmatter (the implicit edges are "cites" and "mentions"). */
export const RELATION_FIELDS = ['origin', 'located_in', 'part_of', 'people', 'affiliations', 'issuer', 'partners', 'programmes', 'subjects', 'related'] as const;

/** One content file, its parsed data and the page it must produce. */
export interface ContentFile {
  collection: Collection;
  slug: string;
  /** The page's path, e.g. /unternehmen/zhipu/. */
  path: string;
  /** The file relative to the repository root, e.g. content/companies/zhipu.mdx. */
  file: string;
  /** The frontmatter (MDX) or the whole document (YAML). */
  data: Record<string, unknown>;
  /** The MDX body; empty for YAML entries. */
  body: string;
}

/** Splits an MDX file into frontmatter and body. */
function splitFrontmatter(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

let cache: ContentFile[] | undefined;

/** Every content file of every collection, read from disk. */
export function contentFiles(): ContentFile[] {
  cache ??= COLLECTIONS.flatMap((collection) => {
    const ext = PAGE_COLLECTIONS.includes(collection) ? '.mdx' : '.yaml';
    const dir = join(root, 'content', collection);
    // German entries only: `<slug>.<locale>.<ext>` files are translations of them.
    return readdirSync(dir)
      .filter((f) => f.endsWith(ext) && !/\.[a-z]{2}\.(mdx|yaml)$/.test(f))
      .sort()
      .map((f) => {
        const slug = f.slice(0, -ext.length);
        const text = readFileSync(join(dir, f), 'utf8');
        const file = `content/${collection}/${f}`;
        const { data, body } = ext === '.mdx' ? splitFrontmatter(text, file) : { data: parse(text) as Record<string, unknown>, body: '' };
        return { collection, slug, path: `/${SEGMENT[collection]}/${slug}/`, file, data, body };
      });
  });
  return cache;
}

/** The content file of a slug; throws when there is none. */
export function entry(slug: string): ContentFile {
  const found = contentFiles().find((f) => f.slug === slug);
  if (!found) throw new Error(`e2e: no content file for "${slug}"`);
  return found;
}

/** The German title of an entry: its `name` field. */
export function nameOf(file: ContentFile): string {
  return String(file.data['name']);
}

/** How many entries a collection has on disk. */
export function countOf(collection: Collection): number {
  return contentFiles().filter((f) => f.collection === collection).length;
}

/** The target slugs of a relation field, in any of its written forms (slug, {id}, or a list of either). */
export function targets(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(targets);
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && 'id' in value) return [String((value as { id: unknown }).id)];
  return [];
}

/**
 * The URL key of a tag as written in a file: tags are written as their key (`boersengang`) or,
 * in older files, as their label (`Börsengang`); both give the same key.
 */
export function tagKey(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The entries tagged with a tag key. */
export function taggedWith(key: string): ContentFile[] {
  return contentFiles().filter((f) => Array.isArray(f.data['tags']) && (f.data['tags'] as string[]).some((t) => tagKey(t) === key));
}

/** Every typed relation written in the frontmatter, as `from>kind>to`. */
export function typedRelations(): Set<string> {
  const out = new Set<string>();
  for (const f of contentFiles()) for (const field of RELATION_FIELDS) for (const to of targets(f.data[field])) out.add(`${f.slug}>${field}>${to}`);
  return out;
}

/** Every citation, as `from>cites>source`: one per entry and cited source. */
export function citations(): Set<string> {
  const out = new Set<string>();
  for (const f of contentFiles()) {
    const sources = f.data['sources'];
    if (Array.isArray(sources)) for (const s of sources) out.add(`${f.slug}>cites>${String((s as { source: unknown }).source)}`);
  }
  return out;
}

/** The targets of the wiki links (`[[slug]]`, `[[slug|text]]`) in an MDX body, outside code. */
export function wikiLinks(body: string): string[] {
  const text = body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\[\[([^\[\]|\n]+?)(?:\|[^\[\]\n]+?)?\]\]/g)].map((m) => m[1]!.trim());
}

/** A point on the map as the content files give it. */
export interface ExpectedPin {
  lat: number;
  lon: number;
  datum: string;
  precision: string;
  /** The entry whose own coordinates these are (itself, or the place it is located in). */
  from: string;
}

const BEIJING = new Set(['Peking', 'Beijing']);
const inBeijing = (data: Record<string, unknown>) => BEIJING.has(String((data['location'] as { city?: string } | undefined)?.city ?? 'Peking'));

/**
 * Where each entry must appear on the map, read from the files: an entry in Beijing with its
 * own lat/lon, or an entry in Beijing (the default city) that is `located_in` such a place,
 * along the chain. Entries in other cities and entries without a known place are not drawn.
 */
export function locatedEntries(): Map<string, ExpectedPin> {
  const files = new Map(contentFiles().map((f) => [f.slug, f]));
  const own = (f: ContentFile): ExpectedPin | undefined => {
    const loc = f.data['location'] as Record<string, unknown> | undefined;
    if (!loc || typeof loc['lat'] !== 'number' || typeof loc['lon'] !== 'number' || !inBeijing(f.data)) return undefined;
    return { lat: loc['lat'], lon: loc['lon'], datum: String(loc['datum']), precision: String(loc['precision']), from: f.slug };
  };
  const pins = new Map<string, ExpectedPin>();
  for (const f of files.values()) {
    if (!inBeijing(f.data)) continue;
    let current: ContentFile | undefined = f;
    const seen = new Set<string>();
    while (current && !seen.has(current.slug)) {
      seen.add(current.slug);
      const pin = own(current);
      if (pin) {
        pins.set(f.slug, pin);
        break;
      }
      current = files.get(targets(current.data['located_in'])[0] ?? '');
    }
  }
  return pins;
}

/** Former slugs and the entries they lead to. */
export function aliases(): Array<{ alias: string; entry: ContentFile }> {
  return contentFiles().flatMap((f) => (Array.isArray(f.data['aliases']) ? (f.data['aliases'] as string[]).map((alias) => ({ alias, entry: f })) : []));
}

/** The string form of a date as written (YAML reads 1991 as a number, 2023-03 as a string). */
const dateText = (value: unknown) => (value === undefined || value === null ? undefined : String(value));

/**
 * How many dated points the timeline must list: every event's date, every `issued`, and every
 * `founded` except where a founding event on the same date already tells it.
 */
export function timelinePointCount(): number {
  const files = contentFiles();
  const told = new Set<string>();
  for (const f of files) if (f.collection === 'events' && f.data['kind'] === 'founding') for (const s of targets(f.data['subjects'])) told.add(`${s}@${dateText(f.data['date'])}`);
  let count = 0;
  for (const f of files) {
    if (f.collection === 'events' && dateText(f.data['date'])) count++;
    const founded = dateText(f.data['founded']);
    if (founded && !told.has(`${f.slug}@${founded}`)) count++;
    if (dateText(f.data['issued'])) count++;
  }
  return count;
}

/** True for the forwarding pages written at former slugs. */
export function isForwardingPage(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html);
}

/** Every HTML file of the build (without the search bundle, cards and assets). */
export function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return ['pagefind', 'og', '_astro'].includes(d.name) ? [] : htmlFiles(path);
    return d.name.endsWith('.html') ? [path] : [];
  });
}

/** The site path of a built HTML file: dist/orte/x/index.html → /orte/x/, dist/404.html → /404.html. */
export function pathOfFile(file: string): string {
  return `/${relative(dist, file).split('\\').join('/')}`.replace(/index\.html$/, '');
}

/** Every built page but the forwarding pages. */
export function builtPages(): string[] {
  return htmlFiles().filter((file) => !isForwardingPage(readFileSync(file, 'utf8')));
}

/** Entry pages present in the build output (dist/<segment>/<slug>/index.html, without list and forwarding pages). */
export function builtEntryPages(): string[] {
  return COLLECTIONS.flatMap((collection) => {
    const dir = join(dist, SEGMENT[collection]);
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !LIST_SEGMENTS.has(d.name) && existsSync(join(dir, d.name, 'index.html')))
      .filter((d) => !isForwardingPage(readFileSync(join(dir, d.name, 'index.html'), 'utf8')))
      .map((d) => `/${SEGMENT[collection]}/${d.name}/`);
  });
}

/**
 * The dates (YYYY-MM-DD, committer date) of every commit that touched a file, from git;
 * empty when there is no git or no history for it (a tarball, a shallow clone).
 */
export function commitDates(file: string): string[] {
  const result = spawnSync('git', ['log', '--format=%cs', '--', file], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n').filter(Boolean) : [];
}

/** The scripts a page loads, by bundle name (`/_astro/SearchBox.astro_…js` → SearchBox), or the tag itself for anything else. */
export function scriptBundles(html: string): string[] {
  return (html.match(/<script\b[^>]*>/gi) ?? []).map((tag) => tag.match(/src="\/_astro\/([A-Za-z]+)/)?.[1] ?? tag);
}
