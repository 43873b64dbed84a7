/**
 * Calibration of the "Returners" default, which has no published figure.
 *
 * Method: returners are the balancing inflow. The England-wide first-year change in FTE is affine
 * in the returners lever (one year of flows, no feedback yet), so two runs give the slope and the
 * value that makes the first projected year's change equal a target, such as the recent national
 * trend (`meanAnnualChange` of England FTE over the last five years).
 * Units: FTE a year.
 * Sources: the baseline itself; the target from the NHS Digital GP Workforce series (MODEL.md).
 */
import type { ProjectionInput } from './types';
import { projectWorkforce } from './project';
import { sumProjections } from './aggregate';

type CalibrationInput = Omit<ProjectionInput, 'toYear' | 'scopes'> & {
  /** Wanted England-wide change in FTE from the base year to the first projected year. */
  readonly targetFirstYearChange: number;
};

/** England's FTE change in the first projected year, England-wide levers only. */
export function firstYearChange(input: Omit<ProjectionInput, 'toYear' | 'scopes'>): number {
  const total = sumProjections(projectWorkforce({ ...input, scopes: [], toYear: input.fromYear + 1 }));
  const [base, first] = total.years;
  return base !== undefined && first !== undefined ? first.fte - base.fte : 0;
}

/**
 * Returners FTE a year (England total) that makes the first-year change equal the target, with
 * every other lever as given. Unrounded and unclamped: it may fall outside the lever's range
 * (even below 0) if the other levers cannot reach the target; clamp it with `clampLever`.
 */
export function calibrateReturners({ targetFirstYearChange, ...input }: CalibrationInput): number {
  const probe = 1000;
  const without = firstYearChange({
    ...input,
    englandLevers: { ...input.englandLevers, returners: 0 },
  });
  const withProbe = firstYearChange({
    ...input,
    englandLevers: { ...input.englandLevers, returners: probe },
  });
  const perFte = (withProbe - without) / probe;
  if (!(Math.abs(perFte) > 0)) return Number.NaN;
  return (targetFirstYearChange - without) / perFte;
}
