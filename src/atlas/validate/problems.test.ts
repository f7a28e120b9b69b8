// Unit tests for problems.ts: problem formatting, the ContentError, edit distance and "did you mean" suggestions.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { closest, ContentError, editDistance, formatProblem, formatProblems, location, sortProblems, type Problem } from './problems.ts';

describe('location', () => {
  test('is file:line:column when both are known', () => {
    assert.equal(location({ file: 'content/companies/zhipu.mdx', line: 12, column: 7 }), 'content/companies/zhipu.mdx:12:7');
  });

  test('is file:line without a column, and the file alone without a line', () => {
    assert.equal(location({ file: 'content/companies/zhipu.mdx', line: 12 }), 'content/companies/zhipu.mdx:12');
    assert.equal(location({ file: 'content/companies/zhipu.mdx' }), 'content/companies/zhipu.mdx');
  });

  test('leaves out a column that comes without a line', () => {
    assert.equal(location({ file: 'a.mdx', column: 4 }), 'a.mdx');
  });
});

describe('formatProblem', () => {
  test('contains file, line, field, message and fix', () => {
    const text = formatProblem({
      file: 'content/companies/zhipu.mdx',
      line: 12,
      column: 3,
      field: 'origin[0]',
      message: '"tsinghua-kge" is not an entry of the atlas',
      fix: 'did you mean "tsinghua-keg"?',
    });
    assert.equal(
      text,
      'content/companies/zhipu.mdx:12:3  field "origin[0]": "tsinghua-kge" is not an entry of the atlas. Fix: did you mean "tsinghua-keg"?',
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

  test('writes the line after the file name, even line 1, and column 1', () => {
    assert.equal(formatProblem({ file: 'a.mdx', line: 1, message: 'm' }), 'a.mdx:1  m.');
    assert.equal(formatProblem({ file: 'a.mdx', line: 1, column: 1, message: 'm' }), 'a.mdx:1:1  m.');
  });

  test('adds no full stop after a question or an exclamation mark', () => {
    assert.equal(formatProblem({ file: 'a.mdx', message: 'is this a date?' }), 'a.mdx  is this a date?');
    assert.equal(formatProblem({ file: 'a.mdx', message: 'stop!' }), 'a.mdx  stop!');
  });

  test('adds the full stop when a dot, a question or an exclamation mark is only inside the message', () => {
    assert.equal(formatProblem({ file: 'a.mdx', message: 'the key is in content/tags.yaml' }), 'a.mdx  the key is in content/tags.yaml.');
    assert.equal(formatProblem({ file: 'a.mdx', message: 'Hä? ist kein Datum' }), 'a.mdx  Hä? ist kein Datum.');
  });

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

  test('sorts problems on one line by column', () => {
    const text = formatProblems([
      { file: 'a', line: 3, column: 12, message: 'second' },
      { file: 'a', line: 3, column: 2, message: 'first' },
    ]);
    assert.equal(text, '2 content problems:\n  - a:3:2  first.\n  - a:3:12  second.');
  });

  test('names another noun in the heading, in the plural only for several', () => {
    assert.equal(formatProblems([{ file: 'a', message: 'm' }], 'warning'), '1 warning:\n  - a  m.');
    assert.equal(formatProblems([], 'warning'), '0 warnings:');
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

describe('sortProblems', () => {
  test('orders by file, then line, then column, with unknown lines and columns first', () => {
    const sorted = sortProblems([
      { file: 'b', line: 1, message: 'b1' },
      { file: 'a', line: 2, column: 5, message: 'a2:5' },
      { file: 'a', line: 2, message: 'a2' },
      { file: 'a', message: 'a' },
      { file: 'a', line: 10, column: 1, message: 'a10:1' },
      { file: 'a', line: 2, column: 1, message: 'a2:1' },
    ]);
    assert.deepEqual(sorted.map((p) => p.message), ['a', 'a2', 'a2:1', 'a2:5', 'a10:1', 'b1']);
  });

  test('returns a new array and keeps problems that compare equal in their order', () => {
    const input: Problem[] = [
      { file: 'a', line: 1, message: 'first' },
      { file: 'a', line: 1, message: 'second' },
    ];
    const sorted = sortProblems(input);
    assert.notEqual(sorted, input);
    assert.deepEqual(sorted.map((p) => p.message), ['first', 'second']);
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
    assert.equal(
      error.message,
      '2 content problems:\n  - content/a.mdx  other.\n  - content/companies/zhipu.mdx:4  field "origin[0]": dangling. Fix: fix it',
    );
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

  test('accepts at most one edit per three letters, and at least one edit', () => {
    assert.equal(closest('abcdxy', ['abcdef']), 'abcdef'); // 2 edits, 6 letters
    assert.equal(closest('abcxyz', ['abcdef']), undefined); // 3 edits, 6 letters
    assert.equal(closest('ab', ['ax']), 'ax'); // 1 edit, even for two letters
    assert.equal(closest('ab', ['xy']), undefined);
    assert.equal(closest('zhipu', ['zhipu']), 'zhipu');
  });

  test('keeps the first of two equally near candidates', () => {
    assert.equal(closest('tang-jix', ['tang-jia', 'tang-jie']), 'tang-jia');
    assert.equal(closest('tang-jix', ['tang-jie', 'tang-jia']), 'tang-jie');
  });

  test('prefers the nearer of two candidates', () => {
    assert.equal(closest('tang-jia', ['tang-jie', 'tang-jiaa-xx']), 'tang-jie');
  });
});
