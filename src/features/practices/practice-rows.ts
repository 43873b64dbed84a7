// The Practice view's figures, as pure functions: one WorkforceSeries keyed by practice code (so the map's own
// metricValue gives every practice's value), one row per practice for a year, and the practices summed by PCN.
// Figures are practice-level: qualified permanent GP FTE and registered patients, as areas.json sums them.
import type { Practice as PracticeRecord, PracticeFiguresFile } from '../../data/practice-figures';
import type { AreaSeries, WorkforceSeries } from '../../data/series';
import { PER_100K_METRIC, isEstimate, isUnderDoctored, metricConfig, metricValue, type MetricKey } from '../../figures/metrics';
import type { PatientBasis } from '../../figures/metric-basis';

export interface Practice {
  code: string;
  /** The practice's name, or its code where the sources have none. */
  name: string;
  subIcb: string;
  postcode: string | null;
  /** WGS84; null where the practice could not be placed. */
  lat: number | null;
  lng: number | null;
  pcn: string | null;
  pcnName: string | null;
  history: string | null;
}

export interface PracticeData {
  years: readonly number[];
  practices: readonly Practice[];
  /** The practices' figures by year, keyed by practice code, aligned to `years`. */
  series: WorkforceSeries;
}

const EXTRA_SERIES_KEYS = ['weightedPatients', 'locumTraineeFte', 'nurseFte', 'dpcFte'] as const;

/**
 * Joins sub-ICB practice files into one set of practices and one WorkforceSeries keyed by practice code. Every
 * array is realigned to the first file's years (a year a file lacks is null). Besides FTE and patients, each
 * practice's series carries the file's other arrays by their areas.json names, for metrics that read them.
 */
export function practiceData(files: readonly PracticeFiguresFile[]): PracticeData {
  const years = files[0]?.years ?? [];
  const practices: Practice[] = [];
  const byArea = new Map<string, AreaSeries>();
  for (const file of files) {
    const index = years.map((y) => file.years.indexOf(y));
    const align = (values: readonly (number | null)[]) => index.map((i) => (i < 0 ? null : (values[i] ?? null)));
    for (const p of file.practices) {
      practices.push(practiceOf(p, file));
      const extra = Object.fromEntries(EXTRA_SERIES_KEYS.map((key) => [key, align(p[key])]));
      byArea.set(p.code, { fte: align(p.fte), patients: align(p.patients), ...extra });
    }
  }
  // 2023/24 need-weighted patients are estimated in the practice files as in areas.json: metrics mark them.
  const estimatedWeighted = files[0]?.estimated?.weightedPatients ?? [];
  return { years, practices, series: { years, byArea, estimated: { weightedPatients: estimatedWeighted } } };
}

function practiceOf(p: PracticeRecord, file: PracticeFiguresFile): Practice {
  const pcn = p.pcn;
  const placed = p.lat !== null && p.lng !== null;
  return {
    code: p.code,
    name: p.name ?? p.code,
    subIcb: file.subIcb,
    postcode: p.postcode,
    lat: placed ? p.lat : null,
    lng: placed ? p.lng : null,
    pcn,
    pcnName: pcn === null ? null : (file.pcns[pcn] ?? null),
    history: p.history,
  };
}

/** The year the practices show: the chosen year, or the latest recorded year when the chosen year is projected. */
export function practiceYear(year: number, years: readonly number[]): number {
  const last = years[years.length - 1];
  return last !== undefined && year > last ? last : year;
}

export interface PracticeRow extends Practice {
  /** The chosen metric's value in the practice year. */
  value: number | null;
  /** Whether `value` is an estimate (2023/24 need-weighted patients, as in areas.json). */
  estimated: boolean;
  fte: number | null;
  patients: number | null;
  /**
   * A practice with a row but no registered patients that year (27 in 2024/25, mostly merging or closing): its
   * patients per GP FTE is "no patients", not 0, and it has no rate per 100,000.
   */
  noPatients: boolean;
  /** Locum and registrar (GP trainee) FTE: GPs at work in the practice whom the qualified permanent FTE leaves out. */
  locumTraineeFte: number | null;
  /** Need-weighted (Carr-Hill) patients in the practice year. */
  weightedPatients: number | null;
  /** Whether the practice's need-weighted patients that year are an estimate. */
  weightedEstimated: boolean;
  /** GP FTE per 100,000 patients on the flag's basis (registered or need-weighted). */
  flagPer100k: number | null;
  /** Below 90% of England's GP FTE per 100,000 patients on the flag's basis, in the same year. */
  underDoctored: boolean;
  patientsPerFte: number | null;
  changeFte: number | null;
  changePct: number | null;
  /** GP FTE by year, aligned to the data's years (for the trend). */
  fteTrend: readonly (number | null)[];
}

