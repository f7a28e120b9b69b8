// Unit tests for graph.ts buildGraph: edges, backlinks, wiki-link mentions, reference checks and map pins.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fileExtension, type CollectionName } from './collections.ts';
import { RESERVED_SLUGS, buildGraph, type EntryData, type EntryInput, type GraphOptions } from './graph.ts';
import { HAIDIAN_RING } from './haidian.ts';
import type { Problem } from './problems.ts';
import type { Location } from './schema.ts';

const OPTIONS: GraphOptions = { haidian: HAIDIAN_RING, haidianToleranceMeters: 300 };

/** A minimal entry; `data` overrides the defaults. */
function entry(collection: CollectionName, slug: string, data: Partial<EntryData> = {}, more: Partial<EntryInput> = {}): EntryInput {
  return {
    collection,
    slug,
    file: `content/${collection}/${slug}.${fileExtension(collection)}`,
    data: { name: slug, kind: 'other', summary: 'A summary of twenty characters.', tags: [], notes: [], ...data },
    ...more,
  };
}

const cite = (source = 'haidian-article') => ({ source, quote: 'some words' });

/** A small, valid atlas around Zhipu. */
function atlas(): EntryInput[] {
  return [
    entry('sources', 'haidian-article', { name: 'Die Gründerstraße', kind: 'article' }),
    entry('institutions', 'tsinghua-university', { name: 'Tsinghua-Universität', kind: 'university', sources: [cite()] }, {
      body: '\nDie Universität beherbergt die [[tsinghua-keg]], deren [[tsinghua-keg|KEG]] [[zhipu]] hervorbrachte.\n',
      bodyStartLine: 10,
    }),
    entry('institutions', 'tsinghua-keg', { name: 'Knowledge Engineering Group', kind: 'lab', part_of: ['tsinghua-university'], sources: [cite()] }),
    entry('people', 'tang-jie', { name: 'Tang Jie', kind: 'scientist', affiliations: [{ id: 'tsinghua-keg', role: 'Leiter' }], sources: [cite()] }),
    entry('places', 'zhongguancun-east-road', { name: 'Zhongguancun-Oststraße', kind: 'street', sources: [cite()] }),
    entry('companies', 'zhipu', {
      name: 'Zhipu',
      kind: 'large-model',
      origin: ['tsinghua-keg'],
      located_in: 'zhongguancun-east-road',
      people: [{ id: 'tang-jie', role: 'Chefwissenschaftler', note: 'laut Artikel' }],
      sources: [cite(), cite()],
    }, {
      body: 'Zhipu stammt aus der [[tsinghua-keg]]; Chefwissenschaftler ist [[tang-jie|Tang Jie]]. Siehe [[zhipu]] und [[haidian-article]].',
      bodyStartLine: 30,
    }),
  ];
}

function only(problems: readonly Problem[]): Problem {
  assert.equal(problems.length, 1, `expected one problem, got ${JSON.stringify(problems, null, 2)}`);
  return problems[0]!;
}

