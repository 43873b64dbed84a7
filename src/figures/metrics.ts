// Map metrics: what each one means, its unit, which staff and patients it counts, and how it is computed from an
// area's series. Pure functions over a WorkforceSeries (history, or history + projection), so map, table and
// exports agree.
import type { AreaSeries, WorkforceSeries } from '../data/series';
import type { PatientBasis, StaffGroup } from './metric-basis';

export const METRIC_KEYS = [
  'ftePer100k',
  'fte',
  'patientsPerFte',
  'changeFte',
  'changePct',
  'ftePerWeighted100k',
  'weightedPerFte',
  'allGpFte',
  'allGpPer100k',
  'nurseFte',
  'nursePer100k',
  'dpcFte',
  'dpcPer100k',
  'changePer100k',
  'changePer100kPct',
  'pcnFte',
  'pcnPer100k',
  'teamFte',
  'teamPer100k',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** The Metric select's option groups, in order. */
export const METRIC_GROUPS = [
  { key: 'gps', label: 'GPs (qualified permanent)' },
  { key: 'need', label: 'GPs for need-weighted patients' },
  { key: 'team', label: 'Wider practice team' },
  { key: 'pcn', label: 'Primary care team (PCN and whole team)' },
  { key: 'change', label: 'Change since base year' },
] as const;
export type MetricGroup = (typeof METRIC_GROUPS)[number]['key'];

export interface MetricConfig {
  key: MetricKey;
  label: string;
  unit: string;
  decimals: number;
  scale: 'sequential' | 'diverging';
  /** Whether the metric compares with a base year. */
  usesBaseYear: boolean;
  group: MetricGroup;
  /** Which staff the figure counts. */
  staff: StaffGroup;
  /** Which patients it is per (or per FTE of), or null for a count of staff. */
  patients: PatientBasis | null;
  /** count: staff FTE; per100k: staff FTE per 100,000 patients; perFte: patients per staff FTE. */
  measure: 'count' | 'per100k' | 'perFte';
  /** A change of the measure since the base year: in its own unit, or as a percentage. */
  change: 'absolute' | 'percent' | null;
  /** Whether the model projects the figure (false: recorded years only). */
  projected: boolean;
}

type Shape = Pick<MetricConfig, 'staff' | 'patients' | 'measure' | 'change' | 'projected' | 'usesBaseYear'>;
const gp = (measure: MetricConfig['measure'], patients: PatientBasis | null, change: MetricConfig['change'] = null): Shape => ({
  staff: 'qualified',
  patients,
  measure,
  change,
  projected: true,
  usesBaseYear: change !== null,
});
/** Whether a metric counts PCN staff or the whole team (practice + PCN): it reads the PCN files. */
export function isTeamMetric(metric: MetricKey): boolean {
  return metricConfig(metric).group === 'pcn';
}

const team = (staff: StaffGroup, measure: 'count' | 'per100k'): Shape => ({
  staff,
  patients: measure === 'count' ? null : 'registered',
  measure,
  change: null,
  projected: false,
  usesBaseYear: false,
});

export const METRICS = [
  {
    key: 'ftePer100k',
    label: 'GP FTE per 100,000 patients',
    unit: 'FTE per 100,000 patients',
    decimals: 1,
    scale: 'sequential',
    group: 'gps',
    ...gp('per100k', 'registered'),
  },
  { key: 'fte', label: 'GP FTE', unit: 'FTE', decimals: 1, scale: 'sequential', group: 'gps', ...gp('count', null) },
  {
    key: 'patientsPerFte',
    label: 'Patients per GP FTE',
    unit: 'patients per FTE',
    decimals: 0,
    scale: 'sequential',
    group: 'gps',
    ...gp('perFte', 'registered'),
  },
  {
    key: 'ftePerWeighted100k',
    label: 'GP FTE per 100,000 need-weighted patients',
    unit: 'FTE per 100,000 need-weighted patients',
    decimals: 1,
    scale: 'sequential',
    group: 'need',
    ...gp('per100k', 'weighted'),
  },
  {
    key: 'weightedPerFte',
    label: 'Need-weighted patients per GP FTE',
    unit: 'need-weighted patients per FTE',
    decimals: 0,
    scale: 'sequential',
    group: 'need',
    ...gp('perFte', 'weighted'),
  },
  {
    key: 'allGpFte',
    label: 'All GPs FTE (incl. locums and registrars)',
    unit: 'FTE',
    decimals: 1,
    scale: 'sequential',
    group: 'team',
    ...team('allGps', 'count'),
  },
  {
    key: 'allGpPer100k',
    label: 'All GPs FTE per 100,000 patients',
    unit: 'FTE per 100,000 patients',
    decimals: 1,
    scale: 'sequential',
    group: 'team',
    ...team('allGps', 'per100k'),
  },
  {
    key: 'nurseFte',
    label: 'Practice nurses FTE',
    unit: 'FTE',
    decimals: 1,
    scale: 'sequential',
    group: 'team',
    ...team('nurses', 'count'),
  },
  {
    key: 'nursePer100k',
    label: 'Practice nurses FTE per 100,000 patients',
    unit: 'FTE per 100,000 patients',
    decimals: 1,
    scale: 'sequential',
    group: 'team',
    ...team('nurses', 'per100k'),
  },
  {
    key: 'dpcFte',
    label: 'Direct patient care staff FTE',
    unit: 'FTE',
    decimals: 1,
    scale: 'sequential',
    group: 'team',
    ...team('dpc', 'count'),
  },
  {
    key: 'dpcPer100k',
    label: 'Direct patient care staff FTE per 100,000 patients',
    unit: 'FTE per 100,000 patients',
    decimals: 1,
    scale: 'sequential',
    group: 'team',
    ...team('dpc', 'per100k'),
  },
  { key: 'pcnFte', label: 'PCN staff FTE', unit: 'FTE', decimals: 1, scale: 'sequential', group: 'pcn', ...team('pcn', 'count') },
  {
    key: 'pcnPer100k',
    label: 'PCN staff FTE per 100,000 patients',
    unit: 'FTE per 100,000 patients',
    decimals: 1,
    scale: 'sequential',
    group: 'pcn',
    ...team('pcn', 'per100k'),
  },
  {
    key: 'teamFte',
    label: 'Whole practice team FTE (practice + PCN)',
    unit: 'FTE',
    decimals: 1,
    scale: 'sequential',
    group: 'pcn',
    ...team('team', 'count'),
  },
  {
    key: 'teamPer100k',
    label: 'Whole practice team FTE per 100,000 patients (practice + PCN)',
    unit: 'FTE per 100,000 patients',
    decimals: 1,
    scale: 'sequential',
    group: 'pcn',
    ...team('team', 'per100k'),
  },
  {
    key: 'changeFte',
    label: 'Change in GP FTE since base year',
    unit: 'FTE',
    decimals: 1,
    scale: 'diverging',
    group: 'change',
    ...gp('count', null, 'absolute'),
  },
  {
    key: 'changePct',
    label: 'Change in GP FTE since base year (%)',
    unit: '%',
    decimals: 1,
    scale: 'diverging',
    group: 'change',
    ...gp('count', null, 'percent'),
  },
  {
    key: 'changePer100k',
    label: 'Change in GP FTE per 100,000 patients since base year',
    unit: 'FTE per 100,000 patients',
    decimals: 1,
    scale: 'diverging',
    group: 'change',
    ...gp('per100k', 'registered', 'absolute'),
  },
  {
    key: 'changePer100kPct',
    label: 'Change in GP FTE per 100,000 patients since base year (%)',
    unit: '%',
    decimals: 1,
    scale: 'diverging',
    group: 'change',
    ...gp('per100k', 'registered', 'percent'),
  },
] as const satisfies readonly MetricConfig[];

export function metricConfig(key: MetricKey): MetricConfig {
  return METRICS.find((m) => m.key === key) ?? METRICS[0];
}

/**
 * The metric's label with its unit in brackets, unless the label already says it: "Patients per GP FTE (patients per
 * FTE)", but "GP FTE per 100,000 patients", not "GP FTE per 100,000 patients (FTE per 100,000 patients)".
 */
export function labelWithUnit(metric: Pick<MetricConfig, 'label' | 'unit'>): string {
  return metric.label.toLowerCase().includes(metric.unit.toLowerCase()) ? metric.label : `${metric.label} (${metric.unit})`;
}

/**
 * GP FTE per 100,000 patients on each patient basis: the one metric the under-doctored flag, the headline's
 * per-100,000 figures, the target and its gap, goal-seek and the trend chart use, so they always agree.
 */
export const PER_100K_METRIC: Record<PatientBasis, MetricKey> = { registered: 'ftePer100k', weighted: 'ftePerWeighted100k' };

/** The GP metrics measured against patients on one basis, with their counterparts on the other: [registered, weighted]. */
const BASIS_PAIRS: readonly (readonly [MetricKey, MetricKey])[] = [
  ['ftePer100k', 'ftePerWeighted100k'],
  ['patientsPerFte', 'weightedPerFte'],
];

/**
 * The patients basis a metric carries the under-doctored flag on: the qualified GPs per 100,000 patients (or patients
 * per GP FTE) of that basis; null for a metric that carries no flag (FTE, change, the wider team).
 */
export function basisOfMetric(metric: MetricKey): PatientBasis | null {
  for (const [registered, weighted] of BASIS_PAIRS) {
    if (metric === registered) return 'registered';
    if (metric === weighted) return 'weighted';
  }
  return null;
}

/**
 * The metric on another patients basis: a flag metric moves to its counterpart ("GP FTE per 100,000 patients" to
 * "… need-weighted patients"); any other metric stays. The "Patients" control moves the map's metric with it, so
 * the map, its legend, the Areas table and the flag count the same patients.
 */
export function metricOnBasis(metric: MetricKey, basis: PatientBasis): MetricKey {
  for (const pair of BASIS_PAIRS) if (pair.includes(metric)) return basis === 'registered' ? pair[0] : pair[1];
  return metric;
}

export type { AreaSeries, WorkforceSeries } from '../data/series';

/** The staff group's FTE in year index yi; `qualifiedFte` stands in for the recorded/projected FTE (a range end). */
function staffFte(area: AreaSeries, staff: StaffGroup, yi: number, qualifiedFte?: number): number | null {
  const fte = qualifiedFte ?? area.fte[yi] ?? null;
  switch (staff) {
    case 'qualified':
      return fte;
    case 'allGps': {
      const others = area.locumTraineeFte?.[yi] ?? null;
      return fte === null || others === null ? null : fte + others;
    }
    case 'nurses':
      return area.nurseFte?.[yi] ?? null;
    case 'dpc':
      return area.dpcFte?.[yi] ?? null;
    case 'pcn':
      return area.pcnFte?.[yi] ?? null;
    case 'team':
      return area.teamFte?.[yi] ?? null;
  }
}

/** The metric's measure (before any change since the base year) in year index yi. */
function measureAt(area: AreaSeries, metric: MetricConfig, yi: number, qualifiedFte?: number): number | null {
  const fte = staffFte(area, metric.staff, yi, qualifiedFte);
  const patients = (metric.patients === 'weighted' ? area.weightedPatients?.[yi] : area.patients[yi]) ?? null;
  switch (metric.measure) {
    case 'count':
      return fte;
    case 'per100k':
      return fte !== null && patients ? (fte / patients) * 100_000 : null;
    case 'perFte':
      return fte && patients !== null ? patients / fte : null;
  }
}

function changeOf(metric: MetricConfig, value: number, base: number): number | null {
  if (metric.change === 'absolute') return value - base;
  return base === 0 ? null : ((value - base) / base) * 100;
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
  const config = metricConfig(metric);
  const value = measureAt(area, config, yi);
  if (config.change === null) return value;
  const bi = series.years.indexOf(baseYear);
  const base = bi < 0 ? null : measureAt(area, config, bi);
  return value === null || base === null ? null : changeOf(config, value, base);
}

/**
 * The 80% range of a metric in a projected year, from the range of FTE (patients, registered or need-weighted,
 * are taken as projected): FTE, per 100,000 and change follow FTE; patients per FTE runs the other way. Null in
 * recorded years, and for figures the model does not project (the wider team).
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
  const config = metricConfig(metric);
  if (!area || yi < 0 || !config.projected) return null;
  const low = area.fteLow?.[yi] ?? null;
  const high = area.fteHigh?.[yi] ?? null;
  if (low === null || high === null) return null;
  let a = measureAt(area, config, yi, low);
  let b = measureAt(area, config, yi, high);
  if (a === null || b === null) return null;
  if (config.change !== null) {
    const bi = series.years.indexOf(baseYear);
    const base = bi < 0 ? null : measureAt(area, config, bi);
    if (base === null) return null;
    a = changeOf(config, a, base);
    b = changeOf(config, b, base);
    if (a === null || b === null) return null;
  }
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

/** Whether a metric's value in a year is an estimate (need-weighted patients of a year without a payments file). */
export function isEstimate(series: WorkforceSeries, metric: MetricKey, year: number, baseYear = year): boolean {
  const config = metricConfig(metric);
  if (config.patients !== 'weighted') return false;
  const estimated = series.estimated?.weightedPatients ?? [];
  return estimated.includes(year) || (config.change !== null && estimated.includes(baseYear));
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

/**
 * The "under-doctored" rule shown on screen: qualified permanent GP FTE per 100,000 patients (registered or
 * need-weighted, as the "Patients" control chooses) below this share of England's rate on the same basis in the
 * flag's year (flagLine).
 */
export const UNDER_DOCTORED_SHARE = 0.9;
export function isUnderDoctored(areaPer100k: number | null, englandPer100k: number | null): boolean {
  return areaPer100k !== null && englandPer100k !== null && areaPer100k < UNDER_DOCTORED_SHARE * englandPer100k;
}

/** The under-doctored line on one basis: England's rate in the flag's year, and 90% of it. */
export interface FlagLine {
  /** The year England's rate is taken from: the latest recorded year, whichever year is on show. */
  year: number;
  basis: PatientBasis;
  englandPer100k: number | null;
  /** UNDER_DOCTORED_SHARE × englandPer100k: below it an area is under-doctored. */
  threshold: number | null;
}

/**
 * The line is drawn at England's rate in one year, the latest recorded (`flagYear`), for every year shown: with a
 * line that followed England's rate year by year, playing the years would recolour an area whose own figure did not
 * change. So an area changes colour, and its flag, only when its own figure crosses a fixed line.
 */
export function flagLine(args: {
  series: WorkforceSeries;
  englandCode: string;
  basis: PatientBasis;
  flagYear: number;
}): FlagLine {
  const { series, englandCode, basis, flagYear } = args;
  const englandPer100k = metricValue(series, englandCode, PER_100K_METRIC[basis], flagYear, flagYear);
  return {
    year: flagYear,
    basis,
    englandPer100k,
    threshold: englandPer100k === null ? null : UNDER_DOCTORED_SHARE * englandPer100k,
  };
}
