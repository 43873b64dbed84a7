// The PCN team chart's plot in recharts: PCN staff FTE stacked by role group over time (each file date at its own
// point in time), one layer per group, with the projected years (from the latest file on) lightened and hatched by one
// overlay and a line where the projection starts. Props only (components/): the figures come from figures/team-chart.ts.
import { Area, CartesianGrid, ComposedChart, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartFrame';
import { ChartTooltip, type TooltipContent } from './ChartTooltip';
import { AXIS_COLOUR, GRID_COLOUR, LABEL_COLOUR, teamBandColour } from './palette';
import { niceTicks } from './nice-ticks';
import { timeAxisProps, valueAxisProps } from './axis-props';
import { formatNumber } from '../../lib/format';
import { yearRange } from '../../lib/years';
import { stackLayers, type TeamChartFigures } from '../../figures/team-chart';

/** The tooltip for one date: the groups top of the stack first, as the eye reads the layers down; the total last. */
export function describeTeamRow(figures: TeamChartFigures, index: number): TooltipContent | null {
  const row = figures.rows[index];
  if (!row) return null;
  return {
    title: row.label,
    rows: [
      ...figures.groups
        .map((g, i) => ({
          key: g.key,
          label: g.label,
          value: `${formatNumber(row.values[i] ?? null, 1)} FTE`,
          swatch: { kind: 'fill' as const, colour: teamBandColour(figures.groups, i) },
        }))
        .reverse(),
      {
        key: 'pcnTotal',
        label: 'All PCN staff',
        value: `${formatNumber(row.pcnTotal, 1)} FTE`,
        swatch: { kind: 'line' as const, colour: '#1b1b1b', width: 0, dash: [] },
      },
      ...(figures.withPractice
        ? [
            {
              key: 'practiceTotal',
              label: 'Practice staff',
              value: `${formatNumber(row.practiceTotal, 1)} FTE`,
              swatch: { kind: 'line' as const, colour: '#1b1b1b', width: 0, dash: [] },
            },
            {
              key: 'total',
              label: 'Whole practice team',
              value: `${formatNumber(row.total, 1)} FTE`,
              swatch: { kind: 'line' as const, colour: '#1b1b1b', width: 0, dash: [] },
            },
          ]
        : []),
    ],
  };
}

/**
 * The hatch over the projected years: white, half see-through, with white diagonal lines, so every group's colour
 * shows lighter and striped there. One overlay for all the groups (12 of them with the practice staff): the chart
 * draws one layer per group instead of a recorded and a projected layer each, on every lever move.
 */
const hatchId = (idBase: string) => `${idBase}-projected-hatch`;

export function TeamPlot({
  figures,
  height,
  width,
  label,
  idBase,
}: {
  figures: TeamChartFigures;
  height: number;
  /** A fixed width (the PNG); otherwise the column's. */
  width?: number;
  label: string;
  /** Unique per chart on the page (the hatch patterns' ids). */
  idBase: string;
}) {
  const { rows, groups } = figures;
  const { bands, projectedSpan } = stackLayers(figures);
  const top = Math.max(0, ...rows.map((r) => r.values.reduce<number>((s, v) => s + (v ?? 0), 0)));
  const valueTicks = niceTicks(0, top, 5);
  const first = rows[0]?.t ?? 0;
  const last = rows[rows.length - 1]?.t ?? first;
  const data = rows.map((row, ri) => ({
    t: row.t,
    ...Object.fromEntries(groups.map((_, gi) => [`g${gi}`, bands[gi]![ri]])),
  }));
  const ticks = yearRange(Math.ceil(first), Math.floor(last));
  const step = ticks.length > 12 ? 2 : 1;
  const chart = (
    <ComposedChart
      data={data}
      width={width}
      height={width ? height : undefined}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      aria-label={label}
    >
      <defs>
        <pattern id={hatchId(idBase)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" fillOpacity={0.45} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeOpacity={0.75} strokeWidth="2" />
        </pattern>
      </defs>
      <CartesianGrid stroke={GRID_COLOUR} />
      <XAxis {...timeAxisProps({ dataKey: 't', first, last, ticks: ticks.filter((_, i) => i % step === 0), format: String })} />
      <YAxis {...valueAxisProps(valueTicks)} />
      {groups.map((g, i) => (
        <Area
          key={g.key}
          className="team-group"
          dataKey={`g${i}`}
          name={g.label}
          type="linear"
          stroke={teamBandColour(groups, i)}
          fill={teamBandColour(groups, i)}
          fillOpacity={0.8}
          activeDot={false}
          isAnimationActive={false}
        />
      ))}
      {projectedSpan && (
        <ReferenceArea
          className="team-projected-hatch"
          x1={projectedSpan[0]}
          x2={projectedSpan[1]}
          fill={`url(#${hatchId(idBase)})`}
          fillOpacity={1}
          ifOverflow="hidden"
          zIndex={150}
        />
      )}
      {figures.baseIndex < rows.length - 1 && (
        <ReferenceLine
          x={rows[figures.baseIndex]?.t}
          stroke={AXIS_COLOUR}
          strokeDasharray="2 2"
          label={{ value: 'Projected →', position: 'insideTopRight', fill: LABEL_COLOUR, fontSize: 12 }}
        />
      )}
      {!width && <ChartTooltip describe={(index) => describeTeamRow(figures, index)} />}
    </ComposedChart>
  );
  return width ? (
    chart
  ) : (
    <ChartFrame height={height} initialWidth={640}>
      {chart}
    </ChartFrame>
  );
}
