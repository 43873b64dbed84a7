// Rows for the trend chart: one per year, one column per area and source (history, projections).
// Pure, so the chart, its table alternative and exports use the same numbers.
import { metricRange, metricValue, type WorkforceSeries } from './metrics';
import { fyLabel } from './years';

export type TrendMode = 'ftePer100k' | 'fte';
export interface TrendSource {
  key: string;
  label: string;
  series: WorkforceSeries;
}
export type TrendRow = { year: number; label: string } & Record<string, number | string | null | [number, number]>;

export const columnKey = (code: string, sourceKey: string) => `${code}|${sourceKey}`;
/** The column of a source's 80% range: [low, high] in projected years, null elsewhere. */
export const rangeKey = (code: string, sourceKey: string) => `${code}|${sourceKey}|range`;

const round1 = (value: number) => Math.round(value * 10) / 10;

export function buildTrendRows(args: {
  years: readonly number[];
  codes: readonly string[];
  sources: readonly TrendSource[];
  mode: TrendMode;
}): TrendRow[] {
  const { years, codes, sources, mode } = args;
  return years.map((year) => {
    const row: TrendRow = { year, label: fyLabel(year) };
    for (const source of sources) {
      for (const code of codes) {
        const value = metricValue(source.series, code, mode, year, year);
        row[columnKey(code, source.key)] = value === null ? null : round1(value);
        const range = metricRange(source.series, code, mode, year, year);
        if (range) row[rangeKey(code, source.key)] = [round1(range.low), round1(range.high)];
      }
    }
    return row;
  });
}
