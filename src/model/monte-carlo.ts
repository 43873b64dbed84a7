/**
 * England's uncertainty: a Monte Carlo of future shocks, for the national part of every 80% range. Runs in a Web
 * Worker in the app, so sliders never wait for it.
 *
 * Method: the central line is the engine with the scenario's levers and no shocks. Each draw runs the same engine
 * with paths of future shocks drawn forward from the jump-off, never re-fitted to the past (shocks.ts):
 *   - leaving: the leaver rates times exp(x_L(t)), x_L an AR(1) process with the estimated σ and persistence;
 *   - joining: the other net joiners plus x_J(t) × the jump-off's heads, x_J an AR(1) process likewise;
 *   - participation: the participation trend plus x_P(t), an AR(1) process;
 *   - the jump-off level: a normal draw with the nowcast's own error (all years move with it);
 *   - what a training or uptake change adds: scaled by a uniform draw of ×0.86 to ×1.11 (uptake 62%-80% around
 *     72%: Palmer et al. 2025 to the LTWP's 75% and a little above), so a larger change carries more uncertainty.
 * The shocks are symmetric about zero, so the draws' median sits on the central line (`centralPercentile`, the share of
 * draws below it, says how closely: about half). The range is the draws' 10th and 90th percentiles of
 * log(draw ÷ central), re-centred on the central line: lowLog = q10 − q50 and highLog = q90 − q50. The central
 * figure is therefore the median of its range by construction, and the width is the draws'.
 * Units: log ratios; draws are reproducible (seeded).
 * Every σ is multiplied by SHOCK_SCALE, what lasts of a year's shock, calibrated by the back-test.
 * Sources: shocks.ts (σ and φ from the recorded series); the nowcast's record (england.ts).
 */
import type { Prepared } from './prepare';
import type { ScenarioChoices } from './scenario';
import type { NationalSpread } from './project-scenario';
import { bandLeaverRates } from './age-bands';
import { englandLevers, trainingIntake } from './scenario';
import { runEngine } from './engine';
import { qualifiers } from './training';
import { shocksFor } from './shocks';

export const UNCERTAINTY = {
  /** What a change to training or uptake adds is scaled by a draw in this range. */
  uptakeScale: [0.86, 1.11],
} as const;

export const DEFAULT_DRAWS = 400;

/**
 * What lasts of the estimated one-year shocks: every σ is multiplied by this. Calibrated by the back-test
 * (backtest.ts): the largest scale, in steps of 0.05, at which England's 80% ranges hold no more than 90% of the
 * recorded figures over all 45 origin → target pairs since 2015/16 (87%; at 0.35, 93%; with the shocks as estimated, 98%; with
 * none, 82%, and the ranges no longer widen). The recorded series agrees that most of a year's error does not
 * last: England's FTE changes over four years vary about half as much as four independent one-year changes would
 * (`lastingShare`). MODEL.md "Ranges".
 */
export const SHOCK_SCALE = 0.3;

interface Draw {
  readonly leaver: Float64Array;
  readonly joiners: Float64Array;
  readonly participation: Float64Array;
  readonly jumpOffLog: number;
  readonly uptakeScale: number;
}

/** A small seeded generator (mulberry32): the same seed gives the same draws everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One standard normal from two uniforms (Box-Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(Math.max(1e-12, random()))) * Math.cos(2 * Math.PI * random());
}

/** An AR(1) path x(k) = φ x(k − 1) + σ ε(k), from x(0) = 0, k = 1 ... n. */
function ar1(random: () => number, n: number, sigma: number, phi: number): Float64Array {
  const path = new Float64Array(n);
  let x = 0;
  for (let k = 0; k < n; k += 1) {
    x = phi * x + sigma * normal(random);
    path[k] = x;
  }
  return path;
}

const drawCache = new WeakMap<Prepared, Map<string, Draw[]>>();

/** The shock paths, once per prepared data, count, seed and shock scale. */
function drawsFor(prepared: Prepared, count: number, seed: number, scale: number): Draw[] {
  let bySeed = drawCache.get(prepared);
  if (!bySeed) {
    bySeed = new Map();
    drawCache.set(prepared, bySeed);
  }
  const key = `${count}:${seed}:${scale}`;
  const cached = bySeed.get(key);
  if (cached) return cached;
  const random = seededRandom(seed);
  const shocks = shocksFor(prepared);
  const n = Math.max(0, prepared.toYear - prepared.startYear);
  const heads = prepared.stock.heads[0] + prepared.stock.heads[1] + prepared.stock.heads[2] + prepared.stock.heads[3];
  const draws: Draw[] = [];
  for (let d = 0; d < count; d += 1) {
    const [low, high] = UNCERTAINTY.uptakeScale;
    const joiners = ar1(random, n, scale * shocks.joiners, shocks.headsPersistence);
    for (let k = 0; k < n; k += 1) joiners[k] = (joiners[k] ?? 0) * heads;
    draws.push({
      leaver: ar1(random, n, scale * shocks.leaver, shocks.headsPersistence),
      joiners,
      participation: ar1(random, n, scale * shocks.participation, shocks.participationPersistence),
      jumpOffLog: normal(random) * prepared.nowcastSpread,
      uptakeScale: low + (high - low) * random(),
    });
  }
  bySeed.set(key, draws);
  return draws;
}

