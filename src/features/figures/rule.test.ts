// Unit tests for rule.ts: chart problems reported at the figure's file, or at the chart definition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckedEntry, RuleContext } from '../../atlas/load.ts';
import { CHARTS } from './charts.ts';
import { chartRule } from './rule.ts';

const figure = (slug: string, data: Record<string, unknown>): CheckedEntry => ({
  collection: 'figures',
  slug,
  file: `content/figures/${slug}.yaml`,
  data,
  positionOf: () => undefined,
});
const check = (entries: CheckedEntry[]) => chartRule.check({ entries } as unknown as RuleContext).problems ?? [];
const about = (chart: string) => (p: { message: string }) => p.message.includes(`"${chart}"`);

test('without figures, every bar of every chart is reported at the chart definition, without a field', () => {
  const problems = check([]);
  assert.equal(problems.length, CHARTS.flatMap((c) => c.bars).length);
  for (const p of problems) {
    assert.equal(p.file, 'src/features/figures/charts.ts');
    assert.equal(p.field, undefined);
    assert.match(p.message, /which does not exist$/);
  }
});

test(
  'a problem without a field has no field key at all',
  () => {
    for (const p of check([])) assert.equal('field' in p, false);
  },
);

test("a figure without a number is reported at the figure's file, on the field value", () => {
  const problems = check([figure('haidian-universities', { value: 37, unit: 'Hochschulen' }), figure('universities-ai-bachelor', { value_text: 'viele', unit: 'Hochschulen' })]).filter(about('universities'));
  assert.deepEqual(problems, [
    {
      file: 'content/figures/universities-ai-bachelor.yaml',
      field: 'value',
      message: 'the chart "universities" needs a number, but the figure "universities-ai-bachelor" has none',
      fix: 'give the figure a value, or remove its bar from src/features/figures/charts.ts',
    },
  ]);
});

test("mixed units are reported at the first bar's file", () => {
  const problems = check([figure('haidian-universities', { value: 37, unit: 'Hochschulen' }), figure('universities-ai-bachelor', { value: 21, unit: 'Studiengänge' })]).filter(about('universities'));
  assert.deepEqual(problems.map((p) => [p.file, p.field, p.message]), [
    ['content/figures/haidian-universities.yaml', 'value', 'the chart "universities" compares figures in different units (Hochschulen, Studiengänge)'],
  ]);
});

test('a figure whose unit failed its schema counts as having no unit', () => {
  const problems = check([figure('haidian-universities', { value: 37, unit: 'Hochschulen' }), figure('universities-ai-bachelor', { value: 21 })]).filter(about('universities'));
  assert.match(problems[0]!.message, /different units \(Hochschulen, \)/);
});

test('figures of other collections and valid charts give no problems', () => {
  const universities = [figure('haidian-universities', { value: 37, unit: 'Hochschulen' }), figure('universities-ai-bachelor', { value: 21, unit: 'Hochschulen' })];
  const other: CheckedEntry = { ...figure('haidian-land-share', { value: 7, unit: 'Prozent' }), collection: 'events' };
  const problems = check([...universities, other]);
  assert.deepEqual(problems.filter(about('universities')), []);
  assert.ok(problems.some((p) => p.message.includes('"haidian-land-share", which does not exist')), 'an event with a figure slug is no figure');
  assert.equal(chartRule.name, 'charts');
});
