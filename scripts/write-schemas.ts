/**
 * `npm run schemas`: writes JSON Schemas of all collections to schemas/, generated from the
 * same Zod schemas the build uses, for editor autocomplete and validation (see
 * .vscode/settings.json). A test fails when the committed files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS } from '../src/atlas/model/collections.ts';
import { jsonSchemaFor } from '../src/atlas/model/json-schema.ts';

const dir = join(fileURLToPath(new URL('..', import.meta.url)), 'schemas');
mkdirSync(dir, { recursive: true });
for (const collection of COLLECTIONS) {
  writeFileSync(join(dir, `${collection}.schema.json`), `${JSON.stringify(jsonSchemaFor(collection), null, 2)}\n`);
}
console.log(`wrote ${COLLECTIONS.length} schemas to schemas/`);
