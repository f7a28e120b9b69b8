// Unit tests for tags.ts: the URL segment of a tag in any script — Latin letters the German way, Chinese
// as pinyin syllables, anything else as u+hex code points — never empty for a tag with letters.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { tagSlug } from './tags.ts';

describe('Latin tags', () => {
  test('are lowercased, with words joined by single hyphens', () => {
    assert.equal(tagSlug('Large Models'), 'large-models');
    assert.equal(tagSlug('Large  Models'), 'large-models');
    assert.equal(tagSlug('large models'), 'large-models');
    assert.equal(tagSlug('3D'), '3d');
  });

  test('write umlauts and ß the German way', () => {
    assert.equal(tagSlug('Künstliche Intelligenz'), 'kuenstliche-intelligenz');
    assert.equal(tagSlug('Ölförderung'), 'oelfoerderung');
    assert.equal(tagSlug('Straße'), 'strasse');
    assert.equal(tagSlug('Ä'), 'ae');
  });

  test('write decomposed umlauts (as macOS saves them) like composed ones', () => {
    assert.equal(tagSlug('Fo\u0308rderpolitik'), 'foerderpolitik');
    assert.equal(tagSlug('F\u00f6rderpolitik'), 'foerderpolitik');
  });

  test('drop other accents, also in pinyin with tone marks', () => {
    assert.equal(tagSlug('Café'), 'cafe');
    assert.equal(tagSlug('À la carte'), 'a-la-carte');
    assert.equal(tagSlug('Zhìpǔ'), 'zhipu');
  });

  test('split words at spaces, hyphens, underscores, slashes, dots and quotation marks', () => {
    assert.equal(tagSlug('Large-Models'), 'large-models');
    assert.equal(tagSlug('large_models'), 'large-models');
    assert.equal(tagSlug('a/b'), 'a-b');
    assert.equal(tagSlug('k.i.'), 'k-i');
    assert.equal(tagSlug('„KI“'), 'ki');
    assert.equal(tagSlug('"Quote"'), 'quote');
    assert.equal(tagSlug('x — y'), 'x-y');
  });

  test('read full-width letters as ASCII', () => {
    assert.equal(tagSlug('ＡＩ'), 'ai');
  });
});

describe('Chinese tags', () => {
  test('become pinyin without tones, one syllable per word', () => {
    assert.equal(tagSlug('人工智能'), 'ren-gong-zhi-neng');
    assert.equal(tagSlug('中关村'), 'zhong-guan-cun');
  });

  test('write ü as v', () => {
    assert.equal(tagSlug('女性'), 'nv-xing');
    assert.equal(tagSlug('绿色'), 'lv-se');
  });

  test('keep Latin words and digits next to the Chinese as their own words', () => {
    assert.equal(tagSlug('KI 人工智能'), 'ki-ren-gong-zhi-neng');
    assert.equal(tagSlug('AI人工智能2025'), 'ai-ren-gong-zhi-neng-2025');
    assert.equal(tagSlug('中关村 Zhongguancun'), 'zhong-guan-cun-zhongguancun');
  });
});

describe('other scripts and symbols', () => {
  test('become u and the code point in hex, one word per character', () => {
    assert.equal(tagSlug('Ж'), 'u416');
    assert.equal(tagSlug('Жук'), 'u416-u443-u43a');
    assert.equal(tagSlug('🤖'), 'u1f916');
    assert.equal(tagSlug('한국'), 'ud55c-uad6d');
  });

  test('keep the Latin part of a mixed word next to the code points', () => {
    assert.equal(tagSlug('α-Test'), 'u3b1-test');
    assert.equal(tagSlug('C++'), 'c-u2b-u2b');
  });

  test('give different tags of one script different segments', () => {
    assert.equal(tagSlug('ไท'), 'ue44-ue17');
    assert.equal(tagSlug('ไทย'), 'ue44-ue17-ue22');
  });

  test('keep the vowel signs of other scripts, so two words never share a segment', () => {
    assert.equal(tagSlug('ह'), 'u939');
    assert.equal(tagSlug('हि'), 'u939-u93f');
  });

  test('keep the order of Latin letters and other characters within a word', () => {
    assert.equal(tagSlug('Testα'), 'test-u3b1');
    assert.equal(tagSlug('αTest'), 'u3b1-test');
  });

  test('keep digits of other scripts', () => {
    assert.notEqual(tagSlug('٢٠٢٥'), '');
  });
});

describe('never empty for a tag with letters', () => {
  test('every tag with a letter or a digit gets a non-empty segment of lowercase ASCII words', () => {
    for (const tag of ['Künstliche Intelligenz', '人工智能', 'Ж', '🤖', 'ＡＩ', '①', 'ß', 'Ǆ', 'ﬁ', 'İ', 'العربية', '3D']) {
      const slug = tagSlug(tag);
      assert.match(slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${tag} → "${slug}"`);
    }
  });

  test('is empty only for punctuation and space, which the tag check reports', () => {
    for (const tag of ['', '  ', '!!!', '#', '—']) assert.equal(tagSlug(tag), '', JSON.stringify(tag));
  });
});
