/**
 * England's uncertainty: a Monte Carlo over the model's documented ranges, for the national part of every
 * 80% range. Runs in a Web Worker in the app, so sliders never wait for it.
 *
 * Method: each draw takes a historical leaver rate, uptake and calibration window from the ranges below,
 * recalibrates the other net joiners and the participation trend on that window with them (so the draw
 * still reproduces the recorded past), then projects with the scenario's levers moved by the same amounts
 * (the leaver rate and uptake scaled, the participation trend shifted by the draw's calibration and an
 * extra offset, the half-life scaled). The jump-off level is moved by a normal draw with the nowcast's
 * spread. The national spread is the 10th and 90th percentiles of log(draw ÷ central) per year.
 * Units: log ratios; draws are reproducible (seeded).
 * Sources of the ranges (MODEL.md "Ranges"):
 *   - leaver rate ×0.85 to ×1.15 (7.5%-10.1% around 8.8%): the parliamentary answer's 7.1%-9.0% a year
 *     (2016/17-2019/20) and the IfG's 8.8% (2022);
 *   - uptake ×0.86 to ×1.11 (62%-80% around 72%): Palmer et al. 2025 (62% two years after training) to the
 *     LTWP's 75% and a little above;
 *   - participation trend ± 0.5 percentage points a year: the trends calibrated at origins 2018/19 to
 *     2024/25 ranged over 0.9 points (back-test);
 *   - half-life ×0.5 to ×2 (log-uniform);
 *   - calibration window 2 to 5 recorded years.
 */
import type { Prepared } from './prepare';
import type { ScenarioChoices } from './scenario';
import type { NationalSpread } from './project-scenario';
import { bandLeaverRates } from './age-bands';
import { calibrate, type Calibration } from './calibrate';
import { englandLevers } from './scenario';
import { runEngine } from './engine';
import { intakeOnPath, qualifiers } from './training';

export const UNCERTAINTY = {
  leaverRateScale: [0.85, 1.15],
  uptakeScale: [0.86, 1.11],
  participationOffset: [-0.005, 0.005],
  halfLifeScale: [0.5, 2],
  calibrationYears: [2, 5],
} as const;

export const DEFAULT_DRAWS = 400;

