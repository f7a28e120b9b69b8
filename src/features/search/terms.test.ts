// Unit tests for terms.ts: the extra words that make Chinese, pinyin and umlaut-free queries work.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cjkSuffixes, isPresent, searchTerms, stripTones, TERMS_SEPARATOR, umlautVariants, wordsOf } from './terms.ts';

describe('cjkSuffixes', () => {
  test('lists every suffix of a Chinese name, longest first, so every substring is a prefix of one', () => {
    assert.deepEqual(cjkSuffixes('智谱华章'), ['智谱华章', '谱华章', '华章', '章']);
  });

  test('finds words inside longer Chinese text', () => {
    const suffixes = cjkSuffixes('北京月之暗面科技有限公司');
    assert.equal(suffixes.length, 12);
    assert.ok(suffixes.includes('月之暗面科技有限公司'));
    assert.ok(suffixes.includes('科技有限公司'));
  });

  test('treats runs separately and ignores Latin text, digits and punctuation', () => {
    assert.deepEqual(cjkSuffixes('知春路76号 JD'), ['知春路', '春路', '路', '号']);
    assert.deepEqual(cjkSuffixes('北京，海淀'), ['北京', '京', '海淀', '淀']);
    assert.deepEqual(cjkSuffixes('Zhipu AI'), []);
    assert.deepEqual(cjkSuffixes(''), []);
  });

  test('lists a suffix once even when it occurs twice', () => {
    assert.deepEqual(cjkSuffixes('清华清华'), ['清华清华', '华清华', '清华', '华']);
  });
});

describe('stripTones', () => {
  test('removes tone marks', () => {
    assert.deepEqual(stripTones('Zhìpǔ Huázhāng'), ['Zhipu Huazhang']);
    assert.deepEqual(stripTones('Qīnghuá Dàxué'), ['Qinghua Daxue']);
  });

  test('offers u and v for ü, with or without a tone', () => {
    assert.deepEqual(stripTones('Lǚ'), ['Lu', 'Lv']);
    assert.deepEqual(stripTones('Lü Nǖ'), ['Lu Nu', 'Lv Nv']);
    assert.deepEqual(stripTones('Ǘ'), ['U', 'V']);
  });

  test('leaves pinyin without tones as it is, once', () => {
    assert.deepEqual(stripTones('Zhipu'), ['Zhipu']);
  });
});

describe('umlautVariants', () => {
  test('gives the ae and the plain spelling', () => {
    assert.deepEqual(umlautVariants('Tsinghua-Universität'), ['Tsinghua-Universitaet', 'Tsinghua-Universitat']);
    assert.deepEqual(umlautVariants('Gründerstraße'), ['Gruenderstrasse', 'Grunderstrasse']);
    assert.deepEqual(umlautVariants('Öl und Übung'), ['Oel und Uebung', 'Ol und Ubung']);
    assert.deepEqual(umlautVariants('Köln'), ['Koeln', 'Koln']);
    assert.deepEqual(umlautVariants('Ärger'), ['Aerger', 'Arger']);
  });

  test('gives one spelling when both are the same', () => {
    assert.deepEqual(umlautVariants('Straße'), ['Strasse']);
  });

  test('is empty for text without umlauts or ß', () => {
    assert.deepEqual(umlautVariants('Zhipu'), []);
    assert.deepEqual(umlautVariants('Café'), []);
  });
});