describe('buildGraph: a valid atlas', () => {
  const graph = buildGraph(atlas(), OPTIONS);

  test('has no problems', () => {
    assert.deepEqual(graph.problems, []);
  });

  test('has one node per entry, with its page path', () => {
    assert.equal(graph.nodes.size, 6);
    assert.equal(graph.nodes.get('zhipu')!.path, '/unternehmen/zhipu/');
    assert.equal(graph.nodes.get('tang-jie')!.path, '/personen/tang-jie/');
  });

  test('turns relation items with roles into edges with role and note', () => {
    const people = graph.edges.filter((e) => e.from === 'zhipu' && e.kind === 'people');
    assert.deepEqual(people, [{ from: 'zhipu', to: 'tang-jie', kind: 'people', role: 'Chefwissenschaftler', note: 'laut Artikel' }]);
    const affiliations = graph.edges.filter((e) => e.kind === 'affiliations');
    assert.deepEqual(affiliations, [{ from: 'tang-jie', to: 'tsinghua-keg', kind: 'affiliations', role: 'Leiter' }]);
  });

  test('turns bare slugs into edges without a role', () => {
    const origin = graph.edges.find((e) => e.kind === 'origin')!;
    assert.deepEqual(origin, { from: 'zhipu', to: 'tsinghua-keg', kind: 'origin' });
    assert.ok(graph.edges.some((e) => e.kind === 'located_in' && e.from === 'zhipu' && e.to === 'zhongguancun-east-road'));
    assert.ok(graph.edges.some((e) => e.kind === 'part_of' && e.from === 'tsinghua-keg' && e.to === 'tsinghua-university'));
  });

  test('adds one cites edge per cited source, even when cited twice', () => {
    const cites = graph.edges.filter((e) => e.from === 'zhipu' && e.kind === 'cites');
    assert.deepEqual(cites, [{ from: 'zhipu', to: 'haidian-article', kind: 'cites' }]);
  });

  test('lists outgoing edges in display order', () => {
    assert.deepEqual(graph.outgoing('zhipu').map((e) => e.kind), ['origin', 'located_in', 'people', 'cites']);
    assert.deepEqual(graph.outgoing('nobody'), []);
  });

  test('turns body wiki links into mentions, once per target', () => {
    const mentions = graph.edges.filter((e) => e.from === 'tsinghua-university' && e.kind === 'mentions');
    assert.deepEqual(mentions.map((e) => e.to), ['tsinghua-keg', 'zhipu']);
  });

  test('adds no mention where a typed relation or citation already links the pair, nor a self mention', () => {
    assert.deepEqual(graph.edges.filter((e) => e.from === 'zhipu' && e.kind === 'mentions'), []);
  });

  test('still adds a mention when only the reverse direction is typed', () => {
    // tsinghua-keg is part_of tsinghua-university; the university mentioning the KEG is a separate edge.
    assert.ok(graph.edges.some((e) => e.from === 'tsinghua-university' && e.to === 'tsinghua-keg' && e.kind === 'mentions'));
  });

  test('groups backlinks by kind in display order', () => {
    const groups = graph.backlinks('tsinghua-keg');
    assert.deepEqual(groups.map((g) => g.kind), ['origin', 'affiliations', 'mentions']);
    assert.deepEqual(groups[0]!.edges.map((e) => e.from), ['zhipu']);
    assert.deepEqual(groups[1]!.edges.map((e) => e.from), ['tang-jie']);
    assert.deepEqual(groups[2]!.edges.map((e) => e.from), ['tsinghua-university']);
  });

  test('has only the backlinks that exist', () => {
    assert.deepEqual(graph.backlinks('haidian-article').map((g) => g.kind), ['cites']);
    assert.deepEqual(graph.backlinks('zhipu').map((g) => g.kind), ['mentions']);
    assert.deepEqual(graph.backlinks('unknown'), []);
  });
});

describe('buildGraph: backlink order', () => {
  test('sorts the edges of one kind by the German name of the linking entry', () => {
    const entries = [
      entry('sources', 'haidian-article', { kind: 'article' }),
      entry('places', 'tower', { kind: 'building' }),
      entry('companies', 'zeta', { name: 'Zeta', located_in: 'tower' }),
      entry('companies', 'oel', { name: 'Ölwerk', located_in: 'tower' }),
      entry('companies', 'alpha', { name: 'alpha', located_in: 'tower' }),
      entry('companies', 'ober', { name: 'Ober', located_in: 'tower' }),
      entry('institutions', 'mentioner', { name: 'Institut' }, { body: '[[tower]]' }),
      entry('companies', 'citer', { name: 'Anfang', related: ['tower'] }),
    ];
    const graph = buildGraph(entries, OPTIONS);
    assert.deepEqual(graph.problems, []);
    const groups = graph.backlinks('tower');
    assert.deepEqual(groups.map((g) => g.kind), ['located_in', 'related', 'mentions']);
    assert.deepEqual(groups[0]!.edges.map((e) => graph.nodes.get(e.from)!.data.name), ['alpha', 'Ober', 'Ölwerk', 'Zeta']);
  });
});

