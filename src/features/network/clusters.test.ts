// Unit tests for clusters.ts: cluster angles and order, links between collections, and the
// radial arrangement of a neighbourhood. Expected angles and positions are worked out by hand.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { CollectionName } from '../../atlas/model/collections.ts';
import { clusterAngles, clusterOrder, crossLinks, innerOrder, ringTargets } from './clusters.ts';

const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 1e-9, `${what}: ${a} ≠ ${b}`);
const deg = (rad: number) => (((rad * 180) / Math.PI) % 360 + 360) % 360;

describe('clusterAngles', () => {
  test('two collections of equal size sit at the top and the bottom', () => {
    const angles = clusterAngles(['companies', 'people'], new Map<CollectionName, number>([['companies', 4], ['people', 4]]));
    close(deg(angles.get('companies')!), 270, 'companies at the top (−90°)');
    close(deg(angles.get('people')!), 90, 'people at the bottom');
  });
  test('arcs in proportion to √size + 1: sizes 9 and 1 share 4 : 2', () => {
    const angles = clusterAngles(['companies', 'people'], new Map<CollectionName, number>([['companies', 9], ['people', 1]]));
    // companies' arc is 240°, centred on the top; people's 120° arc follows, centred 180° on.
    close(deg(angles.get('companies')!), 270, 'companies');
    close(deg(angles.get('people')!), 90, 'people');
  });
});

describe('crossLinks and clusterOrder', () => {
  const of = (id: string) => (id[0] === 'c' ? 'companies' : id[0] === 'p' ? 'people' : id[0] === 'i' ? 'institutions' : 'places') as CollectionName;
  test('counts links between two collections either way, none within one', () => {
    const weight = crossLinks([{ source: 'c1', target: 'p1' }, { source: 'p2', target: 'c1' }, { source: 'c1', target: 'c2' }], of);
    assert.equal(weight('companies', 'people'), 2);
    assert.equal(weight('people', 'companies'), 2);
    assert.equal(weight('companies', 'companies'), 0);
    assert.equal(weight('companies', 'places'), 0);
  });
  test('four collections: the two linked ones end up side by side, not opposite', () => {
    const present: CollectionName[] = ['companies', 'institutions', 'people', 'places'];
    const size = new Map(present.map((c) => [c, 4]));
    // companies–people linked heavily; in the given order they would sit opposite each other.
    const weight = crossLinks(Array.from({ length: 5 }, (_, i) => ({ source: `c${i}`, target: `p${i}` })), of);
    const order = clusterOrder(present, weight, size);
    assert.equal(order[0], 'companies', 'the first collection stays first');
    const gap = Math.abs(order.indexOf('companies') - order.indexOf('people'));
    assert.ok(gap === 1 || gap === 3, `companies and people are neighbours in ${order.join(', ')}`);
  });
  test('three collections or fewer keep their order (every pair is adjacent anyway)', () => {
    const present: CollectionName[] = ['companies', 'institutions', 'people'];
    assert.deepEqual(clusterOrder(present, () => 1, new Map(present.map((c) => [c, 1]))), present);
  });
});

describe('innerOrder', () => {
  test('linked neighbours end up next to each other on the ring', () => {
    const inner = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, hop: 1 }));
    const links: Record<string, string[]> = { a: ['d'], d: ['a'], b: ['e'], e: ['b'] };
    const order = innerOrder(inner, (id) => links[id] ?? []).map((n) => n.id);
    const apart = (x: string, y: string) => Math.min(Math.abs(order.indexOf(x) - order.indexOf(y)), 6 - Math.abs(order.indexOf(x) - order.indexOf(y)));
    assert.equal(apart('a', 'd'), 1, order.join(''));
    assert.equal(apart('b', 'e'), 1, order.join(''));
    assert.deepEqual([...order].sort(), ['a', 'b', 'c', 'd', 'e', 'f'], 'nobody is lost');
  });
  test('without links among them the order stays as given', () => {
    const inner = ['x', 'y', 'z'].map((id) => ({ id, hop: 1 }));
    assert.deepEqual(innerOrder(inner, () => []).map((n) => n.id), ['x', 'y', 'z']);
  });
});

describe('ringTargets', () => {
  const centre = { x: 100, y: 100 };
  test('the entry in the centre; two neighbours 120° apart on the inner ring (radius 0.5), never on one line with it', () => {
    const t = ringTargets([{ id: 'e', hop: 0 }, { id: 'a', hop: 1 }, { id: 'b', hop: 1 }], () => [], centre, 80, 80);
    assert.deepEqual(t.get('e'), centre);
    // a at −90° (straight up), b 120° on: (100 + 40·cos 30°, 100 + 40·sin 30°) = (134.64…, 120).
    close(t.get('a')!.x, 100, 'a.x');
    close(t.get('a')!.y, 60, 'a.y');
    close(t.get('b')!.x, 100 + 40 * Math.cos(Math.PI / 6), 'b.x');
    close(t.get('b')!.y, 120, 'b.y');
  });
  test('a chain entry → neighbour → next bends: the outer entry sits half a slot (60°) past its neighbour', () => {
    const links: Record<string, string[]> = { a: ['e', 'z'], z: ['a'] };
    const t = ringTargets([{ id: 'e', hop: 0 }, { id: 'a', hop: 1 }, { id: 'z', hop: 2 }], (id) => links[id] ?? [], centre, 80, 80);
    // a straight up (−90°); z on the outer ring (radius 80) at −90° + 60° = −30°.
    close(t.get('z')!.x, 100 + 80 * Math.cos(-Math.PI / 6), 'z.x');
    close(t.get('z')!.y, 100 - 40, 'z.y');
  });
  test('an ellipse: x scaled by rx, y by ry', () => {
    const t = ringTargets([{ id: 'e', hop: 0 }, { id: 'a', hop: 1 }, { id: 'b', hop: 1 }, { id: 'c', hop: 1 }, { id: 'd', hop: 1 }], () => [], centre, 100, 50);
    // four neighbours at −90°, 0°, 90°, 180° on the half-size ring: (100,75), (150,100), (100,125), (50,100).
    const at = ['a', 'b', 'c', 'd'].map((id) => [Math.round(t.get(id)!.x * 1e9) / 1e9, Math.round(t.get(id)!.y * 1e9) / 1e9]);
    assert.deepEqual(at, [[100, 75], [150, 100], [100, 125], [50, 100]]);
  });
});
