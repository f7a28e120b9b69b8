/**
 * The charts of the figures page: which figures are compared, and their values read from
 * the figures collection (one source of truth; a chart never holds its own numbers).
 * Pure: the page renders what `chartData` returns, and a missing or non-numeric figure
 * fails the build with the chart and figure named.
 */
import type { TextKey } from '../../i18n/index.ts';
import type { QUALIFIERS } from '../../atlas/model/schema.ts';

/** One chart: figures compared on one axis. Labels are dictionary keys. */
export interface ChartSpec {
  id: string;
  titleKey: TextKey;
  noteKey?: TextKey;
  /** Axis maximum; defaults to the largest value. 100 for shares. */
  max?: number;
  bars: Array<{ figure: string; labelKey: TextKey }>;
}

/** The charts, where the data supports a comparison. */
export const CHARTS: readonly ChartSpec[] = [
  {
    id: 'haidian-shares',
    titleKey: 'chart.shares.title',
    noteKey: 'chart.shares.note',
    max: 100,
    bars: [
      { figure: 'haidian-land-share', labelKey: 'chart.shares.area' },
      { figure: 'haidian-gdp-share', labelKey: 'chart.shares.gdp' },
      { figure: 'ai-companies-share', labelKey: 'chart.shares.companies' },
      { figure: 'top-ai-scientists-share-atlas', labelKey: 'chart.shares.scientists' },
    ],
  },
  {
    id: 'large-models',
    titleKey: 'chart.models.title',
    noteKey: 'chart.models.note',
    bars: [
      { figure: 'large-models-released-2023', labelKey: 'chart.models.2023' },
      { figure: 'large-models-registered-2025', labelKey: 'chart.models.2025' },
    ],
  },
  {
    id: 'model-shares',
    titleKey: 'chart.model_shares.title',
    max: 100,
    bars: [
      { figure: 'large-models-national-share', labelKey: 'chart.model_shares.china' },
      { figure: 'large-models-beijing-share', labelKey: 'chart.model_shares.beijing' },
    ],
  },
  {
    id: 'compute',
    titleKey: 'chart.compute.title',
    noteKey: 'chart.compute.note',
    bars: [
      { figure: 'computing-platform-phase-one', labelKey: 'chart.compute.phase_one' },
      { figure: 'computing-platform-target', labelKey: 'chart.compute.target' },
    ],
  },
  {
    id: 'universities',
    titleKey: 'chart.universities.title',
    noteKey: 'chart.universities.note',
    bars: [
      { figure: 'haidian-universities', labelKey: 'chart.universities.all' },
      { figure: 'universities-ai-bachelor', labelKey: 'chart.universities.ai' },
    ],
  },
];

/** What a chart needs of a figure: its value, qualifier and unit. */
export interface ChartFigure {
  value?: number | undefined;
  qualifier: (typeof QUALIFIERS)[number];
  unit: string;
}

/** A bar ready to draw. */
export interface ChartBar {
  figure: string;
  labelKey: TextKey;
  value: number;
  /** Fraction of the axis (0..1). */
  fraction: number;
  qualifier: ChartFigure['qualifier'];
  unit: string;
}

/**
 * Why a chart cannot be drawn from the given figures: a missing figure, one without a
 * number, or bars that mix units (a comparison of unlike quantities). Empty when it can.
 * The validation pass reports these (src/features/figures/rule.ts), so the page never meets them.
 */
export function chartProblems(spec: ChartSpec, figures: ReadonlyMap<string, ChartFigure>): Array<{ figure: string; message: string; fix: string }> {
  const out: Array<{ figure: string; message: string; fix: string }> = [];
  const units = new Set<string>();
  for (const bar of spec.bars) {
    const figure = figures.get(bar.figure);
    if (!figure) out.push({ figure: bar.figure, message: `the chart "${spec.id}" compares the figure "${bar.figure}", which does not exist`, fix: 'restore the figure, or remove its bar from src/features/figures/charts.ts' });
    else if (typeof figure.value !== 'number') out.push({ figure: bar.figure, message: `the chart "${spec.id}" needs a number, but the figure "${bar.figure}" has none`, fix: 'give the figure a value, or remove its bar from src/features/figures/charts.ts' });
    else units.add(figure.unit);
  }
  if (units.size > 1) out.push({ figure: spec.bars[0]!.figure, message: `the chart "${spec.id}" compares figures in different units (${[...units].join(', ')})`, fix: 'give the compared figures the same unit, or split the chart in src/features/figures/charts.ts' });
  return out;
}

/** The bars of a chart, scaled to its axis. The chart must be valid (see chartProblems). */
export function chartData(spec: ChartSpec, figures: ReadonlyMap<string, ChartFigure>): { max: number; bars: ChartBar[] } {
  const problems = chartProblems(spec, figures);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
  const raw = spec.bars.map((bar) => {
    const figure = figures.get(bar.figure)!;
    return { ...bar, value: figure.value!, qualifier: figure.qualifier, unit: figure.unit };
  });
  const max = spec.max ?? Math.max(...raw.map((b) => b.value));
  return { max, bars: raw.map((b) => ({ ...b, fraction: max > 0 ? Math.min(1, b.value / max) : 0 })) };
}
