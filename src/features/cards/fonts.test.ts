// Unit tests for fonts.ts: the card fonts from npm, their coverage test and their hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CARD_FONTS } from './layout.ts';
import * as fontkit from 'fontkit';
import { loadCardFonts } from './fonts.ts';

const fonts = loadCardFonts();

test('loads Inter, Inter Ext and Noto Sans SC in regular and bold', () => {
  assert.deepEqual(
    fonts.satori.map((f) => [f.name, f.weight, f.style]),
    [
      [CARD_FONTS.latin, 400, 'normal'],
      [CARD_FONTS.latin, 700, 'normal'],
      [CARD_FONTS.latinExt, 400, 'normal'],
      [CARD_FONTS.latinExt, 700, 'normal'],
      [CARD_FONTS.zh, 400, 'normal'],
      [CARD_FONTS.zh, 700, 'normal'],
    ],
  );
  assert.deepEqual(CARD_FONTS, { latin: 'Inter', latinExt: 'Inter Ext', zh: 'Noto Sans SC' });
  for (const font of fonts.satori) assert.equal(font.data.subarray(0, 4).toString('latin1'), 'wOFF', font.name);
});

test('covers Latin, German and Polish letters, typographic punctuation and simplified Chinese', () => {
  for (const ch of ['A', 'z', 'ä', 'ß', 'Ł', 'ó', '€', '–', '…', '„', '“', '·', '智', '谱', '海', '（', '，']) assert.equal(fonts.covered(ch.codePointAt(0)!), true, ch);
});

test('does not cover Cyrillic, emoji, symbols or hieroglyphs', () => {
  for (const ch of ['Ж', '😀', '☃', '𓀀']) assert.equal(fonts.covered(ch.codePointAt(0)!), false, ch);
});

test('loads once per process, with a SHA-256 hash of the font files', () => {
  assert.equal(loadCardFonts(), fonts);
  assert.match(fonts.hash, /^[0-9a-f]{64}$/);
});

test("measures with the advance widths fontkit's glyphs report, in regular and bold, for Latin, Latin Extended and Chinese", () => {
  // 燊 and ㄧ are past the 8,021 long metric records of Noto Sans SC's hmtx (they take the last one's advance).
  const sample = 'AVWaiz09 ,.;:!?–—…„“‚‘«»()&%€äöüßÄÖÜŁłóśżČřěő·智谱华章海淀北京（），。燊ㄧ';
  for (const bold of [false, true]) {
    const faces = fonts.satori.filter((f) => f.weight === (bold ? 700 : 400)).map((f) => fontkit.create(f.data) as fontkit.Font);
    for (const ch of sample) {
      const cp = ch.codePointAt(0)!;
      const face = faces.find((f) => f.hasGlyphForCodePoint(cp))!;
      const expected = (face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm) * 1000;
      assert.ok(expected > 0, `${ch} has a width`);
      assert.equal(fonts.measure(ch, 1000, bold), expected, `${ch} ${bold ? 'bold' : 'regular'}`);
    }
  }
  assert.equal(fonts.measure('AV', 10, false), fonts.measure('A', 10, false) + fonts.measure('V', 10, false));
});
