// One row per area at the map's level: value, rank, change since the base year, the under-doctored flag.
// The map colours, its tooltips and the Areas table all read these rows, so they always agree.
import { isUnderDoctored, metricRange, metricValue, rankDescending, type MetricKey, type WorkforceSeries } from './metrics';

export interface LevelRow {
  code: string;
  name: string;
  value: number | null;
  /** The value's 80% range in a projected year, else null. */
  range: { low: number; high: number } | null;
  rank: number | null;
  per100k: number | null;
  changeFte: number | null;
  changePct: number | null;
  underDoctored: boolean;
}

export function levelRows(args: {
  areas: readonly { code: string; name: string }[];
  series: WorkforceSeries;
  metric: MetricKey;
  year: number;
  baseYear: number;
  englandCode: string;
}): LevelRow[] {
  const { areas, series, metric, year, baseYear, englandCode } = args;
  const englandPer100k = metricValue(series, englandCode, 'ftePer100k', year, baseYear);
  const values = new Map(areas.map((a) => [a.code, metricValue(series, a.code, metric, year, baseYear)]));
  const ranks = rankDescending(values);
  return areas.map((a) => {
    const per100k = metricValue(series, a.code, 'ftePer100k', year, baseYear);
    return {
      code: a.code,
      name: a.name,
      value: values.get(a.code) ?? null,
      range: metricRange(series, a.code, metric, year, baseYear),
      rank: ranks.get(a.code) ?? null,
      per100k,
      changeFte: metricValue(series, a.code, 'changeFte', year, baseYear),
      changePct: metricValue(series, a.code, 'changePct', year, baseYear),
      underDoctored: isUnderDoctored(per100k, englandPer100k),
    };
  });
}
