/**
 * Reads the `content/` folder straight from disk and validates it with the same schemas
 * Astro uses. This is what lets the build fail before Astro starts (Astro only logs
 * dangling references) and lets `npm run check` validate everything in a second,
 * without a build. Node-only: it uses the file system.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';
import { COLLECTIONS, fileExtension, isCollection, type CollectionName } from './collections.ts';
import { buildGraph, type AtlasGraph, type EntryData, type EntryInput } from './graph.ts';
import { HAIDIAN_RING, HAIDIAN_TOLERANCE_METERS } from './haidian.ts';
import { FIELD_HELP, SCHEMAS } from './schema.ts';
import { slugFromFileName } from './slug.ts';
import type { Problem } from './problems.ts';
import { checkMdx } from './mdx-safety.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

/** Splits an MDX file into frontmatter text, body and the line the body starts on. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyStartLine: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const consumed = match[0];
  return { frontmatter: match[1] ?? '', body: text.slice(consumed.length), bodyStartLine: consumed.split('\n').length };
}

/** Returns a function that finds the line of a top-level YAML key, offset by `firstLine`. */
export function fieldLineFinder(yamlText: string, firstLine: number): (field: string) => number | undefined {
  const lines = yamlText.split('\n');
  return (field) => {
    const top = field.split(/[.[]/)[0]!;
    const i = lines.findIndex((l) => new RegExp(`^${top}\\s*:`).test(l));
    return i === -1 ? undefined : firstLine + i;
  };
}

/** The value at a path in parsed YAML, or undefined. */
function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** Parses one file's text into an entry, or problems explaining why it cannot be read. */
export function parseEntryFile(collection: CollectionName, file: string, text: string): { entry?: EntryInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const isMdx = fileExtension(collection) === 'mdx';
  let yamlText: string;
  let firstLine = 1;
  let body: string | undefined;
  let bodyStartLine: number | undefined;
  if (isMdx) {
    const split = splitFrontmatter(text);
    if (!split) {
      return { problems: [{ file, line: 1, message: 'the file has no frontmatter', fix: 'start the file with a line "---", the fields, and another line "---" (see CONTRIBUTING.md)' }] };
    }
    ({ body, bodyStartLine } = split);
    yamlText = split.frontmatter;
    firstLine = 2;
  } else {
    yamlText = text;
  }
  let raw: unknown;
  try {
    raw = yaml.load(yamlText);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return { problems: [{ file, ...(mark ? { line: firstLine + mark.line } : {}), message: `YAML syntax error: ${reason}`, fix: 'check indentation, colons and quotes on that line; quote values that contain ": " or start with a special character' }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [{ file, line: firstLine, message: 'the frontmatter is not a list of fields', fix: 'write one "field: value" per line' }] };
  }
  const lineOfField = fieldLineFinder(yamlText, firstLine);
  const result = SCHEMAS[collection].safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const path = pathOf(issue.path);
      const lastKey = [...issue.path].reverse().find((k) => typeof k === 'string') as string | undefined;
      const at = keys.length && !path ? lineOfField(keys[0]!) : lineOfField(path || (lastKey ?? ''));
      const help = lastKey ? FIELD_HELP[lastKey] : undefined;
      const missing = issue.path.length > 0 && valueAt(raw, issue.path) === undefined && issue.code !== 'custom';
      problems.push({
        file,
        ...(at ? { line: at } : {}),
        ...(path ? { field: path } : keys.length ? { field: keys.join(', ') } : {}),
        message: missing ? 'this required field is missing' : issue.message,
        ...(help ? { fix: `write ${help}` } : {}),
      });
    }
    return { problems };
  }
  const slug = slugFromFileName(file);
  // MDX is code: only Markdown, wiki links and the atlas components may appear in the body.
  const mdx = body !== undefined ? checkMdx(body, file, bodyStartLine) : undefined;
  if (mdx) problems.push(...mdx.problems);
  return {
    entry: {
      collection,
      slug,
      file,
      data: result.data as EntryData,
      ...(body !== undefined ? { body, bodyStartLine: bodyStartLine! } : {}),
      ...(mdx ? { componentRefs: mdx.refs } : {}),
      lineOfField,
    },
    problems,
  };
}

