// Unit tests for fingerprint.ts: words, hashes, and finding quotes in a fingerprint of a hand-written text.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { findQuote, fingerprintOf, gramHash, wordsOf } from './fingerprint.ts';

const TEXT = [
  'Die Gründerstraße ist wieder lebhaft geworden.',
  '',
  'In Haidian sitzen 37 Hochschulen, darunter alle „985“-Hochschulen der Stadt, und viele Labore.',
  'Das KEG-Labor der Tsinghua-Universität wurde 1996 gegründet, sagt der Text.',
].join('\n');
const print = fingerprintOf('text', TEXT, 'salz', 'test');

describe('wordsOf', () => {
  test('runs of letters and digits; punctuation, quotation marks and hyphens separate', () => {
    assert.deepEqual(wordsOf('„985“-Hochschulen, KEG-Labor: 1.100 Terabyte'), ['985', 'Hochschulen', 'KEG', 'Labor', '1', '100', 'Terabyte']);
  });
  test('decomposed umlauts count as the composed ones', () => {
    assert.deepEqual(wordsOf('Gru\u0308nderstraße'), ['Gründerstraße']);
  });
});

describe('fingerprintOf', () => {
  test('one list of hashes per non-empty line, one hash per run of three words', () => {
    // 6, 14 and 12 words: 4, 12 and 10 runs.
    assert.deepEqual(print.paragraphs.map((p) => p.length), [4, 12, 10]);
  });
  test('a hash is the first 10 hex digits of SHA-256 over salt, NUL and the words joined by spaces', () => {
    const expected = createHash('sha256').update('salz\u0000Die Gründerstraße ist').digest('hex').slice(0, 10);
    assert.equal(print.paragraphs[0]![0], expected);
    assert.equal(gramHash(['Die', 'Gründerstraße', 'ist'], 'salz'), expected);
  });
  test('the text cannot be read from the fingerprint: no word appears in it', () => {
    const json = JSON.stringify(print.paragraphs);
    for (const word of wordsOf(TEXT).filter((w) => w.length > 3)) assert.ok(!json.includes(word), word);
  });
});

describe('findQuote', () => {
  test('a verbatim quote is found at its paragraph and word, whatever its quotation marks', () => {
    assert.deepEqual(findQuote('darunter alle "985"-Hochschulen der Stadt', print), { verbatim: true, paragraph: 2, word: 6, matched: 4, runs: 4, differing: [] });
  });
  test('one word changed: the closest passage and the word that differs', () => {
    // 9 words, 7 runs; "Peking" (word 5) is in runs 3 to 5, which fail; runs 1, 2, 6 and 7 match.
    assert.deepEqual(findQuote('Das KEG-Labor der Peking-Universität wurde 1996 gegründet', print), {
      verbatim: false,
      paragraph: 3,
      word: 1,
      matched: 4,
      runs: 7,
      differing: ['Peking'],
    });
  });
  test('a changed number is a changed word', () => {
    const match = findQuote('In Haidian sitzen 38 Hochschulen, darunter alle', print)!;
    assert.equal(match.verbatim, false);
    assert.deepEqual([match.paragraph, match.word, match.differing], [2, 1, ['38']]);
  });
  test('a dropped word breaks the runs around it', () => {
    const match = findQuote('In Haidian sitzen Hochschulen, darunter alle 985', print)!;
    assert.equal(match.verbatim, false);
    assert.equal(match.paragraph, 2);
  });
  test('words from nowhere in the text: no passage', () => {
    assert.deepEqual(findQuote('Ganz andere Wörter stehen hier drin', print), { verbatim: false, matched: 0, runs: 4, differing: [] });
  });
  test('case counts', () => {
    assert.equal(findQuote('die gründerstraße ist wieder lebhaft geworden', print)!.verbatim, false);
  });
  test('fewer than six words cannot be checked (a changed word could not be located)', () => {
    assert.equal(findQuote('Die Gründerstraße ist wieder lebhaft', print), undefined);
  });
});
