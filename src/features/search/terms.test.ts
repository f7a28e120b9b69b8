// Unit tests for search-terms.ts: the extra words that make Chinese, pinyin and umlaut-free queries work.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cjkSuffixes, searchTerms, stripTones, umlautVariants } from './search-terms.ts';

describe('cjkSuffixes', () => {
  test('lists every suffix of a Chinese name, so every substring is a prefix of one', () => {
    assert.deepEqual(cjkSuffixes('智谱华章'), ['智谱华章', '谱华章', '华章', '章']);
  });
  test('finds words inside longer Chinese text', () => {
    const suffixes = cjkSuffixes('北京月之暗面科技有限公司');
    assert.ok(suffixes.some((s) => s.startsWith('月之暗面')));
    assert.ok(suffixes.some((s) => s.startsWith('科技')));
  });
  test('treats runs separately and ignores Latin text, digits and punctuation', () => {
    assert.deepEqual(cjkSuffixes('知春路76号 JD'), ['知春路', '春路', '路', '号']);
    assert.deepEqual(cjkSuffixes('Zhipu AI'), []);
  });
});

describe('stripTones', () => {
  test('removes tone marks', () => {
    assert.deepEqual(stripTones('Zhìpǔ Huázhāng'), ['Zhipu Huazhang']);
    assert.deepEqual(stripTones('Qīnghuá Dàxué'), ['Qinghua Daxue']);
  });
  test('offers u and v for ü', () => {
    assert.deepEqual(stripTones('Lǚ'), ['Lu', 'Lv']);
  });
});

describe('umlautVariants', () => {
  test('gives the ae and the plain spelling', () => {
    assert.deepEqual(umlautVariants('Tsinghua-Universität'), ['Tsinghua-Universitaet', 'Tsinghua-Universitat']);
    assert.deepEqual(umlautVariants('Gründerstraße'), ['Gruenderstrasse', 'Grunderstrasse']);
  });
  test('is empty for text without umlauts', () => {
    assert.deepEqual(umlautVariants('Zhipu'), []);
  });
});

describe('searchTerms', () => {
  test('combines all spellings into one line without duplicates', () => {
    const words = searchTerms({ name: 'Tsinghua-Universität', name_en: 'Tsinghua University', name_zh: '清华大学', pinyin: 'Qīnghuá Dàxué' });
    for (const expected of ['Tsinghua-Universitaet', 'Tsinghua University', 'Qinghua Daxue', 'QinghuaDaxue', '清华大学', '华大学', '大学']) {
      assert.ok(words.includes(expected), `missing ${expected} in ${words.join(', ')}`);
    }
    assert.equal(new Set(words).size, words.length);
  });
  test('includes other Chinese text of the entry', () => {
    assert.ok(searchTerms({ name: 'X', otherChinese: ['京东科技大厦'] }).includes('科技大厦'));
  });
  test('leaves out words the page text already has, as whole words', () => {
    const words = searchTerms({ name: 'Zhipu', name_zh: '智谱华章', pinyin: 'Zhìpǔ Huázhāng' }, 'Zhipu ist ein Unternehmen. 智谱华章 Zhipu Huazhang');
    assert.equal(words[0], 'Zhipu', 'the own name is always first');
    assert.equal(words.includes('智谱华章'), false);
    assert.equal(words.includes('Zhipu Huazhang'), false);
    assert.ok(words.includes('华章'));
    assert.ok(words.includes('ZhipuHuazhang'));
  });
  test('keeps a word that occurs only inside a longer word', () => {
    assert.ok(searchTerms({ name: 'Universität' }, 'Tsinghua-Universitaeten').includes('Universitaet'));
  });
});
