// Unit tests for fields.ts: the schema pass over one raw entry. Every issue becomes a problem with the file's
// line and column, the field path and a fix from the field's description; partial data survives a failure.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkFields, pathText } from './fields.ts';
import { readEntry, type RawEntry } from '../read/entry.ts';
import type { CollectionName } from '../model/collections.ts';

const FILE = 'content/companies/zhipu.mdx';
const ZHIPU = `---
name: Zhipu
kind: large-model
summary: Large-Model-Unternehmen aus der Tsinghua-Universität.
origin: [tsinghua-keg]
founded: 2019-06
sources:
  - source: haidian-article
    quote: "Zhipu stammt aus der KEG"
---

Zhipu stammt aus der [[tsinghua-keg]].
`;
const ALLOWED_COMPANY_FIELDS =
  'name, article_name, name_en, name_zh, pinyin, identification, summary, tags, notes, aliases, kind, editorial, sources, founded, date_note, location, origin, located_in, part_of, people, partners, programmes, related';

/** Reads `text` as a file of `collection` and runs the schema pass. */
function check(text: string, collection: CollectionName = 'companies', file = FILE) {
  const raw = readEntry({ collection, slug: 'zhipu', file, text });
  assert.deepEqual(raw.problems, [], 'the file itself must be readable');
  return checkFields(raw);
}

/** A raw entry with hand-made fields; each position names the path it was asked for. */
function rawEntry(fields: Record<string, unknown> | undefined, collection: CollectionName = 'companies'): RawEntry {
  const lineOf = (path: ReadonlyArray<PropertyKey>) => 100 + path.length;
  return {
    collection,
    slug: 'x',
    file: 'content/x.mdx',
    fields,
    positionOf: (path) => ({ line: lineOf(path), column: 1 }),
    keyPositionOf: (path) => ({ line: lineOf(path), column: 99 }),
    problems: [],
  };
}

describe('pathText', () => {
  test('writes field paths the way a contributor reads them', () => {
    assert.equal(pathText(['name']), 'name');
    assert.equal(pathText(['location', 'lat']), 'location.lat');
    assert.equal(pathText(['people', 0, 'id']), 'people[0].id');
    assert.equal(pathText(['sources', 2]), 'sources[2]');
    assert.equal(pathText(['a', 0, 1, 'b']), 'a[0][1].b');
    assert.equal(pathText([]), '');
  });
});

describe('a valid entry', () => {
  const result = check(ZHIPU);

  test('has no problems and its data tagged with the collection', () => {
    assert.deepEqual(result.problems, []);
    assert.equal(result.valid?.collection, 'companies');
    assert.equal(result.valid?.data.name, 'Zhipu');
  });

  test('has parsed values and defaults, also in partial', () => {
    assert.equal(result.valid?.collection, 'companies');
    assert.deepEqual(result.valid?.collection === 'companies' ? result.valid.data.founded : undefined, { value: '2019-06', precision: 'month' });
    assert.deepEqual(result.valid?.data.tags, []);
    assert.deepEqual(result.partial['founded'], { value: '2019-06', precision: 'month' });
    assert.deepEqual(result.partial['origin'], ['tsinghua-keg']);
    assert.deepEqual(result.partial['people'], []);
  });
});

describe('a file that could not be read', () => {
  test('has no fields to check: no problems of its own, no data', () => {
    const result = checkFields(rawEntry(undefined));
    assert.deepEqual(result, { partial: {}, problems: [] });
  });
});

