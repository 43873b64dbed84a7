import { describe, it, expect } from 'vitest';
import { runEngine, type EngineInput } from '../../src/model/engine';
import { bandLeaverRates, type BandValues } from '../../src/model/age-bands';
import { at } from './fixtures';

// Leaver rates chosen apart so that next year's leavers show which band a GP sits in.
const RATES = [0.2, 0.08, 0.1, 0.3] as const;

const times = (values: BandValues, s: number): BandValues => [values[0] * s, values[1] * s, values[2] * s, values[3] * s];

/** 1,000 GPs, all aged 40-49, at 0.8 FTE each; no flows, no trend. */
const FORTIES: EngineInput = {
  startYear: 2025,
  toYear: 2028,
  heads: [0, 1000, 0, 0],
  fte: [0, 800, 0, 0],
  leaverRates: RATES,
  newGpHeads: () => 0,
  internationalFte: 0,
  returnersFte: 0,
  otherNetJoiners: 0,
  participationTrend: 0,
  halfLife: Infinity,
  participationMultiplier: 1,
};

/** A stock spread over the bands, with every flow: what the national engine looks like. */
const MIXED: EngineInput = {
  startYear: 2026,
  toYear: 2036,
  heads: [10000, 12800, 10200, 4000],
  fte: [7400, 9500, 7500, 3000],
  leaverRates: bandLeaverRates({
    ageProfile: { 'Under 40': 7400, '40-49': 9500, '50-59': 7500, '60 and over': 3000 },
    leverRate: 0.088,
  }),
  newGpHeads: (fyEnd) => 2000 + 50 * (fyEnd - 2026),
  internationalFte: 50,
  returnersFte: 70,
  otherNetJoiners: 700,
  participationTrend: -0.008,
  halfLife: 5,
  participationMultiplier: 1.02,
};

