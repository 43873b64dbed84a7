// Headline figures for one area and target year, and the gap to the planner's target. Pure. The per-100,000
// figures, the target and the gap count the patients of the chosen basis (registered unless the "Patients" control
// says need-weighted: src/figures/demand-basis.ts).
import { formatNumber } from '../lib/format';
import { PER_100K_METRIC, metricValue, type WorkforceSeries } from './metrics';
import { fteForRate, type Target } from '../model';
import type { PatientBasis } from './metric-basis';
import { patientsOnBasis, per100kLabel } from './demand-basis';

/** 1 FTE = 37.5 hours a week (NHS England GP workforce statistics). */
export const HOURS_PER_FTE = 37.5;

export interface Headline {
  fte: number | null;
  trendFte: number | null;
  changeFromBase: number | null;
  per100k: number | null;
  targetPer100k: number | null;
  /** FTE needed on top of the projection to meet the target (negative: above target). */
  gapFte: number | null;
  gapHoursPerWeek: number | null;
}

/**
 * The target in GP FTE per 100,000 patients (of the chosen basis) for `code`: the area's own rate in the year it
 * holds to, or the number set, raised by `needIndex` (see headlineFigures). Null when the area has no figure for
 * that year.
 */
export function targetRate(args: {
  series: WorkforceSeries;
  code: string;
  target: Target;
  basis?: PatientBasis;
  needIndex?: number;
}): number | null {
  const { series, code, target, basis = 'registered', needIndex = 1 } = args;
  const level =
    target.kind === 'value' ? target.ftePer100k : metricValue(series, code, PER_100K_METRIC[basis], target.year, target.year);
  return level === null ? null : level * needIndex;
}

export function headlineFigures(args: {
  series: WorkforceSeries;
  trendSeries: WorkforceSeries;
  code: string;
  year: number;
  baseYear: number;
  target: Target;
  /** The patients per 100,000 counts (default registered). */
  basis?: PatientBasis;
  /**
   * How much more need a patient brings in `year` than in the last recorded year (1: demand grows with the lists
   * alone; with an ageing population, demandIndex from the model). The target per 100,000 is raised by it.
   */
  needIndex?: number;
}): Headline {
  const { series, trendSeries, code, year, baseYear, target, basis = 'registered', needIndex = 1 } = args;
  const metric = PER_100K_METRIC[basis];
  const fte = metricValue(series, code, 'fte', year, baseYear);
  const per100k = metricValue(series, code, metric, year, baseYear);
  const patients = patientsOnBasis(series, code, year, basis);
  const targetPer100k = targetRate({ series, code, target, basis, needIndex });
  const gapFte = targetPer100k !== null && patients !== null && fte !== null ? fteForRate(targetPer100k, patients) - fte : null;
  return {
    fte,
    trendFte: metricValue(trendSeries, code, 'fte', year, baseYear),
    changeFromBase: metricValue(series, code, 'changeFte', year, baseYear),
    per100k,
    targetPer100k,
    gapFte,
    gapHoursPerWeek: gapFte === null ? null : gapFte * HOURS_PER_FTE,
  };
}

/**
 * The gap to the target in words, worded the same wherever it is shown (headline, presentation, comparison):
 * `heading` over the figure ("Short of target by", "Above target by", "On target" when it rounds to 0 FTE), and
 * `brief` for a table cell ("120 short", "15 above", "on target", "no data"). `fte` is the gap's size (no sign).
 */
export function gapWording(gapFte: number | null): { heading: string; brief: string; fte: number | null } {
  if (gapFte === null) return { heading: 'Gap to target', brief: 'no data', fte: null };
  if (Math.round(gapFte) === 0) return { heading: 'On target', brief: 'on target', fte: Math.abs(gapFte) };
  return gapFte > 0
    ? { heading: 'Short of target by', brief: `${formatNumber(gapFte, 0)} short`, fte: gapFte }
    : { heading: 'Above target by', brief: `${formatNumber(-gapFte, 0)} above`, fte: -gapFte };
}

/**
 * What the target means, in words: "Target: hold GP FTE per 100,000 patients at the 2015/16 level (48.1) in
 * 2035/36", or "Target: 45.0 GP FTE per 100,000 patients in 2035/36 (a number set for this view)"; on the
 * need-weighted basis "per 100,000 need-weighted patients".
 */
export function targetMeaning(args: {
  target: Target;
  targetPer100k: number | null;
  year: number;
  yearLabel: (y: number) => string;
  basis?: PatientBasis;
  /** Marks the value when it is an estimate (a hold year whose need-weighted patients are estimated). */
  estimateMark?: string;
  /** The need index of the target year (above 1: need grows with an ageing population). */
  needIndex?: number;
}): string {
  const { target, targetPer100k, year, yearLabel, basis = 'registered', estimateMark, needIndex = 1 } = args;
  const value = targetPer100k === null ? 'no data' : `${targetPer100k.toFixed(1)}${estimateMark ? ` ${estimateMark}` : ''}`;
  const label = per100kLabel(basis);
  const ageing =
    needIndex > 1 ? `, raised ${((needIndex - 1) * 100).toFixed(1)}% for need growing with an ageing population` : '';
  return target.kind === 'hold'
    ? `Target: hold ${label} at the ${yearLabel(target.year)} level (${value}) in ${yearLabel(year)}${ageing}`
    : `Target: ${value} ${label} in ${yearLabel(year)} (a number set for this view${ageing})`;
}
