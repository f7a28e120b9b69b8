// Unit tests for tags.ts (validation): every tag gets a URL segment, and two spellings may not share one;
// the problem names both files and both spellings.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkTags, type Tagged } from './tags.ts';

/** An entry whose tag i sits on line 10 + i, column 5. */
const entry = (file: string, tags: unknown): Tagged => ({ file, data: { tags }, positionOf: (path) => (path[0] === 'tags' ? { line: 10 + Number(path[1]), column: 5 } : undefined) });

describe('checkTags', () => {
  test('returns every tag by its URL segment, with the spelling first seen', () => {
    const { tags, problems } = checkTags([entry('content/companies/a.mdx', ['Künstliche Intelligenz', 'Internet']), entry('content/companies/b.mdx', ['Internet', '人工智能'])]);
    assert.deepEqual(problems, []);
    assert.deepEqual([...tags], [
      ['kuenstliche-intelligenz', { label: 'Künstliche Intelligenz', slug: 'kuenstliche-intelligenz' }],
      ['internet', { label: 'Internet', slug: 'internet' }],
      ['ren-gong-zhi-neng', { label: '人工智能', slug: 'ren-gong-zhi-neng' }],
    ]);
  });

  test('reports two spellings that share a segment, naming both files, both spellings and the position', () => {
    const { tags, problems } = checkTags([entry('content/companies/a.mdx', ['KI', 'Internet']), entry('content/companies/b.mdx', ['Medien', 'internet'])]);
    assert.deepEqual(problems, [
      {
        file: 'content/companies/b.mdx',
        field: 'tags[1]',
        line: 11,
        column: 5,
        message: 'the tag "internet" and the tag "Internet" (in content/companies/a.mdx) would share the page /…/internet/',
        fix: 'write the tag the same way in both files, e.g. "Internet"',
      },
    ]);
    assert.deepEqual(tags.get('internet'), { label: 'Internet', slug: 'internet' });
  });

  test('reports two spellings within one file', () => {
    const { problems } = checkTags([entry('content/companies/a.mdx', ['KI', 'Ki'])]);
    assert.deepEqual(problems.map((p) => [p.file, p.field, p.message]), [['content/companies/a.mdx', 'tags[1]', 'the tag "Ki" and the tag "KI" (in content/companies/a.mdx) would share the page /…/ki/']]);
  });

  test('reports a decomposed and a composed umlaut as two spellings of one page', () => {
    const { problems } = checkTags([entry('a.mdx', ['F\u00f6rderung']), entry('b.mdx', ['Fo\u0308rderung'])]);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /would share the page \/…\/foerderung\/$/);
  });

  test('reports a tag without letters or digits', () => {
    const { tags, problems } = checkTags([entry('content/companies/a.mdx', ['KI', '!!!'])]);
    assert.deepEqual(problems, [
      { file: 'content/companies/a.mdx', field: 'tags[1]', line: 11, column: 5, message: 'the tag "!!!" has no letters or digits to make a web address from', fix: 'write the tag with letters' },
    ]);
    assert.deepEqual([...tags.keys()], ['ki']);
  });

  test('leaves out the position when it is unknown', () => {
    const { problems } = checkTags([{ file: 'a.mdx', data: { tags: ['#'] }, positionOf: () => undefined }]);
    assert.deepEqual(problems, [{ file: 'a.mdx', field: 'tags[0]', message: 'the tag "#" has no letters or digits to make a web address from', fix: 'write the tag with letters' }]);
  });

  test('the same spelling in many files is no problem', () => {
    const { tags, problems } = checkTags([entry('a.mdx', ['KI']), entry('b.mdx', ['KI']), entry('c.mdx', ['KI'])]);
    assert.deepEqual(problems, []);
    assert.equal(tags.size, 1);
  });

  test('ignores entries without a list of tags, and values that are not text', () => {
    const { tags, problems } = checkTags([entry('a.mdx', undefined), entry('b.mdx', 'KI'), entry('c.mdx', [3, null, 'Medien'])]);
    assert.deepEqual(problems, []);
    assert.deepEqual([...tags.keys()], ['medien']);
  });

  test('accepts any iterable of entries', () => {
    const { tags } = checkTags(new Map([['a', entry('a.mdx', ['KI'])]]).values());
    assert.deepEqual([...tags.keys()], ['ki']);
  });
});
