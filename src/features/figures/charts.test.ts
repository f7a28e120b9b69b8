// Unit tests for charts.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { CHARTS, chartData } from './charts.ts';
import { scanContent } from './content-files.ts';

const figure = (value: unknown, extra = {}) => ({ slug: 'x', data: { name: 'x', kind: 'share', summary: 's', tags: [], notes: [], value, unit: 'Prozent', ...extra } });

test('scales bars to the axis maximum, or to the largest value', () => {
  const spec = { id: 't', titleKey: 't', bars: [{ figure: 'a', labelKey: 'a' }, { figure: 'b', labelKey: 'b' }] };
  const figures = new Map([['a', figure(35)], ['b', figure(89, { qualifier: 'over' })]]);
  const data = chartData(spec, figures);
  assert.equal(data.max, 89);
  assert.deepEqual(data.bars.map((b) => [b.value, Number(b.fraction.toFixed(3)), b.qualifier]), [[35, 0.393, 'exact'], [89, 1, 'over']]);
  assert.equal(chartData({ ...spec, max: 100 }, figures).bars[1]!.fraction, 0.89);
});

test('names the chart and figure when a figure is missing or has no number', () => {
  const spec = { id: 'shares', titleKey: 't', bars: [{ figure: 'gone', labelKey: 'a' }] };
  assert.throws(() => chartData(spec, new Map()), /chart "shares": the figure "gone" does not exist/);
  assert.throws(() => chartData(spec, new Map([['gone', figure(undefined)]])), /has no numeric value/);
});

test('every chart of the atlas can be drawn from the real figures', () => {
  const scan = scanContent(fileURLToPath(new URL('../..', import.meta.url)));
  const figures = new Map(scan.entries.filter((e) => e.collection === 'figures').map((e) => [e.slug, { slug: e.slug, data: e.data }]));
  for (const spec of CHARTS) assert.ok(chartData(spec, figures).bars.length >= 2, spec.id);
});
