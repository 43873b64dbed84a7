// The trend chart export: the chart as drawn on screen (serialised SVG, scaled up), with a title naming the
// measure, years and areas, the chart's legend, the scenario's levers and the attribution.
import { metricConfig } from '../../lib/metrics';
import { isProjectedYear } from '../../lib/years';
import { chartLegendFromDom, chartViewBox, findChartSvg, serialiseSvg, svgImage } from './chart-image';
import { FIGURE_BASIS } from '../../lib/attribution';
import { attributionFor, chartTitle, type LeverGroup } from './export-text';
import { paintLayout } from './paint';
import { layoutExport, type Measure } from './png-layout';

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

export async function renderChartCanvas(input: ChartExportInput, measure: Measure): Promise<HTMLCanvasElement> {
  const svg = findChartSvg(input.root);
  if (!svg || svg.width.baseVal.value === 0 || svg.height.baseVal.value === 0)
    throw new Error('The chart has not been drawn yet; try again in a moment.');
  const box = chartViewBox(svg);
  const metric = chartMeasure(input.root);
  const layout = layoutExport(
    {
      title: chartTitle({
        metricLabel: metric.label,
        years: input.years,
        areaNames: input.areaNames,
        lastDataYear: input.lastDataYear,
      }),
      subtitle: [
        `In ${metric.unit}${input.years.some((y) => isProjectedYear(y, input.lastDataYear)) ? "; the grey years are projected, with the scenario's 80% range shaded in each line's colour" : ''}`,
        FIGURE_BASIS,
      ],
      figureAspect: box.height / box.width,
      legendTitle: 'Lines',
      legend: chartLegendFromDom(input.root),
      levers: input.levers,
      attribution: attributionFor('chart'),
    },
    measure,
  );
  const image = await svgImage(serialiseSvg(svg, box, layout.figure.width, layout.figure.height));
  const { canvas, ctx } = paintLayout(layout);
  ctx.drawImage(image, layout.figure.x, layout.figure.y, layout.figure.width, layout.figure.height);
  return canvas;
}