describe('wordsOf and isPresent', () => {
  const text = 'Zhipu Huazhang ist ein Unternehmen aus 北京. Zhipu-AI';
  const words = wordsOf(text);

  test('words are runs of letters and digits', () => {
    assert.deepEqual([...words], ['Zhipu', 'Huazhang', 'ist', 'ein', 'Unternehmen', 'aus', '北京', 'AI']);
    assert.equal(wordsOf('').size, 0);
  });

  test('a word is present only as a whole word', () => {
    assert.equal(isPresent('Zhipu', words, text), true);
    assert.equal(isPresent('Zhip', words, text), false);
    assert.equal(isPresent('Unternehmens', words, text), false);
  });

  test('a phrase is present only with its words together, in order', () => {
    assert.equal(isPresent('Zhipu Huazhang', words, text), true);
    assert.equal(isPresent('Huazhang Zhipu', words, text), false);
    assert.equal(isPresent('Zhipu ist', words, text), false);
  });

  test('a phrase inside a longer word does not count, a later whole occurrence does', () => {
    const t = 'Zhipu-AIs und Zhipu-AI.';
    assert.equal(isPresent('Zhipu-AI', wordsOf(t), t), true);
    const only = 'XZhipu-AI';
    assert.equal(isPresent('Zhipu-AI', wordsOf(only), only), false);
  });

  test('a single word counts by its letters, whatever punctuation the candidate has around it', () => {
    assert.equal(isPresent('„Zhipu“', words, text), true);
    assert.equal(isPresent('Zhipu.', words, text), true);
  });

  test('a phrase whose words all occur, but together only inside longer words, does not count', () => {
    const before = 'Zhipu und AI; XZhipu-AI';
    assert.equal(isPresent('Zhipu-AI', wordsOf(before), before), false);
    const after = 'Zhipu und AI; Zhipu-AIs';
    assert.equal(isPresent('Zhipu-AI', wordsOf(after), after), false);
    const both = 'Zhipu und AI; XZhipu-AIs';
    assert.equal(isPresent('Zhipu-AI', wordsOf(both), both), false);
  });

  test('a candidate without letters or digits counts as present', () => {
    assert.equal(isPresent(' · ', words, text), true);
  });
});

describe('searchTerms', () => {
  test('combines names, umlaut spellings, pinyin with and without spaces and Chinese suffixes without duplicates', () => {
    const words = searchTerms({ names: ['Tsinghua-Universität', 'Tsinghua University'], name_zh: '清华大学', pinyin: 'Qīnghuá Dàxué' });
    assert.deepEqual(words, [
      'Tsinghua-Universität',
      'Tsinghua University',
      'Tsinghua-Universitaet',
      'Tsinghua-Universitat',
      'Qinghua Daxue',
      'QinghuaDaxue',
      '清华大学',
      '华大学',
      '大学',
      '学',
    ]);
  });

  test('includes every suffix of other Chinese text of the entry', () => {
    const words = searchTerms({ names: ['X'], otherChinese: ['京东科技大厦', '中关村'] });
    assert.deepEqual(words, ['X', '京东科技大厦', '东科技大厦', '科技大厦', '技大厦', '大厦', '厦', '中关村', '关村', '村']);
  });

  test('leaves out words the page text already has as whole words, but always keeps the names', () => {
    const words = searchTerms({ names: ['Zhipu'], name_zh: '智谱华章', pinyin: 'Zhìpǔ Huázhāng' }, 'Zhipu ist ein Unternehmen. 智谱华章 Zhipu Huazhang');
    assert.deepEqual(words, ['Zhipu', 'ZhipuHuazhang', '谱华章', '华章', '章']);
  });

  test('keeps a word that occurs only inside a longer word of the page', () => {
    assert.deepEqual(searchTerms({ names: ['Universität'] }, 'Tsinghua-Universitaeten'), ['Universität', 'Universitaet', 'Universitat']);
  });

  test('trims names and drops empty ones', () => {
    assert.deepEqual(searchTerms({ names: ['  Zhipu ', '', '   '] }), ['Zhipu']);
  });

  test('trims pinyin written with spaces around it', () => {
    assert.deepEqual(searchTerms({ names: ['Tsinghua'], pinyin: ' Qīnghuá ' }), ['Tsinghua', 'Qinghua']);
  });

  test('the separator is a middle dot between spaces', () => {
    assert.equal(TERMS_SEPARATOR, ' · ');
  });
});
