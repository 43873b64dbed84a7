// The national chart's plot in recharts: the GP roles stacked (partners at the bottom), each month at its own
// point in time on a number axis, so the half-yearly and quarterly snapshots to June 2021 take as much width per
// year as the monthly ones after them; round FTE ticks from 0, and a tick every January.
import { Area, CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { ChartTooltip, type TooltipContent } from '../../components/chart/ChartTooltip';
import { GRID_COLOUR } from '../../components/chart/palette';
import { timeAxisProps, valueAxisProps } from '../../components/chart/axis-props';
import { niceTicks } from '../../components/chart/nice-ticks';
import { formatNumber } from '../../lib/format';
import { yearsWithin } from './time-axis';

export interface StackedRow {
  /** Time in years (Sep 2015 = 2015 + 8/12). */
  t: number;
  label: string;
  values: readonly (number | null)[];
  total: number | null;
}

export interface PlotRole {
  key: string;
  label: string;
  colour: string;
}

/** The top of the stack in the tallest month (a missing value counts as 0: the bulletin's series have none). */
export function stackTop(rows: readonly StackedRow[]): number {
  return Math.max(0, ...rows.map((r) => r.values.reduce<number>((sum, v) => sum + (v ?? 0), 0)));
}

/** The tooltip for one month: the roles top of the stack first, as the eye reads the layers down; the total last. */
export function describeMonth(rows: readonly StackedRow[], roles: readonly PlotRole[], index: number): TooltipContent | null {
  const row = rows[index];
  if (!row) return null;
  return {
    title: row.label,
    rows: [
      ...roles
        .map((role, i) => ({
          key: role.key,
          label: role.label,
          value: `${formatNumber(row.values[i] ?? null, 1)} FTE`,
          swatch: { kind: 'fill' as const, colour: role.colour },
        }))
        .reverse(),
      {
        key: 'total',
        label: 'All GPs',
        value: `${formatNumber(row.total, 1)} FTE`,
        swatch: { kind: 'line' as const, colour: '#1b1b1b', width: 0, dash: [] },
      },
    ],
  };
}

export function NationalPlot({
  rows,
  roles,
  height,
}: {
  rows: readonly StackedRow[];
  roles: readonly PlotRole[];
  height: number;
}) {
  const valueTicks = niceTicks(0, stackTop(rows), 5);
  const first = rows[0]?.t ?? 0;
  const last = rows[rows.length - 1]?.t ?? first;
  return (
    <ChartFrame height={height} initialWidth={960}>
      <ComposedChart
        data={rows as StackedRow[]}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        aria-label="Stacked area chart of England's GP FTE by role: half-yearly then quarterly snapshots to June 2021, monthly since, on a time axis proportional to the years. The table below has the same figures. Left and right arrow keys step through the months."
      >
        <CartesianGrid stroke={GRID_COLOUR} />
        {/* Every whole year is ticked (January): a tick a year fits the national chart's width. */}
        <XAxis {...timeAxisProps({ dataKey: 't', first, last, ticks: yearsWithin(first, last), format: String })} />
        <YAxis {...valueAxisProps(valueTicks)} />
        {roles.map((role, i) => (
          <Area
            key={role.key}
            className="national-role"
            dataKey={(row: StackedRow) => row.values[i] ?? 0}
            name={role.label}
            stackId="roles"
            type="linear"
            stroke={role.colour}
            fill={role.colour}
            fillOpacity={0.75}
            activeDot={{ r: 4, stroke: '#ffffff', strokeWidth: 2, fill: role.colour }}
            isAnimationActive={false}
          />
        ))}
        <ChartTooltip describe={(index) => describeMonth(rows, roles, index)} />
      </ComposedChart>
    </ChartFrame>
  );
}
