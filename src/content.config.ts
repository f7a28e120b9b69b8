/**
 * Astro content collections, all read from the top-level `content/` folder. The
 * schemas come from src/lib/schema.ts, shared with the validator and the check command.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, fileExtension } from './lib/collections.ts';
import { SCHEMAS } from './lib/schema.ts';

// The id is the file name as written: a bad one is reported by the validator instead of
// being silently slugified into something the contributor did not write.
export const collections = Object.fromEntries(
  COLLECTIONS.map((name) => [
    name,
    defineCollection({
      loader: glob({
        pattern: `*.${fileExtension(name)}`,
        base: `./content/${name}`,
        generateId: ({ entry }) => entry.replace(/\.(mdx|yaml)$/, ''),
      }),
      schema: SCHEMAS[name],
    }),
  ]),
);
