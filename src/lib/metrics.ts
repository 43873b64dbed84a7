// Map metrics: what each one means, its unit, and how it is computed from an area's FTE and patients.
// Pure functions over a WorkforceSeries (history, or history + projection), so map, table and exports agree.
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

/** FTE and patients per area, aligned to `years` (history, optionally followed by projected years). */
export interface WorkforceSeries {
  years: readonly number[];
  byArea: ReadonlyMap<string, { fte: readonly (number | null)[]; patients: readonly (number | null)[] }>;
}

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
