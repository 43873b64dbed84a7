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
 *   - per band (when the recorded age profile by financial year is given for both ends of the window): each
 *     band's own trend is the one that makes the engine's FTE per head in that band change as the recorded one
 *     did (partners and salaried GPs, THF; the ratio of the two ends, so the basis cancels). The common trend is
 *     then re-solved with these offsets so that the total FTE is still matched exactly. The offsets are each band's
 *     trend minus their FTE-weighted mean.
 * The stock at the window's start is split by the recorded financial year's age profile (else the snapshot
 * nearest before its March). Roots are found by the Illinois method (a bracketed secant): FTE is smooth and
 * increasing in each trend, so a few engine runs reach float precision.
 * "Other net joiners" is everything the named flows miss: GPs joining from other roles and locum work,
 * recruits and returners beyond the defaults, and the difference between the assumed and the true leaver
 * rate. It is shown as its own item, never as a lever.
 * Units: heads a year; the trend is a fraction a year.
 * Sources: the data (data/areas.json England, data/age-profile.json, data/training.json).
 */
import type { AgeSnapshot, AgeYear, Intake } from './types';
import type { BandValues } from './age-bands';
import { runEngine, type EngineYear } from './engine';
import { knownIntakes, qualifiers } from './training';

/** England's recorded series and the named flows the engine runs them with: what calibration, the age fit and the shocks share. */
export interface EnglandSeries {
  /** Data years and England's recorded practice-level headcount and FTE for them. */
  readonly years: readonly number[];
  readonly heads: readonly number[];
  readonly fte: readonly number[];
  readonly ageSnapshots: readonly AgeSnapshot[];
  /** Financial-year means of the age profile. */
  readonly ageYears?: readonly AgeYear[];
  readonly intakes: readonly Intake[];
  readonly leaverRates: BandValues;
  readonly uptake: number;
  readonly internationalFte: number;
  readonly returnersFte: number;
}

export interface CalibrationInput extends EnglandSeries {
  /** Last year of the window (the data year) and the window's length in years. With the age profile at both
   * ends of the window, per-band trends are fitted. */
  readonly endYear: number;
  readonly windowYears: number;
  /** Fitted ageing fractions (engine.ts); default a tenth. */
  readonly ageing?: BandValues;
  /** Fit per-band participation offsets (default true when the age profile allows it). */
  readonly bands?: boolean;
  /** Hold the participation trend at this value and solve only the other net joiners (the age fit's trials). */
  readonly fixedTrend?: number;
}