/** Result of scanning the content folder. */
export interface ContentScan {
  entries: EntryInput[];
  graph: AtlasGraph;
  problems: Problem[];
  /** Number of files read per collection. */
  counts: Record<CollectionName, number>;
}

/**
 * Reads and validates every file under `contentDir`. Files that would be silently ignored
 * (wrong extension, subfolders, unknown collections) are problems too: nothing a
 * contributor writes may vanish without a message.
 */
export function scanContent(projectRoot: string, contentDir = join(projectRoot, 'content')): ContentScan {
  // One build asks for the scan several times (validation, pages, search index, cards):
  // parse once per content state. The fingerprint covers every file's name and bytes, so
  // any change (in dev, in tests) gives a fresh scan.
  const fingerprint = contentFingerprint(contentDir);
  const hit = scans.get(contentDir);
  if (hit && hit.fingerprint === fingerprint) return hit.scan;
  const scan = scanUncached(projectRoot, contentDir);
  scans.set(contentDir, { fingerprint, scan });
  return scan;
}

const scans = new Map<string, { fingerprint: string; scan: ContentScan }>();

/** A hash of the names and contents of everything under the content folder. */
function contentFingerprint(dir: string): string {
  const hash = createHash('sha1');
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      hash.update(path);
      if (entry.isDirectory()) walk(path);
      else hash.update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

function scanUncached(projectRoot: string, contentDir: string): ContentScan {
  const problems: Problem[] = [];
  const entries: EntryInput[] = [];
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<CollectionName, number>;
  const invalid = new Set<string>();
  const rel = (p: string) => relative(projectRoot, p).split('\\').join('/');

  for (const name of readdirSync(contentDir).sort()) {
    const dir = join(contentDir, name);
    if (name.startsWith('.') || name === 'README.md') continue;
    if (!statSync(dir).isDirectory() || !isCollection(name)) {
      problems.push({ file: rel(dir), message: `"${name}" is not a collection of the atlas`, fix: `move its files into one of: ${COLLECTIONS.join(', ')}` });
      continue;
    }
    const ext = fileExtension(name);
    for (const fileName of readdirSync(dir).sort()) {
      const path = join(dir, fileName);
      if (fileName.startsWith('.')) continue;
      if (statSync(path).isDirectory()) {
        problems.push({ file: rel(path), message: 'subfolders are not read', fix: `move the files directly into content/${name}/` });
        continue;
      }
      if (!fileName.endsWith(`.${ext}`)) {
        problems.push({ file: rel(path), message: `only .${ext} files are read in content/${name}/`, fix: `rename it to ${slugFromFileName(fileName)}.${ext}` });
        continue;
      }
      counts[name]++;
      const parsed = parseEntryFile(name, rel(path), readFileSync(path, 'utf8'));
      problems.push(...parsed.problems);
      if (parsed.entry) entries.push(parsed.entry);
      else invalid.add(slugFromFileName(fileName));
    }
  }
  const graph = buildGraph(entries, { haidian: HAIDIAN_RING, haidianToleranceMeters: HAIDIAN_TOLERANCE_METERS, invalid });
  problems.push(...graph.problems);
  return { entries, graph, problems, counts };
}

/**
 * Placeholders that `npm run new` writes ("TODO: …") and that are still in a file. The
 * content check lists them as warnings while a contributor works; a production build
 * refuses them, so no half-written entry reaches the site.
 */
export function todoProblems(projectRoot: string, entries: readonly EntryInput[]): Problem[] {
  return entries.flatMap((entry) =>
    readFileSync(join(projectRoot, entry.file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (/\bTODO\b/.test(line) && !/^\s*#/.test(line) ? [{ file: entry.file, line: i + 1, message: 'a TODO placeholder is still in the entry', fix: 'replace it with the real text (or delete the line)' }] : [])),
  );
}
