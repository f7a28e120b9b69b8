// Unit tests for cjk.ts: detecting Chinese and splitting German text into Chinese and non-Chinese runs.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { hasCjk, splitCjk } from './cjk.ts';

describe('hasCjk', () => {
  test('is true when the text contains a Han character', () => {
    assert.equal(hasCjk('智谱'), true);
    assert.equal(hasCjk('Zhipu (智谱)'), true);
  });

  test('is false for German, pinyin and CJK punctuation alone', () => {
    assert.equal(hasCjk('Künstliche Intelligenz'), false);
    assert.equal(hasCjk('Zhìpǔ Huázhāng'), false);
    assert.equal(hasCjk('《》，'), false);
    assert.equal(hasCjk(''), false);
  });
});

describe('splitCjk', () => {
  const join = (text: string) => splitCjk(text).map((s) => s.text).join('');

  test('marks a Chinese run inside German text', () => {
    assert.deepEqual(splitCjk('Der Kurzname 智谱 steht für'), [
      { text: 'Der Kurzname ', zh: false },
      { text: '智谱', zh: true },
      { text: ' steht für', zh: false },
    ]);
  });

  test('keeps CJK punctuation and spaces between Han characters inside the run', () => {
    assert.deepEqual(splitCjk('Titel 《创业大街，又热闹起来了》 und'), [
      { text: 'Titel ', zh: false },
      { text: '《创业大街，又热闹起来了》', zh: true },
      { text: ' und', zh: false },
    ]);
    assert.deepEqual(splitCjk('(智谱 华章)'), [
      { text: '(', zh: false },
      { text: '智谱 华章', zh: true },
      { text: ')', zh: false },
    ]);
  });

  test('does not pull a trailing space or ASCII punctuation into the run', () => {
    assert.deepEqual(splitCjk('清华园, Peking'), [
      { text: '清华园', zh: true },
      { text: ', Peking', zh: false },
    ]);
  });

  test('does not mark CJK punctuation without Han characters as Chinese', () => {
    assert.deepEqual(splitCjk('a「b」c'), [{ text: 'a「b」c', zh: false }]);
  });

  test('returns one segment for all-Chinese or all-German text and none for empty text', () => {
    assert.deepEqual(splitCjk('智谱华章'), [{ text: '智谱华章', zh: true }]);
    assert.deepEqual(splitCjk('Zhìpǔ'), [{ text: 'Zhìpǔ', zh: false }]);
    assert.deepEqual(splitCjk(''), []);
  });

  test('finds several runs', () => {
    const segments = splitCjk('智谱 (Zhipu) und 清华 (Tsinghua)');
    assert.deepEqual(segments.filter((s) => s.zh).map((s) => s.text), ['智谱', '清华']);
  });

  test('gives the input back when the segments are joined', () => {
    for (const text of ['Der Titel 《创业大街，又热闹起来了》 ist', 'a「b」c', '北京市海淀区 中关村东路', 'x 智 y 谱 z', '智谱AI']) {
      assert.equal(join(text), text);
    }
  });

  test('can be called repeatedly (no leftover regex state)', () => {
    assert.equal(splitCjk('a 智谱 b').length, 3);
    assert.equal(splitCjk('a 智谱 b').length, 3);
  });
});
