/**
 * Future shocks: how much England's leaving, joining and participation have moved from year to year beyond what
 * the engine explains, estimated from the recorded series. The Monte Carlo (monte-carlo.ts) draws paths of these
 * shocks forward; it never re-fits the past.
 *
 * Method: the engine is calibrated over every recorded year (other net joiners and the participation trend held
 * constant, age bands as fitted), then run one year at a time from each recorded year's heads and FTE (split by
 * that year's age profile) to the next. Its one-year errors are the shocks of that year:
 *   - heads: e_H(t) = ln(recorded heads ÷ engine heads), the net of leaving and joining shocks;
 *   - participation: e_P(t) = ln(recorded FTE per head ÷ engine FTE per head).
 * Each series gives a standard deviation (about its mean, n − 1) and a persistence φ (its lag-one
 * autocorrelation, held within 0 to 0.9): the shocks to the yearly rates follow AR(1) processes,
 * x(t) = φ·x(t − 1) + σ·ε(t), so the level they move does a (persistent) random walk and the 80% range widens
 * with the horizon. The heads variance is split between leaving and joining: leaving takes the part the recorded
 * year-to-year spread of leavers implies (the parliamentary answer's FTE leavers, 2016/17-2019/20: 2,089, 2,292,
 * 2,501, 1,926, a standard deviation of log leavers of `LEAVER_LOG_SPREAD`, times the leaver rate), at most all of
 * it; joining the rest. Leaving shocks multiply the leaver rates (so they scale with the "Leaver rate" lever);
 * joining shocks add heads; participation shocks add to the participation trend.
 * Not all of a year's error lasts: England's FTE changes over several years vary less than as many independent
 * one-year changes would (`lastingShare`: its 4-year changes have a standard deviation of 1.47% against 2 × 1.36%).
 * The Monte Carlo scales every σ by SHOCK_SCALE, calibrated by the back-test (monte-carlo.ts).
 * It needs three one-year errors and five recorded years; with fewer, `estimated` is false and the caller says what
 * it uses instead.
 * Units: standard deviations of log changes a year; joiners as a fraction of heads a year.
 * Sources: data/areas.json (England), age-profile.json, training.json; DATA.md (parliamentary answer on leavers).
 */
import type { BandValues } from './age-bands';
import type { Prepared } from './prepare';
import type { ShockModel } from './types';

export type { ShockModel };
import { bandLeaverRates } from './age-bands';
import { ageProfileOf, calibrate, runOnRecord, splitByBand, type EnglandSeries } from './calibrate';
import { defaultLeverValues } from './levers';
import { knownIntakes } from './training';

/** FTE leavers of qualified GPs, 2016/17 to 2019/20 (parliamentary answer, DATA.md "Model parameters"). */
export const RECORDED_LEAVERS = [2089, 2292, 2501, 1926] as const;

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
function sd(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}
function lagOne(values: readonly number[]): number {
  const m = mean(values);
  let num = 0;
  let den = 0;
  values.forEach((v, i) => {
    den += (v - m) ** 2;
    if (i > 0) num += (v - m) * ((values[i - 1] ?? m) - m);
  });
  return den > 0 ? num / den : 0;
}

/** Standard deviation of the log of the recorded leavers: the year-to-year spread of the leaver rate. */
export const LEAVER_LOG_SPREAD = /*#__PURE__*/ logSpread(RECORDED_LEAVERS);

function logSpread(values: readonly number[]): number {
  return sd(values.map((v) => Math.log(v)));
}

/**
 * What lasts of a year's change in a series: √(Var(k-year log changes) ÷ (k × Var(one-year log changes))), k the
 * longest span up to 4 years with three changes recorded, held within 0.2 to 1; 1 with too few years. A random walk
 * gives 1; a series whose changes partly reverse gives less (England's FTE: 0.54 over 2015/16-2024/25).
 */
export function lastingShare(series: readonly number[]): { lasting: number; years: number } {
  const logs = series.filter((v) => v > 0).map((v) => Math.log(v));
  const changes = (k: number) => logs.slice(k).map((v, i) => v - (logs[i] ?? v));
  const one = sd(changes(1));
  for (let k = 4; k >= 2; k -= 1) {
    const c = changes(k);
    if (c.length >= 3 && one > 0) return { lasting: Math.min(1, Math.max(0.2, sd(c) / (one * Math.sqrt(k)))), years: k };
  }
  return { lasting: 1, years: 0 };
}

