// The PCN team chart's plot in recharts: PCN staff FTE stacked by role group over time (each file date at its own
// point in time), one layer per group, with the projected years (from the latest file on) lightened and hatched by one
// overlay and a line where the projection starts. Props only (components/): the figures come from figures/team-chart.ts.
import { memo, useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
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
const MARGIN = { top: 8, right: 16, bottom: 8, left: 8 };
const PROJECTED_LABEL = { value: 'Projected →', position: 'insideTopRight' as const, fill: LABEL_COLOUR, fontSize: 12 };

/**
 * The stacked groups as one layer of SVG paths, drawn with the chart's own scales (recharts' public useXAxisScale and
 * useYAxisScale): each group a filled band between its bottom and top, straight between points (as a linear Area),
 * with its top edge drawn in its colour. Twelve recharts Areas did the same, but each registers itself in the chart's
 * store and re-renders on every store update: a team lever's move set off three rounds of 12 re-renders per chart
 * (150–200 ms blocking the page after the repaint); this layer renders once per move.
 */
const StackedBands = memo(function StackedBands({
  times,
  bands,
  colours,
}: {
  times: readonly number[];
  bands: readonly (readonly [number, number])[][];
  colours: readonly string[];
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y || times.length === 0) return null;
  const at = (value: number, scale: typeof x) => {
    const v = scale(value);
    return typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 100) / 100 : 0;
  };
  const xs = times.map((t) => at(t, x));
  return (
    <g className="team-bands">
      {bands.map((band, gi) => {
        const tops = band.map(([, top], i) => `${xs[i]},${at(top, y)}`);
        const bottoms = band.map(([bottom], i) => `${xs[i]},${at(bottom, y)}`).reverse();
        return (
          <g key={gi} className="team-group team-band">
            <path d={`M${tops.join('L')}L${bottoms.join('L')}Z`} fill={colours[gi]} fillOpacity={0.8} stroke="none" />
            <path d={`M${tops.join('L')}`} fill="none" stroke={colours[gi]} strokeWidth={1} />
          </g>
        );
      })}
    </g>
  );
});

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
  // The chart's data: the times, which the tooltip and the keyboard step through, and the stack's top, which one
  // unseen Area registers with the chart so its axes and tooltip work as with the groups' own (StackedBands draws them).
  const data = rows.map((row, ri) => ({ t: row.t, top: bands[bands.length - 1]?.[ri]?.[1] ?? 0 }));
  // The chart's fixed parts stay the same elements while what they show is unchanged (see TrendPlot): a lever move
  // changes the bands and the data, not the axes' or the reference marks' registrations with the chart's store.
  const xAxis = useMemo(() => {
    const years = yearRange(Math.ceil(first), Math.floor(last));
    const every = years.length > 12 ? 2 : 1;
    return (
      <XAxis {...timeAxisProps({ dataKey: 't', first, last, ticks: years.filter((_, i) => i % every === 0), format: String })} />
    );
  }, [first, last]);
  const valueTicksKey = valueTicks.join(',');
  const yAxis = useMemo(
    () => <YAxis {...valueAxisProps(valueTicksKey.split(',').filter(Boolean).map(Number))} />,
    [valueTicksKey],
  );
  const grid = useMemo(() => <CartesianGrid stroke={GRID_COLOUR} />, []);
  const topArea = useMemo(
    () => (
      <Area
        dataKey="top"
        type="linear"
        stroke="none"
        fill="none"
        activeDot={false}
        isAnimationActive={false}
        legendType="none"
        tooltipType="none"
      />
    ),
    [],
  );
  const spanFrom = projectedSpan?.[0];
  const spanTo = projectedSpan?.[1];
  const hatch = useMemo(
    () =>
      spanFrom !== undefined && spanTo !== undefined ? (
        <ReferenceArea
          className="team-projected-hatch"
          x1={spanFrom}
          x2={spanTo}
          fill={`url(#${hatchId(idBase)})`}
          fillOpacity={1}
          ifOverflow="hidden"
          zIndex={150}
        />
      ) : null,
    [spanFrom, spanTo, idBase],
  );
  const baseT = figures.baseIndex < rows.length - 1 ? rows[figures.baseIndex]?.t : undefined;
  const baseLine = useMemo(
    () =>
      baseT !== undefined ? <ReferenceLine x={baseT} stroke={AXIS_COLOUR} strokeDasharray="2 2" label={PROJECTED_LABEL} /> : null,
    [baseT],
  );
  const chart = (
    <ComposedChart data={data} width={width} height={width ? height : undefined} margin={MARGIN} aria-label={label}>
      <defs>
        <pattern id={hatchId(idBase)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" fillOpacity={0.45} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeOpacity={0.75} strokeWidth="2" />
        </pattern>
      </defs>
      {grid}
      {xAxis}
      {yAxis}
      {topArea}
      <StackedBands times={rows.map((r) => r.t)} bands={bands} colours={groups.map((_, i) => teamBandColour(groups, i))} />
      {hatch}
      {baseLine}
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
