// The trend chart export: the chart as drawn on screen (serialised SVG, scaled up) across the image's full width,
// with a title naming the measure, years and areas, the chart's key and the scenario's levers below it, and the
// attribution (the workforce statistics only: the chart shows no boundaries).
import { metricConfig } from '../../figures/metrics';
import { isProjectedYear } from '../../lib/years';
import { chartLegendFromDom, chartViewBox, findChartSvg, serialiseSvg, svgImage } from './chart-image';
import { FIGURE_BASIS } from '../../lib/attribution';
import { attributionFor, chartTitle, type LeverGroup } from './export-text';
import { paintLayout } from './paint';
import { layoutExport, type ExportContent, type LegendEntry, type Measure } from './png-layout';

/** 1920 px: full HD, sharp on a full-width slide. */
export const CHART_EXPORT_WIDTH = 1920;

export interface ChartExportInput {
  /** The element holding the rendered chart (the Trends panel). */
  root: ParentNode;
  years: readonly number[];
  /** Selected areas' names (England is always plotted too). */
  areaNames: readonly string[];
  levers: readonly LeverGroup[];
  /** The last recorded year: later years are projected. */
  lastDataYear?: number;
}

/** The measure the chart shows, as the chart names it (its data-trend-* attributes), or per 100,000 patients. */
function chartMeasure(root: ParentNode): { label: string; unit: string } {
  const chart = root.querySelector<HTMLElement>('[data-trend-label]');
  const fallback = metricConfig('ftePer100k');
  return { label: chart?.dataset.trendLabel ?? fallback.label, unit: chart?.dataset.trendUnit ?? fallback.unit };
}

/** What the chart PNG says: title, unit, key, levers, what the figures count and the credits (no boundaries: no map). */
export function chartExportContent(args: {
  metric: { label: string; unit: string };
  years: readonly number[];
  areaNames: readonly string[];
  lastDataYear?: number;
  legend: readonly LegendEntry[];
  levers: readonly LeverGroup[];
  /** The plot's height over its width, as drawn on screen. */
  figureAspect: number;
}): ExportContent {
  const { metric, years, lastDataYear } = args;
  const projected = years.some((y) => isProjectedYear(y, lastDataYear));
  return {
    title: chartTitle({ metricLabel: metric.label, years, areaNames: args.areaNames, lastDataYear }),
    subtitle: [
      `In ${metric.unit}${projected ? "; the grey years are projected, with the scenario's 80% range shaded in each line's colour" : ''}`,
    ],
    figureAspect: args.figureAspect,
    legendTitle: 'Lines',
    legend: args.legend,
    levers: args.levers,
    notes: [FIGURE_BASIS],
    attribution: attributionFor('chart'),
  };
}

/** The chart PNG's layout: the plot across the full width, key and levers below it. */
export const chartLayout = (content: ExportContent, measure: Measure) =>
  layoutExport(content, measure, { width: CHART_EXPORT_WIDTH, arrangement: 'below' });

export async function renderChartCanvas(input: ChartExportInput, measure: Measure): Promise<HTMLCanvasElement> {
  const svg = findChartSvg(input.root);
  if (!svg || svg.width.baseVal.value === 0 || svg.height.baseVal.value === 0)
    throw new Error('The chart has not been drawn yet; try again in a moment.');
  const box = chartViewBox(svg);
  const layout = chartLayout(
    chartExportContent({
      metric: chartMeasure(input.root),
      years: input.years,
      areaNames: input.areaNames,
      lastDataYear: input.lastDataYear,
      legend: chartLegendFromDom(input.root),
      levers: input.levers,
      figureAspect: box.height / box.width,
    }),
    measure,
  );
  const image = await svgImage(serialiseSvg(svg, box, layout.figure.width, layout.figure.height));
  const { canvas, ctx } = paintLayout(layout);
  ctx.drawImage(image, layout.figure.x, layout.figure.y, layout.figure.width, layout.figure.height);
  return canvas;
}
