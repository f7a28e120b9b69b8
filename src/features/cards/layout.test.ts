// Unit tests for layout.ts: width estimates, text fitting, the locator and the card's element tree.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { HAIDIAN_RING } from '../../atlas/model/haidian.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardStrings, cardTree, charWidth, clampLines, fitOneLine, fitTitle, locatorSvg, projectRing, textWidth, wrap, type CardContext, type CardInput } from './layout.ts';

const LONG = 'Mehrere Maßnahmen zur Beschleunigung der Innovation und Entwicklung der Künstlichen Intelligenz in der Zhongguancun Science City';
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describe('width estimates', () => {
  test('each character class has its width in em', () => {
    assert.equal(charWidth('智'), 1);
    assert.equal(charWidth('（'), 1, 'full-width punctuation');
    assert.equal(charWidth('。'), 1, 'CJK punctuation');
    assert.equal(charWidth(' '), 0.28);
    for (const ch of ['i', 'l', '.', ',', ':', ';', "'", '!', '|', '·']) assert.equal(charWidth(ch), 0.3, ch);
    for (const ch of ['m', 'w', 'M', 'W']) assert.equal(charWidth(ch), 0.9, ch);
    for (const ch of ['A', 'Z', 'Ä', 'Ö', 'Ü']) assert.equal(charWidth(ch), 0.7, ch);
    for (const ch of ['0', '5', '9']) assert.equal(charWidth(ch), 0.62, ch);
    for (const ch of ['a', 'z', 'ä', 'ß', '-']) assert.equal(charWidth(ch), 0.57, ch);
  });

  test('a text is the sum of its characters times the font size, bold 4 % wider', () => {
    close(textWidth('Zhipu', 10), 27.1);
    close(textWidth('Zhipu', 10, true), 28.184);
    close(textWidth('智谱 AI', 20), 20 * (1 + 1 + 0.28 + 0.7 + 0.7));
    assert.equal(textWidth('', 40), 0);
  });
});

describe('wrap', () => {
  test('breaks at spaces when the next word would overflow', () => {
    assert.deepEqual(wrap('aa bb', 10, 12), ['aa', 'bb']);
    assert.deepEqual(wrap('aa bb', 10, 26), ['aa bb']);
  });

  test('keeps every line within the width and loses no word', () => {
    const lines = wrap(LONG, 48, 800, true);
    assert.ok(lines.length > 1);
    for (const line of lines) assert.ok(textWidth(line, 48, true) <= 800, line);
    assert.equal(lines.join(' '), LONG);
  });

  test('breaks Chinese between characters', () => {
    const text = '关于加快中关村科学城人工智能创新发展的若干措施';
    const lines = wrap(text, 40, 400);
    assert.deepEqual(lines.map((l) => [...l].length), [10, 10, 3]);
    assert.equal(lines.join(''), text);
  });

  test('a word longer than the line is broken into pieces that fit, each but the last ending in a hyphen', () => {
    // Without hyphenation patterns (the estimate), between characters: 5.7 px per letter at 10 px, 30 px per line.
    const lines = wrap('a Donaudampfschifffahrt b', 10, 30);
    assert.deepEqual(lines, ['a', 'Dona-', 'uda-', 'mpf-', 'schi-', 'fffa-', 'hrt b']);
    for (const line of lines) assert.ok(textWidth(line, 10) <= 30, line);
  });

  test('drops repeated and trailing spaces at the breaks', () => {
    assert.deepEqual(wrap('aa   bb  ', 10, 12), ['aa', 'bb']);
    assert.deepEqual(wrap('   ', 10, 100), []);
    assert.deepEqual(wrap('', 10, 100), []);
  });

  test(
    'leading spaces never make an empty first line',
    () => {
      assert.deepEqual(wrap('  aa   bb  ', 10, 12), ['aa', 'bb']);
    },
  );
});

