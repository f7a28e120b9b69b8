// Unit tests for schema.ts: the strict per-collection schemas, their defaults, dates, locations and error messages.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { COLLECTIONS, KINDS } from './collections.ts';
import { RELATIONS } from './relations.ts';
import { SCHEMAS, fieldDescription, locationSchema, partialDate, slugRef } from './schema.ts';

const COMPANY = {
  name: 'Zhipu',
  kind: 'large-model',
  summary: 'Large-Model-Unternehmen aus der Tsinghua-Universität.',
  sources: [{ source: 'haidian-article', quote: 'some words' }],
};

const COORDS = { lat: 39.97811, lon: 116.30423, datum: 'wgs84', precision: 'building', coord_source: 'OpenStreetMap' };

function issuesOf(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  assert.equal(result.success, false, 'expected the parse to fail');
  return result.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('SCHEMAS.companies', () => {
  test('accepts a minimal valid company and fills defaults', () => {
    const result = SCHEMAS.companies.safeParse(COMPANY);
    assert.equal(result.success, true);
    const data = result.data as Record<string, unknown>;
    assert.equal(data.name, 'Zhipu');
    assert.deepEqual(data.tags, []);
    assert.deepEqual(data.notes, []);
    assert.deepEqual(data.origin, []);
    assert.deepEqual(data.people, []);
    assert.deepEqual(data.related, []);
    assert.equal(data.located_in, undefined);
    assert.equal(data.founded, undefined);
  });

  test('reports an unknown field by name and lists the allowed fields', () => {
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, colour: 'red' }));
    assert.equal(issues.length, 1);
    assert.match(issues[0]!.message, /"colour"/);
    assert.match(issues[0]!.message, /allowed/);
    assert.match(issues[0]!.message, /summary/);
  });

  test('names every unknown field in one message', () => {
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, colour: 'red', size: 3 }));
    assert.match(issues[0]!.message, /unknown fields "colour", "size"/);
  });

  test('rejects a relation field that companies may not carry', () => {
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, affiliations: ['tsinghua-university'] }));
    assert.match(issues[0]!.message, /"affiliations"/);
  });

  test('rejects a kind of another collection', () => {
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, kind: 'university' }));
    assert.equal(issues[0]!.path, 'kind');
    assert.match(issues[0]!.message, /large-model/);
  });

  test('requires name, kind, summary and sources', () => {
    for (const field of ['name', 'kind', 'summary', 'sources'] as const) {
      const { [field]: _omitted, ...rest } = COMPANY;
      const issues = issuesOf(SCHEMAS.companies.safeParse(rest));
      assert.ok(issues.some((i) => i.path === field), field);
    }
  });

  test('requires at least one source', () => {
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, sources: [] }));
    assert.deepEqual(issues, [{ path: 'sources', message: 'cite at least one source' }]);
  });

  test('requires a summary of 20 to 300 characters', () => {
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, summary: 'too short' }).success, false);
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, summary: 'x'.repeat(20) }).success, true);
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, summary: 'x'.repeat(301) }).success, false);
  });

  test('requires a quote of at least three characters in each citation', () => {
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, sources: [{ source: 'haidian-article', quote: 'ab' }] }));
    assert.equal(issues[0]!.path, 'sources.0.quote');
  });

  test('parses founded into a partial date with its precision', () => {
    const result = SCHEMAS.companies.safeParse({ ...COMPANY, founded: '2019-06' });
    assert.equal(result.success, true);
    assert.deepEqual((result.data as Record<string, unknown>).founded, { value: '2019-06', precision: 'month' });
  });

  test('accepts founded as a YAML number, and refuses a JavaScript Date', () => {
    const year = SCHEMAS.companies.safeParse({ ...COMPANY, founded: 2019 });
    assert.deepEqual((year.data as Record<string, unknown>).founded, { value: '2019', precision: 'year' });
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, founded: new Date('2019-06-11') }));
    assert.equal(issues[0]!.path, 'founded');
  });

  test('rejects an impossible founded date with a message quoting it', () => {
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, founded: '2019-13' }));
    assert.equal(issues[0]!.path, 'founded');
    assert.match(issues[0]!.message, /"2019-13" is not a date/);
  });

  test('accepts relation items as slugs or as objects with a role', () => {
    const result = SCHEMAS.companies.safeParse({ ...COMPANY, people: ['tang-jie', { id: 'zhang-peng', role: 'CEO' }], located_in: 'zhongguancun-east-road' });
    assert.equal(result.success, true);
    const data = result.data as Record<string, unknown>;
    assert.deepEqual(data.people, ['tang-jie', { id: 'zhang-peng', role: 'CEO' }]);
    assert.equal(data.located_in, 'zhongguancun-east-road');
  });

  test('rejects a role on a relation without roles (origin)', () => {
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, origin: [{ id: 'tsinghua-keg', role: 'x' }] }).success, false);
  });

  test('rejects a relation item that is not a slug', () => {
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, origin: ['Tsinghua KEG'] }));
    assert.equal(issues[0]!.path, 'origin.0');
    assert.match(issues[0]!.message, /slug/);
  });

  test('rejects a list for a single-valued relation (located_in)', () => {
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, located_in: ['a', 'b'] }).success, false);
  });
});

