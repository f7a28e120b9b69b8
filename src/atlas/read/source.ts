/**
 * The only place that reads `content/`: every file of every collection, as NFC text
 * (editors on macOS save decomposed umlauts; without normalising, "Förderpolitik" would be
 * two different tags). Files that would be silently ignored (wrong extension, subfolders,
 * unknown folders) are problems: nothing a contributor writes may vanish without a message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, fileExtension, isCollection, type CollectionName } from '../model/collections.ts';
import { slugFromFileName } from '../model/slug.ts';
import type { Problem } from '../validate/problems.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../site/segments.ts';

/** `<slug>.<locale>.<ext>`: a translation. */
const TRANSLATION = /^(.+)\.([a-z]{2})\.[a-z]+$/;

/** One content file, as read. */
export interface SourceFile {
  collection: CollectionName;
  /** Path relative to the project root, with forward slashes, e.g. `content/companies/zhipu.mdx`. */
  file: string;
  /** The file name without extension (validated as a slug later). */
  slug: string;
  /** The file's text, normalised to Unicode NFC. */
  text: string;
  /** For a translation (`<slug>.<locale>.<ext>`, src/atlas/model/translation.ts): its locale. */
  locale?: Locale;
}

/** What the content folder holds. */
export interface ContentFolder {
  files: SourceFile[];
  /** Translation files, e.g. content/companies/zhipu.en.mdx. */
  translations: SourceFile[];
  problems: Problem[];
  /** Number of entry files per collection (also those that will fail validation). */
  counts: Record<CollectionName, number>;
}

/** Files in `content/` that are not entries and are allowed there. */
const IGNORED = new Set(['README.md', 'tags.yaml', 'fingerprints']);

/** Reads every entry file under `contentDir`; paths in the result are relative to `projectRoot`. */
export function readContentFolder(projectRoot: string, contentDir = join(projectRoot, 'content')): ContentFolder {
  const problems: Problem[] = [];
  const files: SourceFile[] = [];
  const translations: SourceFile[] = [];
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<CollectionName, number>;
  const rel = (p: string) => relative(projectRoot, p).split('\\').join('/');
  for (const name of readdirSync(contentDir).sort()) {
    const dir = join(contentDir, name);
    if (name.startsWith('.') || IGNORED.has(name)) continue;
    if (!statSync(dir).isDirectory() || !isCollection(name)) {
      problems.push({ file: rel(dir), message: `"${name}" is not a collection of the atlas`, fix: `move its files into one of: ${COLLECTIONS.join(', ')}` });
      continue;
    }
    const ext = fileExtension(name);
    for (const raw of readdirSync(dir).sort()) {
      const fileName = raw.normalize('NFC');
      const path = join(dir, raw);
      if (fileName.startsWith('.')) continue;
      if (statSync(path).isDirectory()) {
        problems.push({ file: rel(path), message: 'subfolders are not read', fix: `move the files directly into content/${name}/` });
        continue;
      }
      if (!fileName.endsWith(`.${ext}`)) {
        problems.push({ file: rel(join(dir, fileName)), message: `only .${ext} files are read in content/${name}/`, fix: `rename it to ${slugFromFileName(fileName)}.${ext}` });
        continue;
      }
      const text = readFileSync(path, 'utf8').normalize('NFC');
      const translation = TRANSLATION.exec(fileName);
      if (translation) {
        const locale = translation[2] as Locale;
        if (!LOCALES.includes(locale) || locale === DEFAULT_LOCALE) {
          problems.push({ file: rel(join(dir, fileName)), message: `"${translation[2]}" is not a language the atlas is translated into`, fix: `name a translation <slug>.${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join('|')}.${ext}; the German text is <slug>.${ext}` });
          continue;
        }
        translations.push({ collection: name, file: rel(join(dir, fileName)), slug: translation[1]!, text, locale });
        continue;
      }
      counts[name]++;
      files.push({ collection: name, file: rel(join(dir, fileName)), slug: slugFromFileName(fileName), text });
    }
  }
  return { files, translations, problems, counts };
}
