/**
 * The charts of the figures page: which figures are compared, and their values read from
 * the figures collection (one source of truth; a chart never holds its own numbers).
 * Pure: the page renders what `chartData` returns, and a missing or non-numeric figure
 * fails the build with the chart and figure named.
 */
import type { EntryData } from './graph.ts';

/** One chart: figures compared on one axis. Labels are dictionary keys. */
export interface ChartSpec {
  id: string;
  titleKey: string;
  noteKey?: string;
  /** Axis maximum; defaults to the largest value. 100 for shares. */
  max?: number;
  bars: Array<{ figure: string; labelKey: string }>;
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

/** A figure as a chart needs it. */
export interface ChartFigure {
  slug: string;
  data: EntryData;
}

/** A bar ready to draw. */
export interface ChartBar {
  figure: string;
  labelKey: string;
  value: number;
  /** Fraction of the axis (0..1). */
  fraction: number;
  qualifier: string;
  unit: string;
}

/** The bars of a chart, or an error naming the chart and the figure that cannot be drawn. */
export function chartData(spec: ChartSpec, figures: ReadonlyMap<string, ChartFigure>): { max: number; bars: ChartBar[] } {
  const raw = spec.bars.map((bar) => {
    const figure = figures.get(bar.figure);
    if (!figure) throw new Error(`chart "${spec.id}": the figure "${bar.figure}" does not exist (src/lib/charts.ts)`);
    const value = figure.data['value'];
    if (typeof value !== 'number') throw new Error(`chart "${spec.id}": the figure "${bar.figure}" has no numeric value to draw`);
    return { ...bar, value, qualifier: String(figure.data['qualifier'] ?? 'exact'), unit: String(figure.data['unit'] ?? '') };
  });
  const max = spec.max ?? Math.max(...raw.map((b) => b.value));
  return { max, bars: raw.map((b) => ({ ...b, fraction: max > 0 ? Math.min(1, b.value / max) : 0 })) };
}