describe('locations', () => {
  test('accept complete coordinates and default the city to Peking', () => {
    const result = SCHEMAS.companies.safeParse({ ...COMPANY, location: { district: 'Haidian', ...COORDS } });
    assert.equal(result.success, true);
    const location = (result.data as Record<string, any>).location;
    assert.equal(location.city, 'Peking');
    assert.equal(location.lat, 39.97811);
  });

  test('accept an address without coordinates', () => {
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, location: { district: 'Haidian', address_de: 'Zhongguancun-Oststraße' } }).success, true);
  });

  test('with lat/lon but without datum, precision and coord_source fail on those paths', () => {
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, location: { lat: 39.9, lon: 116.3 } }));
    assert.deepEqual(issues.map((i) => i.path).sort(), ['location.coord_source', 'location.datum', 'location.precision']);
    assert.ok(issues.every((i) => i.message.startsWith('coordinates need')));
  });

  test('with lat but without lon fail on lon', () => {
    const { lon: _lon, ...rest } = COORDS;
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, location: rest }));
    assert.deepEqual(issues.map((i) => i.path), ['location.lon']);
  });

  test('with a datum but without lat/lon fail', () => {
    const issues = issuesOf(SCHEMAS.companies.safeParse({ ...COMPANY, location: { datum: 'gcj02' } }));
    assert.deepEqual(issues.map((i) => i.path), ['location.datum']);
    assert.match(issues[0]!.message, /lat\/lon are missing/);
  });

  test('reject an unknown datum and out-of-range latitude', () => {
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, location: { ...COORDS, datum: 'wgs-84' } }).success, false);
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, location: { ...COORDS, lat: 91 } }).success, false);
  });

  test('reject unknown location fields and list the allowed ones', () => {
    const issues = issuesOf(locationSchema.safeParse({ city: 'Peking', street: 'x' }));
    assert.match(issues[0]!.message, /"street"/);
    assert.match(issues[0]!.message, /allowed: city, district/);
  });
});

