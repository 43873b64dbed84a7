// Rows for the trend chart: one per year, one column per area and source (history, projections).
// Pure, so the chart, its table alternative and exports use the same numbers.
import { PER_100K_METRIC, metricRange, metricValue, type WorkforceSeries } from './metrics';
import { fyLabel } from '../lib/years';
import type { PatientBasis } from './metric-basis';

/** Per 100,000 patients; FTE indexed to the base year = 100 (areas and England on one scale); FTE. */
export const TREND_MODES = ['ftePer100k', 'fteIndex', 'fte'] as const;
export type TrendMode = (typeof TREND_MODES)[number];
export interface TrendSource {
  key: string;
  label: string;
  series: WorkforceSeries;
}
export type TrendRow = { year: number; label: string } & Record<string, number | string | null | [number, number]>;

/** The planner's target, drawn as a line on the per-100,000 measure for the area it belongs to. */
export interface TrendTarget {
  /** The area the target is for: the headline's (the first selected area, or England). */
  code: string;
  /** GP FTE per 100,000 patients of the chosen basis (null: the area has no figure for the year it holds to). */
  value: number | null;
  /** The year the target is for (the headline's target year). */
  year: number;
}

/** Everything the trend chart is drawn from: the same for the chart on screen and its PNG. */
export interface TrendChartInput {
  years: readonly number[];
  /** Areas to plot, England last; names for the key. */
  areas: readonly { code: string; name: string }[];
  englandCode: string;
  sources: readonly TrendSource[];
  /** The measure shown (the view store holds it, so it is in the link). */
  mode: TrendMode;
  /** The year the FTE index is 100 in (the view's base year, named on the chart). */
  baseYear: number;
  /** The patients "per 100,000" counts (the "Patients" control; default registered). */
  basis?: PatientBasis;
  /** The last recorded year: later years are shaded as projected. */
  lastDataYear?: number;
  target?: TrendTarget | null;
  /** The latest bulletin's month, drawn as a point of its own (another source, another basis), in FTE only. */
  month?: TrendMonth | null;
}

/** A bulletin month on the trend chart: its key (202510), its label, its one-point series and its basis in words. */
export interface TrendMonth {
  key: number;
  label: string;
  series: WorkforceSeries;
  basis: string;
}

export const columnKey = (code: string, sourceKey: string) => `${code}|${sourceKey}`;
/** The column of a source's 80% range: [low, high] in projected years, null elsewhere. */
export const rangeKey = (code: string, sourceKey: string) => `${code}|${sourceKey}|range`;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Each area's FTE in the base year, from the first source that has it (the recorded history). */
function baseFte(sources: readonly TrendSource[], code: string, baseYear: number): number | null {
  for (const source of sources) {
    const value = metricValue(source.series, code, 'fte', baseYear, baseYear);
    if (value !== null && value > 0) return value;
  }
  return null;
}

export function buildTrendRows(args: {
  years: readonly number[];
  codes: readonly string[];
  sources: readonly TrendSource[];
  mode: TrendMode;
  /** The year indexed to 100 in 'fteIndex' mode. */
  baseYear?: number;
  /** The patients 'ftePer100k' mode counts (the "Patients" control; default registered). */
  basis?: PatientBasis;
}): TrendRow[] {
  const { years, codes, sources, mode } = args;
  const metric = mode === 'ftePer100k' ? PER_100K_METRIC[args.basis ?? 'registered'] : 'fte';
  // 'fteIndex': FTE ÷ the area's own base-year FTE × 100, so every line starts from 100 on one scale.
  const divisors = new Map(
    codes.map((code) => {
      if (mode !== 'fteIndex') return [code, 1];
      const base = baseFte(sources, code, args.baseYear ?? years[0] ?? 0);
      return [code, base === null ? null : base / 100];
    }),
  );
  return years.map((year) => {
    const row: TrendRow = { year, label: fyLabel(year) };
    for (const source of sources) {
      for (const code of codes) {
        const divisor = divisors.get(code) ?? null;
        const value = metricValue(source.series, code, metric, year, year);
        row[columnKey(code, source.key)] = value === null || divisor === null ? null : round1(value / divisor);
        const range = metricRange(source.series, code, metric, year, year);
        if (range && divisor !== null)
          row[rangeKey(code, source.key)] = [round1(range.low / divisor), round1(range.high / divisor)];
      }
    }
    return row;
  });
}

/** The smallest and largest value in `keys` across the rows (a [low, high] range counts both ends), or null. */
export function rowsExtent(rows: readonly TrendRow[], keys: readonly string[]): [number, number] | null {
  let low = Infinity;
  let high = -Infinity;
  for (const row of rows)
    for (const key of keys) {
      const cell = row[key];
      const values = Array.isArray(cell) ? cell : typeof cell === 'number' ? [cell] : [];
      for (const v of values) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
  return Number.isFinite(low) ? [low, high] : null;
}
