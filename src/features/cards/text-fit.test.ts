// The measured layout of cards: with the real card fonts, no line of any text leaves its
// column, long words are hyphenated at syllable breaks (German patterns), nothing is lost.
// Widths come from the fonts' advance widths (fontkit), not from the layout's own estimate.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadCardFonts } from './fonts.ts';
import { typesetter } from './render.ts';
import { cardText, textColumn, type CardContext } from './layout.ts';
import { breakWord, wrap, ESTIMATE, fitOneLine } from './text-fit.ts';
import { hyphenator } from './hyphenation.ts';

const fonts = loadCardFonts();
const set = typesetter(fonts, 'de');
const LONG = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft'; // 80 letters
const context: CardContext = { siteName: 'Haidian Innovation Atlas', host: 'example.org', footer: 'KI-Ökosystem Haidian · 海淀', lang: 'de' };
const located: CardContext = { ...context, locator: '<svg/>', locatorCaption: 'Lage in Haidian' };

/** Joins wrapped lines back into the words they came from (a hyphen at a line end was added at a break). */
const unwrap = (lines: string[]) => lines.reduce((text, line) => (text.endsWith('-') && !/-$/.test(LONG) ? text.slice(0, -1) + line : text ? `${text} ${line}` : line), '');

describe('hyphenation', () => {
  test('German patterns break a compound at its syllables', () => {
    assert.deepEqual(hyphenator('de')('Wissenschaftspark'), ['Wis', 'sen', 'schafts', 'park']);
  });
  test('a word shorter than five letters is not broken', () => {
    assert.deepEqual(hyphenator('de')('Haus'), ['Haus']);
  });
});

describe('the measured layout', () => {
  for (const [name, ctx] of [['without locator', context], ['beside the locator', located]] as const) {
    test(`an 80-letter word in the title and summary stays in its column (${name})`, () => {
      const width = textColumn(ctx);
      const fitted = cardText({ title: `Hostile ${LONG} Gesellschaft`, badge: 'Unternehmen', summary: `Ein Satz mit ${LONG} darin, und danach noch einige Wörter.` }, ctx, set);
      for (const line of fitted.title.lines) assert.ok(fonts.measure(line, fitted.title.fontSize, true) <= width, `title line "${line}" is ${fonts.measure(line, fitted.title.fontSize, true).toFixed(0)} px, the column ${width} px`);
      for (const line of fitted.summary.lines) assert.ok(fonts.measure(line, fitted.summary.fontSize, false) <= width, `summary line "${line}"`);
      assert.equal(unwrap(fitted.title.lines), `Hostile ${LONG} Gesellschaft`, 'no letter of the title is lost');
    });
  }

  test('the breaks fall at syllables, each marked with a hyphen', () => {
    const pieces = breakWord(LONG, 48, 400, true, set);
    assert.ok(pieces.length > 2);
    for (const piece of pieces.slice(0, -1)) assert.match(piece, /-$/);
    const syllables = hyphenator('de')(LONG);
    let joined = '';
    for (const piece of pieces) {
      joined += piece.replace(/-$/, '');
      // Every break is between two syllables: the text so far ends at a syllable boundary.
      if (piece.endsWith('-')) assert.ok(syllables.some((_, i) => syllables.slice(0, i + 1).join('') === joined), `break inside a syllable after "${joined}"`);
    }
    assert.equal(joined, LONG);
  });

  test('a syllable wider than the line is broken between characters, still within the width', () => {
    const pieces = breakWord('Mmmmmmmmmmmmmmmmmmmmmmmm', 40, 120, true, { ...set, hyphenate: (w) => [w] });
    for (const piece of pieces) assert.ok(fonts.measure(piece, 40, true) <= 120, piece);
    assert.equal(pieces.map((p) => p.replace(/-$/, '')).join(''), 'Mmmmmmmmmmmmmmmmmmmmmmmm');
  });

  test('an existing hyphen is a break too, without a second hyphen', () => {
    assert.deepEqual(wrap('Tsinghua-Universität', 40, 260, false, { ...ESTIMATE, hyphenate: (w) => [w] }), ['Tsinghua-', 'Universität']);
  });

  test('a one-line text too long even at the smallest size is cut with an ellipsis, within the width', () => {
    const fitted = fitOneLine(`im Artikel: ${LONG}${LONG}`, 26, 300, false, set);
    assert.equal(fitted.fontSize, 12);
    assert.match(fitted.text, /…$/);
    assert.ok(fonts.measure(fitted.text, 12, false) <= 300);
  });

  test('the real measure is the font’s, not the estimate: "iii" is narrower than "WWW"', () => {
    assert.ok(fonts.measure('iii', 40, false) < fonts.measure('WWW', 40, false) / 2);
    assert.ok(Math.abs(fonts.measure('智谱', 40, false) - 80) < 1, 'a Chinese character is one em wide');
  });
});
