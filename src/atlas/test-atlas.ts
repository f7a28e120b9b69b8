/**
 * For unit tests: the atlas of a small temporary project, built by the real pipeline
 * (loadAtlas). `files` maps paths under content/ to their fields (written as JSON, which is
 * YAML); MDX files get a body. The tag vocabulary is written from the tags the files use:
 * each key labelled by `tags[key]`, or by the key itself. Throws (failing the test) when the
 * project is not valid, listing the problems.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadAtlas } from './load.ts';
import type { Atlas } from './build/atlas.ts';

/** Options of `atlasOf`. */
export interface TestAtlasOptions {
  /** Body text per MDX path (default "Text."). */
  bodies?: Record<string, string>;
  /** German label per tag key (default: the key). */
  tags?: Record<string, string>;
  /** Files written as they are (translations, fingerprints …), paths under content/. */
  raw?: Record<string, string>;
  /** The editions that need translations (default: German only, so no translation is required). */
  editions?: ReadonlyArray<'de' | 'en'>;
}

/** The vocabulary file for every tag the files use. */
export function vocabularyFor(files: Record<string, object>, labels: Record<string, string> = {}): string {
  const keys = new Set(Object.values(files).flatMap((fields) => ((fields as { tags?: unknown }).tags as string[] | undefined) ?? []));
  return [...keys].map((key) => `${key}:\n  de: ${JSON.stringify(labels[key] ?? key)}\n  description_de: ${JSON.stringify(`Einträge zu ${labels[key] ?? key}.`)}\n`).join('');
}

/** Builds the atlas of a temporary project holding `files`; the project is removed afterwards. */
export function atlasOf(files: Record<string, object>, options: TestAtlasOptions = {}): Atlas {
  const root = mkdtempSync(join(tmpdir(), 'atlas-test-'));
  try {
    for (const [path, fields] of Object.entries(files)) {
      const file = join(root, 'content', path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, path.endsWith('.mdx') ? `---\n${JSON.stringify(fields)}\n---\n\n${options.bodies?.[path] ?? 'Text.'}\n` : JSON.stringify(fields));
    }
    mkdirSync(join(root, 'content'), { recursive: true });
    writeFileSync(join(root, 'content/tags.yaml'), vocabularyFor(files, options.tags));
    for (const [path, text] of Object.entries(options.raw ?? {})) {
      mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
      writeFileSync(join(root, 'content', path), text);
    }
    const result = loadAtlas(root, { gitDates: false, editions: options.editions ?? ['de'] });
    assert.deepEqual(result.problems, [], 'the test atlas is valid');
    return result.atlas!;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
