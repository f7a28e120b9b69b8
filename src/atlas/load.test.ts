// Unit tests for load.ts: the whole first half of the pipeline on small temporary projects — every problem
// of every file in one run, TODO placeholders, feature rules with problems and warnings, the atlas built only
// without problems, and the timing of every stage.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAtlas, todoProblems, type AtlasRule, type RuleContext } from './load.ts';
import type { Problem } from './validate/problems.ts';
import { fingerprintOf } from './model/fingerprint.ts';

const ARTICLE = 'name: Die Gründerstraße\nkind: article\nsummary: Reportage über Haidian als Ursprung der KI.\nlanguage: de\n';
const KEG = `---
name: Knowledge Engineering Group
kind: lab
summary: Forschungsgruppe der Tsinghua-Universität.
tags: [tsinghua]
sources:
  - source: haidian-article
    quote: "die Knowledge Engineering Group der Tsinghua"
location:
  district: Haidian
  lat: 40.0
  lon: 116.32667
  datum: wgs84
  precision: area
  coord_source: Wikipedia
---

Die KEG ist eine Gruppe.
`;
const ZHIPU = `---
name: Zhipu
kind: large-model
summary: Large-Model-Unternehmen aus der Tsinghua-Universität.
tags: [large-models, tsinghua]
origin: [tsinghua-keg]
founded: 2019-06
sources:
  - source: haidian-article
    quote: "Zhipu stammt aus der KEG der Tsinghua"
---

Zhipu stammt aus der [[tsinghua-keg|KEG]].
`;

/** A temporary project with the given files (paths relative to its root). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-load-test-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const TAGS = 'large-models:\n  de: Large Models\n  description_de: Große KI-Modelle und wer sie entwickelt.\ntsinghua:\n  de: Tsinghua\n  description_de: Einträge mit Bezug zur Tsinghua-Universität.\n';

/** The fingerprint of the (invented) article text the quotes above come from. */
const FINGERPRINT = JSON.stringify(fingerprintOf('haidian-article', 'Zhipu stammt aus der KEG der Tsinghua.\nDas ist die Knowledge Engineering Group der Tsinghua-Universität.', 'salt', 'test'));

const VALID = {
  'content/tags.yaml': TAGS,
  'content/fingerprints/haidian-article.json': FINGERPRINT,
  'content/sources/haidian-article.yaml': ARTICLE,
  'content/institutions/tsinghua-keg.mdx': KEG,
  'content/companies/zhipu.mdx': ZHIPU,
};

const brief = (problems: readonly Problem[]) => problems.map((p) => `${p.file}:${p.line ?? '-'}:${p.column ?? '-'} ${p.field ?? ''} ${p.message}`);

describe('a valid project', () => {
  const root = project(VALID);
  const result = loadAtlas(root, { editions: ['de'], gitDates: false });

  test('has no problems or warnings and builds the atlas', () => {
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.warnings, []);
    assert.ok(result.atlas);
    assert.deepEqual(result.atlas.all.map((e) => e.slug), ['haidian-article', 'tsinghua-keg', 'zhipu']);
  });

  test('counts the files of each collection', () => {
    assert.deepEqual(result.counts, { companies: 1, institutions: 1, policies: 0, people: 0, places: 0, sources: 1, figures: 0, events: 0 });
  });

  test('gives the entries their parsed data, body, body line, pin, tags and links', () => {
    const atlas = result.atlas!;
    const zhipu = atlas.get('zhipu')!;
    assert.equal(zhipu.collection, 'companies');
    assert.equal(zhipu.file, 'content/companies/zhipu.mdx');
    assert.deepEqual(zhipu.data.founded, { value: '2019-06', precision: 'month' });
    assert.equal(zhipu.body, '\nZhipu stammt aus der [[tsinghua-keg|KEG]].\n');
    assert.equal(zhipu.bodyStartLine, 12);
    assert.deepEqual(atlas.get('tsinghua-keg')!.pin, { lat: 40.0, lon: 116.32667, precision: 'area', from: 'tsinghua-keg' });
    assert.deepEqual([...atlas.tags.keys()], ['large-models', 'tsinghua']);
    assert.deepEqual(atlas.tags.get('tsinghua')!.entries.map((e) => e.slug), ['tsinghua-keg', 'zhipu']);
    assert.deepEqual(atlas.outgoing('zhipu').map((e) => `${e.kind}:${e.to}`), ['origin:tsinghua-keg', 'cites:haidian-article']);
    assert.deepEqual(atlas.backlinks('haidian-article').map((g) => [g.kind, g.edges.map((e) => e.from)]), [['cites', ['tsinghua-keg', 'zhipu']]]);
  });

  test('knows no last change without git history', () => {
    assert.equal('lastChanged' in result.atlas!.get('zhipu')!, false);
    assert.equal('lastChanged' in loadAtlas(root, { editions: ['de'] }).atlas!.get('zhipu')!, false);
  });

  test('times every stage in milliseconds', () => {
    assert.deepEqual(Object.keys(result.timing), ['read', 'fields', 'links', 'build']);
    for (const [stage, ms] of Object.entries(result.timing)) assert.ok(Number.isFinite(ms) && ms >= 0, `${stage}: ${ms}`);
  });
});