interface Draw {
  readonly leaverScale: number;
  readonly uptakeScale: number;
  readonly participationOffset: number;
  readonly halfLifeScale: number;
  readonly jumpOffLog: number;
  readonly calibration: Calibration;
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

const uniform = (random: () => number, [low, high]: readonly [number, number]) => low + (high - low) * random();

const drawCache = new WeakMap<Prepared, Map<string, Draw[]>>();

/** The draws and their calibrations, once per prepared data, count and seed. */
function drawsFor(prepared: Prepared, count: number, seed: number): Draw[] {
  let bySeed = drawCache.get(prepared);
  if (!bySeed) {
    bySeed = new Map();
    drawCache.set(prepared, bySeed);
  }
  const key = `${count}:${seed}`;
  const cached = bySeed.get(key);
  if (cached) return cached;
  const random = seededRandom(seed);
  const england = prepared.data.areas.find((a) => a.level === 'england');
  const recordedSteps = prepared.data.years.length - 1;
  const draws: Draw[] = [];
  for (let d = 0; d < count; d += 1) {
    const leaverScale = uniform(random, UNCERTAINTY.leaverRateScale);
    const uptakeScale = uniform(random, UNCERTAINTY.uptakeScale);
    const participationOffset = uniform(random, UNCERTAINTY.participationOffset);
    const halfLifeScale = Math.exp(
      uniform(random, [Math.log(UNCERTAINTY.halfLifeScale[0]), Math.log(UNCERTAINTY.halfLifeScale[1])]),
    );
    const [minYears, maxYears] = UNCERTAINTY.calibrationYears;
    const windowYears = Math.min(recordedSteps, minYears + Math.floor(random() * (maxYears - minYears + 1)));
    // Box-Muller: one standard normal from two uniforms.
    const normal = Math.sqrt(-2 * Math.log(Math.max(1e-12, random()))) * Math.cos(2 * Math.PI * random());
    const calibration =
      england && recordedSteps >= 1
        ? calibrate({
            years: prepared.data.years,
            heads: england.headcount,
            fte: england.fte,
            ageSnapshots: prepared.data.ageSnapshots,
            intakes: prepared.data.intakes,
            endYear: prepared.baseYear,
            windowYears,
            leaverRates: bandLeaverRates({
              ageProfile: prepared.ageProfile,
              leverRate: prepared.defaults.leaverRate * leaverScale,
            }),
            uptake: Math.min(1, prepared.defaults.traineeUptake * uptakeScale),
            internationalFte: prepared.defaults.internationalRecruitment,
            returnersFte: prepared.defaults.returners,
          })
        : prepared.calibration;
    draws.push({
      leaverScale,
      uptakeScale,
      participationOffset,
      halfLifeScale,
      jumpOffLog: normal * prepared.nowcastSpread,
      calibration,
    });
  }
  bySeed.set(key, draws);
  return draws;
}

/** England's national spread for a scenario's England levers. */
export function nationalSpread(
  prepared: Prepared,
  choices: Pick<ScenarioChoices, 'englandLevers'>,
  { draws = DEFAULT_DRAWS, seed = 20251031 }: { draws?: number; seed?: number } = {},
): NationalSpread {
  const levers = englandLevers(prepared, choices);
  const path = {
    lastFixedYear: prepared.lastFixedIntakeYear,
    places: levers.trainingPlaces,
    from: levers.trainingFrom,
    ramp: levers.trainingRamp,
  };
  const intake = (year: number) => intakeOnPath(prepared.knownIntake, path, year);
  const multiplier = prepared.defaults.ftePerGp > 0 ? levers.ftePerGp / prepared.defaults.ftePerGp : 1;
  const run = (leaverScale: number, uptake: number, calibration: Calibration, trend: number, halfLife: number) =>
    runEngine({
      startYear: prepared.startYear,
      toYear: prepared.toYear,
      heads: prepared.stock.heads,
      fte: prepared.stock.fte,
      leaverRates: bandLeaverRates({ ageProfile: prepared.ageProfile, leverRate: levers.leaverRate * leaverScale }),
      newGpHeads: (fyEnd) => qualifiers(intake, fyEnd) * uptake,
      internationalFte: levers.internationalRecruitment,
      returnersFte: levers.returners,
      otherNetJoiners: calibration.otherNetJoiners,
      participationTrend: trend,
      halfLife,
      participationMultiplier: multiplier,
    });
  const central = run(
    1,
    Math.min(1, levers.traineeUptake),
    prepared.calibration,
    levers.participationTrend,
    levers.participationHalfLife,
  );
  const years = prepared.years;
  const logs = years.map(() => [] as number[]);
  const rowOf = (year: number) => year - prepared.startYear;
  for (const draw of drawsFor(prepared, draws, seed)) {
    const path = run(
      draw.leaverScale,
      Math.min(1, levers.traineeUptake * draw.uptakeScale),
      draw.calibration,
      levers.participationTrend +
        (draw.calibration.participationTrend - prepared.calibration.participationTrend) +
        draw.participationOffset,
      levers.participationHalfLife * draw.halfLifeScale,
    );
    years.forEach((year, i) => {
      const c = central[rowOf(year)]?.fte ?? 0;
      const v = path[rowOf(year)]?.fte ?? 0;
      if (c > 0 && v > 0) logs[i]?.push(Math.log(v / c) + draw.jumpOffLog);
    });
  }
  const quantile = (values: number[], q: number): number => {
    if (values.length === 0) return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const position = q * (sorted.length - 1);
    const lower = Math.floor(position);
    const upper = Math.min(sorted.length - 1, lower + 1);
    return (sorted[lower] ?? 0) + ((sorted[upper] ?? 0) - (sorted[lower] ?? 0)) * (position - lower);
  };
  return {
    years,
    lowLog: logs.map((v) => Math.min(0, quantile(v, 0.1))),
    highLog: logs.map((v) => Math.max(0, quantile(v, 0.9))),
  };
}