describe('other collections', () => {
  test('people have affiliations but no origin', () => {
    const person = { name: 'Tang Jie', kind: 'scientist', summary: 'Leiter der Knowledge Engineering Group.', sources: COMPANY.sources };
    assert.equal(SCHEMAS.people.safeParse({ ...person, affiliations: [{ id: 'tsinghua-keg', role: 'Leiter' }] }).success, true);
    const issues = issuesOf(SCHEMAS.people.safeParse({ ...person, origin: ['tsinghua-keg'] }));
    assert.match(issues[0]!.message, /"origin"/);
  });

  test('sources need a language but no sources', () => {
    const source = { name: 'Artikel', kind: 'article', summary: 'Reportage über Haidian als Ursprung.' };
    assert.equal(SCHEMAS.sources.safeParse({ ...source, language: 'de' }).success, true);
    assert.equal(SCHEMAS.sources.safeParse(source).success, false);
    assert.equal(SCHEMAS.sources.safeParse({ ...source, language: 'fr' }).success, false);
  });

  test('figures default the qualifier to exact and need a numeric value', () => {
    const figure = { name: 'Modelle', kind: 'count', theme: 'models', summary: 'Zahl der registrierten Large Models.', sources: COMPANY.sources, value: 12300, unit: 'Modelle', measures: 'registrierte Modelle' };
    const result = SCHEMAS.figures.safeParse(figure);
    assert.equal(result.success, true);
    assert.equal((result.data as Record<string, unknown>).qualifier, 'exact');
    assert.equal(SCHEMAS.figures.safeParse({ ...figure, value: '12.300' }).success, false);
  });

  test('events require a date', () => {
    const ev = { name: 'Pressekonferenz', kind: 'milestone', summary: 'Pressekonferenz zu den Maßnahmen.', sources: COMPANY.sources };
    const issues = issuesOf(SCHEMAS.events.safeParse(ev));
    assert.ok(issues.some((i) => i.path === 'date'));
    assert.equal(SCHEMAS.events.safeParse({ ...ev, date: '2023-07' }).success, true);
  });

  test('every schema accepts exactly its own kinds and relation fields', () => {
    const relationNames = Object.keys(RELATIONS);
    const expected: Record<string, string[]> = {
      companies: ['origin', 'located_in', 'part_of', 'people', 'partners', 'programmes', 'related'],
      institutions: ['origin', 'located_in', 'part_of', 'people', 'partners', 'programmes', 'related'],
      policies: ['part_of', 'issuer', 'subjects', 'related'],
      people: ['affiliations', 'related'],
      places: ['located_in', 'part_of', 'related'],
      sources: ['issuer', 'related'],
      figures: ['subjects', 'related'],
      events: ['located_in', 'subjects', 'related'],
    };
    for (const c of COLLECTIONS) {
      const shape = SCHEMAS[c].shape as Record<string, any>;
      assert.deepEqual([...shape.kind.options], [...KINDS[c]], c);
      assert.deepEqual(Object.keys(shape).filter((k) => relationNames.includes(k)), expected[c], c);
    }
  });
});

describe('building blocks', () => {
  test('slugRef accepts slugs only', () => {
    assert.equal(slugRef.safeParse('tsinghua-keg').success, true);
    assert.equal(slugRef.safeParse('Tsinghua KEG').success, false);
  });

  test('partialDate rejects garbage', () => {
    assert.equal(partialDate.safeParse('bald').success, false);
    assert.deepEqual(partialDate.safeParse('2023').data, { value: '2023', precision: 'year' });
  });

  test('partialDate names the value, the accepted forms and the exact rewrite when there is one', () => {
    const result = partialDate.safeParse('01.06.2023');
    assert.equal(result.success, false);
    const issue = result.error!.issues[0]! as { message: string; params?: { fix?: string } };
    assert.equal(issue.message, '"01.06.2023" is not a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s; did you mean 2023-06-01?');
    assert.equal(issue.params?.fix, 'write 2023-06-01');
  });

  test('partialDate without a rewrite explains the forms, and says when there is no value', () => {
    const soon = partialDate.safeParse('bald').error!.issues[0]! as { message: string; params?: { fix?: string } };
    assert.equal(soon.message, '"bald" is not a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s');
    assert.equal(soon.params?.fix, 'write YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s');
    assert.equal(partialDate.safeParse(null).error!.issues[0]!.message, 'this required field is missing');
    assert.equal(partialDate.safeParse(undefined).error!.issues[0]!.message, 'this required field is missing');
    assert.equal(partialDate.safeParse(12.5).error!.issues[0]!.message, '"12.5" is not a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s');
  });
});