export interface ShockInput extends EnglandSeries {
  /** The all-age leaver rate the bands average to. */
  readonly leaverRate: number;
  readonly ageing: BandValues;
}

export function estimateShocks(input: ShockInput): ShockModel {
  const endIndex = input.years.length - 1;
  const end = input.years[endIndex] ?? 0;
  const intake = knownIntakes(input.intakes);
  const years: number[] = [];
  const headsErrors: number[] = [];
  const participationErrors: number[] = [];
  if (endIndex >= 1) {
    const calibration = calibrate({ ...input, endYear: end, windowYears: endIndex, bands: false });
    for (let i = 1; i <= endIndex; i += 1) {
      const from = input.years[i - 1] ?? 0;
      const h0 = input.heads[i - 1] ?? 0;
      const f0 = input.fte[i - 1] ?? 0;
      const h1 = input.heads[i] ?? 0;
      const f1 = input.fte[i] ?? 0;
      if (!(h0 > 0 && f0 > 0 && h1 > 0 && f1 > 0)) continue;
      const row = runOnRecord(input, {
        startYear: from,
        toYear: from + 1,
        stock: splitByBand({ heads: h0, fte: f0 }, ageProfileOf(input, from)),
        otherNetJoiners: calibration.otherNetJoiners,
        participationTrend: calibration.participationTrend,
        ageing: input.ageing,
        intake,
      })[1];
      if (!row || !(row.heads > 0) || !(row.fte > 0)) continue;
      years.push(input.years[i] ?? 0);
      headsErrors.push(Math.log(h1 / row.heads));
      participationErrors.push(Math.log(f1 / h1) - Math.log(row.fte / row.heads));
    }
  }
  const estimated = headsErrors.length >= 3 && input.fte.length >= 5;
  const headsSpread = sd(headsErrors);
  const participationSpread = sd(participationErrors);
  const leaverShare = Math.max(0, input.leaverRate);
  // Leaving takes what the recorded leavers' spread implies for heads, at most all of the heads variance.
  const leavingHeads = estimated ? Math.min(headsSpread, leaverShare * LEAVER_LOG_SPREAD) : 0;
  const clampPhi = (phi: number) => Math.min(0.9, Math.max(0, phi));
  return {
    estimated,
    years,
    headsErrors,
    participationErrors,
    headsSpread,
    participationSpread,
    leaver: estimated && leaverShare > 0 ? leavingHeads / leaverShare : 0,
    joiners: estimated ? Math.sqrt(Math.max(0, headsSpread ** 2 - leavingHeads ** 2)) : 0,
    participation: estimated ? participationSpread : 0,
    headsPersistence: estimated ? clampPhi(lagOne(headsErrors)) : 0,
    participationPersistence: estimated ? clampPhi(lagOne(participationErrors)) : 0,
  };
}

const cache = new WeakMap<Prepared, ShockModel>();

/**
 * The shock sizes of a preparation: estimated from its England series with its fitted ageing and the default flows,
 * or, when its data are too short, the ones it was given to borrow (the back-test's earliest origins). Once per
 * preparation.
 */
export function shocksFor(prepared: Prepared): ShockModel {
  const hit = cache.get(prepared);
  if (hit) return hit;
  const england = prepared.data.areas.find((a) => a.level === 'england');
  const table = defaultLeverValues();
  const estimated = estimateShocks({
    years: prepared.data.years,
    heads: england?.headcount ?? [],
    fte: england?.fte ?? [],
    ageYears: prepared.data.ageYears,
    ageSnapshots: prepared.data.ageSnapshots,
    intakes: prepared.data.intakes,
    leaverRates: bandLeaverRates({ ageProfile: prepared.ageProfile, leverRate: table.leaverRate }),
    leaverRate: table.leaverRate,
    uptake: table.traineeUptake,
    internationalFte: table.internationalRecruitment,
    returnersFte: table.returners,
    ageing: prepared.ageFit.ageing,
  });
  const shocks = estimated.estimated || !prepared.borrowedShocks ? estimated : prepared.borrowedShocks;
  cache.set(prepared, shocks);
  return shocks;
}