describe('all problems at once', () => {
  test('a schema error and a broken wiki link in the same file are both reported, and there is no atlas', () => {
    const root = project({ ...VALID, 'content/companies/zhipu.mdx': ZHIPU.replace('founded: 2019-06', 'founded: 01.06.2019').replace('[[tsinghua-keg|KEG]]', '[[tsinghua-kge|KEG]]') });
    const result = loadAtlas(root, { editions: ['de'], gitDates: false });
    assert.equal(result.atlas, undefined);
    assert.deepEqual(brief(result.problems), [
      'content/companies/zhipu.mdx:7:10 founded "01.06.2019" is not a date as YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1980s; did you mean 2019-06-01?',
      'content/companies/zhipu.mdx:13:22  the wiki link [[tsinghua-kge|KEG]] points to no entry',
    ]);
    assert.equal(result.problems[1]!.fix, 'did you mean [[tsinghua-keg]]?');
  });

  test('problems of several files, of the folder, of MDX and of references come in one run', () => {
    const root = project({
      ...VALID,
      'content/companies/zhipu.mdx': ZHIPU.replace('origin: [tsinghua-keg]', 'origin: [tsinghua-kge]').replace('Zhipu stammt aus der [[', 'Zhipu {stammt} aus der [['),
      'content/institutions/tsinghua-keg.mdx': KEG.replace('kind: lab', 'kind: bakery'),
      'content/companies/notes.md': '# Notizen\n',
    });
    const result = loadAtlas(root, { editions: ['de'], gitDates: false });
    assert.equal(result.atlas, undefined);
    assert.deepEqual(brief(result.problems).sort(), [
      'content/companies/notes.md:-:-  only .mdx files are read in content/companies/',
      'content/companies/zhipu.mdx:13:7  JavaScript expressions in curly braces are not allowed: {stammt}',
      'content/companies/zhipu.mdx:6:10 origin[0] "tsinghua-kge" is not an entry of the atlas (expected the slug of one of: institutions or companies)',
      'content/institutions/tsinghua-keg.mdx:3:7 kind Invalid option: expected one of "university"|"faculty"|"programme"|"research-institute"|"lab"|"corporate-lab"|"science-park"|"incubator"|"platform"|"cluster"|"government"|"media"',
    ].sort());
  });

  test('a file that fails its schema is not reported again by the files that link to it', () => {
    const root = project({ ...VALID, 'content/institutions/tsinghua-keg.mdx': KEG.replace('kind: lab\n', 'kind: lab\ncolour: red\n') });
    const result = loadAtlas(root, { editions: ['de'], gitDates: false });
    assert.deepEqual(brief(result.problems), ['content/institutions/tsinghua-keg.mdx:4:1 colour unknown field "colour"']);
  });

  test('a file whose YAML cannot be read is reported once, with its line', () => {
    const root = project({ ...VALID, 'content/sources/haidian-article.yaml': ARTICLE.replace('name: Die Gründerstraße', 'name: Die Gründerstraße: Haidian') });
    const result = loadAtlas(root, { editions: ['de'], gitDates: false });
    assert.ok(result.problems.length >= 1);
    assert.ok(result.problems.every((p) => p.file === 'content/sources/haidian-article.yaml'), JSON.stringify(result.problems, null, 2));
    assert.equal(result.problems[0]!.line, 1);
    assert.match(result.problems[0]!.message, /^YAML syntax: /);
  });

  test('an image missing from public/ is a problem, an image that is there is not', () => {
    const body = '\nBild: ![Campus](/bilder/campus.png)\n';
    const missing = project({ ...VALID, 'content/companies/zhipu.mdx': ZHIPU.replace(/\n\nZhipu stammt.*\n$/, `\n${body}`) });
    assert.deepEqual(brief(loadAtlas(missing, { editions: ['de'], gitDates: false }).problems), ['content/companies/zhipu.mdx:13:7  the image "/bilder/campus.png" does not exist: there is no file public/bilder/campus.png']);
    const present = project({ ...VALID, 'content/companies/zhipu.mdx': ZHIPU.replace(/\n\nZhipu stammt.*\n$/, `\n${body}`), 'public/bilder/campus.png': 'png' });
    assert.deepEqual(loadAtlas(present, { editions: ['de'], gitDates: false }).problems, []);
  });

  test('reads another content folder when asked', () => {
    const root = project({ 'fixtures/content/sources/haidian-article.yaml': ARTICLE });
    const result = loadAtlas(root, { editions: ['de'], gitDates: false, contentDir: join(root, 'fixtures', 'content') });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.atlas!.all.map((e) => e.file), ['fixtures/content/sources/haidian-article.yaml']);
  });
});