describe('fieldDescription', () => {
  test('explains the coordinate fields', () => {
    assert.equal(fieldDescription('companies', ['location', 'lat']), 'latitude in decimal degrees, e.g. 39.99245');
    assert.equal(fieldDescription('places', ['location', 'datum']), 'wgs84 (OpenStreetMap, GPS), gcj02 (Amap, Tencent, WeChat) or bd09 (Baidu)');
    assert.equal(fieldDescription('companies', ['location', 'precision']), 'building, street or area');
  });

  test('finds descriptions of top-level, list-item and nested fields', () => {
    assert.equal(fieldDescription('companies', ['summary']), 'one or two sentences (20 to 300 characters) used for the meta description and the card');
    assert.equal(fieldDescription('companies', ['sources', 0, 'quote']), 'the words of the source that back the entry, copied exactly');
    assert.equal(fieldDescription('companies', ['founded']), 'a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s');
    assert.equal(fieldDescription('companies', ['origin']), 'a list of slugs of institutions | companies entries');
    assert.equal(fieldDescription('companies', ['located_in']), 'the slug of places entries');
    assert.equal(fieldDescription('companies', ['people', 0, 'role']), 'what the link means for this entry, e.g. "Chefwissenschaftler"');
  });

  test('keeps the nearest description above a path that has none of its own', () => {
    // A list item of origin has no description of its own; the field's is the nearest.
    assert.equal(fieldDescription('companies', ['origin', 3]), 'a list of slugs of institutions | companies entries');
    assert.equal(fieldDescription('companies', ['sources', 0]), 'a list of { source: <slug of a file in content/sources>, quote: "<exact words>" }');
  });

  test('is undefined for unknown fields and fields of other collections', () => {
    assert.equal(fieldDescription('companies', ['colour']), undefined);
    assert.equal(fieldDescription('people', ['origin']), undefined);
    assert.equal(fieldDescription('sources', ['sources']), undefined);
    assert.equal(fieldDescription('companies', []), undefined);
  });
});

describe('figure themes', () => {
  test('a figure needs one of the themes', () => {
    const figure = { name: 'X', kind: 'count', summary: 'Eine Zahl, die etwas misst.', sources: [{ source: 'haidian-article', quote: 'Worte' }], value: 1, unit: 'Stück', measures: 'etwas Gemessenes' };
    assert.equal(SCHEMAS.figures.safeParse(figure).success, false);
    assert.equal(SCHEMAS.figures.safeParse({ ...figure, theme: 'talent' }).success, true);
    assert.equal(SCHEMAS.figures.safeParse({ ...figure, theme: 'weather' }).success, false);
  });
});

