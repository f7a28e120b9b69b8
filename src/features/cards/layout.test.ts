// Unit tests for the social card layout, paths and glyph check.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { CARD_HEIGHT, CARD_WIDTH, cardText, cardTree, clampLines, fitOneLine, fitTitle, locatorSvg, projectRing, textWidth, wrap } from './card-layout.ts';
import { cardPath } from './card-paths.ts';
import { codePointLabel, missingGlyphs } from './card-glyphs.ts';
import { HAIDIAN_RING } from './haidian.ts';

const LONG = 'Mehrere Maßnahmen zur Beschleunigung der Innovation und Entwicklung der Künstlichen Intelligenz in der Zhongguancun Science City';

describe('text fitting', () => {
  test('Chinese is wider per character than Latin', () => {
    assert.ok(textWidth('智谱', 40) > textWidth('Zh', 40));
  });
  test('wrap keeps every line within the width and loses no word', () => {
    const lines = wrap(LONG, 48, 800, true);
    for (const line of lines) assert.ok(textWidth(line, 48, true) <= 800, line);
    assert.equal(lines.join(' '), LONG);
  });
  test('wrap breaks Chinese between characters', () => {
    const lines = wrap('关于加快中关村科学城人工智能创新发展的若干措施', 40, 400);
    assert.ok(lines.length > 1);
    assert.equal(lines.join(''), '关于加快中关村科学城人工智能创新发展的若干措施');
  });
  test('short titles stay large, long titles shrink but fit in their lines', () => {
    assert.equal(fitTitle('Zhipu', 800).fontSize, 76);
    const long = fitTitle(LONG, 1072);
    assert.ok(long.fontSize < 76);
    assert.ok(long.lines.length <= 4);
    for (const line of long.lines) assert.ok(textWidth(line, long.fontSize, true) <= 1072);
  });
  test('clampLines ends a cut summary with an ellipsis at a word boundary', () => {
    const summary = 'Large-Model-Unicorn aus der Knowledge Engineering Group der Tsinghua-Universität, ansässig an der Zhongguancun-Oststraße; Entwickler der GLM-Modelle und erstes chinesisches Large-Model-Unternehmen auf dem Weg an die Börse.';
    const lines = clampLines(summary, 27, 700, 3);
    assert.equal(lines.length, 3);
    assert.match(lines[2]!, / …$/);
    for (const line of lines) assert.ok(textWidth(line, 27) <= 700);
    assert.deepEqual(clampLines('Kurz.', 27, 700, 3), ['Kurz.']);
  });
  test('fitOneLine shrinks a long Chinese name to the width', () => {
    const size = fitOneLine('关于加快中关村科学城人工智能（大模型）创新发展的若干措施', 40, 800);
    assert.ok(size < 40);
    assert.ok(textWidth('关于加快中关村科学城人工智能（大模型）创新发展的若干措施', size) <= 800);
  });
});

describe('locator', () => {
  test('projects Haidian into the box', () => {
    const { point } = projectRing(HAIDIAN_RING, 232);
    for (const [lon, lat] of HAIDIAN_RING) {
      const [x, y] = point(lon, lat);
      assert.ok(x >= 0 && x <= 232 && y >= 0 && y <= 232);
    }
  });
  test('north is up: Tsinghua (north) is above the government seat (south)', () => {
    const { point } = projectRing(HAIDIAN_RING, 232);
    assert.ok(point(116.32667, 40.0)[1] < point(116.29199, 39.95866)[1]);
  });
  test('draws a pin or a dashed ring', () => {
    assert.doesNotMatch(locatorSvg(HAIDIAN_RING, 116.3, 39.99, false), /stroke-dasharray/);
    assert.match(locatorSvg(HAIDIAN_RING, 116.3, 39.99, true), /stroke-dasharray/);
  });
});

describe('card tree', () => {
  const input = { title: 'Zhipu', badge: 'Unternehmen', kind: 'Large Models', nameZh: '智谱华章', summary: 'Ein Unternehmen.' };
  const context = { siteName: 'Haidian Innovation Atlas', host: 'example.org' };
  test('is a 1200×630 flex column with border-box sizing', () => {
    const tree = cardTree(input, context);
    assert.equal(tree.props.style!['width'], CARD_WIDTH);
    assert.equal(tree.props.style!['height'], CARD_HEIGHT);
    assert.equal(tree.props.style!['boxSizing'], 'border-box');
  });
  test('contains the title, the Chinese name and the badges', () => {
    const json = JSON.stringify(cardTree(input, context));
    for (const text of ['Zhipu', '智谱华章', 'Unternehmen', 'Large Models', 'example.org']) assert.ok(json.includes(text), text);
  });
  test('adds the locator image and caption only when given', () => {
    assert.doesNotMatch(JSON.stringify(cardTree(input, context)), /data:image\/svg/);
    const located = JSON.stringify(cardTree(input, { ...context, locator: '<svg/>', locatorCaption: 'Lage in Haidian' }));
    assert.match(located, /data:image\/svg\+xml;base64/);
    assert.match(located, /Lage in Haidian/);
  });
  test('cardText lists everything drawn', () => {
    const text = cardText(input, { ...context, locatorCaption: 'Lage' });
    for (const part of ['Zhipu', '智谱华章', 'Ein Unternehmen.', 'Lage', '海']) assert.ok(text.includes(part));
  });
});

describe('card paths', () => {
  test('maps page paths to card images', () => {
    assert.equal(cardPath('/'), '/og/index.png');
    assert.equal(cardPath('/unternehmen/zhipu/'), '/og/unternehmen/zhipu.png');
    assert.equal(cardPath('/404.html'), '/og/404.png');
    assert.equal(cardPath('/karte/index.html'), '/og/karte.png');
  });
});

describe('glyph check', () => {
  const covered = (cp: number) => cp < 0x3000 || (cp >= 0x4e00 && cp <= 0x9fff);
  test('reports each missing character once, ignoring whitespace', () => {
    assert.deepEqual(missingGlyphs('Zhipu 𓀀 智谱 𓀀\n', covered), ['𓀀']);
    assert.deepEqual(missingGlyphs('Zhipu 智谱', covered), []);
  });
  test('labels code points', () => {
    assert.equal(codePointLabel('𓀀'), 'U+13000');
    assert.equal(codePointLabel('A'), 'U+0041');
  });
});