describe('fitTitle', () => {
  test('short titles stay at the largest size', () => {
    assert.deepEqual(fitTitle('Zhipu', 800), { fontSize: 76, lines: ['Zhipu'] });
  });

  test('never starts above maxSize', () => {
    assert.deepEqual(fitTitle('Zhipu', 800, 48), { fontSize: 48, lines: ['Zhipu'] });
    assert.equal(fitTitle('Zhipu', 800, 50).fontSize, 48);
  });

  test('long titles shrink but fit in their lines', () => {
    const long = fitTitle(LONG, 1072);
    assert.ok(long.fontSize < 76);
    assert.ok(long.lines.length <= 4);
    for (const line of long.lines) assert.ok(textWidth(line, long.fontSize, true) <= 1072);
    assert.equal(long.lines.join(' '), LONG);
  });

  test('a title that fits nowhere gets the smallest size, wrapped into as many lines as it needs, each within the width', () => {
    const huge = fitTitle(`${LONG} ${LONG} ${LONG}`, 600);
    assert.equal(huge.fontSize, 24);
    assert.ok(huge.lines.length > 6);
    for (const line of huge.lines) assert.ok(textWidth(line, 24, true) <= 600, line);
  });
});

describe('clampLines', () => {
  const summary = 'Large-Model-Unicorn aus der Knowledge Engineering Group der Tsinghua-Universität, ansässig an der Zhongguancun-Oststraße; Entwickler der GLM-Modelle und erstes chinesisches Large-Model-Unternehmen auf dem Weg an die Börse.';

  test('ends a cut text with an ellipsis at a word boundary, within the width', () => {
    const lines = clampLines(summary, 27, 700, 3);
    assert.equal(lines.length, 3);
    assert.match(lines[2]!, / …$/);
    assert.doesNotMatch(lines[2]!, /[,;:–-] …$/, 'no punctuation before the ellipsis');
    for (const line of lines) assert.ok(textWidth(line, 27) <= 700, line);
    assert.ok(summary.startsWith(lines.join(' ').replace(/ …$/, '')), 'the kept lines are the start of the text');
  });

  test('leaves a text that fits alone', () => {
    assert.deepEqual(clampLines('Kurz.', 27, 700, 3), ['Kurz.']);
    const all = clampLines(summary, 27, 700, 10);
    assert.ok(all.length > 3 && all.length < 10);
    assert.equal(all.join(' '), summary);
    assert.doesNotMatch(all.at(-1)!, /…$/);
  });

  test('removes trailing punctuation before the ellipsis', () => {
    assert.deepEqual(clampLines('aa, bb cc', 10, 26, 1), ['aa …']);
  });
});

describe('fitOneLine', () => {
  test('keeps the largest size when the text fits', () => {
    assert.deepEqual(fitOneLine('Zhipu', 40, 1000), { fontSize: 40, text: 'Zhipu' });
  });

  test('shrinks in proportion to the overflow', () => {
    // "mmmmmmmmmm" is 10 × 0.9 em = 360 px at 40 px: 200 px allow 22 px.
    assert.deepEqual(fitOneLine('mmmmmmmmmm', 40, 200), { fontSize: 22, text: 'mmmmmmmmmm' });
  });

  test('never goes below 12 px, and cuts what still does not fit with an ellipsis', () => {
    // At 12 px an "m" is 10.8 px: 60 px hold four of them and the ellipsis (0.57 em = 6.84 px).
    assert.deepEqual(fitOneLine('mmmmmmmmmm', 40, 60), { fontSize: 12, text: 'mmmm…' });
  });

  test('shrinks a long Chinese name to the width', () => {
    const name = '关于加快中关村科学城人工智能（大模型）创新发展的若干措施';
    const fitted = fitOneLine(name, 40, 800);
    assert.ok(fitted.fontSize < 40);
    assert.equal(fitted.text, name);
    assert.ok(textWidth(name, fitted.fontSize) <= 800);
  });
});

