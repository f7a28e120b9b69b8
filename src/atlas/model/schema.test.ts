// Unit tests for schema.ts: the strict per-collection schemas, their defaults, dates, locations and error messages.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { COLLECTIONS, KINDS } from './collections.ts';
import { RELATIONS, relationsFor } from './relations.ts';
import { FIELD_HELP, SCHEMAS, locationSchema, partialDate, slugRef } from './schema.ts';

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

  test('accepts founded as a YAML number or Date', () => {
    const year = SCHEMAS.companies.safeParse({ ...COMPANY, founded: 2019 });
    const day = SCHEMAS.companies.safeParse({ ...COMPANY, founded: new Date('2019-06-11') });
    assert.deepEqual((year.data as Record<string, unknown>).founded, { value: '2019', precision: 'year' });
    assert.deepEqual((day.data as Record<string, unknown>).founded, { value: '2019-06-11', precision: 'day' });
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
    for (const c of COLLECTIONS) {
      const shape = SCHEMAS[c].shape as Record<string, any>;
      assert.deepEqual([...shape.kind.options], [...KINDS[c]], c);
      assert.deepEqual(Object.keys(shape).filter((k) => relationNames.includes(k)), relationsFor(c), c);
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

  test('FIELD_HELP explains the coordinate fields', () => {
    for (const key of ['lat', 'lon', 'datum', 'precision', 'coord_source']) assert.ok(FIELD_HELP[key]!.length > 5, key);
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