describe('TODO placeholders', () => {
  test('are problems in a project, at their line and column, and stop the atlas', () => {
    const root = project({ ...VALID, 'content/companies/zhipu.mdx': ZHIPU.replace('name: Zhipu', '# Neuer Eintrag: Zeilen mit TODO ausfüllen\nname: Zhipu').replace('Zhipu stammt aus der [[', 'TODO: Zhipu stammt aus der [[') });
    const result = loadAtlas(root, { editions: ['de'], gitDates: false });
    assert.equal(result.atlas, undefined);
    assert.deepEqual(result.problems, [
      { file: 'content/companies/zhipu.mdx', line: 14, column: 1, message: 'a TODO placeholder is still in the entry', fix: 'replace it with the real text (or delete the line)' },
    ]);
  });

  test('todoProblems finds every TODO word outside YAML comment lines', () => {
    const text = '---\n# Zeilen mit TODO ausfüllen\nname: "TODO"\n  # TODO: eingerückter Kommentar\nsummary: Ein TODO mitten im Satz, und noch ein TODO\n---\n\nTODO: Text\n';
    assert.deepEqual(
      todoProblems({ collection: 'companies', slug: 'x', file: 'content/companies/x.mdx', text }).map((p) => [p.line, p.column]),
      [[3, 8], [5, 14], [8, 1]],
    );
  });

  test('todoProblems ignores words that only contain TODO, and lower case', () => {
    const text = 'name: TODOS und MASTODON\nsummary: todo\n';
    assert.deepEqual(todoProblems({ collection: 'sources', slug: 'x', file: 'content/sources/x.yaml', text }), []);
  });

  test('a TODO in a Markdown heading of the body is a problem too', () => {
    const text = '---\nname: x\n---\n\n## TODO: Geschichte\n';
    assert.deepEqual(todoProblems({ collection: 'companies', slug: 'x', file: 'content/companies/x.mdx', text }).map((p) => p.line), [5]);
  });
});