describe('locator', () => {
  test('projects Haidian into the box, inside its margin', () => {
    const { point } = projectRing(HAIDIAN_RING, 232);
    for (const [lon, lat] of HAIDIAN_RING) {
      const [x, y] = point(lon, lat);
      assert.ok(x >= 8 - 1e-9 && x <= 224 + 1e-9 && y >= 8 - 1e-9 && y <= 224 + 1e-9, `${x} ${y}`);
    }
  });

  test('north is up and east is right', () => {
    const { point } = projectRing(HAIDIAN_RING, 232);
    assert.ok(point(116.32667, 40.0)[1] < point(116.29199, 39.95866)[1], 'Tsinghua (north) above the government seat (south)');
    assert.ok(point(116.35, 39.98)[0] > point(116.2, 39.98)[0]);
  });

  test('a square ring around the equator fills the box between the margins', () => {
    const square: Array<[number, number]> = [[0, -0.5], [1, -0.5], [1, 0.5], [0, 0.5], [0, -0.5]];
    const { point, path } = projectRing(square, 100, 10);
    assert.deepEqual(point(0, 0.5), [10, 10]);
    assert.deepEqual(point(1, -0.5), [90, 90]);
    assert.deepEqual(point(0.5, 0), [50, 50]);
    assert.equal(path, 'M10.0 90.0L90.0 90.0L90.0 10.0L10.0 10.0L10.0 90.0Z');
  });

  test('a tall ring is scaled by its height and centred horizontally', () => {
    const tall: Array<[number, number]> = [[0, -1], [1, -1], [1, 1], [0, 1], [0, -1]];
    const { point } = projectRing(tall, 100, 10);
    assert.deepEqual(point(0, 1), [30, 10]);
    assert.deepEqual(point(1, -1), [70, 90]);
  });

  test('draws a pin or a dashed ring, in a square SVG of the given size', () => {
    const pin = locatorSvg(HAIDIAN_RING, 116.3, 39.99, false);
    assert.match(pin, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="232" height="232" viewBox="0 0 232 232">/);
    assert.doesNotMatch(pin, /stroke-dasharray/);
    assert.match(pin, /r="9"/);
    const ring = locatorSvg(HAIDIAN_RING, 116.3, 39.99, true, 120);
    assert.match(ring, /width="120" height="120"/);
    assert.match(ring, /stroke-dasharray="5 4"/);
  });
});