describe('rules that span fields', () => {
  type Issue = { path: PropertyKey[]; message: string; params?: { fix?: string } };
  const fullIssues = (result: { success: boolean; error?: { issues: unknown[] } }) => {
    assert.equal(result.success, false, 'expected the parse to fail');
    return (result.error!.issues as Issue[]).map((i) => ({ path: i.path.join('.'), message: i.message, fix: i.params?.fix }));
  };

  test('a field marked editorial needs a value (an empty list counts as none)', () => {
    assert.deepEqual(fullIssues(SCHEMAS.companies.safeParse({ ...COMPANY, editorial: ['founded'] })), [
      { path: 'editorial.0', message: '"founded" is marked editorial but has no value', fix: 'give founded a value, or remove it from editorial' },
    ]);
    assert.deepEqual(fullIssues(SCHEMAS.companies.safeParse({ ...COMPANY, editorial: ['origin'], origin: [] })).map((i) => i.path), ['editorial.0']);
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, editorial: ['founded'], founded: 2019 }).success, true);
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, editorial: ['origin'], origin: ['tsinghua-keg'] }).success, true);
  });

  test('only dates, locations, values and relations can be marked editorial, and the message lists them', () => {
    const [issue] = fullIssues(SCHEMAS.companies.safeParse({ ...COMPANY, editorial: ['name'] }));
    assert.equal(issue!.path, 'editorial.0');
    assert.equal(issue!.message, 'not a field that can be marked editorial in companies; allowed: founded, location, origin, located_in, part_of, people, partners, programmes, related');
  });

  test('article_name needs an identification of high confidence and must differ from name', () => {
    assert.deepEqual(fullIssues(SCHEMAS.companies.safeParse({ ...COMPANY, article_name: 'DarkSide' })), [
      {
        path: 'article_name',
        message: 'only an identification of high confidence is titled by its established name',
        fix: 'write the article\'s wording in "name" (name: "DarkSide") and remove "article_name"',
      },
    ]);
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, article_name: 'DarkSide', identification: { confidence: 'medium' } }).success, false);
    assert.equal(SCHEMAS.companies.safeParse({ ...COMPANY, article_name: 'DarkSide', identification: { confidence: 'high' } }).success, true);
    assert.deepEqual(fullIssues(SCHEMAS.companies.safeParse({ ...COMPANY, article_name: 'Zhipu', identification: { confidence: 'high' } })), [
      { path: 'article_name', message: '"article_name" is the same as "name"', fix: 'remove article_name' },
    ]);
  });

  test('a figure needs value or value_text', () => {
    const figure = { name: 'X', kind: 'count', theme: 'models', summary: 'Eine Zahl, die etwas misst.', sources: COMPANY.sources, unit: 'Stück', measures: 'etwas Gemessenes' };
    assert.deepEqual(fullIssues(SCHEMAS.figures.safeParse(figure)), [
      { path: 'value', message: 'a figure needs "value" (a number) or "value_text"', fix: 'add value: <number>, or value_text: "…" when the source gives no number (e.g. "Milliarden")' },
    ]);
    assert.equal(SCHEMAS.figures.safeParse({ ...figure, value_text: 'Milliarden' }).success, true);
    assert.equal(SCHEMAS.figures.safeParse({ ...figure, value: 0 }).success, true);
  });

  test('a role that says "redaktionell" is refused on list and single relations, with the path of the role', () => {
    const issues = fullIssues(SCHEMAS.companies.safeParse({ ...COMPANY, people: ['zhang-peng', { id: 'tang-jie', role: 'Berater (redaktionell)' }], located_in: { id: 'tower', role: 'Redaktionell' } }));
    assert.deepEqual(issues.map((i) => i.path).sort(), ['located_in.role', 'people.1.role']);
    for (const issue of issues) {
      assert.equal(issue.message, 'the role says "redaktionell"; the atlas marks editorial links itself');
      assert.equal(issue.fix, 'remove "(redaktionell)" from the role and write editorial: true on the item');
    }
  });

  test('relation items may carry editorial: true, with or without roles', () => {
    const result = SCHEMAS.companies.safeParse({ ...COMPANY, people: [{ id: 'tang-jie', role: 'Berater', editorial: true }], origin: [{ id: 'tsinghua-keg', editorial: true }] });
    assert.equal(result.success, true);
    const data = result.data as Record<string, unknown>;
    assert.deepEqual(data.origin, [{ id: 'tsinghua-keg', editorial: true }]);
    assert.deepEqual(data.people, [{ id: 'tang-jie', role: 'Berater', editorial: true }]);
  });

  test('a source url must be an http or https address', () => {
    const source = { name: 'Artikel', kind: 'article', summary: 'Reportage über Haidian als Ursprung.', language: 'de' };
    assert.equal(SCHEMAS.sources.safeParse({ ...source, url: 'https://www.example.com/a' }).success, true);
    assert.equal(SCHEMAS.sources.safeParse({ ...source, url: 'http://example.com/a' }).success, true);
    for (const url of ['ftp://example.com/a', 'javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '//host.example/a', '/quellen/a/', 'www.example.com']) {
      assert.deepEqual(fullIssues(SCHEMAS.sources.safeParse({ ...source, url })).map((i) => [i.path, i.message]), [['url', 'must be a web address starting with http:// or https://']], url);
    }
  });
});
