/**
 * The model's settings, chosen by a back-test nested inside the data it is given: the calibration window, the
 * participation trend's half-life, the training-share blend λ and the years an area's share is averaged over.
 *
 * Method: the data passed in are everything known at the time (the app's data, or a back-test origin's cut), and
 * the choice uses only them. Every earlier year is an inner origin, projected to every later year in the data
 * (all inner origin → target pairs), from what was known at that inner origin (`dataAsOf`):
 *   - calibration window w (2-5 recorded years: one year's jump is not a trend) and half-life h (2, 3, 5, 8, 13, 30,
 *     100 years): England's engine from the inner origin's jump-off, calibrated on w years (age bands as fitted on
 *     the data given), with the trend halving every h years; the pair with the lowest mean absolute log error of
 *     England's FTE over all pairs. Inner origins need MIN_CALIBRATION_STEPS recorded steps, as the model does;
 *   - shareYears k (1-3): each sub-ICB's mean share of England's FTE over the inner origin's last k years times
 *     England's recorded FTE in the target year; the lowest sub-ICB mean absolute percentage error (MAPE);
 *   - λ (0 to 1 in steps of 0.05): each sub-ICB's share as above plus λ × (its trainee share − its share) × the
 *     newly qualified GP FTE that joined between the two years, over pairs two or more years apart; lowest MAPE.
 * With too few inner pairs (fewer than 3; for λ fewer than 2 pairs two years apart) a setting takes its stated
 * fallback, fixed before looking at any result: window 3, half-life 5, λ 0 (new GPs shared like the workforce),
 * k 1 (the latest share). Ties go to the earlier value in the grid.
 * Units: years; λ is a fraction.
 * Sources: the data themselves.
 */
import type { ProjectionData } from './types';
import type { BandValues } from './age-bands';
import { bandLeaverRates } from './age-bands';
import { calibrate } from './calibrate';
import { dataAsOf, englandStart } from './england';
import { runEngine } from './engine';
import { defaultLeverValues } from './levers';
import { meanShare, subIcbTraineeShares } from './shares';
import { NEW_GP_FTE_PER_HEAD, knownIntakes, qualifiers } from './training';

export const SETTING_GRID = {
  calibrationYears: [2, 3, 4, 5],
  halfLife: [2, 3, 5, 8, 13, 30, 100],
  shareYears: [1, 2, 3],
  lambda: Array.from({ length: 21 }, (_, k) => k / 20),
} as const;

/** Settings used when the data hold too few inner pairs to choose them, fixed before any result was seen. */
export const FALLBACK_SETTINGS = { calibrationYears: 3, halfLife: 5, lambda: 0, shareYears: 1 } as const;

export interface SettingChoice {
  /** Inner origin → target pairs the choice was made on; 0 with the fallback. */
  readonly pairs: number;
  readonly fallback: boolean;
  /** The score of each value tried (mean absolute log error, or MAPE in %), in grid order. */
  readonly scores: readonly { readonly value: number; readonly score: number }[];
}

export interface ModelSettings {
  readonly calibrationYears: number;
  readonly halfLife: number;
  readonly lambda: number;
  readonly shareYears: number;
  readonly chosen: {
    readonly calibrationYears: SettingChoice;
    readonly halfLife: SettingChoice;
    readonly lambda: SettingChoice;
    readonly shareYears: SettingChoice;
  };
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN);
const MIN_PAIRS = 3;
/**
 * Recorded one-year steps England's calibration needs (four recorded years): with fewer, one or two years' jumps
 * would be read as lasting flows, so England is held at its nowcast instead (prepare.ts).
 */
export const MIN_CALIBRATION_STEPS = 3;

function best(scores: { value: number; score: number }[]): number | undefined {
  let found: { value: number; score: number } | undefined;
  for (const s of scores) if (Number.isFinite(s.score) && (found === undefined || s.score < found.score - 1e-12)) found = s;
  return found?.value;
}

