// Unit tests for labels.ts: the seeded random source, shortened names, and labels placed beside their nodes.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { boxesOverlap, lcg, placeLabels, round, shortLabel, type PlacedNode } from './labels.ts';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describe('lcg', () => {
  test('follows the Numerical Recipes generator: s ← 1664525·s + 1013904223 mod 2³²', () => {
    const next = lcg(1);
    close(next(), 1015568748 / 2 ** 32);
    close(next(), 1586005467 / 2 ** 32);
  });

  test('the same seed gives the same sequence, another seed another one', () => {
    const a = lcg(42);
    const b = lcg(42);
    const c = lcg(43);
    const first = [a(), a(), a()];
    assert.deepEqual([b(), b(), b()], first);
    assert.notDeepEqual([c(), c(), c()], first);
  });

  test('seed 0 acts as seed 1, and every value lies in [0, 1)', () => {
    assert.equal(lcg(0)(), lcg(1)());
    const next = lcg(7);
    for (let i = 0; i < 1000; i++) {
      const v = next();
      assert.ok(v >= 0 && v < 1, String(v));
    }
  });
});

describe('shortLabel', () => {
  test('leaves a name of at most max characters alone', () => {
    assert.equal(shortLabel('Zhipu', 20), 'Zhipu');
    assert.equal(shortLabel('abcdefgh', 8), 'abcdefgh');
  });

  test('cuts a long name at a word boundary and adds an ellipsis', () => {
    assert.equal(shortLabel('Knowledge Engineering Group (KEG) der Tsinghua-Universität', 26), 'Knowledge Engineering…');
    assert.equal(shortLabel('Tsinghua-Universität-Wissenschaftspark', 16), 'Tsinghua…');
  });

  test('cuts inside a word when the last boundary comes too early', () => {
    assert.equal(shortLabel('Donaudampfschifffahrtsgesellschaft', 10), 'Donaudamp…');
    assert.equal(shortLabel('Tsinghua-Universität-Wissenschaftspark', 20), 'Tsinghua-Universitä…');
    assert.equal(shortLabel('Ab Donaudampfschifffahrt', 10), 'Ab Donaud…');
  });

  test('drops punctuation before the ellipsis', () => {
    assert.equal(shortLabel('Zhipu, Baidu und Megvii', 8), 'Zhipu…');
  });

  test('counts characters, not UTF-16 units', () => {
    assert.equal(shortLabel('𓀀𓀀𓀀', 3), '𓀀𓀀𓀀');
    assert.equal(shortLabel('智谱华章科技有限公司', 5), '智谱华章…');
  });

  test('a shortened label is never longer than max characters', () => {
    for (const name of ['Institut für Automatisierung der chinesischen Akademie', 'Beijing Academy of Artificial Intelligence (BAAI)', '关于加快中关村科学城人工智能创新发展的若干措施']) {
      for (const max of [8, 12, 26]) assert.ok([...shortLabel(name, max)].length <= max, `${name} ${max}`);
    }
  });
});

describe('boxesOverlap', () => {
  const box = { x: 0, y: 0, width: 10, height: 10 };

  test('boxes touching at an edge or a corner do not overlap', () => {
    assert.equal(boxesOverlap(box, { x: 10, y: 0, width: 5, height: 5 }), false);
    assert.equal(boxesOverlap(box, { x: 0, y: 10, width: 5, height: 5 }), false);
    assert.equal(boxesOverlap(box, { x: 10, y: 10, width: 5, height: 5 }), false);
    assert.equal(boxesOverlap({ x: -5, y: 0, width: 5, height: 5 }, box), false);
  });

  test('overlapping, contained and equal boxes overlap, in either order', () => {
    assert.equal(boxesOverlap(box, { x: 9, y: 9, width: 5, height: 5 }), true);
    assert.equal(boxesOverlap({ x: 9, y: 9, width: 5, height: 5 }, box), true);
    assert.equal(boxesOverlap(box, { x: 2, y: 2, width: 1, height: 1 }), true);
    assert.equal(boxesOverlap(box, box), true);
  });

  test('boxes apart on one axis do not overlap', () => {
    assert.equal(boxesOverlap(box, { x: 20, y: 5, width: 5, height: 5 }), false);
    assert.equal(boxesOverlap(box, { x: 5, y: -20, width: 5, height: 5 }), false);
  });
});

describe('round', () => {
  test('rounds to tenths', () => {
    assert.equal(round(1.26), 1.3);
    assert.equal(round(-1.24), -1.2);
    assert.equal(round(7), 7);
  });
});

