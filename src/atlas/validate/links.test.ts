// Unit tests for links.ts: slugs, aliases, typed relations, citations, component references and wiki links
// resolved into edges, and every reference that does not resolve reported with file, position, field and fix.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkLinks, relationTargets, type LinkSource } from './links.ts';
import { fileExtension, type CollectionName } from '../model/collections.ts';
import type { Problem } from './problems.ts';
import type { Position } from '../read/yaml.ts';

/** An entry; `positions` maps a field path written as text (`origin.1`) to its position. */
function entry(collection: CollectionName, slug: string, data: Record<string, unknown> = {}, more: Partial<LinkSource> & { positions?: Record<string, Position> } = {}): LinkSource {
  const { positions = {}, ...rest } = more;
  return {
    collection,
    slug,
    file: `content/${collection}/${slug}.${fileExtension(collection)}`,
    data,
    positionOf: (path) => positions[path.map(String).join('.')],
    ...rest,
  };
}

const cite = (source = 'haidian-article') => ({ source, quote: 'some words' });

/** A small, valid atlas around Zhipu. */
function atlas(): LinkSource[] {
  return [
    entry('sources', 'haidian-article', { name: 'Die Gründerstraße' }),
    entry('institutions', 'tsinghua-university', { sources: [cite()] }, {
      body: '\nDie Universität beherbergt die [[tsinghua-keg]], deren [[tsinghua-keg|KEG]] [[zhipu]] hervorbrachte.\n',
      bodyStartLine: 10,
    }),
    entry('institutions', 'tsinghua-keg', { part_of: ['tsinghua-university'], sources: [cite()] }),
    entry('people', 'tang-jie', { affiliations: [{ id: 'tsinghua-keg', role: 'Leiter' }], sources: [cite()] }),
    entry('places', 'zhongguancun-east-road', { sources: [cite()] }),
    entry('companies', 'zhipu', {
      origin: ['tsinghua-keg'],
      located_in: 'zhongguancun-east-road',
      people: [{ id: 'tang-jie', role: 'Chefwissenschaftler' }],
      sources: [cite(), cite()],
    }, {
      body: 'Zhipu stammt aus der [[tsinghua-keg]]; Chefwissenschaftler ist [[tang-jie|Tang Jie]]. Siehe [[zhipu]] und [[haidian-article]].',
      bodyStartLine: 30,
    }),
  ];
}

/** `entries` with the data of `slug` changed. */
function withData(entries: LinkSource[], slug: string, data: Record<string, unknown>, more: Partial<LinkSource> = {}): LinkSource[] {
  return entries.map((e) => (e.slug === slug ? { ...e, data: { ...e.data, ...data }, ...more } : e));
}

function only(problems: readonly Problem[]): Problem {
  assert.equal(problems.length, 1, `expected one problem, got ${JSON.stringify(problems, null, 2)}`);
  return problems[0]!;
}

describe('relationTargets', () => {
  test('turns a field value into a list of { id, role?, note?, editorial? }', () => {
    assert.deepEqual(relationTargets('a'), [{ id: 'a' }]);
    assert.deepEqual(relationTargets(['a', { id: 'b', role: 'r', editorial: true }]), [{ id: 'a' }, { id: 'b', role: 'r', editorial: true }]);
    assert.deepEqual(relationTargets({ id: 'tower', role: '3. Stock' }), [{ id: 'tower', role: '3. Stock' }]);
  });

  test('is empty for no value and skips items that are neither a slug nor an object with an id', () => {
    assert.deepEqual(relationTargets(undefined), []);
    assert.deepEqual(relationTargets(null), []);
    assert.deepEqual(relationTargets([]), []);
    assert.deepEqual(relationTargets([3, null, { role: 'x' }, { id: 4 }, 'ok']), [{ id: 'ok' }]);
  });
});

