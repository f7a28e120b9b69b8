// Unit tests for charts.ts: which figures the charts compare, why a chart cannot be drawn, and the bars.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import de from '../../i18n/de.json' with { type: 'json' };
import { loadAtlas } from '../../atlas/load.ts';
import { CHARTS, chartData, chartProblems, type ChartFigure, type ChartSpec } from './charts.ts';
import { chartRule } from './rule.ts';

const spec: ChartSpec = {
  id: 'shares',
  titleKey: 'chart.shares.title',
  bars: [
    { figure: 'a', labelKey: 'chart.shares.area' },
    { figure: 'b', labelKey: 'chart.shares.gdp' },
  ],
};
const figure = (value: number | undefined, extra: Partial<ChartFigure> = {}): ChartFigure => ({ value, qualifier: 'exact', unit: 'Prozent', ...extra });

describe('chartProblems', () => {
  test('a chart whose figures all have numbers in one unit has no problems', () => {
    assert.deepEqual(chartProblems(spec, new Map([['a', figure(35)], ['b', figure(89)]])), []);
  });

  test('names the chart and the figure when a figure does not exist', () => {
    assert.deepEqual(chartProblems(spec, new Map([['b', figure(89)]])), [
      { figure: 'a', message: 'the chart "shares" compares the figure "a", which does not exist', fix: 'restore the figure, or remove its bar from src/features/figures/charts.ts' },
    ]);
  });

  test('names the chart and the figure when a figure has no number', () => {
    assert.deepEqual(chartProblems(spec, new Map([['a', figure(35)], ['b', figure(undefined)]])), [
      { figure: 'b', message: 'the chart "shares" needs a number, but the figure "b" has none', fix: 'give the figure a value, or remove its bar from src/features/figures/charts.ts' },
    ]);
  });

  test('a value of 0 is a number', () => {
    assert.deepEqual(chartProblems(spec, new Map([['a', figure(0)], ['b', figure(89)]])), []);
  });

  test('reports bars in different units once, at the first bar, listing the units', () => {
    assert.deepEqual(chartProblems(spec, new Map([['a', figure(35)], ['b', figure(89, { unit: 'Modelle' })]])), [
      { figure: 'a', message: 'the chart "shares" compares figures in different units (Prozent, Modelle)', fix: 'give the compared figures the same unit, or split the chart in src/features/figures/charts.ts' },
    ]);
  });

  test('a figure without a number does not count towards the units', () => {
    const problems = chartProblems(spec, new Map([['a', figure(35)], ['b', figure(undefined, { unit: 'Modelle' })]]));
    assert.deepEqual(problems.map((p) => p.figure), ['b']);
  });

  test('reports every problem of a chart at once, in bar order', () => {
    const three: ChartSpec = { ...spec, bars: [...spec.bars, { figure: 'c', labelKey: 'chart.shares.companies' }] };
    const problems = chartProblems(three, new Map([['b', figure(undefined)], ['c', figure(3)]]));
    assert.deepEqual(problems.map((p) => p.figure), ['a', 'b']);
  });
});

describe('chartData', () => {
  const figures = new Map([['a', figure(35)], ['b', figure(89, { qualifier: 'over' })]]);

  test('scales bars to the largest value when the chart has no maximum', () => {
    const data = chartData(spec, figures);
    assert.equal(data.max, 89);
    assert.deepEqual(
      data.bars.map((b) => [b.figure, b.labelKey, b.value, Number(b.fraction.toFixed(3)), b.qualifier, b.unit]),
      [
        ['a', 'chart.shares.area', 35, 0.393, 'exact', 'Prozent'],
        ['b', 'chart.shares.gdp', 89, 1, 'over', 'Prozent'],
      ],
    );
  });

  test("scales bars to the chart's maximum", () => {
    const data = chartData({ ...spec, max: 100 }, figures);
    assert.equal(data.max, 100);
    assert.deepEqual(data.bars.map((b) => b.fraction), [0.35, 0.89]);
  });

  test('a bar never reaches beyond the axis', () => {
    const data = chartData({ ...spec, max: 50 }, figures);
    assert.deepEqual(data.bars.map((b) => b.fraction), [0.7, 1]);
  });

  test('an axis of 0 draws empty bars instead of dividing by zero', () => {
    const data = chartData(spec, new Map([['a', figure(0)], ['b', figure(0)]]));
    assert.equal(data.max, 0);
    assert.deepEqual(data.bars.map((b) => b.fraction), [0, 0]);
  });

  test('refuses a chart with problems, with every message', () => {
    assert.throws(() => chartData(spec, new Map()), (error: Error) =>
      error.message === 'the chart "shares" compares the figure "a", which does not exist; the chart "shares" compares the figure "b", which does not exist',
    );
    assert.throws(() => chartData(spec, new Map([['a', figure(1)], ['b', figure(undefined)]])), /the figure "b" has none/);
  });
});

describe('CHARTS', () => {
  test('each chart has a unique id and compares at least two distinct figures', () => {
    assert.equal(new Set(CHARTS.map((c) => c.id)).size, CHARTS.length);
    for (const chart of CHARTS) {
      assert.ok(chart.bars.length >= 2, chart.id);
      assert.equal(new Set(chart.bars.map((b) => b.figure)).size, chart.bars.length, chart.id);
    }
  });

  test('every title, note and bar label is a key of the dictionary', () => {
    const keys = new Set(Object.keys(de));
    for (const chart of CHARTS) {
      const used = [chart.titleKey, ...(chart.noteKey ? [chart.noteKey] : []), ...chart.bars.map((b) => b.labelKey)];
      for (const key of used) assert.ok(keys.has(key), `${chart.id}: ${key}`);
    }
  });

  test('share charts run to 100 percent', () => {
    assert.deepEqual(CHARTS.filter((c) => c.max !== undefined).map((c) => [c.id, c.max]), [['haidian-shares', 100], ['model-shares', 100]]);
  });
});

describe('the real figures', () => {
  test('every chart of the atlas can be drawn from the figures in content/', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const result = loadAtlas(root, { editions: ['de'], gitDates: false, rules: [chartRule] });
    const chartFailures = result.problems.filter((p) => p.message.startsWith('the chart '));
    assert.deepEqual(chartFailures, []);
    assert.ok(result.timing['rule:charts'] !== undefined, 'the chart rule ran');
  });
});
