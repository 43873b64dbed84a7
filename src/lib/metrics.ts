// Map metrics: what each one means, its unit, and how it is computed from an area's FTE and patients.
// Pure functions over a WorkforceSeries (history, or history + projection), so map, table and exports agree.
import type { WorkforceSeries } from '../data/series';
export const METRIC_KEYS = ['ftePer100k', 'fte', 'patientsPerFte', 'changeFte', 'changePct'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export interface MetricConfig {
  key: MetricKey;
  label: string;
  unit: string;
  decimals: number;
  scale: 'sequential' | 'diverging';
  /** Whether the metric compares with a base year. */
  usesBaseYear: boolean;
}

export const METRICS = [
  {
    key: 'ftePer100k',
    label: 'GP FTE per 100,000 patients',
    unit: 'FTE per 100,000 patients',
    decimals: 1,
    scale: 'sequential',
    usesBaseYear: false,
  },
  { key: 'fte', label: 'GP FTE', unit: 'FTE', decimals: 1, scale: 'sequential', usesBaseYear: false },
  {
    key: 'patientsPerFte',
    label: 'Patients per GP FTE',
    unit: 'patients per FTE',
    decimals: 0,
    scale: 'sequential',
    usesBaseYear: false,
  },
  {
    key: 'changeFte',
    label: 'Change in GP FTE since base year',
    unit: 'FTE',
    decimals: 1,
    scale: 'diverging',
    usesBaseYear: true,
  },
  {
    key: 'changePct',
    label: 'Change in GP FTE since base year (%)',
    unit: '%',
    decimals: 1,
    scale: 'diverging',
    usesBaseYear: true,
  },
] as const satisfies readonly MetricConfig[];

export function metricConfig(key: MetricKey): MetricConfig {
  return METRICS.find((m) => m.key === key) ?? METRICS[0];
}

export type { AreaSeries, WorkforceSeries } from '../data/series';

export function metricValue(
  series: WorkforceSeries,
  code: string,
  metric: MetricKey,
  year: number,
  baseYear: number,
): number | null {
  const area = series.byArea.get(code);
  const yi = series.years.indexOf(year);
  if (!area || yi < 0) return null;
  const fte = area.fte[yi] ?? null;
  const patients = area.patients[yi] ?? null;
  switch (metric) {
    case 'fte':
      return fte;
    case 'ftePer100k':
      return fte !== null && patients ? (fte / patients) * 100_000 : null;
    case 'patientsPerFte':
      return fte && patients !== null ? patients / fte : null;
    case 'changeFte':
    case 'changePct': {
      const bi = series.years.indexOf(baseYear);
      const base = bi < 0 ? null : (area.fte[bi] ?? null);
      if (fte === null || base === null) return null;
      if (metric === 'changeFte') return fte - base;
      return base === 0 ? null : ((fte - base) / base) * 100;
    }
  }
}

/**
 * The 80% range of a metric in a projected year, from the range of FTE (patients are taken as projected):
 * FTE per 100,000 and change follow FTE; patients per FTE runs the other way. Null in recorded years.
 */
export function metricRange(
  series: WorkforceSeries,
  code: string,
  metric: MetricKey,
  year: number,
  baseYear: number,
): { low: number; high: number } | null {
  const area = series.byArea.get(code);
  const yi = series.years.indexOf(year);
  if (!area || yi < 0) return null;
  const low = area.fteLow?.[yi] ?? null;
  const high = area.fteHigh?.[yi] ?? null;
  if (low === null || high === null) return null;
  const patients = area.patients[yi] ?? null;
  switch (metric) {
    case 'fte':
      return { low, high };
    case 'ftePer100k':
      return patients ? { low: (low / patients) * 100_000, high: (high / patients) * 100_000 } : null;
    case 'patientsPerFte':
      return patients !== null && low > 0 && high > 0 ? { low: patients / high, high: patients / low } : null;
    case 'changeFte':
    case 'changePct': {
      const bi = series.years.indexOf(baseYear);
      const base = bi < 0 ? null : (area.fte[bi] ?? null);
      if (base === null) return null;
      if (metric === 'changeFte') return { low: low - base, high: high - base };
      return base === 0 ? null : { low: ((low - base) / base) * 100, high: ((high - base) / base) * 100 };
    }
  }
}

/** Ranks values from highest (1) to lowest; equal values share a rank; missing values get no rank. */
export function rankDescending(values: ReadonlyMap<string, number | null>): Map<string, number> {
  const present = [...values.entries()].filter((e): e is [string, number] => e[1] !== null && Number.isFinite(e[1]));
  present.sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number>();
  present.forEach(([code, value], i) => {
    const previous = present[i - 1];
    ranks.set(code, previous && previous[1] === value ? (ranks.get(previous[0]) ?? i + 1) : i + 1);
  });
  return ranks;
}

/** The "under-doctored" rule shown on screen: FTE per 100,000 patients below this share of England's rate. */
export const UNDER_DOCTORED_SHARE = 0.9;
export function isUnderDoctored(areaPer100k: number | null, englandPer100k: number | null): boolean {
  return areaPer100k !== null && englandPer100k !== null && areaPer100k < UNDER_DOCTORED_SHARE * englandPer100k;
}