describe('runEngine by hand', () => {
  it('starts with the stock and no flows', () => {
    const first = at(runEngine(FORTIES), 0);
    expect(first).toEqual({
      year: 2025,
      fte: 800,
      heads: 1000,
      leavers: 0,
      newGps: 0,
      international: 0,
      returners: 0,
      otherNetJoiners: 0,
      participationChange: 0,
    });
  });

  it('takes leavers, then ages a tenth of each band up one band', () => {
    const run = runEngine(FORTIES);
    expect(run.map((r) => r.year)).toEqual([2025, 2026, 2027, 2028]);
    // year 1: leavers 800 * 0.08 = 64 FTE; 736 FTE and 1000 * 0.92 = 920 heads stay;
    //         a tenth moves up: 40-49 keeps 662.4 FTE (828 heads), 50-59 gets 73.6 FTE (92 heads)
    expect(at(run, 1).leavers).toBeCloseTo(64, 9);
    expect(at(run, 1).fte).toBeCloseTo(736, 9);
    expect(at(run, 1).heads).toBeCloseTo(920, 9);
    // year 2: leavers 662.4 * 0.08 + 73.6 * 0.1 = 52.992 + 7.36 = 60.352; FTE 736 - 60.352 = 675.648
    //         heads 920 - (828 * 0.08 + 92 * 0.1) = 920 - 75.44 = 844.56
    expect(at(run, 2).leavers).toBeCloseTo(60.352, 9);
    expect(at(run, 2).fte).toBeCloseTo(675.648, 9);
    expect(at(run, 2).heads).toBeCloseTo(844.56, 9);
    // after year 2's ageing: 40-49 609.408 - 60.9408 = 548.4672; 50-59 66.24 - 6.624 + 60.9408 = 120.5568; 60+ 6.624
    // year 3: leavers 548.4672 * 0.08 + 120.5568 * 0.1 + 6.624 * 0.3 = 43.877376 + 12.05568 + 1.9872 = 57.920256
    expect(at(run, 3).leavers).toBeCloseTo(57.920256, 9);
    expect(at(run, 3).fte).toBeCloseTo(675.648 - 57.920256, 9);
  });

  it('adds new GPs at 0.65 FTE and international recruits into Under 40, returners into 40-49', () => {
    const run = runEngine({
      ...FORTIES,
      newGpHeads: (fyEnd) => (fyEnd === 2026 ? 100 : 0),
      internationalFte: 44,
      returnersFte: 22,
    });
    const year1 = at(run, 1);
    // after leavers and ageing: 736 FTE, 920 heads, 0.8 FTE a head
    // new GPs 100 * 0.65 = 65 FTE; international 44 FTE = 44 / 0.8 = 55 heads; returners 22 FTE = 27.5 heads
    // FTE 736 + 65 + 44 + 22 = 867; heads 920 + 100 + 55 + 27.5 = 1102.5
    expect(year1).toMatchObject({ newGps: 65, international: 44, returners: 22 });
    expect(year1.fte).toBeCloseTo(867, 9);
    expect(year1.heads).toBeCloseTo(1102.5, 9);
    // year 2 leavers show the bands: Under 40 (65 + 44) * 0.2 = 21.8; 40-49 (662.4 + 22) * 0.08 = 54.752;
    // 50-59 73.6 * 0.1 = 7.36; total 83.912
    expect(at(run, 2).leavers).toBeCloseTo(83.912, 9);
  });

  it('scales every band by 1 + O / H for the other net joiners', () => {
    const run = runEngine({
      ...FORTIES,
      newGpHeads: (fyEnd) => (fyEnd === 2026 ? 100 : 0),
      internationalFte: 44,
      returnersFte: 22,
      otherNetJoiners: 110.25,
    });
    // 1 + 110.25 / 1102.5 = 1.1: FTE 867 * 1.1 = 953.7, heads 1102.5 + 110.25 = 1212.75
    expect(at(run, 1).fte).toBeCloseTo(953.7, 9);
    expect(at(run, 1).heads).toBeCloseTo(1212.75, 9);
    expect(at(run, 1).otherNetJoiners).toBeCloseTo(86.7, 9);
    // every band grew by 10%, so year 2's leavers do too: 83.912 * 1.1 = 92.3032
    expect(at(run, 2).leavers).toBeCloseTo(92.3032, 9);
  });

  it('applies the participation change to GPs in post, before the year joiners arrive', () => {
    const run = runEngine({ ...FORTIES, leaverRates: [0, 0, 0, 0], participationTrend: -0.1, newGpHeads: () => 100 });
    // 800 * (1 - 0.1) + 100 * 0.65 = 720 + 65 = 785
    expect(at(run, 1).fte).toBeCloseTo(785, 9);
    expect(at(run, 1).participationChange).toBeCloseTo(-80, 9);
    // heads do not move with participation: 1000 + 100
    expect(at(run, 1).heads).toBeCloseTo(1100, 9);
  });
});

describe('runEngine: participation trend and level', () => {
  const still: EngineInput = { ...FORTIES, leaverRates: [0, 0, 0, 0] };

  it('halves the trend every halfLife years: g_k = g * 0.5^((k - 1) / halfLife)', () => {
    const run = runEngine({ ...still, participationTrend: -0.02, halfLife: 2 });
    // k = 1: 800 * (1 - 0.02) = 784
    // k = 2: 784 * (1 - 0.02 * 0.5^0.5) = 784 * 0.98585786 = 772.91257
    // k = 3: 772.91257 * (1 - 0.02 * 0.5) = 772.91257 * 0.99 = 765.18344
    expect(run.map((r) => r.fte)).toEqual([
      800,
      expect.closeTo(784, 9),
      expect.closeTo(772.91257, 4),
      expect.closeTo(765.18344, 4),
    ]);
    expect(run.map((r) => r.heads)).toEqual([1000, 1000, 1000, 1000]);
  });

  it('keeps the trend constant with an infinite (or no) half-life', () => {
    // 800 * 0.98^3 = 752.9536
    expect(at(runEngine({ ...still, participationTrend: -0.02, halfLife: Infinity }), 3).fte).toBeCloseTo(752.9536, 9);
    expect(at(runEngine({ ...still, participationTrend: -0.02, halfLife: 0 }), 3).fte).toBeCloseTo(752.9536, 9);
  });

  it('applies the "FTE per GP" multiplier in the first projected year only', () => {
    const level = runEngine({ ...still, participationMultiplier: 1.1 });
    // 800 * 1.1 = 880, then unchanged
    expect(level.map((r) => r.fte)).toEqual([800, expect.closeTo(880, 9), expect.closeTo(880, 9), expect.closeTo(880, 9)]);
    expect(level.map((r) => r.participationChange)).toEqual([0, expect.closeTo(80, 9), 0, 0]);
    const both = runEngine({ ...still, participationMultiplier: 1.1, participationTrend: -0.01 });
    // 800 * 0.99 * 1.1 = 871.2; then 871.2 * 0.99 = 862.488
    expect(at(both, 1).fte).toBeCloseTo(871.2, 9);
    expect(at(both, 2).fte).toBeCloseTo(862.488, 9);
  });
});

