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
