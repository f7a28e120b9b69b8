/**
 * Editor help, written by every run of the validation (`npm run check`, `npm run schemas`, the
 * dev server and the build), so no dev server has to run first:
 * - `schemas/<collection>.schema.json`, `schemas/<collection>.en.schema.json` (translations of
 *   YAML entries) and `schemas/tags.schema.json` for the YAML language server (VS Code's YAML extension, Neovim, Helix, Zed…; mapped in .vscode/settings.json);
 * - `.astro/collections/<collection>.schema.json` and the manifest `collections.json` that the
 *   Astro language server reads for MDX frontmatter (VS Code: `astro.content-intellisense`),
 *   in the shape Astro's own `experimental.contentIntellisense` writes.
 * Relation fields offer the existing slugs and `tags` the vocabulary (src/atlas/model/json-schema.ts).
 * Both folders are generated and ignored by git.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLLECTIONS, fileExtension } from '../../atlas/model/collections.ts';
import { jsonSchemaFor, translationJsonSchema, vocabularyJsonSchema, type EditorContext } from '../../atlas/model/json-schema.ts';

/** Writes every editor schema for the project at `root`; returns the files written, relative to `root`. */
export function writeEditorSchemas(root: string, context: EditorContext): string[] {
  const written: string[] = [];
  const write = (path: string, value: unknown) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), `${JSON.stringify(value, null, 2)}\n`);
    written.push(path);
  };
  const mdx = COLLECTIONS.filter((c) => fileExtension(c) === 'mdx');
  for (const collection of COLLECTIONS) {
    const schema = jsonSchemaFor(collection, context);
    write(`schemas/${collection}.schema.json`, schema);
    if (mdx.includes(collection)) write(`.astro/collections/${collection}.schema.json`, schema);
  }
  write('schemas/tags.schema.json', vocabularyJsonSchema());
  // Translations of YAML entries (<slug>.en.yaml) have their own fields.
  for (const collection of COLLECTIONS.filter((c) => !mdx.includes(c))) write(`schemas/${collection}.en.schema.json`, translationJsonSchema(collection));
  // The Astro language server finds an MDX file's collection by its lowercased file URL.
  const entries = Object.fromEntries(
    context.entries
      .filter((e) => mdx.includes(e.collection))
      .map((e) => [pathToFileURL(join(root, 'content', e.collection, `${e.slug}.mdx`)).href.toLowerCase(), e.collection]),
  );
  write('.astro/collections/collections.json', { collections: mdx.map((name) => ({ hasSchema: true, name })), entries });
  return written;
}
