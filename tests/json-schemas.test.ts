// The editor schemas (src/features/editor/schemas.ts): written by every validation run, they
// offer the existing slugs in relation fields and the vocabulary in `tags`, map every MDX
// entry for the Astro language server, and accept every real entry while refusing bad ones.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import * as ajvModule from 'ajv/dist/2020.js';
import { COLLECTIONS, fileExtension } from '../src/atlas/model/collections.ts';
import { splitFrontmatter } from '../src/atlas/read/frontmatter.ts';
import { readContentFolder } from '../src/atlas/read/source.ts';
import { loadSite } from '../src/pipeline.ts';
import { editorContext } from '../src/features/editor/context.ts';
import { writeEditorSchemas } from '../src/features/editor/schemas.ts';
import { root } from './lib/project.ts';

const out = mkdtempSync(join(tmpdir(), 'atlas-editor-'));
after(() => rmSync(out, { recursive: true, force: true }));
const written = writeEditorSchemas(out, editorContext(loadSite(root, { gitDates: false })));
const read = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8')) as Record<string, any>;

describe('what the schemas offer', () => {
  test('one schema per collection, per translation of a YAML collection and for the vocabulary (YAML language server); the MDX ones and a manifest for Astro’s', () => {
    assert.deepEqual(written.filter((f) => f.startsWith('schemas/')).sort(), [
      ...COLLECTIONS.map((c) => `schemas/${c}.schema.json`),
      'schemas/events.en.schema.json',
      'schemas/figures.en.schema.json',
      'schemas/sources.en.schema.json',
      'schemas/tags.schema.json',
    ].sort());
    assert.deepEqual(written.filter((f) => f.startsWith('.astro/')).sort(), [
      '.astro/collections/collections.json',
      '.astro/collections/companies.schema.json',
      '.astro/collections/institutions.schema.json',
      '.astro/collections/people.schema.json',
      '.astro/collections/places.schema.json',
      '.astro/collections/policies.schema.json',
    ]);
  });

  test('a relation offers the slugs of the collections it may point to, with their titles', () => {
    const people = read('schemas/companies.schema.json').properties.people.items.anyOf;
    const bare = people[0].anyOf[0];
    assert.ok(bare.enum.includes('tang-jie'), 'a person is offered');
    assert.ok(!bare.enum.includes('zhipu'), 'a company is not offered as a person');
    assert.equal(bare.enumDescriptions[bare.enum.indexOf('tang-jie')], 'Tang Jie');
    assert.deepEqual(people[1].properties.id.anyOf[0].enum, bare.enum, 'the id of an item object offers the same');
    const located = read('schemas/companies.schema.json').properties.located_in.anyOf[0].anyOf[0].enum as string[];
    assert.ok(located.includes('dongsheng-building') && !located.includes('tsinghua-university'), 'located_in offers places only');
  });

  test('tags offer exactly the vocabulary’s keys, described by label and description', () => {
    const items = read('schemas/events.schema.json').properties.tags.items;
    assert.ok(items.enum.includes('foerderpolitik') && items.enum.includes('large-models'));
    assert.ok(!items.enum.includes('Förderpolitik'), 'labels are not keys');
    assert.match(items.enumDescriptions[items.enum.indexOf('foerderpolitik')], /^Förderpolitik: /);
  });

  test('field descriptions come along (from the Zod schemas)', () => {
    assert.equal(read('schemas/figures.schema.json').properties.value.description, 'a number without unit or thousands separator, e.g. value: 12300');
  });

  test('the Astro manifest maps each MDX entry’s lowercased file URL to its collection', () => {
    const manifest = read('.astro/collections/collections.json');
    assert.equal(manifest.entries[pathToFileURL(join(out, 'content/companies/zhipu.mdx')).href.toLowerCase()], 'companies');
    assert.equal(manifest.entries[pathToFileURL(join(out, 'content/places/dongsheng-building.mdx')).href.toLowerCase()], 'places');
    assert.ok(manifest.collections.every((c: { hasSchema: boolean }) => c.hasSchema));
  });

  test('the vocabulary schema takes slug keys with a German label and description', () => {
    const schema = read('schemas/tags.schema.json');
    assert.equal(schema.propertyNames.pattern, '^[a-z0-9]+(?:-[a-z0-9]+)*$');
    assert.deepEqual(schema.additionalProperties.required.sort(), ['de', 'description_de']);
  });
});

describe('validation with the schemas', () => {
  // ajv is CommonJS: its class is the default export under Node's ESM interop.
  const Ajv2020 = (ajvModule as unknown as { default: typeof ajvModule.Ajv2020 }).default;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validators = Object.fromEntries(COLLECTIONS.map((c) => [c, ajv.compile(read(`schemas/${c}.schema.json`))]));

  test('every entry validates against its collection’s schema, and the vocabulary against its own', () => {
    const files = readContentFolder(root).files;
    assert.ok(files.length > 100);
    for (const file of files) {
      const data: unknown = parse(fileExtension(file.collection) === 'mdx' ? splitFrontmatter(file.text)!.frontmatter : file.text);
      const validate = validators[file.collection]!;
      assert.ok(validate(data), `${file.file}: ${ajv.errorsText(validate.errors)}`);
    }
    // Translations of YAML entries against the translation schemas.
    const translators = new Map(['sources', 'figures', 'events'].map((c) => [c, ajv.compile(read(`schemas/${c}.en.schema.json`))]));
    for (const file of readContentFolder(root).translations.filter((t) => fileExtension(t.collection) === 'yaml')) {
      const validate = translators.get(file.collection)!;
      assert.ok(validate(parse(file.text)), `${file.file}: ${ajv.errorsText(validate.errors)}`);
    }
    const vocabulary = ajv.compile(read('schemas/tags.schema.json'));
    assert.ok(vocabulary(parse(readFileSync(join(root, 'content/tags.yaml'), 'utf8'))), ajv.errorsText(vocabulary.errors));
  });

  const company = { name: 'X', kind: 'large-model', summary: 'Long enough summary text.', sources: [{ source: 'haidian-article', quote: 'Zhipu' }] };
  test('a new slug in a relation still passes (the entry may be new in the same pull request)', () => {
    assert.equal(validators['companies']!({ ...company, people: ['someone-new'] }), true);
  });
  test('a wrong kind, a tag outside the vocabulary and a slug that is not one are refused', () => {
    assert.equal(validators['companies']!({ ...company, kind: 'banana' }), false);
    assert.equal(validators['companies']!({ ...company, tags: ['Förderpolitik'] }), false);
    assert.equal(validators['companies']!({ ...company, people: ['Tang Jie'] }), false);
  });
});
