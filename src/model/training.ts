/**
 * The GP training pipeline: intakes by recruitment year and the newly qualified GPs they become.
 *
 * Method: GP specialty training is a three-year programme that starts in August of the recruitment year.
 * An intake of recruitment year y qualifies in the financial year ending y + 4 (two thirds: full-time
 * trainees, finishing in the summer of y + 3) and y + 5 (one third: less-than-full-time trainees and
 * extensions). Newly qualified GPs are the qualifiers times uptake (the share who take a substantive NHS GP
 * post), working 0.65 FTE each.
 * Known intakes: the recorded figures; a year between two recorded years takes the straight line between
 * them; years before the first recorded one take the first; years after the last recorded one, up to the
 * data year, are held at the latest recorded level ("recorded intakes held at the latest confirmed level").
 * The planner's path starts with a later intake: from `trainingFrom` it moves in equal steps over
 * `trainingRamp` recruitment years from that held level to `trainingPlaces`, then stays there.
 * Units: places (trainees accepted) a year; heads and FTE a financial year.
 * Sources: raw/training (HEE / NHS England via GPonline and Pulse); DATA.md (three-year training; 0.65 FTE
 * per head of new GPs, HSJ).
 */
import type { Intake } from './types';

/** FTE per head of newly qualified GPs (HSJ, DATA.md). */
export const NEW_GP_FTE_PER_HEAD = 0.65;
/** Share of an intake qualifying in the financial year ending 4 and 5 years after its recruitment year. */
export const QUALIFY_AFTER_4_YEARS = 2 / 3;
export const QUALIFY_AFTER_5_YEARS = 1 / 3;

/** Recorded intakes filled to every year by the rule in the header: a function of the recruitment year. */
export function knownIntakes(intakes: readonly Intake[]): (recruitmentYear: number) => number {
  const sorted = [...intakes]
    .filter((i) => Number.isFinite(i.places) && i.places >= 0)
    .sort((a, b) => a.recruitmentYear - b.recruitmentYear);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return (year) => {
    if (first === undefined || last === undefined) return 0;
    if (year <= first.recruitmentYear) return first.places;
    if (year >= last.recruitmentYear) return last.places;
    let k = 1;
    while ((sorted[k]?.recruitmentYear ?? Infinity) < year) k += 1;
    const after = sorted[k] ?? last;
    const before = sorted[k - 1] ?? first;
    if (after.recruitmentYear === year) return after.places;
    const t = (year - before.recruitmentYear) / (after.recruitmentYear - before.recruitmentYear);
    return before.places + t * (after.places - before.places);
  };
}

/** The latest recorded intake: the level "current trends" holds. */
export function latestIntake(intakes: readonly Intake[]): Intake | undefined {
  return [...intakes].sort((a, b) => a.recruitmentYear - b.recruitmentYear).pop();
}

export interface TrainingPath {
  /** Intakes up to this recruitment year are already in training: the known rule applies. */
  readonly lastFixedYear: number;
  /** The planner's new level (places a year), first changed intake, and years to reach it. */
  readonly places: number;
  readonly from: number;
  readonly ramp: number;
}

/** Places of a recruitment year: known intakes, then the planner's path (never before `lastFixedYear + 1`). */
export function intakeOnPath(known: (year: number) => number, path: TrainingPath, year: number): number {
  const from = Math.max(path.from, path.lastFixedYear + 1);
  if (year < from) return known(year);
  const level = known(from - 1);
  const ramp = Math.max(1, Math.round(path.ramp));
  const progress = Math.min(1, (year - from + 1) / ramp);
  return Math.max(0, level + (Math.max(0, path.places) - level) * progress);
}

/** Trainees qualifying in the financial year ending `fyEnd`, from intakes by recruitment year. */
export function qualifiers(intake: (recruitmentYear: number) => number, fyEnd: number): number {
  return QUALIFY_AFTER_4_YEARS * intake(fyEnd - 4) + QUALIFY_AFTER_5_YEARS * intake(fyEnd - 5);
}
