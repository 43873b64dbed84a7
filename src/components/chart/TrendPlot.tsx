// The trend chart's plot in recharts, from its model (trend-model.ts): one line per area and series over the
// financial years (a gap where a year has no figure), each scenario line's 80% range shaded in its colour, the
// projected years shaded grey and named, the target as a dotted line in its area's colour, round value ticks and
// whole-year ticks. The years are a number axis, so they are equally spaced, the first at the left edge and the
// last at the right. Animation is off: the lines move with every slider step.
import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, Scatter, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartFrame';
import { ChartTooltip, type TooltipRow } from './ChartTooltip';
import { formatNumber, formatRange } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { tickDecimals } from './nice-ticks';
import type { TrendRow } from '../../figures/trend-series';
import { TARGET_STYLE } from './trend-legend';
import { GRID_COLOUR, LABEL_COLOUR } from './palette';
import { timeAxisProps, valueAxisProps } from './axis-props';
import type { PlotLine, TrendModel } from './trend-model';

/** About a character's width at the page's 16 px: the last year's label is centred on the plot's right edge. */
const CHAR_PX = 9;

const cellNumber = (row: TrendRow | undefined, key: string) => {
  const value = row?.[key];
  return typeof value === 'number' ? value : null;
};
const cellRange = (row: TrendRow | undefined, key: string | undefined) => {
  const value = key === undefined ? undefined : row?.[key];
  return Array.isArray(value) ? value : null;
};

