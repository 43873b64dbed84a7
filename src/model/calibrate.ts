/**
 * Calibration: the flows the data imply but no source counts.
 *
 * Method: run the national engine over a recent window of recorded years (default the last 3: 2021/22 to
 * 2024/25), starting from England's recorded practice-level heads and FTE split by that date's age profile,
 * with the newly qualified GPs the recorded intakes gave (the training lag in place), the leaver rates, and
 * the international recruits and returners at their defaults. Then:
 *   - other net joiners (heads a year) make the engine's headcount at the window's end equal the recorded
 *     one (headcount is linear in them for a given trend, so two runs give the value);
 *   - the participation trend (the yearly change in FTE per head of GPs in post) makes the engine's FTE at
 *     the window's end equal the recorded FTE (monotone in the trend: bisection).
 *   The trend moves FTE per head and so the heads that recruits' and returners' FTE stand for: the two steps
 *   are repeated once with the other's result, which matches both to a few heads.
 * "Other net joiners" is everything the named flows miss: GPs joining from other roles and locum work,
 * recruits and returners beyond the defaults, and the difference between the assumed and the true leaver
 * rate. It is shown as its own item, never as a lever.
 * Units: heads a year; the trend is a fraction a year.
 * Sources: the data (data/areas.json England, data/age-profile.json, data/training.json).
 */
import type { AgeSnapshot, Intake } from './types';
import type { BandValues } from './age-bands';
import { runEngine } from './engine';
import { knownIntakes, qualifiers } from './training';

export interface CalibrationInput {
  /** Data years and England's recorded practice-level headcount and FTE for them. */
  readonly years: readonly number[];
  readonly heads: readonly number[];
  readonly fte: readonly number[];
  readonly ageSnapshots: readonly AgeSnapshot[];
  readonly intakes: readonly Intake[];
  /** Last year of the window (the data year) and the window's length in years. */
  readonly endYear: number;
  readonly windowYears: number;
  readonly leaverRates: BandValues;
  readonly uptake: number;
  readonly internationalFte: number;
  readonly returnersFte: number;
}

export interface Calibration {
  readonly fromYear: number;
  readonly toYear: number;
  /** Heads a year. */
  readonly otherNetJoiners: number;
  /** Fraction a year. */
  readonly participationTrend: number;
  /** The recorded FTE per head at the window's ends, and its yearly change (fraction). */
  readonly ratioFrom: number;
  readonly ratioTo: number;
  readonly observedRatioTrend: number;
}

/** The age snapshot nearest before `date` (ISO), else the earliest. */
export function snapshotAt(snapshots: readonly AgeSnapshot[], date: string): AgeSnapshot | undefined {
  let found: AgeSnapshot | undefined;
  for (const s of snapshots) if (s.date <= date && (found === undefined || s.date > found.date)) found = s;
  return found ?? [...snapshots].sort((a, b) => a.date.localeCompare(b.date))[0];
}

/** Splits totals by a snapshot's band shares (equal shares if the snapshot is missing or empty). */
export function splitByBand(
  total: { heads: number; fte: number },
  snapshot: AgeSnapshot | undefined,
): { heads: BandValues; fte: BandValues } {
  const shares = (values: BandValues | undefined): BandValues => {
    const sum = values ? values[0] + values[1] + values[2] + values[3] : 0;
    if (!values || !(sum > 0)) return [0.25, 0.25, 0.25, 0.25];
    return [values[0] / sum, values[1] / sum, values[2] / sum, values[3] / sum];
  };
  const h = shares(snapshot?.heads);
  const f = shares(snapshot?.fte);
  return {
    heads: [h[0] * total.heads, h[1] * total.heads, h[2] * total.heads, h[3] * total.heads],
    fte: [f[0] * total.fte, f[1] * total.fte, f[2] * total.fte, f[3] * total.fte],
  };
}

export function calibrate(input: CalibrationInput): Calibration {
  const end = input.endYear;
  const endIndex = input.years.indexOf(end);
  const window = Math.max(1, Math.min(Math.round(input.windowYears), endIndex));
  if (endIndex < 1) throw new Error(`Calibration needs at least two recorded years before ${end}.`);
  const from = end - window;
  const fromIndex = input.years.indexOf(from);
  if (fromIndex < 0) throw new Error(`Calibration window: year ${from} is not in the data.`);
  const startTotals = { heads: input.heads[fromIndex] ?? 0, fte: input.fte[fromIndex] ?? 0 };
  const stock = splitByBand(startTotals, snapshotAt(input.ageSnapshots, `${from}-03-31`));
  const intake = knownIntakes(input.intakes);
  const run = (otherNetJoiners: number, participationTrend: number) =>
    runEngine({
      startYear: from,
      toYear: end,
      ...stock,
      leaverRates: input.leaverRates,
      newGpHeads: (fyEnd) => qualifiers(intake, fyEnd) * input.uptake,
      internationalFte: input.internationalFte,
      returnersFte: input.returnersFte,
      otherNetJoiners,
      participationTrend,
      halfLife: Infinity,
      participationMultiplier: 1,
    })[window];

  const recordedHeads = input.heads[endIndex] ?? 0;
  const recordedFte = input.fte[endIndex] ?? 0;
  const probe = 1000;
  const solveJoiners = (trend: number): number => {
    const without = run(0, trend)?.heads ?? 0;
    const perHead = ((run(probe, trend)?.heads ?? 0) - without) / probe;
    return perHead > 0 ? (recordedHeads - without) / perHead : 0;
  };
  const solveTrend = (joiners: number): number => {
    let low = -0.2;
    let high = 0.2;
    for (let i = 0; i < 50; i += 1) {
      const mid = (low + high) / 2;
      if ((run(joiners, mid)?.fte ?? 0) < recordedFte) low = mid;
      else high = mid;
    }
    return (low + high) / 2;
  };
  let otherNetJoiners = solveJoiners(0);
  let participationTrend = solveTrend(otherNetJoiners);
  otherNetJoiners = solveJoiners(participationTrend);
  participationTrend = solveTrend(otherNetJoiners);
  const ratioFrom = startTotals.heads > 0 ? startTotals.fte / startTotals.heads : 0;
  const ratioTo = recordedHeads > 0 ? recordedFte / recordedHeads : 0;
  return {
    fromYear: from,
    toYear: end,
    otherNetJoiners,
    participationTrend,
    ratioFrom,
    ratioTo,
    observedRatioTrend: ratioFrom > 0 && ratioTo > 0 ? Math.pow(ratioTo / ratioFrom, 1 / window) - 1 : 0,
  };
}