describe('problems with positions and fixes from the field descriptions', () => {
  test('a summary that is too short, at its value, with the description as fix', () => {
    const { problems } = check(ZHIPU.replace(/summary: .*/, 'summary: Zu kurz.'));
    assert.equal(problems.length, 1);
    const p = problems[0]!;
    assert.deepEqual([p.file, p.line, p.column, p.field], [FILE, 4, 10, 'summary']);
    assert.equal(p.fix, 'write one or two sentences (20 to 300 characters) used for the meta description and the card');
  });

  test('a nested value in a list item, with its own message and the description of the nested field', () => {
    const { problems } = check(ZHIPU.replace('quote: "Zhipu stammt aus der KEG"', 'quote: "ab"'));
    assert.deepEqual(problems, [
      { file: FILE, line: 9, column: 12, field: 'sources[0].quote', message: 'give the words of the source that back this entry', fix: 'write the words of the source that back the entry, copied exactly' },
    ]);
  });

  test('a list item that is not a slug, at the item', () => {
    const { problems } = check(ZHIPU.replace('origin: [tsinghua-keg]', 'origin: [tsinghua-keg, Tsinghua KEG]'));
    assert.deepEqual(problems, [
      {
        file: FILE,
        line: 5,
        column: 24,
        field: 'origin[1]',
        message: 'must be the slug (file name without extension) of another entry, e.g. "tsinghua-university"',
        fix: 'write a list of slugs of institutions | companies entries',
      },
    ]);
  });

  test('coordinates out of range: the fix explains the coordinate field', () => {
    const { problems } = check(ZHIPU.replace('founded: 2019-06', 'founded: 2019-06\nlocation:\n  lat: 399.9\n  lon: 116.3\n  datum: wgs84\n  precision: building\n  coord_source: OpenStreetMap'));
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.field, p.fix]), [[8, 8, 'location.lat', 'write latitude in decimal degrees, e.g. 39.99245']]);
  });

  test('a wrong type is a wrong type, not a missing field', () => {
    const { problems } = check(ZHIPU.replace('name: Zhipu', 'name: 123'));
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.field, p.message]), [[2, 7, 'name', 'Invalid input: expected string, received number']]);
    assert.match(problems[0]!.fix!, /^write the title: /);
  });

  test('a fix given by the schema wins over the description', () => {
    const { problems } = check(ZHIPU.replace('founded: 2019-06', 'founded: 2019-06\nlocation:\n  lat: 39.9'));
    const lon = problems.find((p) => p.field === 'location.lon')!;
    assert.equal(lon.message, 'coordinates need "lon" too');
    assert.equal(lon.fix, 'add lon');
  });

  test('a note that is too short gets the description of the note text as fix', () => {
    const { problems } = checkFields(rawEntry({ name: 'X', kind: 'lab', summary: 'Eine Zusammenfassung mit Länge.', sources: [{ source: 'a', quote: 'abc' }], notes: [{ kind: 'context', text: 'kurz' }] }, 'institutions'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.field, 'notes[0].text');
    assert.equal(problems[0]!.fix, 'write the note, in German');
  });
});

describe('missing fields', () => {
  test('a missing top-level field is reported at the top of the fields, with what to write', () => {
    const { problems } = check(ZHIPU.replace('name: Zhipu\n', ''));
    assert.deepEqual(problems, [
      {
        file: FILE,
        line: 2,
        column: 1,
        field: 'name',
        message: 'this required field is missing',
        fix: 'write the title: the established German name (with high confidence), otherwise the article\'s wording, e.g. name: "Zhipu"',
      },
    ]);
  });

  test('missing sources say what a citation looks like', () => {
    const { problems } = check(ZHIPU.replace(/sources:\n.*\n.*\n/, ''));
    assert.deepEqual(problems.map((p) => [p.field, p.message, p.fix]), [['sources', 'this required field is missing', 'write a list of { source: <slug of a file in content/sources>, quote: "<exact words>" }']]);
  });

  test('a missing nested field is reported at its parent', () => {
    const { problems } = checkFields(rawEntry({ name: 'X', kind: 'large-model', summary: 'Eine Zusammenfassung mit Länge.', sources: [{ source: 'a' }] }));
    assert.deepEqual(problems, [{ file: 'content/x.mdx', line: 102, column: 1, field: 'sources[0].quote', message: 'this required field is missing', fix: 'write the words of the source that back the entry, copied exactly' }]);
  });

  test('a missing top-level field asks for the position of the whole document', () => {
    const { problems } = checkFields(rawEntry({ kind: 'large-model', summary: 'Eine Zusammenfassung mit Länge.', sources: [{ source: 'a', quote: 'abc' }] }));
    assert.deepEqual(problems.map((p) => [p.line, p.field, p.message]), [[100, 'name', 'this required field is missing']]);
  });

  test('a missing kind or language is reported as missing', () => {
    const noKind = check(ZHIPU.replace('kind: large-model\n', '')).problems;
    assert.deepEqual(noKind.map((p) => [p.field, p.message]), [['kind', 'this required field is missing']]);
    const noLanguage = checkFields(rawEntry({ name: 'A', kind: 'article', summary: 'Reportage über Haidian als Ursprung.' }, 'sources')).problems;
    assert.deepEqual(noLanguage.map((p) => [p.field, p.message]), [['language', 'this required field is missing']]);
  });

  test('a missing kind is still reported, naming the allowed kinds in the fix', () => {
    const noKind = check(ZHIPU.replace('kind: large-model\n', '')).problems;
    assert.equal(noKind.length, 1);
    assert.equal(noKind[0]!.field, 'kind');
    assert.equal(noKind[0]!.fix, 'write one of: large-model, embodied-ai, computer-vision, internet, compute, ai-infrastructure, generative-media, robotics, other');
  });
});