describe('a valid atlas', () => {
  const links = checkLinks(atlas());

  test('has no problems and one node per entry', () => {
    assert.deepEqual(links.problems, []);
    assert.deepEqual([...links.nodes.keys()], ['haidian-article', 'tsinghua-university', 'tsinghua-keg', 'tang-jie', 'zhongguancun-east-road', 'zhipu']);
    assert.equal(links.nodes.get('zhipu')!.collection, 'companies');
    assert.equal(links.aliases.size, 0);
  });

  test('gives the edges of an entry: relations in field order, then one citation per source, then mentions', () => {
    assert.deepEqual(
      links.edges.filter((e) => e.from === 'zhipu'),
      [
        { from: 'zhipu', to: 'tsinghua-keg', kind: 'origin' },
        { from: 'zhipu', to: 'zhongguancun-east-road', kind: 'located_in' },
        { from: 'zhipu', to: 'tang-jie', kind: 'people', role: 'Chefwissenschaftler' },
        { from: 'zhipu', to: 'haidian-article', kind: 'cites' },
      ],
    );
  });

  test('an entry citing its source once gets its citation edge', () => {
    assert.deepEqual(links.edges.filter((e) => e.from === 'tsinghua-keg'), [
      { from: 'tsinghua-keg', to: 'tsinghua-university', kind: 'part_of' },
      { from: 'tsinghua-keg', to: 'haidian-article', kind: 'cites' },
    ]);
  });

  test('turns relation items with roles into edges with the role', () => {
    assert.deepEqual(links.edges.filter((e) => e.kind === 'affiliations'), [{ from: 'tang-jie', to: 'tsinghua-keg', kind: 'affiliations', role: 'Leiter' }]);
    assert.deepEqual(links.edges.filter((e) => e.kind === 'part_of'), [{ from: 'tsinghua-keg', to: 'tsinghua-university', kind: 'part_of' }]);
  });

  test('turns body wiki links into mentions, once per target, in the order of the text', () => {
    assert.deepEqual(links.edges.filter((e) => e.from === 'tsinghua-university' && e.kind === 'mentions').map((e) => e.to), ['tsinghua-keg', 'zhipu']);
  });

  test('adds no mention where a typed relation or a citation already links the pair, nor a self mention', () => {
    assert.deepEqual(links.edges.filter((e) => e.from === 'zhipu' && e.kind === 'mentions'), []);
  });

  test('still adds a mention when only the reverse direction is typed', () => {
    assert.ok(links.edges.some((e) => e.from === 'tsinghua-university' && e.to === 'tsinghua-keg' && e.kind === 'mentions'));
  });
});

describe('the editorial flag', () => {
  test('is carried onto the edge, on list and single relations, and left out when false', () => {
    const entries = [
      entry('people', 'tang-jie'),
      entry('people', 'zhang-peng'),
      entry('places', 'tower'),
      entry('companies', 'zhipu', { people: [{ id: 'tang-jie', role: 'Berater', editorial: true }, { id: 'zhang-peng', editorial: false }], located_in: { id: 'tower', editorial: true } }),
    ];
    const { edges, problems } = checkLinks(entries);
    assert.deepEqual(problems, []);
    assert.deepEqual(edges, [
      { from: 'zhipu', to: 'tower', kind: 'located_in', editorial: true },
      { from: 'zhipu', to: 'tang-jie', kind: 'people', role: 'Berater', editorial: true },
      { from: 'zhipu', to: 'zhang-peng', kind: 'people' },
    ]);
  });
});

