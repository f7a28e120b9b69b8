// Unit tests for frontmatter.ts: splitting an MDX file into frontmatter and body, and the body the MDX
// compiler gets, with the file's line numbers.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { bodyWithBlankFrontmatter, splitFrontmatter } from './frontmatter.ts';

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

describe('splitFrontmatter', () => {
  test("splits frontmatter and body and knows the body's first line", () => {
    assert.deepEqual(splitFrontmatter('---\nname: x\nkind: y\n---\nBody line\n'), { frontmatter: 'name: x\nkind: y', body: 'Body line\n', bodyStartLine: 5 });
  });

  test('handles Windows line endings', () => {
    assert.deepEqual(splitFrontmatter('---\r\nname: x\r\n---\r\nBody\r\nmore'), { frontmatter: 'name: x', body: 'Body\r\nmore', bodyStartLine: 4 });
  });

  test('skips a byte order mark', () => {
    assert.deepEqual(splitFrontmatter('\uFEFF---\nname: x\n---\nBody'), { frontmatter: 'name: x', body: 'Body', bodyStartLine: 4 });
  });

  test('accepts a file that ends right after the closing line', () => {
    assert.deepEqual(splitFrontmatter('---\nname: x\n---'), { frontmatter: 'name: x', body: '', bodyStartLine: 3 });
  });

  test('accepts empty frontmatter, with or without a blank line', () => {
    assert.deepEqual(splitFrontmatter('---\n---\nBody'), { frontmatter: '', body: 'Body', bodyStartLine: 3 });
    assert.deepEqual(splitFrontmatter('---\n\n---\nBody'), { frontmatter: '', body: 'Body', bodyStartLine: 4 });
  });

  test('stops at the first closing line, leaving later --- in the body', () => {
    assert.deepEqual(splitFrontmatter('---\nname: x\n---\nText\n---\nmore\n'), { frontmatter: 'name: x', body: 'Text\n---\nmore\n', bodyStartLine: 4 });
  });

  test('does not take a longer line of dashes or --- followed by text as the closing line', () => {
    assert.deepEqual(splitFrontmatter('---\nname: x\n----\n---\nB'), { frontmatter: 'name: x\n----', body: 'B', bodyStartLine: 5 });
    assert.equal(splitFrontmatter('---\nname: x\n---text'), undefined);
  });

  test('returns undefined without frontmatter, when it is not at the start, or when it is never closed', () => {
    assert.equal(splitFrontmatter('name: x\n'), undefined);
    assert.equal(splitFrontmatter('Text\n---\nname: x\n---\n'), undefined);
    assert.equal(splitFrontmatter(' ---\nname: x\n---\n'), undefined);
    assert.equal(splitFrontmatter('---\nname: x\n'), undefined);
    assert.equal(splitFrontmatter(''), undefined);
  });

  test('gives a body start line that matches the real file', () => {
    const split = splitFrontmatter(ZHIPU)!;
    assert.equal(split.bodyStartLine, 11);
    const lines = ZHIPU.split('\n');
    assert.equal(lines[split.bodyStartLine - 1], '');
    assert.equal(lines[split.bodyStartLine], 'Zhipu stammt aus der [[tsinghua-keg]].');
    assert.equal(split.body, '\nZhipu stammt aus der [[tsinghua-keg]].\n');
  });
});

describe('bodyWithBlankFrontmatter', () => {
  test('puts one empty line in place of each frontmatter line', () => {
    assert.equal(bodyWithBlankFrontmatter('Body\n', 4), '\n\n\nBody\n');
    assert.equal(bodyWithBlankFrontmatter('Body', 1), 'Body');
  });

  test('keeps every body line on its line of the file', () => {
    const split = splitFrontmatter(ZHIPU)!;
    const blanked = bodyWithBlankFrontmatter(split.body, split.bodyStartLine);
    const fileLines = ZHIPU.split('\n');
    const blankLines = blanked.split('\n');
    assert.equal(blankLines.length, fileLines.length);
    assert.equal(blankLines[11], 'Zhipu stammt aus der [[tsinghua-keg]].');
    assert.equal(blankLines[11], fileLines[11]);
    assert.deepEqual(blankLines.slice(0, 10), Array(10).fill(''));
  });

  test('does not contain the YAML', () => {
    const split = splitFrontmatter(ZHIPU)!;
    assert.ok(!bodyWithBlankFrontmatter(split.body, split.bodyStartLine).includes('name:'));
  });
});
