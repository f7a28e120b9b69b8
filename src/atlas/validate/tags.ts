/**
 * Tags and their URLs: every tag must get a non-empty URL segment (src/atlas/model/tags.ts),
 * and two spellings may not share one (`Internet` and `internet` would be one page showing
 * the entries of both under one name). The problem names both files and both spellings.
 */
import { tagSlug } from '../model/tags.ts';
import type { Position } from '../read/yaml.ts';
import type { Problem } from './problems.ts';

/** What the tag check needs of an entry. */
export interface Tagged {
  file: string;
  data: { tags?: unknown };
  positionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/** A tag as the site shows it: its spelling and URL segment. */
export interface TagInfo {
  label: string;
  slug: string;
}

/** Checks the tags of all entries; returns every tag by its URL segment. */
export function checkTags(entries: Iterable<Tagged>): { tags: Map<string, TagInfo>; problems: Problem[] } {
  const bySlug = new Map<string, { label: string; file: string }>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const tags = Array.isArray(entry.data.tags) ? entry.data.tags.filter((t): t is string => typeof t === 'string') : [];
    tags.forEach((tag, i) => {
      const where = { file: entry.file, field: `tags[${i}]`, ...entry.positionOf(['tags', i]) };
      const slug = tagSlug(tag);
      if (!slug) return void problems.push({ ...where, message: `the tag "${tag}" has no letters or digits to make a web address from`, fix: 'write the tag with letters' });
      const seen = bySlug.get(slug);
      if (!seen) bySlug.set(slug, { label: tag, file: entry.file });
      else if (seen.label !== tag) {
        problems.push({
          ...where,
          message: `the tag "${tag}" and the tag "${seen.label}" (in ${seen.file}) would share the page /…/${slug}/`,
          fix: `write the tag the same way in both files, e.g. "${seen.label}"`,
        });
      }
    });
  }
  return { tags: new Map([...bySlug].map(([slug, { label }]) => [slug, { label, slug }])), problems };
}