export function practiceRows(args: {
  data: PracticeData;
  metric: MetricKey;
  /** The practice year (see practiceYear). */
  year: number;
  baseYear: number;
  /** The patients the under-doctored flag counts (default registered). */
  basis?: PatientBasis;
  /** England's GP FTE per 100,000 patients on that basis in the practice year (from areas.json); null: no flag. */
  englandFlagPer100k?: number | null;
}): PracticeRow[] {
  const { data, metric, year, baseYear, basis = 'registered', englandFlagPer100k = null } = args;
  const { series } = data;
  const estimated = isEstimate(series, metric, year, baseYear);
  const weightedEstimated = series.estimated?.weightedPatients?.includes(year) ?? false;
  const perFte = metricConfig(metric).measure === 'perFte';
  return data.practices.map((p) => {
    const patients = valueAt(series, p.code, 'patients', year);
    const noPatients = patients === 0;
    // Patients per GP FTE of a practice with no patients is no figure at all, not 0 (the lowest colour).
    const value = noPatients && perFte ? null : metricValue(series, p.code, metric, year, baseYear);
    const weightedPatients = valueAt(series, p.code, 'weightedPatients', year);
    const flagPer100k = metricValue(series, p.code, PER_100K_METRIC[basis], year, baseYear);
    return {
      ...p,
      value,
      estimated: estimated && value !== null,
      fte: metricValue(series, p.code, 'fte', year, baseYear),
      patients,
      noPatients,
      locumTraineeFte: valueAt(series, p.code, 'locumTraineeFte', year),
      weightedPatients,
      weightedEstimated: weightedEstimated && weightedPatients !== null,
      flagPer100k,
      underDoctored: isUnderDoctored(flagPer100k, englandFlagPer100k),
      patientsPerFte: noPatients ? null : metricValue(series, p.code, 'patientsPerFte', year, baseYear),
      changeFte: metricValue(series, p.code, 'changeFte', year, baseYear),
      changePct: metricValue(series, p.code, 'changePct', year, baseYear),
      fteTrend: series.byArea.get(p.code)?.fte ?? [],
    };
  });
}

function valueAt(
  series: WorkforceSeries,
  code: string,
  key: 'patients' | 'weightedPatients' | 'locumTraineeFte',
  year: number,
): number | null {
  const i = series.years.indexOf(year);
  return i < 0 ? null : (series.byArea.get(code)?.[key]?.[i] ?? null);
}

export interface PcnRow {
  /** PCN code, or null for practices without one in the latest map. */
  code: string | null;
  name: string;
  /** Practices with a row in the year. */
  practices: number;
  fte: number;
  patients: number;
  patientsPerFte: number | null;
  ftePer100k: number | null;
}

/**
 * The practices summed by PCN code (the latest practice–PCN map), for one year. A practice with no row that
 * year adds nothing; FTE is summed at full precision (the file's 2 dp values), so the total of all PCNs is the
 * sum of the practices, which is the sub-ICBs' own figure.
 */
export function pcnRows(rows: readonly PracticeRow[]): PcnRow[] {
  const byPcn = new Map<string | null, PcnRow>();
  for (const row of rows) {
    let pcn = byPcn.get(row.pcn);
    if (!pcn) {
      pcn = {
        code: row.pcn,
        name: row.pcn === null ? 'No PCN in the latest practice–PCN map' : (row.pcnName ?? row.pcn),
        practices: 0,
        fte: 0,
        patients: 0,
        patientsPerFte: null,
        ftePer100k: null,
      };
      byPcn.set(row.pcn, pcn);
    }
    if (row.fte === null && row.patients === null) continue;
    pcn.practices += 1;
    pcn.fte += row.fte ?? 0;
    pcn.patients += row.patients ?? 0;
  }
  const out = [...byPcn.values()].filter((p) => p.practices > 0);
  for (const p of out) {
    p.patientsPerFte = p.fte > 0 ? p.patients / p.fte : null;
    p.ftePer100k = p.patients > 0 ? (p.fte / p.patients) * 100_000 : null;
  }
  return out;
}

/** The totals of a set of PCN rows (or practices): what the PCN table's last row shows. */
export function pcnTotal(rows: readonly PcnRow[]): Pick<PcnRow, 'practices' | 'fte' | 'patients'> {
  return rows.reduce(
    (t, r) => ({ practices: t.practices + r.practices, fte: t.fte + r.fte, patients: t.patients + r.patients }),
    {
      practices: 0,
      fte: 0,
      patients: 0,
    },
  );
}

/**
 * A practice point's radius in pixels: circle AREA is proportional to registered patients
 * (radius = 5 px × √(patients ÷ 10,000), so 10,000 patients → 5 px, 40,000 → 10 px).
 */
export const PATIENTS_AT_5PX = 10_000;
export function practiceRadius(patients: number | null): number {
  if (patients === null || patients <= 0) return 2;
  return 5 * Math.sqrt(patients / PATIENTS_AT_5PX);
}