/** England's calibration window and half-life by the inner back-test (see the header). */
function chooseWindowAndHalfLife(data: ProjectionData, ageing: BandValues) {
  const england = data.areas.find((a) => a.level === 'england');
  const last = data.years[data.years.length - 1] ?? 0;
  const table = defaultLeverValues();
  // errors[w][h] over every pair
  const errors = SETTING_GRID.calibrationYears.map(() => SETTING_GRID.halfLife.map(() => [] as number[]));
  let pairs = 0;
  // England alone is projected here: the cut leaves the other areas out.
  const englandOnly: ProjectionData | null = england ? { ...data, areas: [england] } : null;
  for (const origin of data.years) {
    const index = data.years.indexOf(origin);
    if (index < MIN_CALIBRATION_STEPS || origin >= last || !england || !englandOnly) continue;
    const cut = dataAsOf(englandOnly, origin);
    const start = englandStart(cut);
    const cutEngland = start.england;
    const leaverRates = bandLeaverRates({ ageProfile: start.ageProfile, leverRate: table.leaverRate });
    const intake = knownIntakes(cut.intakes);
    const targets = data.years.filter((t) => t > origin && t >= start.startYear);
    pairs += targets.length;
    SETTING_GRID.calibrationYears.forEach((w, wi) => {
      const calibration = calibrate({
        years: cut.years,
        heads: cutEngland.headcount,
        fte: cutEngland.fte,
        ageSnapshots: cut.ageSnapshots,
        ageYears: cut.ageYears,
        intakes: cut.intakes,
        endYear: origin,
        windowYears: Math.min(w, index),
        leaverRates,
        uptake: table.traineeUptake,
        internationalFte: table.internationalRecruitment,
        returnersFte: table.returners,
        ageing,
        bands: false,
      });
      SETTING_GRID.halfLife.forEach((h, hi) => {
        const run = runEngine({
          startYear: start.startYear,
          toYear: last,
          ...start.stock,
          leaverRates,
          newGpHeads: (fy) => qualifiers(intake, fy) * table.traineeUptake,
          internationalFte: table.internationalRecruitment,
          returnersFte: table.returners,
          otherNetJoiners: calibration.otherNetJoiners,
          participationTrend: calibration.participationTrend,
          halfLife: h,
          participationMultiplier: 1,
          ageing,
        });
        for (const t of targets) {
          const projected = run[t - start.startYear]?.fte ?? 0;
          const recorded = england.fte[data.years.indexOf(t)] ?? 0;
          if (projected > 0 && recorded > 0) errors[wi]?.[hi]?.push(Math.abs(Math.log(projected / recorded)));
        }
      });
    });
  }
  const score = (wi: number, hi: number) => mean(errors[wi]?.[hi] ?? []);
  if (pairs < MIN_PAIRS) return { window: fallback('calibrationYears'), halfLife: fallback('halfLife') };
  let bestW = 0;
  let bestH = 0;
  SETTING_GRID.calibrationYears.forEach((_, wi) =>
    SETTING_GRID.halfLife.forEach((__, hi) => {
      if (score(wi, hi) < score(bestW, bestH) - 1e-12) {
        bestW = wi;
        bestH = hi;
      }
    }),
  );
  return {
    window: {
      value: SETTING_GRID.calibrationYears[bestW] ?? FALLBACK_SETTINGS.calibrationYears,
      choice: {
        pairs,
        fallback: false,
        scores: SETTING_GRID.calibrationYears.map((w, wi) => ({ value: w, score: score(wi, bestH) })),
      },
    },
    halfLife: {
      value: SETTING_GRID.halfLife[bestH] ?? FALLBACK_SETTINGS.halfLife,
      choice: { pairs, fallback: false, scores: SETTING_GRID.halfLife.map((h, hi) => ({ value: h, score: score(bestW, hi) })) },
    },
  };
}

