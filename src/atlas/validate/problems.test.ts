// Unit tests for problems.ts: problem formatting, the ContentError, edit distance and "did you mean" suggestions.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { closest, ContentError, editDistance, formatProblem, formatProblems, type Problem } from './problems.ts';

describe('formatProblem', () => {
  test('contains file, line, field, message and fix', () => {
    const text = formatProblem({
      file: 'content/companies/zhipu.mdx',
      line: 12,
      field: 'origin[0]',
      message: '"tsinghua-kge" is not an entry of the atlas',
      fix: 'did you mean "tsinghua-keg"?',
    });
    assert.equal(
      text,
      'content/companies/zhipu.mdx:12  field "origin[0]": "tsinghua-kge" is not an entry of the atlas. Fix: did you mean "tsinghua-keg"?',
    );
  });

  test('leaves out line, field and fix when they are unknown', () => {
    assert.equal(formatProblem({ file: 'content/x', message: 'subfolders are not read' }), 'content/x  subfolders are not read.');
  });

  test('does not write a double full stop when the message already ends with one', () => {
    const text = formatProblem({ file: 'a.mdx', message: 'Something is wrong.', fix: 'Do this.' });
    assert.equal(text, 'a.mdx  Something is wrong. Fix: Do this.');
    assert.ok(!text.includes('..'));
  });

  test('writes the line after the file name, even line 1', () => {
    assert.ok(formatProblem({ file: 'a.mdx', line: 1, message: 'm' }).startsWith('a.mdx:1  '));
  });

  // Bug (see report): the ".." clean-up runs over the whole line, so text inside the message is changed.
  test('keeps ".." that is part of the message or the file name', () => {
    const text = formatProblem({ file: 'content/sources/x.yaml', field: 'published', message: '"2019..06" is not a date' });
    assert.ok(text.includes('"2019..06"'), text);
  });
});

describe('formatProblems', () => {
  const problems: Problem[] = [
    { file: 'content/people/tang-jie.mdx', line: 3, message: 'third' },
    { file: 'content/companies/zhipu.mdx', line: 20, field: 'sources[0].source', message: 'second', fix: 'fix two' },
    { file: 'content/companies/zhipu.mdx', line: 4, field: 'origin[0]', message: 'first', fix: 'fix one' },
  ];

  test('starts with the number of problems', () => {
    assert.equal(formatProblems(problems).split('\n')[0], '3 content problems:');
    assert.equal(formatProblems([problems[0]!]).split('\n')[0], '1 content problem:');
  });

  test('lists every problem sorted by file, then line', () => {
    const lines = formatProblems(problems).split('\n').slice(1);
    assert.equal(lines.length, 3);
    assert.ok(lines[0]!.startsWith('  - content/companies/zhipu.mdx:4  field "origin[0]": first. Fix: fix one'), lines[0]);
    assert.ok(lines[1]!.startsWith('  - content/companies/zhipu.mdx:20  field "sources[0].source": second. Fix: fix two'), lines[1]);
    assert.ok(lines[2]!.startsWith('  - content/people/tang-jie.mdx:3  third'), lines[2]);
  });

  test('sorts lines numerically, not as text (4 before 20)', () => {
    const text = formatProblems([
      { file: 'a', line: 20, message: 'twenty' },
      { file: 'a', line: 4, message: 'four' },
    ]);
    assert.ok(text.indexOf('four') < text.indexOf('twenty'));
  });

  test('puts problems without a line before those with one in the same file', () => {
    const text = formatProblems([
      { file: 'a', line: 2, message: 'with line' },
      { file: 'a', message: 'without line' },
    ]);
    assert.ok(text.indexOf('without line') < text.indexOf('with line'));
  });

  test('does not reorder the array it was given', () => {
    const copy = [...problems];
    formatProblems(problems);
    assert.deepEqual(problems, copy);
  });
});

describe('ContentError', () => {
  const problems: Problem[] = [
    { file: 'content/companies/zhipu.mdx', line: 4, field: 'origin[0]', message: 'dangling', fix: 'fix it' },
    { file: 'content/a.mdx', message: 'other' },
  ];

  test('is an Error whose message lists every problem', () => {
    const error = new ContentError(problems);
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'ContentError');
    assert.equal(error.message, formatProblems(problems));
    assert.match(error.message, /^2 content problems:/);
    assert.ok(error.message.includes('content/companies/zhipu.mdx:4'));
    assert.ok(error.message.includes('content/a.mdx'));
  });

  test('keeps the problems for programmatic use', () => {
    assert.deepEqual(new ContentError(problems).problems, problems);
  });
});

describe('editDistance', () => {
  test('is zero for equal strings', () => {
    assert.equal(editDistance('zhipu', 'zhipu'), 0);
    assert.equal(editDistance('', ''), 0);
  });

  test('counts insertions, deletions and substitutions', () => {
    assert.equal(editDistance('zhipu', 'zhipuu'), 1);
    assert.equal(editDistance('zhipu', 'zipu'), 1);
    assert.equal(editDistance('zhipu', 'zhapu'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abc', ''), 3);
  });

  test('counts a swap of two letters as two edits', () => {
    assert.equal(editDistance('tsinghua-kge', 'tsinghua-keg'), 2);
  });

  test('gives the textbook distances', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('flaw', 'lawn'), 2);
  });

  test('is symmetric', () => {
    assert.equal(editDistance('tang-jie', 'tsinghua-keg'), editDistance('tsinghua-keg', 'tang-jie'));
  });
});

describe('closest', () => {
  const slugs = ['zhipu', 'tsinghua-keg', 'tsinghua-university', 'tang-jie', 'haidian-article'];

  test('finds the intended slug for a typo', () => {
    assert.equal(closest('tsinghua-kge', slugs), 'tsinghua-keg');
    assert.equal(closest('zhipuu', slugs), 'zhipu');
    assert.equal(closest('tsinghua-universty', slugs), 'tsinghua-university');
  });

  test('returns undefined for something unrelated', () => {
    assert.equal(closest('megvii', slugs), undefined);
    assert.equal(closest('peking-university-library', slugs), undefined);
  });

  test('returns undefined when there are no candidates', () => {
    assert.equal(closest('zhipu', []), undefined);
  });

  test('accepts any iterable', () => {
    assert.equal(closest('zhipo', new Set(slugs).values()), 'zhipu');
  });

  test('prefers the nearer of two candidates', () => {
    assert.equal(closest('tang-jia', ['tang-jie', 'tang-jiaa-xx']), 'tang-jie');
  });
});
