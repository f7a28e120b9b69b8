// The JSON Schemas in schemas/ (for editors) are generated from the build's schemas: they
// must be up to date, and every real entry must validate against its collection's schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as ajvModule from 'ajv/dist/2020.js';
import { COLLECTIONS, fileExtension } from '../src/atlas/model/collections.ts';
import { jsonSchemaFor } from '../src/atlas/model/json-schema.ts';
import { splitFrontmatter } from '../src/atlas/read/frontmatter.ts';
import { readContentFolder } from '../src/atlas/read/source.ts';
import { root } from './lib/project.ts';

test('schemas/ is up to date (run `npm run schemas` after changing src/atlas/model/schema.ts)', () => {
  for (const collection of COLLECTIONS) {
    const committed = readFileSync(join(root, 'schemas', `${collection}.schema.json`), 'utf8');
    assert.equal(committed, `${JSON.stringify(jsonSchemaFor(collection), null, 2)}\n`, `schemas/${collection}.schema.json is stale`);
  }
});

test('every entry validates against its JSON Schema, and a bad one does not', () => {
  // ajv is CommonJS: its class is the default export under Node's ESM interop.
  const Ajv2020 = (ajvModule as unknown as { default: typeof ajvModule.Ajv2020 }).default;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validators = Object.fromEntries(COLLECTIONS.map((c) => [c, ajv.compile(jsonSchemaFor(c))]));
  const files = readContentFolder(root).files;
  assert.ok(files.length > 100);
  for (const file of files) {
    const data: unknown = parse(fileExtension(file.collection) === 'mdx' ? splitFrontmatter(file.text)!.frontmatter : file.text);
    const validate = validators[file.collection]!;
    assert.ok(validate(data), `${file.file}: ${ajv.errorsText(validate.errors)}`);
  }
  assert.equal(validators['companies']!({ name: 'X', kind: 'banana', summary: 'Long enough summary text.', sources: [] }), false);
});
