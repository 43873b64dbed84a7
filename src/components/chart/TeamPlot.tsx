// The PCN team chart's plot in recharts: PCN staff FTE stacked by role group over time (each file date at its own
// point in time), recorded layers solid, projected layers hatched and lighter from the latest file on, with a line
// where the projection starts. Props only (components/): the figures come from figures/team-chart.ts.
import { Area, CartesianGrid, ComposedChart, ReferenceLine, XAxis, YAxis } from 'recharts';
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

/** The hatch of a projected layer: the group's colour, lighter, with diagonal lines of it. */
const hatchId = (idBase: string, i: number) => `${idBase}-hatch-${i}`;

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
  const layers = stackLayers(figures);
  const top = Math.max(0, ...rows.map((r) => r.values.reduce<number>((s, v) => s + (v ?? 0), 0)));
  const valueTicks = niceTicks(0, top, 5);
  const first = rows[0]?.t ?? 0;
  const last = rows[rows.length - 1]?.t ?? first;
  const data = rows.map((row, ri) => ({
    t: row.t,
    ...Object.fromEntries(
      groups.flatMap((_, gi) => [
        [`r${gi}`, layers.recorded[gi]![ri]],
        [`p${gi}`, layers.projected[gi]![ri]],
      ]),
    ),
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
        {groups.map((g, i) => (
          <pattern
            key={g.key}
            id={hatchId(idBase, i)}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={teamBandColour(groups, i)} fillOpacity={0.3} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={teamBandColour(groups, i)} strokeWidth="2.5" />
          </pattern>
        ))}
      </defs>
      <CartesianGrid stroke={GRID_COLOUR} />
      <XAxis {...timeAxisProps({ dataKey: 't', first, last, ticks: ticks.filter((_, i) => i % step === 0), format: String })} />
      <YAxis {...valueAxisProps(valueTicks)} />
      {groups.map((g, i) => (
        <Area
          key={`r-${g.key}`}
          className="team-group recorded"
          dataKey={`r${i}`}
          name={g.label}
          type="linear"
          stroke={teamBandColour(groups, i)}
          fill={teamBandColour(groups, i)}
          fillOpacity={0.8}
          activeDot={false}
          isAnimationActive={false}
        />
      ))}
      {groups.map((g, i) => (
        <Area
          key={`p-${g.key}`}
          className="team-group projected"
          dataKey={`p${i}`}
          name={`${g.label} (projected)`}
          type="linear"
          stroke={teamBandColour(groups, i)}
          strokeDasharray="4 3"
          fill={`url(#${hatchId(idBase, i)})`}
          activeDot={false}
          isAnimationActive={false}
        />
      ))}
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
