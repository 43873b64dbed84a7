// Headline figures for one area and target year, and the gap to the planner's target. Pure.
import { metricValue, type WorkforceSeries } from './metrics';
import type { Target } from '../model';

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

export function headlineFigures(args: {
  series: WorkforceSeries;
  trendSeries: WorkforceSeries;
  code: string;
  year: number;
  baseYear: number;
  target: Target;
}): Headline {
  const { series, trendSeries, code, year, baseYear, target } = args;
  const fte = metricValue(series, code, 'fte', year, baseYear);
  const per100k = metricValue(series, code, 'ftePer100k', year, baseYear);
  const yi = series.years.indexOf(year);
  const patients = yi >= 0 ? (series.byArea.get(code)?.patients[yi] ?? null) : null;
  const targetPer100k =
    target.kind === 'hold' ? metricValue(series, code, 'ftePer100k', target.year, target.year) : target.ftePer100k;
  const gapFte = targetPer100k !== null && patients !== null && fte !== null ? (targetPer100k * patients) / 100_000 - fte : null;
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
 * What the target means, in words: "Target: hold GP FTE per 100,000 patients at the 2015/16 level (48.1) in
 * 2035/36", or "Target: 45.0 GP FTE per 100,000 patients in 2035/36 (a number set for this view)".
 */
export function targetMeaning(args: {
  target: Target;
  targetPer100k: number | null;
  year: number;
  yearLabel: (y: number) => string;
}): string {
  const { target, targetPer100k, year, yearLabel } = args;
  const value = targetPer100k === null ? 'no data' : targetPer100k.toFixed(1);
  return target.kind === 'hold'
    ? `Target: hold GP FTE per 100,000 patients at the ${yearLabel(target.year)} level (${value}) in ${yearLabel(year)}`
    : `Target: ${value} GP FTE per 100,000 patients in ${yearLabel(year)} (a number set for this view)`;
}