describe('card tree', () => {
  const input: CardInput = { title: 'Zhipu', badge: 'Unternehmen', kind: 'Large Models', nameZh: '智谱华章', summary: 'Ein Unternehmen.' };
  const context: CardContext = { siteName: 'Haidian Innovation Atlas', host: 'example.org', footer: 'KI-Ökosystem Haidian · 海淀', lang: 'de' };
  const json = (i: CardInput, c: CardContext) => JSON.stringify(cardTree(i, c));

  test('is a 1200×630 flex column with border-box sizing', () => {
    const tree = cardTree(input, context);
    assert.equal(CARD_WIDTH, 1200);
    assert.equal(CARD_HEIGHT, 630);
    assert.equal(tree.props.style!['width'], 1200);
    assert.equal(tree.props.style!['height'], 630);
    assert.equal(tree.props.style!['boxSizing'], 'border-box');
    assert.equal(tree.props.style!['flexDirection'], 'column');
  });

  test('has a 14 px accent bar along the top edge, and no CSS border anywhere (Satori would clip it)', () => {
    const tree = cardTree(input, context);
    const [bar] = tree.props.children as Array<{ props: { style: Record<string, unknown> } }>;
    assert.deepEqual(bar!.props.style, { display: 'flex', position: 'absolute', top: 0, left: 0, width: 1200, height: 14, background: '#0d5c63' });
    // The content starts below the bar: 64 − 12 px of padding plus the bar's 14 px.
    assert.equal(tree.props.style!['padding'], '66px 64px 40px');
    assert.doesNotMatch(json(input, context), /"border(Top|Right|Bottom|Left)?(Width|Style|Color)?":/);
  });

  test('contains the title, the Chinese name, the badges, the host and the footer', () => {
    const text = json(input, context);
    for (const part of ['"Zhipu"', '"智谱华章"', '"Unternehmen"', '"Large Models"', '"example.org"', '"KI-Ökosystem Haidian · 海淀"', '"Haidian Innovation Atlas"']) assert.ok(text.includes(part), part);
  });

  test('leaves out what is not given: kind, Chinese name, subtitle, value', () => {
    const text = json({ title: 'Zhipu', badge: 'Unternehmen', summary: 'Ein Unternehmen.' }, context);
    assert.ok(!text.includes('Large Models'));
    assert.ok(!text.includes('智谱华章'));
    assert.ok(!text.includes('"fontSize":72'), 'no value line');
  });

  test('a subtitle and a value are drawn, and a value makes the title smaller', () => {
    const withValue = json({ ...input, subtitle: 'im Artikel: Zhipu Huazhang', value: 'über 89 Modelle' }, context);
    assert.ok(withValue.includes('"im Artikel: Zhipu Huazhang"'));
    assert.ok(withValue.includes('"über 89 Modelle"'));
    assert.ok(withValue.includes('"fontSize":72'), 'the value at 72 px');
    assert.ok(withValue.includes('"fontSize":48,"fontWeight":700'), 'the title at most 48 px');
    assert.ok(json(input, context).includes('"fontSize":76,"fontWeight":700'), 'the title at 76 px without a value');
  });

  test('the text keeps the width it was set for, beside a locator with a long caption too', () => {
    // 1,200 px less 2 × 64 px padding: 1,072 px; with a locator, 232 px of it and a 48 px gap leave 792 px for the text.
    const located = cardTree(input, { ...context, locator: '<svg/>', locatorCaption: 'approximate location in Haidian, a caption wider than the map' });
    const body = located.props.children as Array<{ props: { children: Array<{ props: { style: Record<string, unknown> } }> } }>;
    // Children of the card: the top bar, the header, the body, the footer.
    const [textColumn, locatorColumn] = body[2]!.props.children;
    assert.deepEqual([textColumn!.props.style['width'], textColumn!.props.style['flexShrink']], [792, 0]);
    assert.deepEqual([locatorColumn!.props.style['width'], locatorColumn!.props.style['flexShrink']], [232, 0]);
    const plain = (cardTree(input, context).props.children as typeof body)[2]!.props.children;
    assert.equal(plain.length, 1);
    assert.deepEqual([plain[0]!.props.style['width'], plain[0]!.props.style['flexShrink']], [1072, 0]);
  });

  test('every pre-set line is drawn without wrapping: title and summary lines, value, subtitle, Chinese name', () => {
    const tree = json({ ...input, subtitle: 'im Artikel: Zhipu Huazhang', value: 'über 89 Modelle', summary: 'Ein Satz, der auf zwei Zeilen umbricht, weil er länger ist als die Spalte des Textes auf der Karte.' }, context);
    for (const line of ['"Zhipu"', '"über 89 Modelle"', '"im Artikel: Zhipu Huazhang"', '"智谱华章"']) assert.match(tree, new RegExp(`"whiteSpace":"nowrap"\\},"children":${line}`), line);
    assert.equal(tree.match(/"whiteSpace":"nowrap"\},"children":"(Ein Satz|Spalte|[^"]*Karte)/g)?.length, 2, 'both summary lines');
  });

  test('adds the locator image and caption only when given', () => {
    assert.doesNotMatch(json(input, context), /data:image\/svg/);
    const located = json(input, { ...context, locator: '<svg/>', locatorCaption: 'Lage in Haidian' });
    assert.ok(located.includes(`data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`));
    assert.match(located, /Lage in Haidian/);
    assert.doesNotMatch(json(input, { ...context, locator: '<svg/>' }), /Lage in Haidian/);
  });

  test('draws in the colours and fonts of the site: bold dark title, Chinese name in Noto Sans SC and seal red, muted summary', () => {
    const text = json(input, context);
    assert.ok(text.includes('"fontSize":76,"fontWeight":700,"lineHeight":1.12,"color":"#1b2430"'), 'title');
    assert.ok(text.includes('"fontFamily":"Noto Sans SC","color":"#b23a2a"'), 'Chinese name');
    assert.ok(text.includes('"fontSize":27,"lineHeight":1.38,"color":"#5a6472"'), 'summary');
    assert.ok(text.includes('"background":"#0d5c63"'), 'badge and seal in the accent colour');
    assert.ok(text.includes('"fontFamily":"Inter, Inter Ext, Noto Sans SC"'), 'the font stack');
    assert.ok(text.includes('"children":"海"'), 'the seal');
  });

  test('cardStrings lists everything drawn, the fixed characters included', () => {
    const text = cardStrings({ ...input, subtitle: 'im Artikel: X', value: '89 %' }, { ...context, locatorCaption: 'Lage' });
    for (const part of ['Zhipu', '智谱华章', 'Ein Unternehmen.', 'Unternehmen', 'Large Models', 'im Artikel: X', '89 %', 'Haidian Innovation Atlas', 'example.org', 'KI-Ökosystem Haidian · 海淀', 'Lage', '海', '…']) {
      assert.ok(text.includes(part), part);
    }
  });
});
