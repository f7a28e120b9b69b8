// Unit tests for content-files.ts: frontmatter splitting, field lines, parsing entry files and scanning a content folder.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS } from './collections.ts';
import { fieldLineFinder, parseEntryFile, scanContent, splitFrontmatter } from './content-files.ts';

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

const FILE = 'content/companies/zhipu.mdx';

describe('splitFrontmatter', () => {
  test('splits frontmatter and body and knows the body\'s first line', () => {
    const split = splitFrontmatter('---\nname: x\nkind: y\n---\nBody line\n');
    assert.deepEqual(split, { frontmatter: 'name: x\nkind: y', body: 'Body line\n', bodyStartLine: 5 });
  });

  test('handles Windows line endings', () => {
    const split = splitFrontmatter('---\r\nname: x\r\n---\r\nBody\r\nmore');
    assert.equal(split!.frontmatter, 'name: x');
    assert.equal(split!.body, 'Body\r\nmore');
    assert.equal(split!.bodyStartLine, 4);
  });

  test('skips a byte order mark', () => {
    assert.equal(splitFrontmatter('\uFEFF---\nname: x\n---\nBody')!.frontmatter, 'name: x');
  });

  test('accepts a file that ends right after the closing line', () => {
    assert.deepEqual(splitFrontmatter('---\nname: x\n---'), { frontmatter: 'name: x', body: '', bodyStartLine: 3 });
  });

  test('stops at the first closing line, leaving later --- in the body', () => {
    const split = splitFrontmatter('---\nname: x\n---\nText\n---\nmore\n');
    assert.equal(split!.frontmatter, 'name: x');
    assert.equal(split!.body, 'Text\n---\nmore\n');
  });

  test('returns undefined without frontmatter', () => {
    assert.equal(splitFrontmatter('name: x\n'), undefined);
    assert.equal(splitFrontmatter('Text\n---\nname: x\n---\n'), undefined);
    assert.equal(splitFrontmatter('---\nname: x\n'), undefined);
  });

  test('gives a body start line that matches the real file', () => {
    const split = splitFrontmatter(ZHIPU)!;
    const lines = ZHIPU.split('\n');
    assert.equal(lines[split.bodyStartLine - 1], '');
    assert.equal(lines[split.bodyStartLine], 'Zhipu stammt aus der [[tsinghua-keg]].');
  });
});

describe('fieldLineFinder', () => {
  const yaml = 'name: Zhipu\nname_en: Zhipu AI\nlocation:\n  lat: 39.9\n  name: nested\nsources:\n  - source: a\npeople : [x]';
  const find = fieldLineFinder(yaml, 2);

  test('finds top-level keys, offset by the first line', () => {
    assert.equal(find('name'), 2);
    assert.equal(find('name_en'), 3);
    assert.equal(find('location'), 4);
  });

  test('finds the top-level key of a nested field path', () => {
    assert.equal(find('location.lat'), 4);
    assert.equal(find('sources[0].source'), 7);
  });

  test('allows spaces before the colon', () => {
    assert.equal(find('people'), 9);
  });

  test('does not confuse a key with a longer key that starts the same', () => {
    const onlyLong = fieldLineFinder('name_en: Zhipu AI\nname: Zhipu', 1);
    assert.equal(onlyLong('name'), 2);
  });

  test('returns undefined for a missing key and ignores indented keys', () => {
    assert.equal(find('founded'), undefined);
    assert.equal(find('lat'), undefined);
  });
});