describe('placeLabels', () => {
  type LabelNode = Pick<PlacedNode, 'id' | 'name' | 'x' | 'y' | 'r' | 'degree' | 'emphasis'>;
  const options = { width: 400, height: 300, fontSize: 10, maxLabels: 10, maxLabelChars: 26, padding: 6 };
  const node = (id: string, x: number, y: number, degree = 1, extra: Partial<LabelNode> = {}): LabelNode => ({ id, name: 'Zhipu', x, y, r: 5, degree, ...extra });
  // textWidth('Zhipu', 10) = 27.1 px; labels get 10 % and 2 px more: 31.81 px; 12.5 px high.
  const W = 27.1 * 1.1 + 2;

  test('puts a label right of its node, vertically centred, 3 px beyond the circle', () => {
    const label = placeLabels([node('a', 100, 100)], options).get('a')!;
    assert.equal(label.text, 'Zhipu');
    assert.equal(label.anchor, 'start');
    assert.deepEqual([label.x, label.y], [108, 100]);
    close(label.box.x, 108);
    close(label.box.y, 93.75);
    close(label.box.width, W);
    close(label.box.height, 12.5);
    assert.equal('covers' in label, false);
  });

  test('goes to the left when the right side leaves the viewBox', () => {
    const label = placeLabels([node('a', 380, 100)], options).get('a')!;
    assert.equal(label.anchor, 'end');
    assert.deepEqual([label.x, label.y], [372, 100]);
    close(label.box.x, 372 - W);
  });

  test('goes above when neither side fits', () => {
    const label = placeLabels([node('a', 30, 100)], { ...options, width: 60 })!.get('a')!;
    assert.equal(label.anchor, 'middle');
    assert.deepEqual([label.x, label.y], [30, 85.8]);
  });

  test('avoids another node: a neighbour on the right sends the label left', () => {
    const labels = placeLabels([node('a', 100, 100, 5), node('b', 120, 100, 1, { r: 3 })], { ...options, maxLabels: 1 });
    assert.equal(labels.get('a')!.anchor, 'end');
    assert.equal(labels.has('b'), false);
  });

  test('labels never overlap: the second node of a close pair takes another side', () => {
    const labels = placeLabels([node('a', 100, 100, 2), node('b', 100, 114, 1)], options);
    assert.equal(labels.size, 2);
    assert.equal(boxesOverlap(labels.get('a')!.box, labels.get('b')!.box), false);
  });

  test('places at most maxLabels, the best-connected first', () => {
    const labels = placeLabels([node('low', 50, 50, 1), node('high', 200, 150, 9), node('mid', 300, 250, 4)], { ...options, maxLabels: 2 });
    assert.deepEqual([...labels.keys()], ['high', 'mid']);
  });

  test('the focus entry comes first and context entries last, whatever their degree', () => {
    const nodes = [node('ctx', 50, 50, 20, { emphasis: 'context' }), node('member', 200, 150, 5), node('focus', 300, 250, 1, { emphasis: 'focus' })];
    assert.deepEqual([...placeLabels(nodes, { ...options, maxLabels: 2 }).keys()], ['focus', 'member']);
  });

  test('shortens long names to maxLabelChars', () => {
    const labels = placeLabels([node('a', 100, 100, 1, { name: 'Knowledge Engineering Group (KEG)' })], { ...options, maxLabelChars: 12 });
    assert.equal(labels.get('a')!.text, 'Knowledge…');
  });

  test('a hub may cover another circle when nothing else fits, and says so; other nodes stay unnamed', () => {
    // A node boxed in by four neighbours: every candidate position touches a circle.
    const ring = [node('n', 100, 88, 1, { r: 8 }), node('s', 100, 112, 1, { r: 8 }), node('e', 132, 100, 1, { r: 8 }), node('w', 68, 100, 1, { r: 8 }), node('ne', 125, 84, 1, { r: 8 }), node('se', 125, 116, 1, { r: 8 }), node('nw', 75, 84, 1, { r: 8 }), node('sw', 75, 116, 1, { r: 8 })];
    const hub = placeLabels([node('hub', 100, 100, 30), ...ring], { ...options, maxLabels: 1 }).get('hub');
    assert.ok(hub, 'the hub is labelled');
    assert.equal(hub.covers, true);
    // With four labels only the first node in priority order is a hub; the boxed-in node comes second.
    const minor = placeLabels([node('top', 300, 250, 10), node('minor', 100, 100, 5), ...ring], { ...options, maxLabels: 4 });
    assert.ok(minor.has('top'));
    assert.equal(minor.has('minor'), false, 'only the top hubs may cover circles');
  });

  test('nothing is placed outside the padding', () => {
    const labels = placeLabels([node('a', 10, 10), node('b', 390, 290), node('c', 200, 8)], options);
    assert.equal(labels.size, 3, 'each finds a place inside');
    for (const label of labels.values()) {
      assert.ok(label.box.x >= 6 && label.box.y >= 6 && label.box.x + label.box.width <= 394 && label.box.y + label.box.height <= 294, JSON.stringify(label));
    }
  });
});
