// One row per area at the map's level: value, rank, change since the base year, the under-doctored flag.
// The map colours, its tooltips and the Areas table all read these rows, so they always agree.
import {
  PER_100K_METRIC,
  flagLine,
  isEstimate,
  isUnderDoctored,
  metricRange,
  metricValue,
  rankDescending,
  type MetricKey,
  type WorkforceSeries,
} from './metrics';
import type { PatientBasis } from './metric-basis';

export interface LevelRow {
  code: string;
  name: string;
  value: number | null;
  /** The value's 80% range in a projected year, else null. */
  range: { low: number; high: number } | null;
  /** Whether the value is an estimate (2023/24 need-weighted patients). */
  estimated?: boolean;
  rank: number | null;
  /** Qualified permanent GP FTE per 100,000 registered patients. */
  per100k: number | null;
  /** GP FTE per 100,000 patients on the flag's basis (registered or need-weighted). */
  flagPer100k?: number | null;
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
  /** The under-doctored flag's patients (default registered). */
  basis?: PatientBasis;
  /** The year England's rate draws the under-doctored line (the latest recorded: flagLine). */
  flagYear: number;
}): LevelRow[] {
  const { areas, series, metric, year, baseYear, englandCode, basis = 'registered', flagYear } = args;
  const flagMetric = PER_100K_METRIC[basis];
  const englandFlagPer100k = flagLine({ series, englandCode, basis, flagYear }).englandPer100k;
  const values = new Map(areas.map((a) => [a.code, metricValue(series, a.code, metric, year, baseYear)]));
  const ranks = rankDescending(values);
  const estimated = isEstimate(series, metric, year, baseYear);
  return areas.map((a) => {
    const flagPer100k = metricValue(series, a.code, flagMetric, year, baseYear);
    const value = values.get(a.code) ?? null;
    return {
      code: a.code,
      name: a.name,
      value,
      range: metricRange(series, a.code, metric, year, baseYear),
      estimated: estimated && value !== null,
      rank: ranks.get(a.code) ?? null,
      per100k: metricValue(series, a.code, 'ftePer100k', year, baseYear),
      flagPer100k,
      changeFte: metricValue(series, a.code, 'changeFte', year, baseYear),
      changePct: metricValue(series, a.code, 'changePct', year, baseYear),
      underDoctored: isUnderDoctored(flagPer100k, englandFlagPer100k),
    };
  });
}