describe('buildGraph: reference problems', () => {
  test('reports a dangling reference with file, field and a "did you mean" fix', () => {
    const entries = atlas();
    entries[5]!.data.origin = ['tsinghua-university', 'tsinghua-kge'];
    const graph = buildGraph(entries, OPTIONS);
    const p = only(graph.problems);
    assert.equal(p.file, 'content/companies/zhipu.mdx');
    assert.equal(p.field, 'origin[1]');
    assert.match(p.message, /"tsinghua-kge" is not an entry/);
    assert.match(p.fix!, /did you mean "tsinghua-keg"\?/);
    assert.ok(!graph.edges.some((e) => e.to === 'tsinghua-kge'));
    assert.ok(graph.edges.some((e) => e.kind === 'origin' && e.to === 'tsinghua-university'));
  });

  test('suggests creating the file when no slug is close', () => {
    const entries = atlas();
    entries[5]!.data.origin = ['peking-university'];
    const p = only(buildGraph(entries, OPTIONS).problems);
    assert.equal(p.field, 'origin[0]');
    assert.doesNotMatch(p.fix!, /did you mean/);
    assert.match(p.fix!, /content\/institutions\/peking-university\.mdx/);
  });

  test('only suggests slugs from the collections the field may point to', () => {
    const entries = atlas();
    // "tan-jiey" is nearer to the typo, but an institution cannot be one of a company's people.
    entries.unshift(entry('institutions', 'tan-jiey', { kind: 'lab' }));
    entries[6]!.data.people = ['tan-jiex'];
    const p = only(buildGraph(entries, OPTIONS).problems);
    assert.match(p.fix!, /did you mean "tang-jie"/);
  });

  test('names a single-valued field without an index and uses the field\'s line', () => {
    const entries = atlas();
    entries[5]!.data.located_in = 'zhongguancun-east-rd';
    entries[5]!.lineOfField = (field) => (field === 'located_in' ? 14 : undefined);
    const p = only(buildGraph(entries, OPTIONS).problems);
    assert.equal(p.field, 'located_in');
    assert.equal(p.line, 14);
    assert.match(p.fix!, /did you mean "zhongguancun-east-road"/);
  });

  test('reports a reference to the wrong collection', () => {
    const entries = atlas();
    entries[5]!.data.origin = ['tang-jie'];
    const graph = buildGraph(entries, OPTIONS);
    const p = only(graph.problems);
    assert.equal(p.field, 'origin[0]');
    assert.match(p.message, /"tang-jie" is in people, but this field may only point to institutions or companies/);
    assert.match(p.fix!, /"related"/);
    assert.ok(!graph.edges.some((e) => e.kind === 'origin'));
  });

  test('reports a citation of an entry that is not a source', () => {
    const entries = atlas();
    entries[3]!.data.sources = [cite(), cite('zhipu')];
    const p = only(buildGraph(entries, OPTIONS).problems);
    assert.equal(p.file, 'content/people/tang-jie.mdx');
    assert.equal(p.field, 'sources[1].source');
    assert.match(p.message, /in companies, but this field may only point to sources/);
  });

  test('reports a citation of a missing source', () => {
    const entries = atlas();
    entries[3]!.data.sources = [cite('haidian-articel')];
    const p = only(buildGraph(entries, OPTIONS).problems);
    assert.equal(p.field, 'sources[0].source');
    assert.match(p.fix!, /did you mean "haidian-article"/);
  });

  test('reports a self reference', () => {
    const entries = atlas();
    entries[5]!.data.related = ['tsinghua-university', 'zhipu'];
    const graph = buildGraph(entries, OPTIONS);
    const p = only(graph.problems);
    assert.equal(p.file, 'content/companies/zhipu.mdx');
    assert.equal(p.field, 'related[1]');
    assert.match(p.message, /points to itself/);
    assert.ok(!graph.edges.some((e) => e.from === 'zhipu' && e.to === 'zhipu'));
  });

  test('reports a duplicate slug across collections, naming both files', () => {
    const entries = [...atlas(), entry('institutions', 'zhipu', { kind: 'lab' })];
    const graph = buildGraph(entries, OPTIONS);
    const p = only(graph.problems);
    assert.equal(p.file, 'content/institutions/zhipu.mdx');
    assert.match(p.message, /content\/companies\/zhipu\.mdx/);
    assert.match(p.fix!, /zhipu-institution/);
    assert.equal(graph.nodes.get('zhipu')!.collection, 'companies');
  });

  test('reports an invalid slug with a suggested file name', () => {
    const entries = [...atlas(), entry('companies', 'Zhipu AI', { kind: 'large-model' })];
    const p = only(buildGraph(entries, OPTIONS).problems);
    assert.equal(p.file, 'content/companies/Zhipu AI.mdx');
    assert.match(p.message, /"Zhipu AI" is not a valid slug/);
    assert.match(p.fix!, /rename the file to "zhipu-ai"/);
  });

  test('reports a slug reserved for list pages and leaves the entry out', () => {
    assert.ok(RESERVED_SLUGS.has('art'));
    const graph = buildGraph([...atlas(), entry('institutions', 'art', { kind: 'lab' })], OPTIONS);
    const p = only(graph.problems);
    assert.equal(p.file, 'content/institutions/art.mdx');
    assert.match(p.message, /"art" is reserved/);
    assert.match(p.fix!, /"art-institution"/);
    assert.equal(graph.nodes.has('art'), false);
  });

  // Bug (see report): the fix makes a singular with .replace(/s$/, ''), giving "companie" and "policie".
  test('suggests a correctly spelled singular for companies and policies', () => {
    const reserved = only(buildGraph([...atlas(), entry('companies', 'nach-datum', { kind: 'other' })], OPTIONS).problems);
    assert.match(reserved.fix!, /"nach-datum-company"/);
    const duplicate = only(buildGraph([...atlas(), entry('policies', 'zhipu', { kind: 'plan' })], OPTIONS).problems);
    assert.match(duplicate.fix!, /"zhipu-policy"/);
  });

  test('reports a dangling wiki link on the right line of the file', () => {
    const entries = atlas();
    entries[5]!.body = '\nErste Zeile.\n\nHier steht [[tsinghua-kge|die KEG]].\n';
    entries[5]!.bodyStartLine = 20;
    const graph = buildGraph(entries, OPTIONS);
    const p = only(graph.problems);
    assert.equal(p.file, 'content/companies/zhipu.mdx');
    assert.equal(p.line, 23); // 20 + line 4 of the body - 1
    assert.match(p.message, /\[\[tsinghua-kge\|die KEG\]\] points to no entry/);
    assert.match(p.fix!, /did you mean \[\[tsinghua-keg\]\]\?/);
    assert.ok(!graph.edges.some((e) => e.to === 'tsinghua-kge'));
  });

  test('counts body lines from 1 when bodyStartLine is not given', () => {
    const entries = atlas();
    entries[5]!.body = 'a\n[[nothing-like-this-at-all]]';
    delete entries[5]!.bodyStartLine;
    const p = only(buildGraph(entries, OPTIONS).problems);
    assert.equal(p.line, 2);
    assert.doesNotMatch(p.fix!, /did you mean/);
  });

  test('does not report references or wiki links to files that failed validation', () => {
    const entries = atlas();
    entries[5]!.data.origin = ['broken-lab'];
    entries[5]!.body = 'Siehe [[broken-lab]].';
    assert.equal(buildGraph(entries, OPTIONS).problems.length, 2);
    const graph = buildGraph(entries, { ...OPTIONS, invalid: new Set(['broken-lab']) });
    assert.deepEqual(graph.problems, []);
    assert.ok(!graph.edges.some((e) => e.to === 'broken-lab'));
  });

  test('still reports other dangling references when some files failed validation', () => {
    const entries = atlas();
    entries[5]!.data.origin = ['broken-lab', 'missing-lab'];
    const p = only(buildGraph(entries, { ...OPTIONS, invalid: new Set(['broken-lab']) }).problems);
    assert.equal(p.field, 'origin[1]');
  });
});

