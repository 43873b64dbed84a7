// The trend chart export: the chart drawn from the same model as the chart on screen (components/chart/trend-model.ts,
// from the series and the stores: state/workforce/use-trend-chart.ts) across the image's full width, with a title
// naming the measure, years and areas, the chart's key and the scenario's levers below it, and the attribution
// (the workforce statistics only: the chart shows no boundaries).
import { isProjectedYear } from '../../lib/years';
import { trendModel, type TrendModel } from '../../components/chart/trend-model';
import type { TrendChartInput } from '../../figures/trend-series';
import { FIGURE_BASIS } from '../../lib/attribution';
import { attributionFor, chartTitle, type LeverGroup } from './export-text';
import { CHART_PLOT, trendPlotSvg } from './chart-svg';
import { svgImage } from './chart-image';
import { paintLayout } from './paint';
import { layoutExport, type ExportContent, type Measure } from './png-layout';

/** 1920 px: full HD, sharp on a full-width slide. */
export const CHART_EXPORT_WIDTH = 1920;

export interface ChartExportInput {
  /** What the chart on screen is drawn from. */
  chart: TrendChartInput;
  /** Selected areas' names (England is always plotted too). */
  areaNames: readonly string[];
  levers: readonly LeverGroup[];
}

/** What the chart PNG says: title, unit, key, levers, what the figures count and the credits (no boundaries: no map). */
export function chartExportContent(args: {
  model: Pick<TrendModel, 'measure' | 'legend'>;
  years: readonly number[];
  areaNames: readonly string[];
  lastDataYear?: number;
  levers: readonly LeverGroup[];
  /** The plot's height over its width, as drawn. */
  figureAspect: number;
}): ExportContent {
  const { model, years, lastDataYear } = args;
  const projected = years.some((y) => isProjectedYear(y, lastDataYear));
  return {
    title: chartTitle({ metricLabel: model.measure.label, years, areaNames: args.areaNames, lastDataYear }),
    subtitle: [
      `In ${model.measure.unit}${projected ? "; the grey years are projected, with the scenario's 80% range shaded in each line's colour" : ''}`,
    ],
    figureAspect: args.figureAspect,
    legendTitle: 'Lines',
    legend: model.legend.map((entry) => ({ label: entry.label, swatch: entry.swatch })),
    levers: args.levers,
    notes: [FIGURE_BASIS],
    attribution: attributionFor('chart'),
  };
}

/** The chart PNG's layout: the plot across the full width, key and levers below it. */
export const chartLayout = (content: ExportContent, measure: Measure) =>
  layoutExport(content, measure, { width: CHART_EXPORT_WIDTH, arrangement: 'below' });

export async function renderChartCanvas(input: ChartExportInput, measure: Measure): Promise<HTMLCanvasElement> {
  const model = trendModel(input.chart);
  if (model.rows.length === 0) throw new Error('The chart has no figures to draw yet; try again in a moment.');
  const layout = chartLayout(
    chartExportContent({
      model,
      years: input.chart.years,
      areaNames: input.areaNames,
      lastDataYear: input.chart.lastDataYear,
      levers: input.levers,
      figureAspect: CHART_PLOT.height / CHART_PLOT.width,
    }),
    measure,
  );
  const image = await svgImage(await trendPlotSvg(model, layout.figure));
  const { canvas, ctx } = paintLayout(layout);
  ctx.drawImage(image, layout.figure.x, layout.figure.y, layout.figure.width, layout.figure.height);
  return canvas;
}