describe('unknown fields', () => {
  test('each unknown field is one problem at its key, listing the allowed fields', () => {
    const { problems } = check(ZHIPU.replace('founded: 2019-06', 'founded: 2019-06\ncolour: red\nsize: 3'));
    assert.deepEqual(problems, [
      { file: FILE, line: 7, column: 1, field: 'colour', message: 'unknown field "colour"', fix: `remove or correct it (allowed: ${ALLOWED_COMPANY_FIELDS})` },
      { file: FILE, line: 8, column: 1, field: 'size', message: 'unknown field "size"', fix: `remove or correct it (allowed: ${ALLOWED_COMPANY_FIELDS})` },
    ]);
  });

  test('an unknown nested field lists the fields allowed there', () => {
    const { problems } = check(ZHIPU.replace('founded: 2019-06', 'founded: 2019-06\nlocation:\n  district: Haidian\n  street: Zhongguancun'));
    assert.deepEqual(problems, [
      {
        file: FILE,
        line: 9,
        column: 3,
        field: 'location.street',
        message: 'unknown field "street"',
        fix: 'remove or correct it (allowed: city, district, address_de, address_zh, lat, lon, datum, precision, coord_source, coord_confidence)',
      },
    ]);
  });

  test('a relation field of another collection is unknown here', () => {
    const { problems } = check(ZHIPU.replace('origin: [tsinghua-keg]', 'affiliations: [tsinghua-keg]'));
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.field, p.message]), [[5, 1, 'affiliations', 'unknown field "affiliations"']]);
  });
});

describe('dates', () => {
  test('a German date gets the exact rewrite in the message and the fix', () => {
    const { problems } = check(ZHIPU.replace('founded: 2019-06', 'founded: 01.06.2023'));
    assert.deepEqual(problems, [
      {
        file: FILE,
        line: 6,
        column: 10,
        field: 'founded',
        message: '"01.06.2023" is not a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s; did you mean 2023-06-01?',
        fix: 'write 2023-06-01',
      },
    ]);
  });

  test('a date with a time of day gets its calendar date as written', () => {
    const { problems } = check(ZHIPU.replace('founded: 2019-06', 'founded: 2023-07-01T07:30:00+08:00'));
    assert.deepEqual(problems.map((p) => [p.message, p.fix]), [
      ['"2023-07-01T07:30:00+08:00" is not a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s; did you mean 2023-07-01?', 'write 2023-07-01'],
    ]);
  });

  test('a month name gets the rewrite as year and month', () => {
    const { problems } = check(ZHIPU.replace('founded: 2019-06', 'founded: Juni 2023'));
    assert.deepEqual(problems.map((p) => p.fix), ['write 2023-06']);
  });

  test('an impossible date gets no rewrite, and explains the forms', () => {
    const { problems } = check('name: X\nkind: milestone\nsummary: Eine Pressekonferenz in Haidian.\ndate: 32.13.2023\nsources:\n  - source: a\n    quote: abc\n', 'events', 'content/events/x.yaml');
    assert.deepEqual(problems, [
      {
        file: 'content/events/x.yaml',
        line: 4,
        column: 7,
        field: 'date',
        message: '"32.13.2023" is not a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s',
        fix: 'write YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s',
      },
    ]);
  });

  test('a year, a month, a day and a decade pass', () => {
    for (const date of ['2019', '2019-06', '2019-06-11', '1980s']) assert.deepEqual(check(ZHIPU.replace('founded: 2019-06', `founded: ${date}`)).problems, [], date);
  });
});

describe('partial data', () => {
  test('keeps the fields that are valid on their own when the entry fails, and leaves out the invalid ones', () => {
    const result = check(ZHIPU.replace('founded: 2019-06', 'founded: soon').replace('kind: large-model', 'kind: bakery'));
    assert.equal(result.valid, undefined);
    assert.deepEqual(result.problems.map((p) => p.field).sort(), ['founded', 'kind']);
    assert.equal(result.partial['name'], 'Zhipu');
    assert.deepEqual(result.partial['origin'], ['tsinghua-keg']);
    assert.deepEqual(result.partial['sources'], [{ source: 'haidian-article', quote: 'Zhipu stammt aus der KEG' }]);
    assert.equal('founded' in result.partial, false);
    assert.equal('kind' in result.partial, false);
  });

  test('keeps defaults but no absent optional fields', () => {
    const result = check(ZHIPU.replace('name: Zhipu\n', ''));
    assert.deepEqual(result.partial['tags'], []);
    assert.deepEqual(result.partial['related'], []);
    assert.equal('located_in' in result.partial, false);
    assert.equal('name' in result.partial, false);
  });

  test('keeps a field whose own value is valid although a rule across fields fails', () => {
    const result = check(ZHIPU.replace('name: Zhipu', 'name: Zhipu\narticle_name: Zhipu'));
    assert.equal(result.valid, undefined);
    assert.deepEqual(result.problems.map((p) => [p.field, p.message]), [
      ['article_name', 'only an identification of high confidence is titled by its established name'],
      ['article_name', '"article_name" is the same as "name"'],
    ]);
    assert.equal(result.partial['article_name'], 'Zhipu');
  });
});
