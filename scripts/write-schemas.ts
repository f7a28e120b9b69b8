/**
 * `npm run schemas` (also run by the set-up, `./atlas setup`, after installing the dependencies): writes the editor schemas
 * (src/features/editor/schemas.ts) from the content as it is, problems or not. Never fails an
 * install: a problem is printed and the command still exits 0 (`npm run check` reports it).
 */
import { fileURLToPath } from 'node:url';
import { loadSite } from '../src/pipeline.ts';
import { editorContext } from '../src/features/editor/context.ts';
import { writeEditorSchemas } from '../src/features/editor/schemas.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  const written = writeEditorSchemas(root, editorContext(loadSite(root, { gitDates: false })));
  console.log(`wrote ${written.length} editor schemas (schemas/, .astro/collections/)`);
} catch (error) {
  console.warn(`the editor schemas could not be written: ${(error as Error).message}`);
}