describe('buildGraph: pins', () => {
  const place = (slug: string, location: Record<string, unknown> | undefined, data: Partial<EntryData> = {}) =>
    entry('places', slug, { kind: 'building', ...(location ? { location: location as unknown as Location } : {}), ...data });
  const coords = (lat: number, lon: number, datum = 'wgs84', more: Record<string, unknown> = {}) => ({
    city: 'Peking', lat, lon, datum, precision: 'building', coord_source: 'test', ...more,
  });

  test('pins an entry with its own WGS-84 coordinates inside Haidian', () => {
    const graph = buildGraph([place('campus', coords(40.0, 116.32667, 'wgs84', { district: 'Haidian', precision: 'area', coord_confidence: 'medium' }))], OPTIONS);
    assert.deepEqual(graph.problems, []);
    assert.deepEqual(graph.nodes.get('campus')!.pin, { lat: 40.0, lon: 116.32667, precision: 'area', confidence: 'medium', from: 'campus' });
  });

  test('converts GCJ-02 coordinates to WGS-84', () => {
    const graph = buildGraph([place('msra', coords(39.979384, 116.310319, 'gcj02', { district: 'Haidian' }))], OPTIONS);
    assert.deepEqual(graph.problems, []);
    const pin = graph.nodes.get('msra')!.pin!;
    assert.ok(Math.abs(pin.lat - 39.97811) < 0.0002 && Math.abs(pin.lon - 116.30423) < 0.0002, JSON.stringify(pin));
    assert.equal(pin.confidence, undefined);
  });

  test('converts BD-09 coordinates to WGS-84', () => {
    const graph = buildGraph([place('baidu', coords(40.05702695, 116.30787763, 'bd09', { district: 'Haidian' }))], OPTIONS);
    const pin = graph.nodes.get('baidu')!.pin!;
    assert.ok(Math.abs(pin.lat - 40.04962) < 0.0002 && Math.abs(pin.lon - 116.29537) < 0.0002, JSON.stringify(pin));
  });

  test('reports coordinates outside Beijing when the city is Peking (the default)', () => {
    const shanghai = coords(31.23, 121.47);
    delete (shanghai as Record<string, unknown>).city;
    const graph = buildGraph([place('shanghai-office', shanghai)], OPTIONS);
    const p = only(graph.problems);
    assert.equal(p.field, 'location.lat');
    assert.match(p.message, /outside Beijing/);
    assert.equal(graph.nodes.get('shanghai-office')!.pin, undefined);
  });

  test('reports swapped lat and lon', () => {
    const p = only(buildGraph([place('swapped', coords(116.3, 39.9))], OPTIONS).problems);
    assert.match(p.message, /outside Beijing/);
    assert.match(p.fix!, /swapped/);
  });

  test('neither pins nor reports an entry in Hangzhou with Hangzhou coordinates', () => {
    const graph = buildGraph([place('hangzhou-office', coords(30.274, 120.155, 'wgs84', { city: 'Hangzhou' }))], OPTIONS);
    assert.deepEqual(graph.problems, []);
    assert.equal(graph.nodes.get('hangzhou-office')!.pin, undefined);
  });

  test('reports a city other than Peking with coordinates in Beijing', () => {
    const p = only(buildGraph([place('not-hangzhou', coords(39.95, 116.3, 'wgs84', { city: 'Hangzhou' }))], OPTIONS).problems);
    assert.equal(p.field, 'location.city');
    assert.match(p.message, /"Hangzhou"/);
  });

  test('reports district Haidian with a point in Chaoyang, and gives no pin', () => {
    const entries = [place('sanlitun', coords(39.9219, 116.4436, 'wgs84', { district: 'Haidian' }))];
    entries[0]!.lineOfField = (f) => (f === 'location' ? 7 : undefined);
    const graph = buildGraph(entries, OPTIONS);
    const p = only(graph.problems);
    assert.equal(p.file, 'content/places/sanlitun.mdx');
    assert.equal(p.field, 'location.lat');
    assert.equal(p.line, 7);
    assert.match(p.message, /outside Haidian/);
    assert.equal(graph.nodes.get('sanlitun')!.pin, undefined);
  });

  test('pins a point in Chaoyang when the district is not Haidian', () => {
    const graph = buildGraph([place('sanlitun', coords(39.9219, 116.4436, 'wgs84', { district: 'Chaoyang' }))], OPTIONS);
    assert.deepEqual(graph.problems, []);
    assert.equal(graph.nodes.get('sanlitun')!.pin!.lat, 39.9219);
  });

  test('accepts a Haidian point just outside the simplified outline (within the tolerance)', () => {
    const graph = buildGraph([place('edge', coords(40.031338, 116.38999, 'wgs84', { district: 'Haidian' }))], OPTIONS);
    assert.deepEqual(graph.problems, []);
    const strict = buildGraph([place('edge', coords(40.031338, 116.38999, 'wgs84', { district: 'Haidian' }))], { ...OPTIONS, haidianToleranceMeters: 0 });
    assert.equal(strict.problems.length, 1);
  });

  test('reports an entry with both its own coordinates and located_in', () => {
    const entries = [
      place('tower', coords(39.98, 116.31)),
      entry('companies', 'startup', { location: coords(39.98, 116.31) as unknown as Location, located_in: 'tower' }),
    ];
    const p = only(buildGraph(entries, OPTIONS).problems);
    assert.equal(p.file, 'content/companies/startup.mdx');
    assert.match(p.message, /own coordinates and also "located_in"/);
  });

  test('does not pin an entry whose location has no coordinates', () => {
    const graph = buildGraph([place('somewhere', { city: 'Peking', district: 'Haidian', address_de: 'Irgendwo' })], OPTIONS);
    assert.deepEqual(graph.problems, []);
    assert.equal(graph.nodes.get('somewhere')!.pin, undefined);
  });

  test('inherits the pin along a located_in chain', () => {
    const entries = [
      entry('companies', 'startup', { located_in: { id: 'building', role: '3. Stock' } }),
      place('building', undefined, { located_in: 'campus' }),
      place('campus', coords(40.0, 116.32667, 'wgs84', { district: 'Haidian', precision: 'area' }), { kind: 'campus' }),
    ];
    const graph = buildGraph(entries, OPTIONS);
    assert.deepEqual(graph.problems, []);
    const expected = { lat: 40.0, lon: 116.32667, precision: 'area', from: 'campus' };
    assert.deepEqual(graph.nodes.get('startup')!.pin, expected);
    assert.deepEqual(graph.nodes.get('building')!.pin, expected);
    assert.ok(graph.edges.some((e) => e.from === 'startup' && e.to === 'building' && e.kind === 'located_in' && e.role === '3. Stock'));
  });

  test('gives no pin when the chain ends at a place without coordinates', () => {
    const entries = [entry('companies', 'startup', { located_in: 'building' }), place('building', undefined)];
    const graph = buildGraph(entries, OPTIONS);
    assert.deepEqual(graph.problems, []);
    assert.equal(graph.nodes.get('startup')!.pin, undefined);
  });

  test('does not inherit a pin from a place whose coordinates were rejected', () => {
    const entries = [
      entry('companies', 'startup', { located_in: 'wrong-place' }),
      place('wrong-place', coords(39.9219, 116.4436, 'wgs84', { district: 'Haidian' })),
    ];
    const graph = buildGraph(entries, OPTIONS);
    assert.equal(graph.problems.length, 1);
    assert.equal(graph.nodes.get('startup')!.pin, undefined);
  });

  test('reports a located_in cycle', () => {
    const entries = [place('a-place', undefined, { located_in: 'b-place' }), place('b-place', undefined, { located_in: 'a-place' })];
    const graph = buildGraph(entries, OPTIONS);
    assert.ok(graph.problems.length >= 1);
    for (const p of graph.problems) {
      assert.equal(p.field, 'located_in');
      assert.match(p.message, /goes round in a circle/);
    }
    assert.match(graph.problems[0]!.message, /a-place → b-place → a-place/);
    assert.equal(graph.nodes.get('a-place')!.pin, undefined);
  });

  test('reports a cycle reached through a chain', () => {
    const entries = [
      entry('companies', 'startup', { located_in: 'a-place' }),
      place('a-place', undefined, { located_in: 'b-place' }),
      place('b-place', undefined, { located_in: 'a-place' }),
    ];
    const problems = buildGraph(entries, OPTIONS).problems;
    assert.ok(problems.some((p) => p.file === 'content/companies/startup.mdx' && /circle/.test(p.message)));
  });
});