describe('dangling references', () => {
  test('name the file, the field with its index, the position and a "did you mean"', () => {
    const entries = withData(atlas(), 'zhipu', { origin: ['tsinghua-university', 'tsinghua-kge'] }, { positionOf: (path) => (path.join('.') === 'origin.1' ? { line: 5, column: 24 } : undefined) });
    const links = checkLinks(entries);
    assert.deepEqual(only(links.problems), {
      file: 'content/companies/zhipu.mdx',
      field: 'origin[1]',
      line: 5,
      column: 24,
      message: '"tsinghua-kge" is not an entry of the atlas (expected the slug of one of: institutions or companies)',
      fix: 'did you mean "tsinghua-keg"?',
    });
    assert.ok(!links.edges.some((e) => e.to === 'tsinghua-kge'));
    assert.ok(links.edges.some((e) => e.kind === 'origin' && e.to === 'tsinghua-university'));
  });

  test('suggest creating the file in the first allowed collection when no slug is close', () => {
    const p = only(checkLinks(withData(atlas(), 'zhipu', { origin: ['peking-university'] })).problems);
    assert.equal(p.field, 'origin[0]');
    assert.equal(p.fix, 'use the file name of an existing entry, or create content/institutions/peking-university.mdx');
  });

  test('only suggest slugs of the collections the field may point to', () => {
    // "tan-jiey" is nearer to the typo, but an institution cannot be one of a company's people.
    const entries = [entry('institutions', 'tan-jiey'), ...withData(atlas(), 'zhipu', { people: ['tan-jiex'] })];
    const p = only(checkLinks(entries).problems);
    assert.equal(p.message, '"tan-jiex" is not an entry of the atlas (expected the slug of one of: people)');
    assert.equal(p.fix, 'did you mean "tang-jie"?');
  });

  test('name a single-valued field without an index and use its position', () => {
    const entries = withData(atlas(), 'zhipu', { located_in: 'zhongguancun-east-rd' }, { positionOf: (path) => (path.join('.') === 'located_in' ? { line: 14, column: 13 } : undefined) });
    const p = only(checkLinks(entries).problems);
    assert.equal(p.field, 'located_in');
    assert.deepEqual([p.line, p.column], [14, 13]);
    assert.equal(p.message, '"zhongguancun-east-rd" is not an entry of the atlas (expected the slug of one of: places)');
    assert.equal(p.fix, 'did you mean "zhongguancun-east-road"?');
  });

  test('list three allowed collections with commas and "or"', () => {
    const entries = [entry('policies', 'plan', { part_of: ['nothing-here-at-all'] })];
    assert.equal(only(checkLinks(entries).problems).message, '"nothing-here-at-all" is not an entry of the atlas (expected the slug of one of: institutions, places, companies or policies)');
  });
});

describe('references to the wrong collection, citations and self references', () => {
  test('a reference to the wrong collection names both and points to "related"', () => {
    const links = checkLinks(withData(atlas(), 'zhipu', { origin: ['tang-jie'] }));
    const p = only(links.problems);
    assert.equal(p.field, 'origin[0]');
    assert.equal(p.message, '"tang-jie" is in people, but this field may only point to institutions or companies');
    assert.equal(p.fix, 'point to an entry of institutions or companies, or use the field "related" for a general link');
    assert.ok(!links.edges.some((e) => e.kind === 'origin'));
  });

  test('a citation of an entry that is not a source, at the position of its source field', () => {
    const entries = withData(atlas(), 'tang-jie', { sources: [cite(), cite('zhipu')] }, { positionOf: (path) => (path.join('.') === 'sources.1.source' ? { line: 9, column: 13 } : undefined) });
    assert.deepEqual(only(checkLinks(entries).problems), {
      file: 'content/people/tang-jie.mdx',
      field: 'sources[1].source',
      line: 9,
      column: 13,
      message: '"zhipu" is in companies, but this field may only point to sources',
      fix: 'point to an entry of sources, or use the field "related" for a general link',
    });
  });

  test('a citation of a missing source suggests the source', () => {
    const p = only(checkLinks(withData(atlas(), 'tang-jie', { sources: [cite('haidian-articel')] })).problems);
    assert.equal(p.field, 'sources[0].source');
    assert.equal(p.fix, 'did you mean "haidian-article"?');
  });

  test('a self reference is refused and makes no edge', () => {
    const links = checkLinks(withData(atlas(), 'zhipu', { related: ['tsinghua-university', 'zhipu'] }));
    const p = only(links.problems);
    assert.deepEqual([p.file, p.field, p.message, p.fix], ['content/companies/zhipu.mdx', 'related[1]', 'the entry points to itself', 'remove "zhipu" from this field']);
    assert.ok(!links.edges.some((e) => e.from === 'zhipu' && e.to === 'zhipu'));
    assert.ok(links.edges.some((e) => e.from === 'zhipu' && e.to === 'tsinghua-university' && e.kind === 'related'));
  });

  test('a field the collection does not carry is not read', () => {
    // affiliations belong to people; on a company the schema reports them, the link check ignores them.
    const links = checkLinks(withData(atlas(), 'zhipu', { affiliations: ['nowhere'] }));
    assert.deepEqual(links.problems, []);
  });
});