/** The tooltip's rows for one year: each line's value, with its 80% range where it has one. */
export function describeYear(model: TrendModel, index: number) {
  const row = model.rows[index];
  if (!row) return null;
  const rows = model.lines.flatMap((line): TooltipRow[] => {
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
  // The bulletin month sits inside a financial year (Oct 2025 in 2025/26, centred on its key 2026), or past the last
  // one drawn: its points are
  // told with the year that holds it, or with the last year when no later year is drawn.
  const months = monthHost(model) === index ? monthRows(model) : [];
  return { title: months.length ? `${row.label} · ${String(model.monthRow?.label)}` : row.label, rows: [...rows, ...months] };
}

/** The index of the row whose tooltip also tells the bulletin month's points (-1 when there are none). */
export function monthHost(model: TrendModel): number {
  const x = model.monthPoints[0]?.x;
  if (x === undefined || model.rows.length === 0) return -1;
  const holding = model.rows.findIndex((r) => r.year === Math.round(x));
  if (holding >= 0) return holding;
  const lastIndex = model.rows.length - 1;
  return (model.rows[lastIndex]?.year ?? Infinity) < x ? lastIndex : -1;
}

/** The month's points as tooltip rows: each area's value, named as the bulletin's figure. */
const monthRows = (model: TrendModel): TooltipRow[] =>
  model.monthPoints.map((p) => ({
    key: `month|${p.code}`,
    label: `${p.name} (${String(model.monthRow?.label)}, bulletin basis)`,
    value: formatNumber(p.value, 1),
    swatch: { kind: 'fill', colour: p.colour },
  }));

/**
 * Each line's values (and each range's [low, high]) are read by key: the keys hold codes and scenario ids. One
 * function per key for the page's life: recharts registers each line with its dataKey, and a new function on every
 * render re-registers every line (a store update that re-renders the whole chart again).
 */
const valueReaders = new Map<string, (row: TrendRow) => number | null>();
const rangeReaders = new Map<string, (row: TrendRow) => unknown[] | null>();
const valueOf = (line: PlotLine) => {
  let read = valueReaders.get(line.key);
  if (!read) {
    read = (row: TrendRow) => cellNumber(row, line.key);
    valueReaders.set(line.key, read);
  }
  return read;
};
const rangeOf = (key: string) => {
  let read = rangeReaders.get(key);
  if (!read) {
    read = (row: TrendRow) => cellRange(row, key);
    rangeReaders.set(key, read);
  }
  return read;
};

// Fixed props, made once: recharts re-registers a reference line or area with its store on every render of its element.
const ACTIVE_DOT = { r: 4, stroke: '#ffffff', strokeWidth: 2 };
const PROJECTED_LABEL = { value: 'Projected', position: 'insideTop' as const, fill: LABEL_COLOUR };
const TARGET_LABEL = { value: 'Target', position: 'insideBottomLeft' as const, fill: LABEL_COLOUR };

/**
 * The chart. `width` fixes its size in px with nothing interactive (the PNG export draws it offscreen at the
 * image's proportions); without it, the chart takes its column's width and has the tooltip and keyboard layer.
 */
export function TrendPlot({ model, height, width }: { model: TrendModel; height: number; width?: number }) {
  const { rows, lines, valueTicks, projected, target } = model;
  const still = width !== undefined;
  const decimals = tickDecimals(valueTicks);
  const lastLabel = fyLabel(rows[rows.length - 1]?.year ?? 0);
  const first = rows[0]?.year ?? 0;
  // The bulletin month's points sit between financial years; the axis reaches them when nothing is projected yet.
  const last = Math.max(rows[rows.length - 1]?.year ?? first, ...model.monthPoints.map((p) => p.x));
  // The chart's parts as elements that stay the same object while what they show is unchanged: a lever move changes
  // the rows (recharts reads them from the chart's data), and React then leaves the axes, grid, reference marks and
  // line registrations alone. Each of them re-rendered dispatches to the chart's store (recharts 3 re-registers an
  // axis, a reference line or area, a line with a new dataKey, on every render), and every dispatch re-renders the
  // chart again: three rounds after every move, blocking the page for 100 ms and more on a 2-core machine.
  const rightMargin = Math.ceil((lastLabel.length * CHAR_PX) / 2) + 4;
  const margin = useMemo(() => ({ top: 8, right: rightMargin, bottom: 8, left: 8 }), [rightMargin]);
  const grid = useMemo(() => <CartesianGrid stroke={GRID_COLOUR} />, []);
  const yearTicksKey = model.yearTicks.join(',');
  const xAxis = useMemo(
    () => (
      <XAxis
        {...timeAxisProps({
          dataKey: 'year',
          first,
          last,
          ticks: yearTicksKey.split(',').filter(Boolean).map(Number),
          format: fyLabel,
        })}
      />
    ),
    [first, last, yearTicksKey],
  );
  const valueTicksKey = valueTicks.join(',');
  const yAxis = useMemo(() => {
    const ticks = valueTicksKey.split(',').filter(Boolean).map(Number);
    return (
      // A rate's axis need not start at 0: with no ticks yet, recharts picks the domain.
      <YAxis
        {...valueAxisProps(ticks, decimals)}
        domain={[ticks[0] ?? 'auto', ticks[ticks.length - 1] ?? 'auto']}
        ticks={ticks.length ? ticks : undefined}
        allowDataOverflow
      />
    );
  }, [valueTicksKey, decimals]);
  const projectedFrom = projected?.from;
  const projectedTo = projected?.to;
  const projectedArea = useMemo(
    () =>
      projectedFrom !== undefined && projectedTo !== undefined ? (
        <ReferenceArea x1={projectedFrom} x2={projectedTo} fill="#f0f0f0" fillOpacity={0.7} label={PROJECTED_LABEL} />
      ) : null,
    [projectedFrom, projectedTo],
  );
  const linesKey = lines
    .map((l) => [l.key, l.range ?? '', l.name, l.colour, l.style.width, l.style.dash.join(' ')].join('\u0001'))
    .join('\u0002');
  const series = useMemo(
    () => [
      ...lines.flatMap((line) =>
        line.range
          ? [
              <Area
                key={`${line.key}|range`}
                className="trend-band"
                dataKey={rangeOf(line.range)}
                type="linear"
                stroke="none"
                fill={line.colour}
                fillOpacity={0.15}
                activeDot={false}
                tooltipType="none"
                isAnimationActive={false}
              />,
            ]
          : [],
      ),
      ...lines.map((line) => (
        <Line
          key={line.key}
          className="trend-line"
          dataKey={valueOf(line)}
          name={line.name}
          type="linear"
          stroke={line.colour}
          strokeWidth={line.style.width}
          strokeDasharray={line.style.dash.length ? line.style.dash.join(' ') : undefined}
          strokeLinejoin="round"
          dot={false}
          activeDot={ACTIVE_DOT}
          isAnimationActive={false}
        />
      )),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `linesKey` holds everything these elements read from `lines`
    [linesKey],
  );
  const monthKey = model.monthPoints.map((p) => [p.code, p.x, p.value, p.name, p.colour].join('\u0001')).join('\u0002');
  const months = useMemo(
    () =>
      model.monthPoints.map((point) => (
        <Scatter
          key={`month|${point.code}`}
          className="trend-month-point"
          data={[{ year: point.x, value: point.value }]}
          dataKey="value"
          name={point.name}
          shape="square"
          fill={point.colour}
          stroke="#ffffff"
          strokeWidth={1}
          legendType="none"
          tooltipType="none"
          isAnimationActive={false}
        />
      )),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `monthKey` holds everything these elements read
    [monthKey],
  );
  const targetValue = target?.value;
  const targetColour = target?.colour;
  const targetLine = useMemo(
    () =>
      targetValue !== undefined && targetColour !== undefined ? (
        <ReferenceLine
          className="trend-target"
          y={targetValue}
          stroke={targetColour}
          strokeWidth={TARGET_STYLE.width}
          strokeDasharray={TARGET_STYLE.dash.join(' ')}
          label={TARGET_LABEL}
        />
      ) : null,
    [targetValue, targetColour],
  );
  const chart = (
    <ComposedChart
      data={rows}
      width={width}
      height={still ? height : undefined}
      margin={margin}
      accessibilityLayer={!still}
      aria-label={still ? undefined : `${model.description} Left and right arrow keys step through the years.`}
    >
      {grid}
      {xAxis}
      {yAxis}
      {projectedArea}
      {series}
      {months}
      {targetLine}
      {!still && <ChartTooltip describe={(index) => describeYear(model, index)} />}
    </ComposedChart>
  );
  return still ? chart : <ChartFrame height={height}>{chart}</ChartFrame>;
}
