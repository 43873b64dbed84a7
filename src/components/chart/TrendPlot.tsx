// The trend chart's plot: one line per area and series over the financial years (a gap where a year has no
// figure), each scenario line's 80% range shaded in its colour, the projected years shaded grey and named, round
// value ticks and whole-year ticks. The years are equally spaced, first at the left edge and last at the right.
import { ChartSurface, type Drawing, type TooltipRow } from './ChartSurface';
import { Grid, XAxis, YAxis } from './Axes';
import { bandPath, linearScale, linePath, plotBox } from './geometry';
import { formatNumber, formatRange } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { tickDecimals } from './nice-ticks';
import type { TrendRow } from '../../figures/trend-series';
import type { SeriesStyle } from './trend-legend';

export interface PlotLine {
  key: string;
  code: string;
  sourceKey: string;
  /** "Kent — Scenario" (or the area alone when one series is drawn). */
  name: string;
  colour: string;
  style: SeriesStyle;
  /** The column of this line's 80% range, when it is shaded. */
  range?: string;
}

export interface TrendPlotProps {
  rows: readonly TrendRow[];
  lines: readonly PlotLine[];
  /** Round value ticks, the first and last the axis's ends (empty when nothing has a value). */
  valueTicks: readonly number[];
  /** The years that get a tick. */
  yearTicks: readonly number[];
  /** The first projected year and the last year, when some years are projected. */
  projected: { from: number; to: number } | null;
  height: number;
  label: string;
}

/** About a digit's width at the page's 16 px: room for the value labels left of the axis. */
const CHAR_PX = 9;

const cellNumber = (row: TrendRow | undefined, key: string) => {
  const value = row?.[key];
  return typeof value === 'number' ? value : null;
};
const cellRange = (row: TrendRow | undefined, key: string | undefined) => {
  const value = key === undefined ? undefined : row?.[key];
  return Array.isArray(value) ? value : null;
};

export function TrendPlot({ rows, lines, valueTicks, yearTicks, projected, height, label }: TrendPlotProps) {
  const decimals = tickDecimals(valueTicks);
  const valueLabels = valueTicks.map((v) => formatNumber(v, decimals));
  const widest = Math.max(2, ...valueLabels.map((l) => l.length));
  const lastLabel = fyLabel(rows[rows.length - 1]?.year ?? 0);
  const margins = {
    top: 8,
    right: Math.ceil((lastLabel.length * CHAR_PX) / 2) + 4,
    bottom: 38,
    left: widest * CHAR_PX + 17,
  };
  const firstYear = rows[0]?.year ?? 0;
  const lastYear = rows[rows.length - 1]?.year ?? firstYear;
  const domain: [number, number] = [valueTicks[0] ?? 0, valueTicks[valueTicks.length - 1] ?? 1];

  const draw = (width: number): Drawing => {
    const plot = plotBox(width, height, margins);
    const x = linearScale([firstYear, lastYear], [plot.left, plot.right]);
    const y = linearScale(domain, [plot.bottom, plot.top]);
    const xs = rows.map((r) => x(r.year));
    // A line's 80% range where it has one (a series without ranges draws no band).
    const bands = lines.flatMap((line) => {
      const d = bandPath(
        rows.map((r, i) => {
          const range = cellRange(r, line.range);
          return range ? { x: xs[i] ?? 0, y0: y(range[0]), y1: y(range[1]) } : null;
        }),
      );
      return d === ''
        ? []
        : [<path key={`${line.key}|range`} className="chart-band" d={d} fill={line.colour} fillOpacity={0.15} stroke="none" />];
    });
    const paths = lines.map((line) => (
      <path
        key={line.key}
        className="chart-line"
        data-series={line.key}
        d={linePath(
          rows.map((r, i) => {
            const value = cellNumber(r, line.key);
            return value === null ? null : { x: xs[i] ?? 0, y: y(value) };
          }),
        )}
        fill="none"
        stroke={line.colour}
        strokeWidth={line.style.width}
        strokeDasharray={line.style.dash.length ? line.style.dash.join(' ') : undefined}
        strokeLinejoin="round"
      />
    ));
    const shade = projected && (
      <g className="chart-projected">
        <rect
          x={x(projected.from)}
          y={plot.top}
          width={Math.max(0, x(projected.to) - x(projected.from))}
          height={plot.bottom - plot.top}
          fill="#f0f0f0"
          fillOpacity={0.7}
        />
        <text x={(x(projected.from) + x(projected.to)) / 2} y={plot.top + 6} dy="0.8em" textAnchor="middle" fill="#595959">
          Projected
        </text>
      </g>
    );
    const yTicks = valueTicks.map((v, i) => ({ at: y(v), label: valueLabels[i] ?? '' }));
    const xTicks = yearTicks.map((year) => ({ at: x(year), label: fyLabel(year) }));
    return {
      plot,
      xs,
      marks: (
        <>
          {shade}
          <Grid plot={plot} x={xTicks} y={yTicks} />
          {bands}
          {paths}
          <YAxis plot={plot} ticks={yTicks} />
          <XAxis plot={plot} ticks={xTicks} />
        </>
      ),
      dots: (index) =>
        lines.flatMap((line) => {
          const value = cellNumber(rows[index], line.key);
          return value === null ? [] : [{ key: line.key, x: xs[index] ?? 0, y: y(value), colour: line.colour }];
        }),
    };
  };

  const tooltip = (index: number) => {
    const row = rows[index];
    const items = lines.flatMap((line): TooltipRow[] => {
      const value = cellNumber(row, line.key);
      const range = cellRange(row, line.range);
      if (value === null && range === null) return [];
      const rangeText = range ? `80% range ${formatRange(range[0], range[1], 1)}` : '';
      return [
        {
          key: line.key,
          label: line.name,
          value: value === null ? rangeText : range ? `${formatNumber(value, 1)} (${rangeText})` : formatNumber(value, 1),
          swatch: { kind: 'line', colour: line.colour, width: line.style.width, dash: line.style.dash },
        },
      ];
    });
    return { title: row?.label ?? '', rows: items };
  };

  return <ChartSurface height={height} label={label} step="year" draw={draw} tooltip={tooltip} />;
}