describe('parseEntryFile', () => {
  test('parses a valid MDX file into an entry', () => {
    const { entry, problems } = parseEntryFile('companies', FILE, ZHIPU);
    assert.deepEqual(problems, []);
    assert.ok(entry);
    assert.equal(entry.collection, 'companies');
    assert.equal(entry.slug, 'zhipu');
    assert.equal(entry.file, FILE);
    assert.equal(entry.data.name, 'Zhipu');
    assert.deepEqual(entry.data.founded, { value: '2019-06', precision: 'month' });
    assert.deepEqual(entry.data.tags, []);
    assert.equal(entry.body, '\nZhipu stammt aus der [[tsinghua-keg]].\n');
    assert.equal(entry.bodyStartLine, 11);
    assert.equal(entry.lineOfField!('origin'), 5);
    assert.equal(entry.lineOfField!('sources'), 7);
  });

  test('parses a valid YAML data file, with lines counted from 1 and no body', () => {
    const text = 'name: Artikel\nkind: article\nsummary: Reportage über Haidian und seine KI.\nlanguage: de\n';
    const { entry, problems } = parseEntryFile('sources', 'content/sources/haidian-article.yaml', text);
    assert.deepEqual(problems, []);
    assert.equal(entry!.slug, 'haidian-article');
    assert.equal(entry!.body, undefined);
    assert.equal(entry!.lineOfField!('language'), 4);
  });

  test('reports a YAML syntax error with its line in the file', () => {
    const text = ZHIPU.replace('kind: large-model', 'kind: large: model');
    const { entry, problems } = parseEntryFile('companies', FILE, text);
    assert.equal(entry, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.file, FILE);
    assert.equal(problems[0]!.line, 3);
    assert.match(problems[0]!.message, /^YAML syntax error/);
  });

  test('reports a YAML syntax error in a data file on the file\'s own line', () => {
    const { problems } = parseEntryFile('sources', 'content/sources/x.yaml', 'name: a\nkind: "article\n');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /YAML syntax error/);
    assert.ok(problems[0]!.line! >= 2, String(problems[0]!.line));
  });

  test('reports missing frontmatter on line 1', () => {
    const { entry, problems } = parseEntryFile('companies', FILE, 'Zhipu stammt aus der KEG.\n');
    assert.equal(entry, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 1);
    assert.match(problems[0]!.message, /no frontmatter/);
    assert.match(problems[0]!.fix!, /---/);
  });

  test('reports frontmatter that is not a mapping', () => {
    const { problems } = parseEntryFile('companies', FILE, '---\n- a\n- b\n---\n');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /not a list of fields/);
  });

  test('reports an unknown field on its own line', () => {
    const text = ZHIPU.replace('founded: 2019-06', 'founded: 2019-06\ncolour: red');
    const { entry, problems } = parseEntryFile('companies', FILE, text);
    assert.equal(entry, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.field, 'colour');
    assert.equal(problems[0]!.line, 7);
    assert.match(problems[0]!.message, /"colour"/);
    assert.match(problems[0]!.message, /allowed/);
  });

  test('reports a missing required field as missing, with help and without a line', () => {
    const text = ZHIPU.replace('name: Zhipu\n', '');
    const { entry, problems } = parseEntryFile('companies', FILE, text);
    assert.equal(entry, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.field, 'name');
    assert.equal(problems[0]!.message, 'this required field is missing');
    assert.equal(problems[0]!.line, undefined);
    assert.match(problems[0]!.fix!, /^write the German name/);
  });

  test('reports missing sources as missing', () => {
    const text = ZHIPU.replace(/sources:\n.*\n.*\n/, '');
    const { problems } = parseEntryFile('companies', FILE, text);
    assert.deepEqual(problems.map((p) => [p.field, p.message]), [['sources', 'this required field is missing']]);
  });

  // Bug (see report): only invalid_type issues count as "missing"; a missing enum field (kind,
  // language) says "Invalid option: …" and a missing events date says '"undefined" is not a date …'.
  test('reports a missing kind or event date as missing', () => {
    const noKind = parseEntryFile('companies', FILE, ZHIPU.replace('kind: large-model\n', '')).problems;
    assert.deepEqual(noKind.map((p) => [p.field, p.message]), [['kind', 'this required field is missing']]);
    const event = 'name: X\nkind: milestone\nsummary: Eine Pressekonferenz in Haidian.\nsources:\n  - source: a\n    quote: abc\n';
    const noDate = parseEntryFile('events', 'content/events/x.yaml', event).problems;
    assert.deepEqual(noDate.map((p) => [p.field, p.message]), [['date', 'this required field is missing']]);
  });

  test('reports a bad nested value with its path, the line of its top-level field and help', () => {
    const text = ZHIPU.replace('quote: "Zhipu stammt aus der KEG"', 'quote: "ab"');
    const { problems } = parseEntryFile('companies', FILE, text);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.field, 'sources[0].quote');
    assert.equal(problems[0]!.line, 7);
    assert.match(problems[0]!.fix!, /words of the source/);
  });

  test('reports an impossible date on the line of the date field', () => {
    const { problems } = parseEntryFile('companies', FILE, ZHIPU.replace('founded: 2019-06', 'founded: 2019-13'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.field, 'founded');
    assert.equal(problems[0]!.line, 6);
    assert.match(problems[0]!.message, /"2019-13" is not a date/);
  });

  test('reports every problem of a file at once', () => {
    const text = ZHIPU.replace('kind: large-model', 'kind: bakery').replace('founded: 2019-06', 'founded: soon');
    const { problems } = parseEntryFile('companies', FILE, text);
    assert.deepEqual(problems.map((p) => p.field).sort(), ['founded', 'kind']);
  });

  // Bug (see report): Zod 4 issues carry no `input` unless asked for, so every invalid_type
  // issue (a wrong type, not only a missing field) is reported as "this required field is missing".
  test('reports a field of the wrong type as a wrong type, not as missing', () => {
    const { problems } = parseEntryFile('companies', FILE, ZHIPU.replace('name: Zhipu', 'name: 123'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.field, 'name');
    assert.notEqual(problems[0]!.message, 'this required field is missing');
  });
});

