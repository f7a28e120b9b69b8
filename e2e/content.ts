/**
 * What the e2e tests expect, read from the content files on disk (not from the build),
 * so that a page missing from the site cannot go unnoticed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, entryPath, fileExtension, ROUTE_SEGMENTS, type CollectionName } from '../src/lib/collections.ts';
import { RESERVED_SLUGS } from '../src/lib/graph.ts';
import { isRedirectPage } from '../src/integrations/cards.ts';
import { readFileSync } from 'node:fs';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** One content file and the page it must produce. */
export interface ContentFile {
  collection: CollectionName;
  slug: string;
  path: string;
}

/** Every content file of every collection. */
export function contentFiles(): ContentFile[] {
  return COLLECTIONS.flatMap((collection) =>
    readdirSync(join(root, 'content', collection))
      .filter((f) => f.endsWith(`.${fileExtension(collection)}`))
      .map((f) => {
        const slug = f.replace(/\.(mdx|yaml)$/, '');
        return { collection, slug, path: entryPath(collection, slug) };
      }),
  );
}

/** Entry pages present in the build output (dist/<segment>/<slug>/index.html, without list pages). */
export function builtEntryPages(): string[] {
  return COLLECTIONS.flatMap((collection) => {
    const dir = join(root, 'dist', ROUTE_SEGMENTS[collection]);
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !RESERVED_SLUGS.has(d.name))
      .filter((d) => !isRedirectPage(readFileSync(join(dir, d.name, 'index.html'), 'utf8')))
      .map((d) => `/${ROUTE_SEGMENTS[collection]}/${d.name}/`);
  });
}