describe('entries based outside Beijing', () => {
  test('do not inherit the pin of a Beijing place they have an office in', () => {
    const base = { tags: [], notes: [], summary: 'A summary that is long enough.' };
    const graph = buildGraph(
      [
        { collection: 'places', slug: 'office-building', file: 'content/places/office-building.mdx', data: { ...base, name: 'Office', kind: 'building', location: { city: 'Peking', district: 'Haidian', lat: 39.99245, lon: 116.32771, datum: 'wgs84', precision: 'building', coord_source: 'test' } } },
        { collection: 'companies', slug: 'remote-co', file: 'content/companies/remote-co.mdx', data: { ...base, name: 'Remote', kind: 'other', location: { city: 'Hangzhou' }, located_in: { id: 'office-building', role: 'Pekinger Büro' } } },
      ],
      { haidian: HAIDIAN_RING, haidianToleranceMeters: 300 },
    );
    assert.deepEqual(graph.problems, []);
    assert.ok(graph.nodes.get('office-building')!.pin);
    assert.equal(graph.nodes.get('remote-co')!.pin, undefined);
    assert.deepEqual(graph.backlinks('office-building').map((g) => g.kind), ['located_in']);
  });
});

describe('aliases', () => {
  const base = { tags: [], notes: [], summary: 'A summary that is long enough.' };
  const make = (entries: Array<[string, string, Record<string, unknown>]>) =>
    buildGraph(
      entries.map(([collection, slug, data]) => ({ collection: collection as CollectionName, slug, file: `content/${collection}/${slug}.mdx`, data: { ...base, name: slug, kind: 'other', ...data } as EntryData })),
      { haidian: HAIDIAN_RING, haidianToleranceMeters: 300 },
    );
  test('map former slugs to the entry', () => {
    const graph = make([['companies', 'moonshot-ai', { aliases: ['darkside'] }]]);
    assert.deepEqual(graph.problems, []);
    assert.equal(graph.aliases.get('darkside'), 'moonshot-ai');
  });
  test('a reference to a former slug says what it was renamed to', () => {
    const graph = make([
      ['companies', 'moonshot-ai', { aliases: ['darkside'] }],
      ['companies', 'other', { related: ['darkside'] }],
    ]);
    assert.equal(graph.problems.length, 1);
    assert.match(graph.problems[0]!.message, /"darkside" was renamed to "moonshot-ai"/);
    assert.equal(graph.problems[0]!.fix, 'write "moonshot-ai"');
  });
  test('an alias may not be a current slug, another alias or a reserved word', () => {
    const graph = make([
      ['companies', 'a', { aliases: ['b', 'x', 'art'] }],
      ['companies', 'b', { aliases: ['x'] }],
    ]);
    const messages = graph.problems.map((p) => p.message);
    assert.ok(messages.some((m) => /alias "b" is the slug of/.test(m)));
    assert.ok(messages.some((m) => /alias "x" is also an alias of/.test(m)));
    assert.ok(messages.some((m) => /alias "art" is reserved/.test(m)));
  });
});
