// Unit tests for quotes.ts: each citation's quote checked against its source's fingerprint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprintOf } from '../model/fingerprint.ts';
import { checkQuotes, type Quoting } from './quotes.ts';

const print = fingerprintOf('article', 'Erstens sind monatlich etwa 20.000 Werber im Bezirk aktiv.\nZhipu befindet sich in der Zhongguancun-Oststraße.', 's', 'test');
const prints = new Map([['article', print]]);
/** An entry whose citation i has its quote on line 20 + 2i, column 12. */
const entry = (file: string, sources: unknown): Quoting => ({ file, data: { sources }, positionOf: (p) => (p[0] === 'sources' ? { line: 20 + 2 * Number(p[1]), column: 12 } : undefined) });

test('verbatim quotes pass', () => {
  const { problems, warnings } = checkQuotes([entry('a.mdx', [{ source: 'article', quote: 'Zhipu befindet sich in der Zhongguancun-Oststraße' }])], prints);
  assert.deepEqual([problems, warnings], [[], []]);
});

test('a quote with one word changed is refused at its line, with the closest passage and the word', () => {
  const { problems } = checkQuotes([entry('a.mdx', [{ source: 'article', quote: 'Zhipu befindet sich in der Zhongguancun-Weststraße' }])], prints);
  assert.deepEqual(problems, [
    {
      file: 'a.mdx',
      field: 'sources[0].quote',
      line: 20,
      column: 12,
      message: 'the quote is not word for word in "article": the closest passage is paragraph 2, from word 1 (4 of 5 runs of 3 words match); the words "Weststraße" differ',
      fix: 'copy the words exactly from paragraph 2 of the source (punctuation and quotation marks may differ); the article is not in the repository: see CONTRIBUTING.md, "Zitate", for where to read it',
    },
  ]);
});

test('a quote that is nowhere in the source, and one too short to check, are refused', () => {
  const { problems } = checkQuotes([entry('a.mdx', [{ source: 'article', quote: 'Ganz andere Wörter stehen hier drin' }, { source: 'article', quote: 'Zhipu befindet sich' }])], prints);
  assert.deepEqual(problems.map((p) => [p.line, p.message]), [
    [20, 'the quote is not in "article": no 3 words of it follow each other there'],
    [22, 'the quote is too short to be checked (fewer than 6 words)'],
  ]);
});

test('a source without a fingerprint is warned about once, not refused', () => {
  const { problems, warnings } = checkQuotes([entry('a.mdx', [{ source: 'other', quote: 'irgendein Satz aus einer anderen Quelle' }]), entry('b.mdx', [{ source: 'other', quote: 'noch ein Satz aus derselben Quelle' }])], prints);
  assert.deepEqual(problems, []);
  assert.deepEqual(warnings.map((w) => [w.file, w.message]), [['a.mdx', 'quotes of "other" cannot be checked: it has no fingerprint']]);
});

test('citations the schema pass refuses (no quote, not an object) are left to it', () => {
  assert.deepEqual(checkQuotes([entry('a.mdx', [{ source: 'article' }, 'article', null])], prints).problems, []);
});

const WHERE = 'the article is not in the repository: see CONTRIBUTING.md, "Zitate", for where to read it';

test('each refusal says how to fix it: quote more words, or copy them exactly', () => {
  const { problems } = checkQuotes([entry('a.mdx', [{ source: 'article', quote: 'Ganz andere Wörter stehen hier drin' }, { source: 'article', quote: 'Zhipu befindet sich' }])], prints);
  assert.deepEqual(problems.map((p) => p.fix), [`copy the words exactly from the source; ${WHERE}`, `quote at least 6 words of the source, so that it can be found; ${WHERE}`]);
});

test('several differing words are listed in the order of the quote', () => {
  const { problems } = checkQuotes([entry('a.mdx', [{ source: 'article', quote: 'Erstens sind monatlich etwa 20.000 Werber im Bezirk Haidian aktiv' }])], prints);
  assert.equal(problems[0]!.message, 'the quote is not word for word in "article": the closest passage is paragraph 1, from word 1 (7 of 9 runs of 3 words match); the words "Haidian", "aktiv" differ');
});

test('the warning about a source without a fingerprint names the command that makes one, at the first quote', () => {
  const { warnings } = checkQuotes([entry('a.mdx', [{ source: 'article', quote: 'Zhipu befindet sich in der Zhongguancun-Oststraße' }, { source: 'other', quote: 'irgendein Satz aus einer anderen Quelle' }])], prints);
  assert.deepEqual(warnings, [
    { file: 'a.mdx', field: 'sources[1].quote', line: 22, column: 12, message: 'quotes of "other" cannot be checked: it has no fingerprint', fix: 'run npm run fingerprint -- other <text file> (maintainers)' },
  ]);
});

test('a citation without a source is left to the schema pass, not warned about', () => {
  const { problems, warnings } = checkQuotes([entry('a.mdx', [{ quote: 'Zhipu befindet sich in der Zhongguancun-Weststraße' }, { source: 5, quote: 'Zhipu befindet sich in der Zhongguancun-Weststraße' }])], prints);
  assert.deepEqual([problems, warnings], [[], []]);
});

test('asks for the position of the quote itself', () => {
  const asked: string[] = [];
  const quoting: Quoting = { file: 'a.mdx', data: { sources: [{ source: 'article', quote: 'Zhipu befindet sich' }] }, positionOf: (p) => (asked.push(p.join('.')), { line: 3, column: 4 }) };
  assert.deepEqual(checkQuotes([quoting], prints).problems.map((p) => [p.field, p.line, p.column]), [['sources[0].quote', 3, 4]]);
  assert.deepEqual(asked, ['sources.0.quote']);
});
