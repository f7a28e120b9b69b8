// Unit tests for slug.ts: slug validation, slug suggestions, file-name slugs and its (Latin-only) tag slugs.
// The tag URL rule the site uses is model/tags.ts (tested in tags.test.ts).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isValidSlug, slugFromFileName, suggestSlug } from './slug.ts';
import { tagSlug } from './tags.ts';

describe('isValidSlug', () => {
  test('accepts lowercase ASCII words joined by single hyphens', () => {
    for (const slug of ['zhipu', 'tsinghua-keg', 'press-conference-2023-07', 'a', '360', 'x1-y2']) {
      assert.equal(isValidSlug(slug), true, slug);
    }
  });

  test('rejects uppercase letters', () => {
    assert.equal(isValidSlug('Zhipu'), false);
    assert.equal(isValidSlug('tsinghua-KEG'), false);
  });

  test('rejects umlauts and other non-ASCII letters', () => {
    assert.equal(isValidSlug('börse'), false);
    assert.equal(isValidSlug('strasse-ß'), false);
    assert.equal(isValidSlug('智谱'), false);
  });

  test('rejects double, leading and trailing hyphens', () => {
    assert.equal(isValidSlug('tsinghua--keg'), false);
    assert.equal(isValidSlug('-zhipu'), false);
    assert.equal(isValidSlug('zhipu-'), false);
  });

  test('rejects spaces, underscores, dots and the empty string', () => {
    assert.equal(isValidSlug('zhipu ai'), false);
    assert.equal(isValidSlug(' zhipu'), false);
    assert.equal(isValidSlug('zhipu_ai'), false);
    assert.equal(isValidSlug('zhipu.mdx'), false);
    assert.equal(isValidSlug(''), false);
  });
});

describe('suggestSlug', () => {
  test('transliterates German umlauts and ß the German way', () => {
    assert.equal(suggestSlug('Künstliche Intelligenz'), 'kuenstliche-intelligenz');
    assert.equal(suggestSlug('Zhongguancun-Oststraße'), 'zhongguancun-oststrasse');
    assert.equal(suggestSlug('Ärzte Öl Übung'), 'aerzte-oel-uebung');
    assert.equal(suggestSlug('Tsinghua-Universität Bär'), 'tsinghua-universitaet-baer');
    assert.equal(suggestSlug('schön grün'), 'schoen-gruen');
    assert.equal(suggestSlug('GROẞ'), 'gross');
  });

  test('drops other diacritics instead of transliterating them', () => {
    assert.equal(suggestSlug('Café Crème'), 'cafe-creme');
    assert.equal(suggestSlug('Zhìpǔ Huázhāng'), 'zhipu-huazhang');
    assert.equal(suggestSlug('São Paulo'), 'sao-paulo');
  });

  test('collapses runs of punctuation and spaces into one hyphen and trims the ends', () => {
    assert.equal(suggestSlug('Zhipu AI'), 'zhipu-ai');
    assert.equal(suggestSlug('  --Zhipu   AI!!--  '), 'zhipu-ai');
    assert.equal(suggestSlug('Knowledge Engineering Group (KEG)'), 'knowledge-engineering-group-keg');
    assert.equal(suggestSlug('a_b.c/d'), 'a-b-c-d');
  });

  test('keeps digits', () => {
    assert.equal(suggestSlug('Pressekonferenz 2023/07'), 'pressekonferenz-2023-07');
  });

  test('always yields a valid slug, or the empty string when nothing is left', () => {
    for (const text of ['Zhipu AI', 'Ärzte für Künstliche Intelligenz', 'Café', '(KEG) 2023']) {
      assert.equal(isValidSlug(suggestSlug(text)), true, text);
    }
    assert.equal(suggestSlug('北京'), '');
    assert.equal(suggestSlug('!!!'), '');
  });

  test('leaves an already valid slug unchanged', () => {
    assert.equal(suggestSlug('tsinghua-keg'), 'tsinghua-keg');
  });
});

describe('slugFromFileName', () => {
  test('strips the extension', () => {
    assert.equal(slugFromFileName('zhipu.mdx'), 'zhipu');
    assert.equal(slugFromFileName('haidian-article.yaml'), 'haidian-article');
  });

  test('strips POSIX and Windows directories', () => {
    assert.equal(slugFromFileName('content/companies/zhipu.mdx'), 'zhipu');
    assert.equal(slugFromFileName('content\\sources\\haidian-article.yaml'), 'haidian-article');
  });

  test('removes only the last extension', () => {
    assert.equal(slugFromFileName('a.b.mdx'), 'a.b');
  });

  test('keeps a bad name unchanged so that validation can report it', () => {
    assert.equal(slugFromFileName('content/companies/Zhipu AI.mdx'), 'Zhipu AI');
    assert.equal(slugFromFileName('README'), 'README');
  });
});

describe('tagSlug', () => {
  test('turns a free-text tag into a URL segment', () => {
    assert.equal(tagSlug('Künstliche Intelligenz'), 'kuenstliche-intelligenz');
    assert.equal(tagSlug('Large Models'), 'large-models');
    assert.equal(tagSlug('Börsengang'), 'boersengang');
  });

  test('gives the same segment for tags that differ only in case and spacing', () => {
    assert.equal(tagSlug('Large  Models'), 'large-models');
    assert.equal(tagSlug('large models'), 'large-models');
  });
});