describe('slugs', () => {
  test('a duplicate slug across collections names both files, and the first file keeps the slug', () => {
    const links = checkLinks([...atlas(), entry('institutions', 'zhipu')]);
    assert.deepEqual(only(links.problems), {
      file: 'content/institutions/zhipu.mdx',
      message: 'the slug "zhipu" is already used by content/companies/zhipu.mdx; slugs must be unique across all collections',
      fix: 'rename one of the two files, e.g. to "zhipu-institution"',
    });
    assert.equal(links.nodes.get('zhipu')!.collection, 'companies');
  });

  test('the suggested names use the correct singular (company, policy, person)', () => {
    assert.equal(only(checkLinks([...atlas(), entry('policies', 'zhipu')]).problems).fix, 'rename one of the two files, e.g. to "zhipu-policy"');
    assert.equal(only(checkLinks([...atlas(), entry('people', 'zhipu')]).problems).fix, 'rename one of the two files, e.g. to "zhipu-person"');
  });

  test('an invalid slug is reported with the file name to use, and the entry still resolves', () => {
    const links = checkLinks([...atlas(), entry('companies', 'Zhipu AI'), entry('companies', 'linker', { related: ['Zhipu AI'] })]);
    assert.deepEqual(only(links.problems), {
      file: 'content/companies/Zhipu AI.mdx',
      message: 'the file name "Zhipu AI" is not a valid slug (lowercase ASCII letters, digits and single hyphens)',
      fix: 'rename the file to "zhipu-ai" with the same extension',
    });
    assert.ok(links.nodes.has('Zhipu AI'));
  });

  test('an invalid slug without Latin letters gets a placeholder name', () => {
    assert.equal(only(checkLinks([entry('people', '智谱')]).problems).fix, 'rename the file to "a-valid-slug" with the same extension');
  });

  test('slugs reserved for list pages, German and English, are refused and left out', () => {
    for (const [collection, slug, fix] of [
      ['institutions', 'art', 'rename the file, e.g. to "art-institution"'],
      ['companies', 'nach-datum', 'rename the file, e.g. to "nach-datum-company"'],
      ['people', 'kind', 'rename the file, e.g. to "kind-person"'],
      ['events', 'by-date', 'rename the file, e.g. to "by-date-event"'],
    ] as const) {
      const links = checkLinks([...atlas(), entry(collection, slug)]);
      assert.deepEqual(only(links.problems), { file: `content/${collection}/${slug}.${fileExtension(collection)}`, message: `the slug "${slug}" is reserved for list pages`, fix }, slug);
      assert.equal(links.nodes.has(slug), false, slug);
    }
  });
});

describe('aliases', () => {
  test('map former slugs to the entry', () => {
    const links = checkLinks([entry('companies', 'moonshot-ai', { aliases: ['darkside', 'yuezhi-anmian'] })]);
    assert.deepEqual(links.problems, []);
    assert.deepEqual([...links.aliases], [['darkside', 'moonshot-ai'], ['yuezhi-anmian', 'moonshot-ai']]);
  });

  test('a reference to a former slug says what it was renamed to, and makes no edge', () => {
    const links = checkLinks([entry('companies', 'moonshot-ai', { aliases: ['darkside'] }), entry('companies', 'other', { related: ['darkside'] })]);
    assert.deepEqual(only(links.problems), { file: 'content/companies/other.mdx', field: 'related[0]', message: '"darkside" was renamed to "moonshot-ai"', fix: 'write "moonshot-ai"' });
    assert.deepEqual(links.edges, []);
  });

  test('an alias may not be a current slug, another alias or a reserved word, each at its position', () => {
    const positions = { 'aliases.0': { line: 11, column: 5 }, 'aliases.1': { line: 12, column: 5 }, 'aliases.2': { line: 13, column: 5 } };
    const links = checkLinks([entry('companies', 'a', { aliases: ['b', 'x', 'art'] }, { positions }), entry('companies', 'b', { aliases: ['x'] }, { positions })]);
    assert.deepEqual(links.problems, [
      { file: 'content/companies/a.mdx', field: 'aliases[0]', line: 11, column: 5, message: 'the alias "b" is the slug of content/companies/b.mdx', fix: 'remove the alias or rename one of the entries' },
      { file: 'content/companies/a.mdx', field: 'aliases[2]', line: 13, column: 5, message: 'the alias "art" is reserved for list pages', fix: 'remove the alias' },
      { file: 'content/companies/b.mdx', field: 'aliases[0]', line: 11, column: 5, message: 'the alias "x" is also an alias of content/companies/a.mdx', fix: 'an old URL can lead to only one entry: remove one of the aliases' },
    ]);
    assert.deepEqual([...links.aliases], [['x', 'a']]);
  });
});