describe('scanContent on a temporary folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-content-test-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('content/sources/haidian-article.yaml', 'name: Artikel\nkind: article\nsummary: Reportage über Haidian und seine KI.\nlanguage: de\n');
  write('content/institutions/tsinghua-keg.mdx', '---\nname: KEG\nkind: lab\nsummary: Knowledge Engineering Group der Tsinghua.\nsources:\n  - source: haidian-article\n    quote: KEG der Tsinghua\n---\n\nText.\n');
  write('content/companies/zhipu.mdx', ZHIPU);
  write('content/companies/notes.md', '# not read\n');
  write('content/companies/archive/old.mdx', ZHIPU);
  write('content/blog/post.mdx', ZHIPU);
  write('content/README.md', '# Content\n');
  write('content/.hidden/x.mdx', 'ignored');
  write('content/companies/.DS_Store', 'ignored');

  const scan = scanContent(root);
  const byFile = (file: string) => scan.problems.filter((p) => p.file === file);

  test('reads the valid entries', () => {
    assert.deepEqual(scan.entries.map((e) => e.slug).sort(), ['haidian-article', 'tsinghua-keg', 'zhipu']);
    assert.ok(scan.graph.nodes.has('zhipu'));
    assert.ok(scan.graph.edges.some((e) => e.from === 'zhipu' && e.to === 'tsinghua-keg' && e.kind === 'origin'));
  });

  test('reports a .md file in an MDX collection', () => {
    const [p] = byFile('content/companies/notes.md');
    assert.ok(p);
    assert.match(p.message, /only \.mdx files are read/);
    assert.match(p.fix!, /notes\.mdx/);
  });

  test('reports an unknown collection folder', () => {
    const [p] = byFile('content/blog');
    assert.ok(p);
    assert.match(p.message, /"blog" is not a collection/);
  });

  test('reports a subfolder of a collection', () => {
    const [p] = byFile('content/companies/archive');
    assert.ok(p);
    assert.match(p.message, /subfolders are not read/);
  });

  test('ignores dot files and the content README', () => {
    assert.equal(scan.problems.length, 3, JSON.stringify(scan.problems, null, 2));
    assert.ok(!scan.problems.some((p) => /hidden|DS_Store|README/.test(p.file)));
  });

  test('counts the files read per collection', () => {
    assert.deepEqual(scan.counts, { companies: 1, institutions: 1, policies: 0, people: 0, places: 0, sources: 1, figures: 0, events: 0 });
  });

  test('uses project-relative paths with forward slashes', () => {
    for (const e of scan.entries) assert.match(e.file, /^content\/[a-z]+\/[a-z0-9-]+\.(mdx|yaml)$/);
  });
});

describe('scanContent: invalid files and graph problems', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-content-test-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'content', 'companies'), { recursive: true });
  mkdirSync(join(root, 'content', 'institutions'), { recursive: true });
  // tsinghua-keg fails validation (no kind); zhipu links to it and cites a missing source.
  writeFileSync(join(root, 'content/institutions/tsinghua-keg.mdx'), '---\nname: KEG\nsummary: Knowledge Engineering Group der Tsinghua.\nsources:\n  - source: haidian-article\n    quote: KEG\n---\n');
  writeFileSync(join(root, 'content/companies/zhipu.mdx'), ZHIPU);
  const scan = scanContent(root);

  test('reports the invalid file once and not again as a dangling reference', () => {
    const keg = scan.problems.filter((p) => p.file === 'content/institutions/tsinghua-keg.mdx');
    assert.deepEqual(keg.map((p) => p.field), ['kind']);
    assert.ok(!scan.problems.some((p) => p.message.includes('"tsinghua-keg" is not an entry')));
    assert.ok(!scan.problems.some((p) => p.message.includes('[[tsinghua-keg]]')));
  });

  test('adds the graph\'s problems, with the line of the field', () => {
    const p = scan.problems.find((x) => x.field === 'sources[0].source');
    assert.ok(p, JSON.stringify(scan.problems, null, 2));
    assert.equal(p.file, 'content/companies/zhipu.mdx');
    assert.equal(p.line, 7);
    assert.equal(scan.problems.length, 2);
  });

  test('counts invalid files as read', () => {
    assert.equal(scan.counts.institutions, 1);
    assert.equal(scan.counts.companies, 1);
    assert.equal(scan.entries.length, 1);
  });
});

describe('scanContent on the project content', () => {
  const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
  const scan = scanContent(projectRoot);

  test('has no problems', () => {
    assert.deepEqual(scan.problems, []);
  });

  test('reads at least one entry of every collection', () => {
    for (const c of COLLECTIONS) assert.ok(scan.counts[c] > 0, c);
    assert.equal(scan.entries.length, Object.values(scan.counts).reduce((a, b) => a + b, 0));
  });

  test('builds a graph with a node per entry and some edges', () => {
    assert.equal(scan.graph.nodes.size, scan.entries.length);
    assert.ok(scan.graph.edges.length > 0);
  });
});
