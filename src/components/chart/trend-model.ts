// What the trend chart draws, worked out once from its input (figures/trend-series.ts TrendChartInput): the rows
// by year, one line per area and series (colour for the area, England black; pattern and weight for the series),
// each scenario line's 80% range, the projected years, the target, round value ticks and whole-year ticks, the key
// and the chart's accessible name. Pure: the chart on screen, in presentation and the chart PNG are all drawn from
// it (TrendPlot), so the PNG is the chart on screen.
import { formatNumber } from '../../lib/format';
import { fyLabel, LAST_DATA_YEAR, monthOnYearAxis } from '../../lib/years';
import { metricValue } from '../../figures/metrics';
import {
  buildTrendRows,
  columnKey,
  rangeKey,
  rowsExtent,
  type TrendChartInput,
  type TrendRow,
  type TrendSource,
} from '../../figures/trend-series';
import { trendMeasure } from '../../figures/trend-measure';
import { distinctSources } from './distinct-series';
import { areaColour, seriesStyles, trendLegend, type SeriesStyle, type TrendLegendEntry } from './trend-legend';
import { niceTicks, yearTicks } from './nice-ticks';

export interface PlotLine {
  /** Its column in the rows (columnKey). */
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

export interface TrendModel {
  measure: { label: string; unit: string };
  /** The areas drawn: in FTE with areas chosen, England is left out (it would flatten them). */
  areas: readonly { code: string; name: string }[];
  englandLeftOut: boolean;
  /** The sources drawn (one identical to the scenario is merged into its entry). */
  sources: readonly TrendSource[];
  rows: TrendRow[];
  lines: PlotLine[];
  /** Whether any scenario line has its 80% range shaded. */
  banded: boolean;
  /** Round value ticks; the first and last are the axis's ends (empty when nothing has a value). */
  valueTicks: number[];
  /** The years that get a tick. */
  yearTicks: number[];
  /** The first projected year and the last year, when some years are projected. */
  projected: { from: number; to: number } | null;
  /** The target line, on the per-100,000 measure when its area is drawn and it has a value. */
  target: { value: number; colour: string } | null;
  legend: TrendLegendEntry[];
  /** The chart's accessible name: what it shows, and that its table has the same figures. */
  description: string;
  /** The bulletin month's points (in FTE only), one per area drawn that it reports, at the month on the year axis. */
  monthPoints: { code: string; name: string; x: number; value: number; colour: string }[];
  /** The month's row for the figures' table (values under MONTH_SOURCE's columns), when it has points. */
  monthRow: TrendRow | null;
  /** Said when a month is available but not drawn (the measure needs patients, which the bulletin does not give). */
  monthNote: string | null;
}

/** The column key's source for the bulletin month's figures (columnKey(code, MONTH_SOURCE)). */
export const MONTH_SOURCE = 'bulletin';
/** The month's points: squares, so they read as another kind of figure than the lines. */
export const MONTH_SWATCH_COLOUR = '#444444';

export function trendModel(input: TrendChartInput): TrendModel {
  const { years, englandCode, mode, baseYear, basis = 'registered', lastDataYear = LAST_DATA_YEAR } = input;
  // One scale only: in FTE, England (about 28,000) would flatten every area, so it is left out when areas are
  // chosen (the index compares them with England on one scale instead).
  const englandLeftOut = mode === 'fte' && input.areas.length > 1;
  const areas = englandLeftOut ? input.areas.filter((a) => a.code !== englandCode) : input.areas;
  const codes = areas.map((a) => a.code);
  const rows = buildTrendRows({ years, codes, sources: input.sources, mode, baseYear, basis });
  // Only the lines that differ: a series identical to the scenario is drawn once, its key entry says so.
  const sources = distinctSources({ rows, codes, sources: input.sources }).drawn;
  const measure = trendMeasure(mode, baseYear, basis);
  const lastYear = years[years.length - 1] ?? lastDataYear;
  const styles = seriesStyles(sources.map((s) => s.key));
  const hasScenario = sources.some((s) => s.key === 'scenario');
  // The scenario's 80% range, shaded behind its line in the line's colour, for each area that has one.
  const ranged = (code: string) => hasScenario && rows.some((r) => Array.isArray(r[rangeKey(code, 'scenario')]));
  const banded = codes.some(ranged);
  const lines: PlotLine[] = areas.flatMap((area, i) =>
    sources.map((source) => ({
      key: columnKey(area.code, source.key),
      code: area.code,
      sourceKey: source.key,
      name: `${area.name}${sources.length > 1 ? ` — ${source.label}` : ''}`,
      colour: areaColour(area.code, i, englandCode),
      style: styles.get(source.key) ?? { dash: [], width: 2 },
      range: source.key === 'scenario' && ranged(area.code) ? rangeKey(area.code, 'scenario') : undefined,
    })),
  );

  const targetIndex = input.target ? areas.findIndex((a) => a.code === input.target?.code) : -1;
  const targetArea = areas[targetIndex];
  const targetValue = input.target?.value ?? null;
  const target =
    mode === 'ftePer100k' && targetArea && targetValue !== null && Number.isFinite(targetValue)
      ? { value: targetValue, colour: areaColour(targetArea.code, targetIndex, englandCode) }
      : null;
  const targetLabel =
    target && targetArea && input.target
      ? `Target for ${targetArea.name}: ${formatNumber(target.value, 1)} in ${fyLabel(input.target.year)}`
      : null;

  // Round value ticks (30, 35, 40) over what is drawn, ranges and target included.
  const drawnKeys = codes.flatMap((code) => [
    ...sources.map((s) => columnKey(code, s.key)),
    ...(hasScenario ? [rangeKey(code, 'scenario')] : []),
  ]);
  // The latest bulletin's month, in FTE: a point per area, never joined to the annual lines (another basis).
  const month = input.month ?? null;
  const monthPoints =
    month && mode === 'fte'
      ? areas.flatMap((area, i) => {
          const value = metricValue(month.series, area.code, 'fte', month.key, month.key);
          return value === null
            ? []
            : [
                {
                  code: area.code,
                  name: area.name,
                  x: monthOnYearAxis(month.key),
                  value,
                  colour: areaColour(area.code, i, englandCode),
                },
              ];
        })
      : [];
  const monthRow: TrendRow | null =
    month && monthPoints.length
      ? Object.fromEntries([
          ['year', monthPoints[0]!.x],
          ['label', month.label],
          ...monthPoints.map((p) => [columnKey(p.code, MONTH_SOURCE), Math.round(p.value * 10) / 10]),
        ])
      : null;
  const monthNote =
    month && mode !== 'fte'
      ? `${month.label} is drawn in FTE only: choose "${trendMeasure('fte', baseYear, basis).label}" to see it (the bulletin gives no patients by area).`
      : null;
  const extent = rowsExtent(rows, drawnKeys);
  const low = Math.min(extent?.[0] ?? Infinity, target?.value ?? Infinity, ...monthPoints.map((p) => p.value));
  const high = Math.max(extent?.[1] ?? -Infinity, target?.value ?? -Infinity, ...monthPoints.map((p) => p.value));
  return {
    measure,
    areas,
    englandLeftOut,
    sources,
    rows,
    lines,
    banded,
    valueTicks: Number.isFinite(low) ? niceTicks(low, high, 6) : [],
    yearTicks: yearTicks(years, 6),
    projected: lastYear > lastDataYear ? { from: lastDataYear + 1, to: lastYear } : null,
    target,
    legend: [
      ...trendLegend({ areas, englandCode, sources, banded, target: targetLabel }),
      ...(month && monthPoints.length
        ? [
            {
              group: 'series' as const,
              label: `${month.label}: ${month.basis}`,
              swatch: { kind: 'fill' as const, colour: MONTH_SWATCH_COLOUR },
            },
          ]
        : []),
    ],
    monthPoints,
    monthRow,
    monthNote,
    description: `Line chart of ${measure.label} by year for ${areas.map((a) => a.name).join(', ')}${
      targetLabel ? `, with the ${targetLabel.charAt(0).toLowerCase()}${targetLabel.slice(1)}` : ''
    }. The table below has the same figures.`,
  };
}
