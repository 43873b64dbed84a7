// The team chart's PNG: the stacked plot (practice and PCN staff) drawn by the chart's own component
// (components/chart/TeamPlot) from the same figures as the chart on screen, rendered offscreen at a fixed size
// (chart-svg's offscreenPlotSvg, as the trend chart's PNG), across the image's full width, with a title naming the
// area and dates, the groups' key, the scenario's GP and PCN team levers, the basis and the credits.
import { TeamPlot } from '../../components/chart/TeamPlot';
import { teamBandColour } from '../../components/chart/palette';
import { teamChartWhat, type TeamChartFigures } from '../../figures/team-chart';
import { attributionFor, type LeverGroup } from './export-text';
import { CHART_PLOT, offscreenPlotSvg } from './chart-svg';
import { svgImage } from './chart-image';
import { paintLayout } from './paint';
import { layoutExport, type ExportContent, type Measure } from './png-layout';

/** What the team PNG says: title, unit, key, levers, basis and the credits (no boundaries: no map). */
export function teamExportContent(args: {
  figures: TeamChartFigures;
  name: string;
  basis: readonly string[];
  levers: readonly LeverGroup[];
}): ExportContent {
  const { figures, name } = args;
  const first = figures.rows[0]?.label ?? '';
  const recordedTo = figures.rows[figures.baseIndex]?.label ?? '';
  const last = figures.rows[figures.rows.length - 1];
  const projected = figures.rows.length - 1 > figures.baseIndex;
  return {
    title: `${name}: ${teamChartWhat(figures)}, ${first} to ${recordedTo}${projected && last ? `, projected to ${last.label.replace(/ \(.*\)$/, '')}` : ''}`,
    subtitle: [
      `In FTE${projected ? `; hatched years are projected: PCN staff by the PCN team levers (no 80% range)${figures.withPractice ? ', practice GPs by the GP projection, other practice staff held at their latest' : ''}` : ''}`,
    ],
    figureAspect: CHART_PLOT.height / CHART_PLOT.width,
    legendTitle: figures.withPractice ? 'Staff groups' : 'Role groups',
    legend: figures.groups.map((g, i) => ({
      label: g.label,
      swatch: { kind: 'fill' as const, colour: teamBandColour(figures.groups, i) },
    })),
    levers: args.levers,
    notes: args.basis,
    attribution: attributionFor('chart'),
  };
}

export async function renderTeamCanvas(
  input: { figures: TeamChartFigures; name: string; basis: readonly string[]; levers: readonly LeverGroup[] },
  measure: Measure,
): Promise<HTMLCanvasElement> {
  if (input.figures.rows.length === 0) throw new Error('The team chart has no figures to draw yet; try again in a moment.');
  const layout = layoutExport(teamExportContent(input), measure, { width: 1920, arrangement: 'below' });
  const markup = await offscreenPlotSvg(
    <TeamPlot
      figures={input.figures}
      width={CHART_PLOT.width}
      height={CHART_PLOT.height}
      label={`${input.name}: ${teamChartWhat(input.figures)}`}
      idBase="team-png"
    />,
    (host) => host.querySelectorAll('.team-band path').length > 0,
    layout.figure,
    'The team chart could not be drawn for the image; try again in a moment.',
  );
  const image = await svgImage(markup);
  const { canvas, ctx } = paintLayout(layout);
  ctx.drawImage(image, layout.figure.x, layout.figure.y, layout.figure.width, layout.figure.height);
  return canvas;
}