export interface Calibration {
  readonly fromYear: number;
  readonly toYear: number;
  /** Heads a year. */
  readonly otherNetJoiners: number;
  /** Fraction a year: the common trend (the FTE-weighted mean of the bands' trends when they are fitted). */
  readonly participationTrend: number;
  /** Each band's trend minus the common one; zeros when not fitted. */
  readonly bandParticipation: BandValues;
  /** The recorded FTE per head at the window ends, and its yearly change (fraction). */
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
  snapshot: { readonly heads: BandValues; readonly fte: BandValues; readonly date?: string } | undefined,
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

/** The recorded age profile of a financial year: its yearly mean if known, else the snapshot before its March. */
export function ageProfileOf(
  input: Pick<CalibrationInput, 'ageSnapshots' | 'ageYears'>,
  year: number,
): Pick<AgeSnapshot, 'heads' | 'fte'> | undefined {
  return input.ageYears?.find((y) => y.year === year) ?? snapshotAt(input.ageSnapshots, `${year}-03-31`);
}

/**
 * The x in [low, high] where the increasing `fn` reaches `target` (Illinois method: a secant kept inside its
 * bracket). Stops at a relative tolerance of 1e-12, a step under 1e-13, or after 60 steps; a target outside the bracket gives its end.
 */
export function solveIncreasing(fn: (x: number) => number, target: number, low: number, high: number): number {
  let a = low;
  let b = high;
  let fa = fn(a) - target;
  let fb = fn(b) - target;
  if (fa >= 0) return a;
  if (fb <= 0) return b;
  let side = 0;
  let last = Number.NaN;
  for (let i = 0; i < 60; i += 1) {
    const c = (a * fb - b * fa) / (fb - fa);
    const fc = fn(c) - target;
    if (Math.abs(fc) <= 1e-12 * Math.max(1, Math.abs(target)) || Math.abs(c - last) < 1e-13) return c;
    last = c;
    if (fc < 0) {
      a = c;
      fa = fc;
      if (side === -1) fb /= 2;
      side = -1;
    } else {
      b = c;
      fb = fc;
      if (side === 1) fa /= 2;
      side = 1;
    }
  }
  return (a * fb - b * fa) / (fb - fa);
}

/**
 * The engine over recorded years with England's named flows (the recorded intakes at the series' uptake), a
 * constant trend and constant other net joiners: what calibration, the age fit and the shocks' errors run.
 */
export function runOnRecord(
  series: EnglandSeries,
  run: {
    readonly startYear: number;
    readonly toYear: number;
    readonly stock: { readonly heads: BandValues; readonly fte: BandValues };
    readonly otherNetJoiners: number;
    readonly participationTrend: number;
    readonly ageing?: BandValues;
    readonly bandParticipation?: BandValues;
    readonly recordBands?: boolean;
    /** The recorded intakes as a function (knownIntakes), when the caller already has it. */
    readonly intake?: (recruitmentYear: number) => number;
  },
): EngineYear[] {
  const intake = run.intake ?? knownIntakes(series.intakes);
  return runEngine({
    startYear: run.startYear,
    toYear: run.toYear,
    ...run.stock,
    leaverRates: series.leaverRates,
    newGpHeads: (fyEnd) => qualifiers(intake, fyEnd) * series.uptake,
    internationalFte: series.internationalFte,
    returnersFte: series.returnersFte,
    otherNetJoiners: run.otherNetJoiners,
    participationTrend: run.participationTrend,
    halfLife: Infinity,
    participationMultiplier: 1,
    ageing: run.ageing,
    bandParticipation: run.bandParticipation,
    recordBands: run.recordBands,
  });
}

const ratio = (fte: number, heads: number) => (heads > 0 ? fte / heads : 0);

export function calibrate(input: CalibrationInput): Calibration {
  const end = input.endYear;
  const endIndex = input.years.indexOf(end);
  const window = Math.max(1, Math.min(Math.round(input.windowYears), endIndex));
  if (endIndex < 1) throw new Error(`Calibration needs at least two recorded years before ${end}.`);
  const from = end - window;
  const fromIndex = input.years.indexOf(from);
  if (fromIndex < 0) throw new Error(`Calibration window: year ${from} is not in the data.`);
  const startTotals = { heads: input.heads[fromIndex] ?? 0, fte: input.fte[fromIndex] ?? 0 };
  const stock = splitByBand(startTotals, ageProfileOf(input, from));
  const intake = knownIntakes(input.intakes);
  let offsets: BandValues = [0, 0, 0, 0];
  let record = false;
  const run = (otherNetJoiners: number, participationTrend: number, band: BandValues = offsets): EngineYear =>
    runOnRecord(input, {
      startYear: from,
      toYear: end,
      stock,
      otherNetJoiners,
      participationTrend,
      ageing: input.ageing,
      bandParticipation: band,
      recordBands: record,
      intake,
    })[window] as EngineYear;

  const recordedHeads = input.heads[endIndex] ?? 0;
  const recordedFte = input.fte[endIndex] ?? 0;
  const probe = 1000;
  const solveJoiners = (trend: number): number => {
    const without = run(0, trend).heads;
    const perHead = (run(probe, trend).heads - without) / probe;
    return perHead > 0 ? (recordedHeads - without) / perHead : 0;
  };
  const solveTrend = (joiners: number): number => solveIncreasing((g) => run(joiners, g).fte, recordedFte, -0.2, 0.2);

  const ratioFrom = ratio(startTotals.fte, startTotals.heads);
  const ratioTo = ratio(recordedFte, recordedHeads);
  const observedRatioTrend = ratioFrom > 0 && ratioTo > 0 ? Math.pow(ratioTo / ratioFrom, 1 / window) - 1 : 0;
  const result = (otherNetJoiners: number, participationTrend: number): Calibration => ({
    fromYear: from,
    toYear: end,
    otherNetJoiners,
    participationTrend,
    bandParticipation: offsets,
    ratioFrom,
    ratioTo,
    observedRatioTrend,
  });
  if (input.fixedTrend !== undefined && Number.isFinite(input.fixedTrend))
    return result(solveJoiners(input.fixedTrend), input.fixedTrend);

  let otherNetJoiners = solveJoiners(0);
  let participationTrend = solveTrend(otherNetJoiners);
  otherNetJoiners = solveJoiners(participationTrend);
  participationTrend = solveTrend(otherNetJoiners);

  // Per band: each band's FTE per head changes as recorded (the ratio of the window's ends).
  const startProfile = input.ageYears?.find((y) => y.year === from);
  const endProfile = input.ageYears?.find((y) => y.year === end);
  if (input.bands !== false && startProfile && endProfile) {
    record = true;
    const wanted = [0, 1, 2, 3].map((b) => {
      const r0 = ratio(startProfile.fte[b] ?? 0, startProfile.heads[b] ?? 0);
      const r1 = ratio(endProfile.fte[b] ?? 0, endProfile.heads[b] ?? 0);
      return r0 > 0 && r1 > 0 ? (r1 / r0) * ratio(stock.fte[b] ?? 0, stock.heads[b] ?? 0) : Number.NaN;
    });
    const trends = [0, 0, 0, 0].map(() => participationTrend) as [number, number, number, number];
    for (let sweep = 0; sweep < 2; sweep += 1)
      for (let b = 0; b < 4; b += 1) {
        const target = wanted[b] ?? Number.NaN;
        if (!Number.isFinite(target)) continue;
        const bandRatio = (g: number) => {
          const band = [...trends] as [number, number, number, number];
          band[b] = g;
          const row = run(otherNetJoiners, 0, band);
          return ratio(row.bandFte?.[b] ?? 0, row.bandHeads?.[b] ?? 0);
        };
        trends[b] = solveIncreasing(bandRatio, target, -0.2, 0.2);
      }
    const row = run(otherNetJoiners, participationTrend);
    const weights = row.bandFte ?? [1, 1, 1, 1];
    const total = weights[0] + weights[1] + weights[2] + weights[3];
    const mean = total > 0 ? trends.reduce((s, g, b) => s + g * (weights[b] ?? 0), 0) / total : participationTrend;
    offsets = [trends[0] - mean, trends[1] - mean, trends[2] - mean, trends[3] - mean];
    record = false;
    participationTrend = solveTrend(otherNetJoiners);
    otherNetJoiners = solveJoiners(participationTrend);
    participationTrend = solveTrend(otherNetJoiners);
  }
  return result(otherNetJoiners, participationTrend);
}