describe('wiki links', () => {
  test('a dangling wiki link is reported at its line and column of the file, with a "did you mean"', () => {
    const entries = withData(atlas(), 'zhipu', {}, { body: '\nErste Zeile.\n\nHier steht [[tsinghua-kge|die KEG]].\n', bodyStartLine: 20 });
    const links = checkLinks(entries);
    assert.deepEqual(only(links.problems), {
      file: 'content/companies/zhipu.mdx',
      line: 23, // 20 + line 4 of the body - 1
      column: 12,
      message: 'the wiki link [[tsinghua-kge|die KEG]] points to no entry',
      fix: 'did you mean [[tsinghua-keg]]?',
    });
    assert.ok(!links.edges.some((e) => e.to === 'tsinghua-kge'));
  });

  test('a wiki link on the first line of the body has the column of its brackets', () => {
    const p = only(checkLinks(withData(atlas(), 'zhipu', {}, { body: 'ab [[zhipuu]]', bodyStartLine: 12 })).problems);
    assert.deepEqual([p.line, p.column], [12, 4]);
    assert.equal(p.fix, 'did you mean [[zhipu]]?');
  });

  test('suggests entries of any collection', () => {
    assert.equal(only(checkLinks(withData(atlas(), 'zhipu', {}, { body: '[[haidian-articel]]' })).problems).fix, 'did you mean [[haidian-article]]?');
  });

  test('counts body lines from 1 when bodyStartLine is not given, and explains wiki links when nothing is close', () => {
    const entries = withData(atlas(), 'zhipu', {}, { body: 'a\n  [[nothing-like-this-at-all]]' }).map((e): LinkSource => {
      if (e.slug !== 'zhipu') return e;
      const { bodyStartLine: _dropped, ...rest } = e;
      return rest;
    });
    assert.equal(entries.find((e) => e.slug === 'zhipu')!.bodyStartLine, undefined);
    const p = only(checkLinks(entries).problems);
    assert.deepEqual([p.line, p.column], [2, 3]);
    assert.equal(p.fix, 'write the slug (file name) of an existing entry, e.g. [[zhipu]] or [[zhipu|Zhipu AI]]');
  });

  test('a wiki link to a former slug says what to write instead', () => {
    const entries = [entry('companies', 'moonshot-ai', { aliases: ['darkside'] }), entry('companies', 'other', {}, { body: 'Siehe [[darkside|DarkSide]].', bodyStartLine: 8 })];
    assert.deepEqual(only(checkLinks(entries).problems), {
      file: 'content/companies/other.mdx',
      line: 8,
      column: 7,
      message: 'the wiki link [[darkside|DarkSide]] points to "darkside", which was renamed to "moonshot-ai"',
      fix: 'write [[moonshot-ai]]',
    });
  });

  test('wiki links in code are not links', () => {
    const links = checkLinks(withData(atlas(), 'zhipu', {}, { body: 'Schreiben Sie `[[nowhere]]` so.' }));
    assert.deepEqual(links.problems, []);
  });

  test('an entry without a body has no mentions', () => {
    const links = checkLinks([entry('sources', 'a', {}), entry('sources', 'b', { related: ['a'] })]);
    assert.deepEqual(links.edges, [{ from: 'b', to: 'a', kind: 'related' }]);
  });
});

