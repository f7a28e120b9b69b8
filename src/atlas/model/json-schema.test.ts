// Unit tests for json-schema.ts: the JSON Schemas for editors, derived from the Zod schemas with their
// field descriptions, and dates described in the forms the parser takes.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { jsonSchemaFor } from './json-schema.ts';

type Schema = { [key: string]: unknown; properties: Record<string, Record<string, unknown>>; required: string[] };
const schemaOf = (collection: Parameters<typeof jsonSchemaFor>[0]) => jsonSchemaFor(collection) as Schema;

const DATE = {
  anyOf: [{ type: 'string', pattern: '^(\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{3}0s)$' }, { type: 'integer', minimum: 1000, maximum: 2999 }],
  description: 'a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s',
};

describe('jsonSchemaFor', () => {
  test('names the schema by collection and uses draft 2020-12', () => {
    const schema = schemaOf('companies');
    assert.equal(schema['$id'], 'https://haidian-atlas/schemas/companies.schema.json');
    assert.equal(schema['title'], 'Haidian Innovation Atlas: companies');
    assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema['type'], 'object');
  });

  test('allows no unknown fields and requires the required ones', () => {
    const schema = schemaOf('companies');
    assert.equal(schema['additionalProperties'], false);
    assert.deepEqual([...schema.required].sort(), ['kind', 'name', 'sources', 'summary']);
    assert.deepEqual([...schemaOf('events').required].sort(), ['date', 'kind', 'name', 'sources', 'summary']);
    assert.deepEqual([...schemaOf('sources').required].sort(), ['kind', 'language', 'name', 'summary']);
  });

  test('describes every date field in the forms the parser takes', () => {
    assert.deepEqual(schemaOf('companies').properties['founded'], DATE);
    assert.deepEqual(schemaOf('policies').properties['issued'], DATE);
    assert.deepEqual(schemaOf('sources').properties['published'], DATE);
    assert.deepEqual(schemaOf('events').properties['date'], DATE);
    assert.deepEqual(schemaOf('figures').properties['as_of'], DATE);
  });

  test('the date pattern accepts the written forms and refuses other ones', () => {
    const pattern = new RegExp((DATE.anyOf[0] as { pattern: string }).pattern);
    for (const ok of ['2019', '2019-06', '2019-06-11', '1980s']) assert.match(ok, pattern);
    for (const bad of ['01.06.2019', '2019-6', '1985s', '2019-06-11T00:00']) assert.doesNotMatch(bad, pattern);
  });

  test('carries the field descriptions of the Zod schemas', () => {
    const companies = schemaOf('companies');
    assert.equal(companies.properties['summary']!['description'], 'one or two sentences (20 to 300 characters) used for the meta description and the card');
    assert.equal(companies.properties['origin']!['description'], 'a list of slugs of institutions | companies entries');
  });

  test('lists only the fields of the collection', () => {
    assert.ok('origin' in schemaOf('companies').properties);
    assert.ok(!('origin' in schemaOf('people').properties));
    assert.ok('affiliations' in schemaOf('people').properties);
    assert.ok(!('sources' in schemaOf('sources').properties));
  });
});