/** The q-th quantile of sorted values (linear between ranks). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const position = q * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(sorted.length - 1, lower + 1);
  return (sorted[lower] ?? 0) + ((sorted[upper] ?? 0) - (sorted[lower] ?? 0)) * (position - lower);
}

export interface SpreadOptions {
  readonly draws?: number;
  readonly seed?: number;
  /** Multiplies every shock's σ on top of SHOCK_SCALE (1: as calibrated; 0: no future shocks, only the nowcast and uptake). */
  readonly shockScale?: number;
}

/** England's national spread for a scenario's England levers (and training path). */
export function nationalSpread(
  prepared: Prepared,
  choices: Pick<ScenarioChoices, 'englandLevers'> & Partial<Pick<ScenarioChoices, 'trainingPath'>>,
  { draws = DEFAULT_DRAWS, seed = 20251031, shockScale = 1 }: SpreadOptions = {},
): NationalSpread {
  const levers = englandLevers(prepared, choices);
  const intake = trainingIntake(prepared, levers, choices.trainingPath ?? null, 1);
  const baseIntake = trainingIntake(prepared, prepared.defaults, null, 1);
  const uptake = Math.min(1, Math.max(0, levers.traineeUptake));
  const baseUptake = prepared.defaults.traineeUptake;
  const multiplier = prepared.defaults.ftePerGp > 0 ? levers.ftePerGp / prepared.defaults.ftePerGp : 1;
  const leaverRates = bandLeaverRates({ ageProfile: prepared.ageProfile, leverRate: levers.leaverRate });
  const { calibration } = prepared;
  // Newly qualified GPs by year, at the defaults and with the scenario's path and uptake (the same for every draw).
  const first = prepared.startYear;
  const count = prepared.toYear - first + 1;
  const baseNew = new Float64Array(count);
  const scenarioNew = new Float64Array(count);
  for (let k = 0; k < count; k += 1) {
    baseNew[k] = qualifiers(baseIntake, first + k) * baseUptake;
    scenarioNew[k] = qualifiers(intake, first + k) * uptake;
  }
  const run = (scale: number, draw?: Draw) =>
    runEngine({
      startYear: prepared.startYear,
      toYear: prepared.toYear,
      heads: prepared.stock.heads,
      fte: prepared.stock.fte,
      leaverRates,
      newGpHeads: (fy) => {
        const base = baseNew[fy - first] ?? 0;
        return base + ((scenarioNew[fy - first] ?? 0) - base) * scale;
      },
      internationalFte: levers.internationalRecruitment,
      returnersFte: levers.returners,
      otherNetJoiners: calibration.otherNetJoiners,
      participationTrend: levers.participationTrend,
      bandParticipation: calibration.bandParticipation,
      halfLife: levers.participationHalfLife,
      participationMultiplier: multiplier,
      ageing: prepared.ageFit.ageing,
      shocks: draw,
    });
  const central = run(1);
  const years = prepared.years;
  const logs = years.map(() => [] as number[]);
  const rowOf = (year: number) => year - prepared.startYear;
  for (const draw of drawsFor(prepared, draws, seed, SHOCK_SCALE * shockScale)) {
    const path = run(draw.uptakeScale, draw);
    years.forEach((year, i) => {
      const c = central[rowOf(year)]?.fte ?? 0;
      const v = path[rowOf(year)]?.fte ?? 0;
      if (c > 0 && v > 0) logs[i]?.push(Math.log(v / c) + draw.jumpOffLog);
    });
  }
  const sorted = logs.map((v) => [...v].sort((a, b) => a - b));
  const medians = sorted.map((v) => quantile(v, 0.5));
  return {
    years,
    lowLog: sorted.map((v, i) => Math.min(0, quantile(v, 0.1) - (medians[i] ?? 0))),
    highLog: sorted.map((v, i) => Math.max(0, quantile(v, 0.9) - (medians[i] ?? 0))),
    medianLog: medians,
    // Ties (a year with no spread at all) count half below and half above.
    centralPercentile: logs.map((v) =>
      v.length ? (v.filter((x) => x < 0).length + v.filter((x) => x === 0).length / 2) / v.length : 0.5,
    ),
  };
}
