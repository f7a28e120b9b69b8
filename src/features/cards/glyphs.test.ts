// Unit tests for glyphs.ts: characters no card font can draw, and how messages name them.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { codePointLabel, drawable, missingGlyphs } from './glyphs.ts';

const covered = (cp: number) => cp < 0x3000 || (cp >= 0x4e00 && cp <= 0x9fff);

describe('missingGlyphs', () => {
  test('reports each missing character once, in order of first appearance', () => {
    assert.deepEqual(missingGlyphs('Zhipu 𓀀 智谱 😀 𓀀', covered), ['𓀀', '😀']);
  });

  test('is empty when every character is covered', () => {
    assert.deepEqual(missingGlyphs('Zhipu 智谱', covered), []);
    assert.deepEqual(missingGlyphs('', covered), []);
  });

  test('ignores whitespace, variation selectors, zero-width space and joiner', () => {
    const none = () => false;
    assert.deepEqual(missingGlyphs(' \n\t\u3000\ufe0f\ufe00\u200b\u200d', none), []);
  });

  test('ignores every invisible format character (non-joiner, direction marks, soft hyphen), which the card drops', () => {
    assert.deepEqual(missingGlyphs('a\u200cb\u200e\u200f\u00ad', (cp) => cp === 0x61 || cp === 0x62), []);
    assert.equal(drawable('a\u200cb\u200e\u00adc'), 'abc');
  });

  test('still reports a visible character right after an invisible one', () => {
    assert.deepEqual(missingGlyphs('\u200c€', (cp) => cp !== 0x20ac), ['€']);
  });

  test('checks whole code points, not UTF-16 halves', () => {
    const seen: number[] = [];
    missingGlyphs('𓀀', (cp) => (seen.push(cp), true));
    assert.deepEqual(seen, [0x13000]);
  });
});

describe('codePointLabel', () => {
  test('writes U+ and at least four upper-case hex digits', () => {
    assert.equal(codePointLabel('A'), 'U+0041');
    assert.equal(codePointLabel('☃'), 'U+2603');
    assert.equal(codePointLabel('ÿ'), 'U+00FF');
    assert.equal(codePointLabel('𓀀'), 'U+13000');
    assert.equal(codePointLabel('😀'), 'U+1F600');
  });
});