describe('rules', () => {
  const root = project(VALID);

  test('see every entry, node, edge, pin and tag the core checks resolved', () => {
    let seen: RuleContext | undefined;
    const rule: AtlasRule = { name: 'spy', check: (context) => ((seen = context), {}) };
    const result = loadAtlas(root, { editions: ['de'], gitDates: false, rules: [rule] });
    assert.ok(result.atlas);
    assert.ok(seen);
    assert.equal(seen.root, root);
    assert.deepEqual(seen.entries.map((e) => e.slug), ['zhipu', 'tsinghua-keg', 'haidian-article']);
    assert.ok(seen.entries.every((e) => e.valid !== undefined));
    assert.deepEqual([...seen.nodes.keys()], ['zhipu', 'tsinghua-keg', 'haidian-article']);
    assert.deepEqual(seen.edges.map((e) => `${e.from}>${e.kind}>${e.to}`), ['zhipu>origin>tsinghua-keg', 'zhipu>cites>haidian-article', 'tsinghua-keg>cites>haidian-article']);
    assert.deepEqual([...seen.pins.keys()], ['tsinghua-keg']);
    assert.deepEqual([...seen.tags.keys()], ['large-models', 'tsinghua']);
    assert.deepEqual(seen.entries.find((e) => e.slug === 'zhipu')!.positionOf(['origin', 0]), { line: 6, column: 10 });
    assert.deepEqual(seen.entries.find((e) => e.slug === 'zhipu')!.componentRefs, []);
    assert.equal(seen.entries.find((e) => e.slug === 'haidian-article')!.componentRefs, undefined);
  });

  test('also run when the core checks found problems, and see the partial data of failed entries', () => {
    const broken = project({ ...VALID, 'content/companies/zhipu.mdx': ZHIPU.replace('kind: large-model', 'kind: bakery') });
    let zhipu: RuleContext['entries'][number] | undefined;
    const rule: AtlasRule = { name: 'spy', check: (context) => ((zhipu = context.entries.find((e) => e.slug === 'zhipu')), {}) };
    const result = loadAtlas(broken, { editions: ['de'], gitDates: false, rules: [rule] });
    assert.equal(result.problems.length, 1);
    assert.ok(zhipu);
    assert.equal(zhipu.valid, undefined);
    assert.equal(zhipu.data['name'], 'Zhipu');
    assert.equal('kind' in zhipu.data, false);
  });

  test('return their problems and warnings; a problem stops the atlas, a warning does not', () => {
    const warning: Problem = { file: 'content/companies/zhipu.mdx', line: 10, field: 'sources[0].quote', message: 'the quote may not back the entry' };
    const problem: Problem = { file: 'content/companies/zhipu.mdx', message: 'no card glyph for 智' };
    const warns: AtlasRule = { name: 'citations', check: () => ({ warnings: [warning] }) };
    const fails: AtlasRule = { name: 'glyphs', check: () => ({ problems: [problem] }) };

    const warned = loadAtlas(root, { editions: ['de'], gitDates: false, rules: [warns] });
    assert.deepEqual(warned.warnings, [warning]);
    assert.deepEqual(warned.problems, []);
    assert.ok(warned.atlas);

    const failed = loadAtlas(root, { editions: ['de'], gitDates: false, rules: [warns, fails] });
    assert.deepEqual(failed.problems, [problem]);
    assert.deepEqual(failed.warnings, [warning]);
    assert.equal(failed.atlas, undefined);
  });

  test('run in the order given, and are timed each under its name', () => {
    const order: string[] = [];
    const rule = (name: string): AtlasRule => ({ name, check: () => (order.push(name), {}) });
    const result = loadAtlas(root, { editions: ['de'], gitDates: false, rules: [rule('first'), rule('second')] });
    assert.deepEqual(order, ['first', 'second']);
    assert.deepEqual(Object.keys(result.timing), ['read', 'fields', 'links', 'rule:first', 'rule:second', 'build']);
  });

  test('a rule that throws becomes a problem, and the other rules still run', () => {
    const throws: AtlasRule = { name: 'dictionary', check: () => { throw new Error('label "kind.companies.x" is missing'); } };
    const throwsProblem: AtlasRule = {
      name: 'charts',
      check: () => {
        throw Object.assign(new Error('x'), { problem: { file: 'src/i18n/de.json', message: 'label missing' } });
      },
    };
    let ran = false;
    const after: AtlasRule = { name: 'after', check: () => ((ran = true), {}) };
    const result = loadAtlas(root, { editions: ['de'], gitDates: false, rules: [throws, throwsProblem, after] });
    assert.ok(ran);
    assert.deepEqual(result.problems, [
      { file: '(validation rule "dictionary")', message: 'label "kind.companies.x" is missing', fix: 'see the other problems; this rule could not run' },
      { file: 'src/i18n/de.json', message: 'label missing' },
    ]);
    assert.equal(result.atlas, undefined);
    assert.ok('rule:dictionary' in result.timing && 'rule:after' in result.timing);
  });

  test('the same problem or warning reported twice is listed once', () => {
    const same: Problem = { file: 'content/companies/zhipu.mdx', line: 3, column: 1, field: 'kind', message: 'twice' };
    const twice: AtlasRule = { name: 'twice', check: () => ({ problems: [same, { ...same }], warnings: [same, { ...same, fix: 'another fix' }] }) };
    const result = loadAtlas(root, { editions: ['de'], gitDates: false, rules: [twice] });
    assert.deepEqual(result.problems, [same]);
    assert.deepEqual(result.warnings, [same]);
  });
});
