// Unit tests for geometry.ts: distances to a segment, blocked lines, the repair pass and the
// spread of a point cloud. Every expectation is worked out by hand in the comment beside it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { blockings, clearLines, closestOnSegment, segmentDistance, spread, type Disc } from './geometry.ts';

describe('closestOnSegment and segmentDistance', () => {
  const a = { x: 0, y: 0 };
  const b = { x: 10, y: 0 };
  test('a point above the middle projects straight down', () => {
    assert.deepEqual(closestOnSegment({ x: 4, y: 3 }, a, b), { x: 4, y: 0 });
    assert.equal(segmentDistance({ x: 4, y: 3 }, a, b), 3);
  });
  test('beyond an end the end is closest (3-4-5 triangle)', () => {
    assert.deepEqual(closestOnSegment({ x: 13, y: 4 }, a, b), { x: 10, y: 0 });
    assert.equal(segmentDistance({ x: 13, y: 4 }, a, b), 5);
    assert.equal(segmentDistance({ x: -3, y: -4 }, a, b), 5);
  });
  test('a diagonal segment: (0,0)–(4,4) is √2 from (0,2)', () => {
    assert.ok(Math.abs(segmentDistance({ x: 0, y: 2 }, a, { x: 4, y: 4 }) - Math.SQRT2) < 1e-12);
  });
  test('a segment of no length is its point', () => {
    assert.equal(segmentDistance({ x: 3, y: 4 }, a, a), 5);
  });
});

describe('blockings', () => {
  const nodes: Disc[] = [
    { id: 'a', x: 0, y: 0, r: 5 },
    { id: 'b', x: 100, y: 0, r: 5 },
    { id: 'c', x: 50, y: 6, r: 5 }, // 6 from the line a–b: inside r + gap = 7
    { id: 'd', x: 50, y: 40, r: 5 }, // far away
  ];
  test('a node whose circle plus the gap reaches a line it is not part of is blocked', () => {
    assert.deepEqual(blockings(nodes, [{ source: 'a', target: 'b' }]), [{ node: 'c', source: 'a', target: 'b', distance: 6 }]);
  });
  test('with a smaller gap (1: needs 6) the same node is clear', () => {
    assert.deepEqual(blockings(nodes, [{ source: 'a', target: 'b' }], 1), []);
  });
  test("a line's own ends never block it; lines to unknown nodes are ignored", () => {
    assert.deepEqual(blockings(nodes, [{ source: 'a', target: 'c' }, { source: 'a', target: 'zz' }]), []);
  });
});

describe('clearLines', () => {
  const bounds = { x0: 0, y0: 0, x1: 200, y1: 200 };
  const copy = (nodes: Disc[]) => nodes.map((n) => ({ ...n }));
  test('a node sitting on a line is moved off it; the line ends stay where they were', () => {
    const nodes = copy([
      { id: 'a', x: 20, y: 100, r: 5, fixed: true },
      { id: 'b', x: 180, y: 100, r: 5, fixed: true },
      { id: 'c', x: 100, y: 100, r: 5 },
    ]);
    assert.deepEqual(clearLines(nodes, [{ source: 'a', target: 'b' }], { bounds }), []);
    assert.ok(segmentDistance(nodes[2]!, nodes[0]!, nodes[1]!) >= 7, `c is ${segmentDistance(nodes[2]!, nodes[0]!, nodes[1]!)} from the line`);
    assert.deepEqual([nodes[0]!.x, nodes[0]!.y, nodes[1]!.x, nodes[1]!.y], [20, 100, 180, 100]);
  });
  test('a fixed node in the way stays; an end of the line moves instead', () => {
    const nodes = copy([
      { id: 'a', x: 20, y: 100, r: 5 },
      { id: 'b', x: 180, y: 100, r: 5 },
      { id: 'focus', x: 100, y: 100, r: 10, fixed: true },
    ]);
    assert.deepEqual(clearLines(nodes, [{ source: 'a', target: 'b' }], { bounds }), []);
    assert.deepEqual([nodes[2]!.x, nodes[2]!.y], [100, 100]);
    assert.ok(segmentDistance(nodes[2]!, nodes[0]!, nodes[1]!) >= 12);
  });
  test('every circle stays inside the bounds', () => {
    const nodes = copy([
      { id: 'a', x: 5, y: 5, r: 5, fixed: true },
      { id: 'b', x: 195, y: 5, r: 5, fixed: true },
      { id: 'c', x: 100, y: 5, r: 5 }, // on the line along the top edge: can only go down
    ]);
    assert.deepEqual(clearLines(nodes, [{ source: 'a', target: 'b' }], { bounds }), []);
    assert.ok(nodes[2]!.y >= 12 - 1e-9 && nodes[2]!.y <= 195, `y = ${nodes[2]!.y}`);
    assert.ok(nodes[2]!.x >= 5 && nodes[2]!.x <= 195);
  });
  test('when nothing can move, the blocking is returned, not hidden', () => {
    const nodes = copy([
      { id: 'a', x: 20, y: 100, r: 5, fixed: true },
      { id: 'b', x: 180, y: 100, r: 5, fixed: true },
      { id: 'c', x: 100, y: 100, r: 5, fixed: true },
    ]);
    assert.deepEqual(clearLines(nodes, [{ source: 'a', target: 'b' }], { bounds }).map((b) => b.node), ['c']);
  });
});

describe('spread', () => {
  test('points on one line spread 0 in the narrow direction', () => {
    assert.equal(spread([{ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 3, y: 3 }]), 0);
  });
  test('the corners of a square spread equally both ways: 1', () => {
    assert.ok(Math.abs(spread([{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 0, y: 2 }, { x: 2, y: 2 }]) - 1) < 1e-12);
  });
  test('a 2×1 rectangle: variances 1 and 1/4, so √(1/4) = 0.5', () => {
    assert.ok(Math.abs(spread([{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 0, y: 1 }, { x: 2, y: 1 }]) - 0.5) < 1e-12);
  });
  test('the same rectangle turned by 45° spreads the same', () => {
    const c = Math.SQRT1_2;
    const turned = [[0, 0], [2, 0], [0, 1], [2, 1]].map(([x, y]) => ({ x: c * x! - c * y!, y: c * x! + c * y! }));
    assert.ok(Math.abs(spread(turned) - 0.5) < 1e-12);
  });
  test('fewer than two points: 0', () => {
    assert.equal(spread([{ x: 1, y: 1 }]), 0);
  });
});
