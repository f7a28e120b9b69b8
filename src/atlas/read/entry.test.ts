// Unit tests for entry.ts: one content file read into a raw entry (fields with positions, MDX body kept as
// written), and the problems that stop a file from being read.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readEntry } from './entry.ts';
import type { SourceFile } from './source.ts';

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

const company = (text: string): SourceFile => ({ collection: 'companies', slug: 'zhipu', file: 'content/companies/zhipu.mdx', text });
const source = (text: string): SourceFile => ({ collection: 'sources', slug: 'haidian-article', file: 'content/sources/haidian-article.yaml', text });

describe('an MDX entry', () => {
  const raw = readEntry(company(ZHIPU));

  test('keeps collection, slug and file, and has no problems', () => {
    assert.equal(raw.collection, 'companies');
    assert.equal(raw.slug, 'zhipu');
    assert.equal(raw.file, 'content/companies/zhipu.mdx');
    assert.deepEqual(raw.problems, []);
  });

  test('reads the frontmatter fields as written (YAML 1.2: 2019-06 stays text)', () => {
    assert.deepEqual(raw.fields, {
      name: 'Zhipu',
      kind: 'large-model',
      summary: 'Large-Model-Unternehmen aus der Tsinghua-Universität.',
      origin: ['tsinghua-keg'],
      founded: '2019-06',
      sources: [{ source: 'haidian-article', quote: 'Zhipu stammt aus der KEG' }],
    });
  });

  test('keeps the body as written and the line it starts on', () => {
    assert.equal(raw.body, '\nZhipu stammt aus der [[tsinghua-keg]].\n');
    assert.equal(raw.bodyStartLine, 11);
  });

  test('gives positions as lines and columns of the whole file', () => {
    assert.deepEqual(raw.positionOf(['name']), { line: 2, column: 7 });
    assert.deepEqual(raw.positionOf(['origin', 0]), { line: 5, column: 10 });
    assert.deepEqual(raw.positionOf(['sources', 0, 'quote']), { line: 9, column: 12 });
    assert.deepEqual(raw.keyPositionOf(['founded']), { line: 6, column: 1 });
  });
});

describe('a YAML entry', () => {
  test('counts lines from the first line of the file and has no body', () => {
    const raw = readEntry(source('name: Artikel\nkind: article\nsummary: Reportage über Haidian und seine KI.\nlanguage: de\n'));
    assert.deepEqual(raw.problems, []);
    assert.deepEqual(raw.fields, { name: 'Artikel', kind: 'article', summary: 'Reportage über Haidian und seine KI.', language: 'de' });
    assert.equal('body' in raw, false);
    assert.equal('bodyStartLine' in raw, false);
    assert.deepEqual(raw.positionOf(['language']), { line: 4, column: 11 });
  });

  test('does not look for frontmatter in a YAML file', () => {
    const raw = readEntry(source('---\nname: Artikel\n'));
    assert.deepEqual(raw.problems, []);
    assert.deepEqual(raw.fields, { name: 'Artikel' });
  });
});

describe('files that cannot be read as fields', () => {
  test('an MDX file without frontmatter is one problem on line 1', () => {
    const raw = readEntry(company('Zhipu stammt aus der KEG.\n'));
    assert.equal(raw.fields, undefined);
    assert.deepEqual(raw.problems, [
      {
        file: 'content/companies/zhipu.mdx',
        line: 1,
        column: 1,
        message: 'the file has no frontmatter',
        fix: 'start the file with a line "---", the fields, and another line "---" (see CONTRIBUTING.md)',
      },
    ]);
    assert.equal(raw.positionOf(['name']), undefined);
    assert.equal(raw.keyPositionOf(['name']), undefined);
    assert.equal('body' in raw, false);
  });

  test('a YAML syntax error is reported on its line of the file, and there are no fields', () => {
    const raw = readEntry(company(ZHIPU.replace('kind: large-model', 'kind: large: model')));
    assert.equal(raw.fields, undefined);
    assert.ok(raw.problems.length >= 1);
    assert.equal(raw.problems[0]!.file, 'content/companies/zhipu.mdx');
    assert.equal(raw.problems[0]!.line, 3);
    assert.match(raw.problems[0]!.message, /^YAML syntax: a colon followed by a space/);
    assert.equal(raw.body, '\nZhipu stammt aus der [[tsinghua-keg]].\n');
  });

  test('frontmatter that is a list, not fields', () => {
    const raw = readEntry(company('---\n- a\n- b\n---\n'));
    assert.equal(raw.fields, undefined);
    assert.deepEqual(raw.problems, [{ file: 'content/companies/zhipu.mdx', line: 2, column: 1, message: 'the file is not a list of fields', fix: 'write one "field: value" per line' }]);
  });

  test('empty frontmatter and an empty YAML file are not fields either', () => {
    assert.deepEqual(readEntry(company('---\n---\nText\n')).problems.map((p) => [p.line, p.message]), [[2, 'the file is not a list of fields']]);
    assert.deepEqual(readEntry(source('')).problems.map((p) => [p.line, p.message]), [[1, 'the file is not a list of fields']]);
    assert.deepEqual(readEntry(source('just text\n')).problems.map((p) => [p.line, p.message]), [[1, 'the file is not a list of fields']]);
  });

  test('a cut value is a problem, but the fields are still read', () => {
    const raw = readEntry(company(ZHIPU.replace('name: Zhipu', 'name: Zhipu # AI')));
    assert.equal(raw.fields?.['name'], 'Zhipu');
    assert.deepEqual(raw.problems.map((p) => [p.line, p.column]), [[2, 13]]);
    assert.match(raw.problems[0]!.message, /"# AI" after the value "Zhipu"/);
  });
});
