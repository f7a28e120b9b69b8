// Unit tests for timeline.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eraOf, timelineItems } from './timeline.ts';
import type { AtlasNode } from './graph.ts';

const node = (slug: string, collection: AtlasNode['collection'], data: Record<string, unknown>): AtlasNode =>
  ({ slug, collection, file: `content/${collection}/${slug}`, path: `/${slug}/`, data: { name: slug, kind: 'x', summary: 's', tags: [], notes: [], editorial: [], ...data } }) as AtlasNode;

test('eras follow the article: symbolic, deep learning from 2012, large models from 2022, embodied robotics from 2023', () => {
  assert.equal(eraOf({ value: '1956', precision: 'year' }, []), 'symbolic');
  assert.equal(eraOf({ value: '1980s', precision: 'decade' }, []), 'symbolic');
  assert.equal(eraOf({ value: '2012', precision: 'year' }, []), 'deep');
  assert.equal(eraOf({ value: '2023-07', precision: 'month' }, []), 'large');
  assert.equal(eraOf({ value: '2023-05', precision: 'month' }, ['Embodied AI']), 'embodied');
  assert.equal(eraOf({ value: '2015', precision: 'year' }, ['Robotik']), 'deep');
});

test('collects events, foundings and issues in order, keeping precision and editorial marks', () => {
  const items = timelineItems([
    node('press', 'events', { date: { value: '2023-07', precision: 'month' } }),
    node('casia', 'institutions', { founded: { value: '1956', precision: 'year' } }),
    node('measures', 'policies', { issued: { value: '2023-06', precision: 'month' } }),
    node('galbot', 'companies', { founded: { value: '2023-05', precision: 'month' }, editorial: ['founded'], tags: ['Embodied AI'] }),
    node('nodate', 'people', {}),
  ]);
  assert.deepEqual(items.map((i) => [i.slug, i.what, i.date.value, i.era, i.editorial]), [
    ['casia', 'founded', '1956', 'symbolic', false],
    ['galbot', 'founded', '2023-05', 'embodied', true],
    ['measures', 'issued', '2023-06', 'large', false],
    ['press', 'event', '2023-07', 'large', false],
  ]);
});

test('a founding told by a founding event on the same date appears once', () => {
  const items = timelineItems([
    node('casia', 'institutions', { founded: { value: '1956', precision: 'year' } }),
    node('casia-founded', 'events', { kind: 'founding', date: { value: '1956', precision: 'year' }, subjects: [{ id: 'casia', role: 'gegründet' }] }),
    node('keg', 'institutions', { founded: { value: '1996', precision: 'year' } }),
    node('keg-event', 'events', { kind: 'founding', date: { value: '1997', precision: 'year' }, subjects: ['keg'] }),
  ]);
  assert.deepEqual(items.map((i) => i.slug), ['casia-founded', 'keg', 'keg-event']);
});
