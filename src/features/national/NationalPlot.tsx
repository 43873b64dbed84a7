// The national chart's plot: the GP roles stacked (partners at the bottom), each month at its own point in time,
// so the half-yearly and quarterly snapshots to June 2021 take as much width per year as the monthly ones after
// them; round FTE ticks from 0, and a tick every January.
import { ChartSurface, type Drawing } from '../../components/chart/ChartSurface';
import { Grid, XAxis, YAxis } from '../../components/chart/Axes';
import { bandPath, linearScale, linePath, plotBox, stackLayers } from '../../components/chart/geometry';
import { niceTicks, yearTicks } from '../../components/chart/nice-ticks';
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

const MARGINS = { top: 8, right: 16, bottom: 38, left: 72 };

export function NationalPlot({
  rows,
  roles,
  height,
}: {
  rows: readonly StackedRow[];
  roles: readonly PlotRole[];
  height: number;
}) {
  const layers = stackLayers(rows.map((r) => r.values));
  const top = Math.max(0, ...layers.flatMap((layer) => layer.map((p) => p.high)));
  const valueTicks = niceTicks(0, top, 5);
  const first = rows[0]?.t ?? 0;
  const last = rows[rows.length - 1]?.t ?? first;

  const draw = (width: number): Drawing => {
    const plot = plotBox(width, height, MARGINS);
    const x = linearScale([first, last], [plot.left, plot.right]);
    const y = linearScale([valueTicks[0] ?? 0, valueTicks[valueTicks.length - 1] ?? 1], [plot.bottom, plot.top]);
    const xs = rows.map((r) => x(r.t));
    // Every whole year is ticked: a tick a year fits the national chart's width.
    const xTicks = yearTicks(yearsWithin(first, last), Number.POSITIVE_INFINITY).map((year) => ({
      at: x(year),
      label: String(year),
    }));
    const yTicks = valueTicks.map((v) => ({ at: y(v), label: formatNumber(v) }));
    return {
      plot,
      xs,
      marks: (
        <>
          <Grid plot={plot} x={xTicks} y={yTicks} />
          {roles.map((role, i) => {
            const layer = layers[i] ?? [];
            return (
              <g key={role.key} className="chart-area" data-series={role.key}>
                <path
                  d={bandPath(layer.map((p, j) => ({ x: xs[j] ?? 0, y0: y(p.low), y1: y(p.high) })))}
                  fill={role.colour}
                  fillOpacity={0.75}
                  stroke="none"
                />
                <path
                  d={linePath(layer.map((p, j) => ({ x: xs[j] ?? 0, y: y(p.high) })))}
                  fill="none"
                  stroke={role.colour}
                  strokeLinejoin="round"
                />
              </g>
            );
          })}
          <YAxis plot={plot} ticks={yTicks} />
          <XAxis plot={plot} ticks={xTicks} />
        </>
      ),
      dots: (index) =>
        roles.map((role, i) => ({
          key: role.key,
          x: xs[index] ?? 0,
          y: y(layers[i]?.[index]?.high ?? 0),
          colour: role.colour,
        })),
    };
  };

  // Top of the stack first, as the eye reads the layers down; the total last.
  const tooltip = (index: number) => {
    const row = rows[index];
    return {
      title: row?.label ?? '',
      rows: [
        ...roles
          .map((role, i) => ({
            key: role.key,
            label: role.label,
            value: `${formatNumber(row?.values[i] ?? null, 1)} FTE`,
            swatch: { kind: 'fill' as const, colour: role.colour },
          }))
          .reverse(),
        {
          key: 'total',
          label: 'All GPs',
          value: `${formatNumber(row?.total ?? null, 1)} FTE`,
          swatch: { kind: 'line' as const, colour: '#1b1b1b', width: 0, dash: [] },
        },
      ],
    };
  };

  return (
    <ChartSurface
      height={height}
      label="Stacked area chart of England's GP FTE by role: half-yearly then quarterly snapshots to June 2021, monthly since, on a time axis proportional to the years. The table below has the same figures."
      step="month"
      draw={draw}
      tooltip={tooltip}
      fallbackWidth={960}
    />
  );
}