describe('runEngine invariants', () => {
  it('scales FTE and heads by s when the stock and every flow are scaled by s (how scopes run)', () => {
    const s = 0.37;
    const scaled: EngineInput = {
      ...MIXED,
      heads: times(MIXED.heads, s),
      fte: times(MIXED.fte, s),
      newGpHeads: (fyEnd) => MIXED.newGpHeads(fyEnd) * s,
      internationalFte: MIXED.internationalFte * s,
      returnersFte: MIXED.returnersFte * s,
      otherNetJoiners: MIXED.otherNetJoiners * s,
    };
    const whole = runEngine(MIXED);
    const part = runEngine(scaled);
    expect(part).toHaveLength(11);
    part.forEach((row, k) => {
      expect(row.fte / at(whole, k).fte).toBeCloseTo(s, 12);
      expect(row.heads / at(whole, k).heads).toBeCloseTo(s, 12);
      expect(row.leavers).toBeCloseTo(at(whole, k).leavers * s, 8);
    });
  });

  it('never gives more FTE or heads with more leavers', () => {
    for (const otherNetJoiners of [700, 0, -300]) {
      const runs = [0.5, 1, 1.5, 2].map((scale) =>
        runEngine({ ...MIXED, otherNetJoiners, leaverRates: times(MIXED.leaverRates, scale) }),
      );
      for (let i = 1; i < runs.length; i += 1) {
        at(runs, i).forEach((row, k) => {
          const fewerLeavers = at(at(runs, i - 1), k);
          expect(row.fte).toBeLessThanOrEqual(fewerLeavers.fte + 1e-9);
          expect(row.heads).toBeLessThanOrEqual(fewerLeavers.heads + 1e-9);
        });
      }
      // and strictly fewer by the end
      expect(at(at(runs, 3), 10).fte).toBeLessThan(at(at(runs, 0), 10).fte);
    }
  });

  it('never goes negative, even with extreme or invalid inputs', () => {
    const extremes: EngineInput[] = [
      { ...MIXED, leaverRates: [1, 1, 1, 1] },
      { ...MIXED, otherNetJoiners: -1e6 },
      // the lowest "FTE per GP" (0.5) over an observed 0.73, and a far steeper trend than the lever allows
      { ...MIXED, participationTrend: -0.5, participationMultiplier: 0.5 / 0.73 },
      { ...MIXED, newGpHeads: () => -500, internationalFte: -100, returnersFte: Number.NaN, participationMultiplier: Number.NaN },
      { ...MIXED, heads: [0, 0, 0, 0], fte: [0, 0, 0, 0], otherNetJoiners: -50 },
    ];
    for (const input of extremes) {
      for (const row of runEngine(input)) {
        for (const value of [row.fte, row.heads, row.leavers, row.newGps, row.international, row.returners]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('treats negative or invalid flows as none', () => {
    const invalid = runEngine({ ...FORTIES, newGpHeads: () => -500, internationalFte: -100, returnersFte: Number.NaN });
    expect(invalid.map((r) => r.fte)).toEqual(runEngine(FORTIES).map((r) => r.fte));
  });
});
