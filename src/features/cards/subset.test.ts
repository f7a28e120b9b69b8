// Unit tests for subset.ts: the Chinese characters of card texts, and subset fonts that draw a card exactly
// as the full fonts do (the rendered PNG bytes are compared).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCardFonts } from './fonts.ts';
import { renderCard, type CardJob } from './render.ts';
import { chineseCharacters, subsetChineseFonts } from './subset.ts';

const fonts = loadCardFonts();

test('the characters only the Chinese font draws, each once, sorted', () => {
  assert.equal(chineseCharacters(['Zhipu 智谱 Ölwerk – „ß“', '清华 智'], fonts.latin), '智清华谱'.split('').sort().join(''));
  assert.equal(chineseCharacters(['Nur Latein: Ä ö ü ß é – …'], fonts.latin), '');
});

test('no Chinese characters: no subsets', async () => {
  assert.deepEqual(await subsetChineseFonts(fonts, ''), {});
});

test('a card drawn with the subset fonts is byte for byte the card drawn with the full fonts', async () => {
  const job: CardJob = {
    page: '/unternehmen/zhipu/',
    source: 'content/companies/zhipu.mdx',
    input: { title: 'Zhipu', subtitle: 'im Artikel: Zhipu Huazhang', nameZh: '智谱华章', badge: 'Unternehmen', kind: 'Large Models', summary: 'Aus der KEG der Tsinghua-Universität (清华大学) in Haidian.' },
    context: { siteName: 'Haidian Innovation Atlas', host: 'example.org', footer: 'KI-Ökosystem Haidian · 海淀', lang: 'de' },
  };
  const chars = chineseCharacters([JSON.stringify([job.input, job.context])], fonts.latin);
  assert.equal(chars, [...'智谱华章清华大学海淀'].filter((c, i, all) => all.indexOf(c) === i).sort().join(''));
  const subsets = await subsetChineseFonts(fonts, chars);
  assert.equal(Object.keys(subsets).length, 2, 'both weights of the Chinese font');
  for (const data of Object.values(subsets)) assert.ok(data.length < 100_000, `a subset of ${data.length} bytes`);
  const full = await renderCard(job, fonts);
  const subset = await renderCard(job, loadCardFonts(subsets));
  assert.ok(full.equals(subset), 'the same PNG');
});

test('the subset fonts measure Chinese text as the full fonts do, also glyphs past the long metrics of hmtx', async () => {
  // 燊 and ㄧ come after the last full metric record of Noto Sans SC's hmtx table (glyphs 8,247 and 8,219 of 8,248; 8,021 records).
  const text = '智谱燊ㄧ海淀（），';
  const subset = loadCardFonts(await subsetChineseFonts(fonts, chineseCharacters([text], fonts.latin)));
  for (const bold of [false, true]) {
    for (const ch of text) assert.equal(subset.measure(ch, 1000, bold), 1000, `${ch} is one em wide`);
    assert.equal(fonts.measure(text, 40, bold), 40 * [...text].length);
  }
});
