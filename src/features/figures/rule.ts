/**
 * The chart rule of the validation pass: every chart of the figures page can be drawn from
 * the figures as they are (src/features/figures/charts.ts). A problem names the figure's
 * file when it exists, the chart definition otherwise.
 */
import type { AtlasRule } from '../../atlas/load.ts';
import type { Problem } from '../../atlas/validate/problems.ts';
import { CHARTS, chartProblems, type ChartFigure } from './charts.ts';

export const chartRule: AtlasRule = {
  name: 'charts',
  check({ entries }) {
    const figures = new Map<string, ChartFigure & { file: string }>();
    for (const e of entries) {
      if (e.collection !== 'figures') continue;
      const d = e.data;
      figures.set(e.slug, { file: e.file, value: typeof d['value'] === 'number' ? d['value'] : undefined, qualifier: (d['qualifier'] as ChartFigure['qualifier']) ?? 'exact', unit: typeof d['unit'] === 'string' ? d['unit'] : '' });
    }
    const problems: Problem[] = CHARTS.flatMap((spec) =>
      chartProblems(spec, figures).map((p): Problem => {
        const figure = figures.get(p.figure);
        return figure ? { file: figure.file, field: 'value', message: p.message, fix: p.fix } : { file: 'src/features/figures/charts.ts', message: p.message, fix: p.fix };
      }),
    );
    return { problems };
  },
};