describe('component references', () => {
  const figure = entry('figures', 'models-2025');
  const ref = (slug: string, line: number, column: number) => ({ slug, line, column, collections: ['figures'] as const, component: 'FigureValue' });

  test('become mentions, once per target, also when a wiki link names the same entry', () => {
    const page = entry('companies', 'zhipu', {}, { body: 'Wert <FigureValue slug="models-2025" /> und [[models-2025]]', componentRefs: [ref('models-2025', 3, 6), ref('models-2025', 4, 1)] });
    const links = checkLinks([figure, page]);
    assert.deepEqual(links.problems, []);
    assert.deepEqual(links.edges, [{ from: 'zhipu', to: 'models-2025', kind: 'mentions' }]);
  });

  test('a reference alone, without a wiki link, is a mention', () => {
    const page = entry('companies', 'zhipu', {}, { body: 'Wert <FigureValue slug="models-2025" />', componentRefs: [ref('models-2025', 3, 6)] });
    assert.deepEqual(checkLinks([figure, page]).edges, [{ from: 'zhipu', to: 'models-2025', kind: 'mentions' }]);
  });

  test('a dangling reference is reported at the component, suggesting only figures', () => {
    const page = entry('companies', 'zhipu', {}, { body: '', componentRefs: [ref('models-2052', 7, 3)] });
    assert.deepEqual(only(checkLinks([figure, entry('companies', 'models-2055'), page]).problems), {
      file: 'content/companies/zhipu.mdx',
      field: '<FigureValue> in the text',
      line: 7,
      column: 3,
      message: '"models-2052" is not an entry of the atlas (expected the slug of one of: figures)',
      fix: 'did you mean "models-2025"?',
    });
  });

  test('a reference to an entry that is not a figure is refused and makes no edge', () => {
    const page = entry('companies', 'zhipu', {}, { body: '', componentRefs: [ref('tang-jie', 2, 1)] });
    const links = checkLinks([entry('people', 'tang-jie'), page]);
    assert.equal(only(links.problems).message, '"tang-jie" is in people, but this field may only point to figures');
    assert.deepEqual(links.edges, []);
  });

  test('make no mention where a typed relation links the pair', () => {
    const page = entry('companies', 'zhipu', { related: ['models-2025'] }, { body: '', componentRefs: [ref('models-2025', 2, 1)] });
    assert.deepEqual(checkLinks([figure, page]).edges, [{ from: 'zhipu', to: 'models-2025', kind: 'related' }]);
  });
});

describe('data that failed the schema', () => {
  test('an entry with invalid fields still resolves, so references to it are not reported again', () => {
    // tsinghua-keg failed the schema (only partial data), but zhipu's reference and wiki link resolve.
    const entries = [entry('institutions', 'tsinghua-keg', {}), entry('companies', 'zhipu', { origin: ['tsinghua-keg'] }, { body: 'Siehe [[tsinghua-keg]].' })];
    const links = checkLinks(entries);
    assert.deepEqual(links.problems, []);
    assert.deepEqual(links.edges, [{ from: 'zhipu', to: 'tsinghua-keg', kind: 'origin' }]);
  });

  test('fields that are not lists are read as no aliases and no citations', () => {
    const links = checkLinks([entry('companies', 'zhipu', { aliases: 'old', sources: 'haidian-article' })]);
    assert.deepEqual(links.problems, []);
    assert.deepEqual(links.edges, []);
    assert.equal(links.aliases.size, 0);
  });
});

describe('a relation field listed in editorial', () => {
  test('marks every link of the field as the editors’, like editorial: true on each item', () => {
    const nodes = [
      { collection: 'companies' as const, slug: 'a', file: 'content/companies/a.mdx', data: { related: ['b', { id: 'c' }], people: ['p'], editorial: ['related'] }, positionOf: () => undefined },
      { collection: 'companies' as const, slug: 'b', file: 'content/companies/b.mdx', data: {}, positionOf: () => undefined },
      { collection: 'companies' as const, slug: 'c', file: 'content/companies/c.mdx', data: {}, positionOf: () => undefined },
      { collection: 'people' as const, slug: 'p', file: 'content/people/p.mdx', data: {}, positionOf: () => undefined },
    ];
    const { edges, problems } = checkLinks(nodes);
    assert.deepEqual(problems, []);
    assert.deepEqual(edges.map((e) => `${e.kind}:${e.to}${e.editorial ? '†' : ''}`), ['people:p', 'related:b†', 'related:c†']);
  });
});