function fallback(key: keyof typeof FALLBACK_SETTINGS) {
  return { value: FALLBACK_SETTINGS[key], choice: { pairs: 0, fallback: true, scores: [] } };
}

/** Sub-ICB MAPE (%) of share-based projections over inner pairs, for the shares' years and λ (see the header). */
function chooseShares(data: ProjectionData) {
  const england = data.areas.find((a) => a.level === 'england');
  const subIcbs = data.areas.filter((a) => a.level === 'subicb');
  const intake = knownIntakes(data.intakes);
  const uptake = defaultLeverValues().traineeUptake;
  const pairsOf = (minGap: number) =>
    data.years.flatMap((o, oi) => data.years.slice(oi + minGap).map((t) => ({ oi, ti: data.years.indexOf(t), o, t })));
  /** Mean over pairs of the sub-ICB MAPE of `project(s, extra)` against the recorded FTE. */
  const all = pairsOf(1);
  let shareYears: { value: number; choice: SettingChoice };
  if (all.length < MIN_PAIRS || !england) shareYears = fallback('shareYears');
  else {
    const scores = SETTING_GRID.shareYears.map((k) => ({
      value: k,
      score: mean(
        all.map(({ oi, ti }) => {
          const total = england.fte[ti] ?? 0;
          const errors: number[] = [];
          for (const a of subIcbs) {
            const recorded = a.fte[ti] ?? 0;
            if (recorded > 0) errors.push(Math.abs(meanShare(a.fte, england.fte, oi, k) * total - recorded) / recorded);
          }
          return mean(errors) * 100;
        }),
      ),
    }));
    shareYears = { value: best(scores) ?? FALLBACK_SETTINGS.shareYears, choice: { pairs: all.length, fallback: false, scores } };
  }
  const apart = pairsOf(2);
  let lambda: { value: number; choice: SettingChoice };
  if (apart.length < 2 || !england) lambda = fallback('lambda');
  else {
    // Per pair, each sub-ICB's share-based projection, its tilt towards trainees per unit of λ, and what was recorded.
    const traineesAt = new Map<number, Map<string, number>>();
    const prepared = apart.map(({ oi, ti, o, t }) => {
      const trainees = traineesAt.get(oi) ?? subIcbTraineeShares(data, oi);
      traineesAt.set(oi, trainees);
      let newGpFte = 0;
      for (let y = o + 1; y <= t; y += 1) newGpFte += qualifiers(intake, y) * uptake * NEW_GP_FTE_PER_HEAD;
      const total = england.fte[ti] ?? 0;
      return subIcbs.flatMap((a) => {
        const recorded = a.fte[ti] ?? 0;
        if (!(recorded > 0)) return [];
        const s = meanShare(a.fte, england.fte, oi, shareYears.value);
        return [{ base: s * total, tilt: ((trainees.get(a.code) ?? s) - s) * newGpFte, recorded }];
      });
    });
    const scores = SETTING_GRID.lambda.map((l) => ({
      value: l,
      score: mean(prepared.map((rows) => mean(rows.map((r) => Math.abs(r.base + l * r.tilt - r.recorded) / r.recorded)) * 100)),
    }));
    lambda = { value: best(scores) ?? FALLBACK_SETTINGS.lambda, choice: { pairs: apart.length, fallback: false, scores } };
  }
  return { shareYears, lambda };
}

/** The settings for data known up to their last year, chosen on those data only (see the header). */
export function selectSettings(data: ProjectionData, ageing: BandValues): ModelSettings {
  const { window, halfLife } = chooseWindowAndHalfLife(data, ageing);
  const { shareYears, lambda } = chooseShares(data);
  return {
    calibrationYears: window.value,
    halfLife: halfLife.value,
    lambda: lambda.value,
    shareYears: shareYears.value,
    chosen: { calibrationYears: window.choice, halfLife: halfLife.choice, lambda: lambda.choice, shareYears: shareYears.choice },
  };
}
