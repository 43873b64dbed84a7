import { describe, it, expect } from 'vitest';
import { calibrate, snapshotAt, splitByBand, type CalibrationInput } from '../../src/model/calibrate';
import { runEngine } from '../../src/model/engine';
import { bandLeaverRates } from '../../src/model/age-bands';
import { knownIntakes, qualifiers } from '../../src/model/training';
import { AGE_SNAPSHOTS, AGE_YEARS, AREAS, INTAKES, YEARS, at } from './fixtures';

const SNAPSHOT = { date: '2020-03-31', heads: [250, 250, 250, 250], fte: [200, 200, 200, 200] } as const;

/**
 * Small enough to solve by hand: every band leaves at 10%, so ageing does not change the totals; 80 places
 * every year qualify 80 a year, 80 * 0.75 = 60 new GP heads (39 FTE); no recruits or returners.
 */
const HAND: CalibrationInput = {
  years: [2023, 2024, 2025],
  heads: [990, 1000, 1010],
  fte: [805, 800, 790],
  ageSnapshots: [SNAPSHOT],
  intakes: [{ recruitmentYear: 2015, places: 80 }],
  endYear: 2025,
  windowYears: 1,
  leaverRates: [0.1, 0.1, 0.1, 0.1],
  uptake: 0.75,
  internationalFte: 0,
  returnersFte: 0,
};

/** The engine from the window's start with a calibration's outputs: what the projection does with them. */
function replay(input: CalibrationInput, result: ReturnType<typeof calibrate>) {
  const i = input.years.indexOf(result.fromYear);
  const stock = splitByBand(
    { heads: at(input.heads, i), fte: at(input.fte, i) },
    snapshotAt(input.ageSnapshots, `${result.fromYear}-03-31`),
  );
  const intake = knownIntakes(input.intakes);
  const run = runEngine({
    startYear: result.fromYear,
    toYear: result.toYear,
    ...stock,
    leaverRates: input.leaverRates,
    newGpHeads: (fyEnd) => qualifiers(intake, fyEnd) * input.uptake,
    internationalFte: input.internationalFte,
    returnersFte: input.returnersFte,
    otherNetJoiners: result.otherNetJoiners,
    participationTrend: result.participationTrend,
    bandParticipation: result.bandParticipation,
    halfLife: Infinity,
    participationMultiplier: 1,
    recordBands: true,
  });
  return at(run, run.length - 1);
}

describe('calibrate by hand', () => {
  it('solves other net joiners and the participation trend over a one-year window', () => {
    const result = calibrate(HAND);
    expect(result).toMatchObject({ fromYear: 2024, toYear: 2025 });
    // heads: 1000 * 0.9 + 60 + O = 1010 -> O = 50
    expect(result.otherNetJoiners).toBeCloseTo(50, 9);
    // FTE: (800 * 0.9 * (1 + g) + 39) * (1 + 50 / 960) = 790
    //   -> 720 (1 + g) = 790 * 960 / 1010 - 39 = 711.891089 -> g = -0.0112624
    expect(result.participationTrend).toBeCloseTo(-0.0112624, 7);
  });

  it('solves other net joiners over a two-year window (headcount is linear in them)', () => {
    const result = calibrate({ ...HAND, windowYears: 2, heads: [1000, 1005, 1000] });
    expect(result.fromYear).toBe(2023);
    // H2 = (1000 * 0.9 + 60 + O) * 0.9 + 60 + O = 810 + 54 + 60 + 1.9 O = 924 + 1.9 O = 1000 -> O = 40
    expect(result.otherNetJoiners).toBeCloseTo(40, 9);
  });

  it('reports the recorded FTE per head at the window ends and its yearly change', () => {
    const one = calibrate(HAND);
    // 800 / 1000 = 0.8 and 790 / 1010 = 0.782178; (0.782178 / 0.8)^(1/1) - 1 = -0.0222772
    expect(one.ratioFrom).toBeCloseTo(0.8, 12);
    expect(one.ratioTo).toBeCloseTo(0.7821782, 7);
    expect(one.observedRatioTrend).toBeCloseTo(-0.0222772, 7);
    const two = calibrate({ ...HAND, windowYears: 2 });
    // 805 / 990 = 0.8131313; (0.7821782 / 0.8131313)^(1/2) - 1 = 0.9619335^0.5 - 1 = -0.0192179
    expect(two.ratioFrom).toBeCloseTo(0.8131313, 7);
    expect(two.observedRatioTrend).toBeCloseTo(-0.0192179, 7);
  });

  it('shortens a window longer than the record and refuses one it cannot place', () => {
    expect(calibrate({ ...HAND, windowYears: 5 }).fromYear).toBe(2023);
    expect(() => calibrate({ ...HAND, endYear: 2023 })).toThrow();
    expect(() => calibrate({ ...HAND, endYear: 2030 })).toThrow();
    // a gap in the years: 2025 - 2 = 2023 is not recorded
    expect(() => calibrate({ ...HAND, years: [2021, 2024, 2025], windowYears: 2 })).toThrow(/2023/);
  });
});

describe('calibrate on the fixture England series', () => {
  const england = at(AREAS, 0);
  const input: CalibrationInput = {
    years: YEARS,
    heads: england.headcount,
    fte: england.fte,
    ageSnapshots: AGE_SNAPSHOTS,
    intakes: INTAKES,
    endYear: 2025,
    windowYears: 3,
    leaverRates: bandLeaverRates({
      ageProfile: { 'Under 40': 7400, '40-49': 9500, '50-59': 7500, '60 and over': 3000 },
      leverRate: 0.088,
    }),
    uptake: 0.72,
    internationalFte: 50,
    returnersFte: 70,
  };

  it('reproduces the recorded heads and FTE at the window end when the engine runs with its outputs', () => {
    const result = calibrate(input);
    expect(result).toMatchObject({ fromYear: 2022, toYear: 2025 });
    const end = replay(input, result);
    // recorded 2024/25: 27,000 FTE, 37,000 heads. FTE is solved last (bisection): exact.
    expect(end.fte).toBeCloseTo(27000, 6);
    // Heads are solved at a zero trend; the trend then moves recruits' heads (FTE / FTE per head) and the
    // bands mix unevenly, so they are reproduced to within a hundredth of a percent, not exactly.
    expect(Math.abs(end.heads - 37000)).toBeLessThan(37000 * 1e-4);
  });

  it('still reproduces the window end with other windows and flows', () => {
    for (const change of [{ windowYears: 2 }, { windowYears: 4 }, { internationalFte: 0, returnersFte: 0 }, { uptake: 0.6 }]) {
      const varied = { ...input, ...change };
      const end = replay(varied, calibrate(varied));
      expect(end.fte).toBeCloseTo(27000, 6);
      expect(Math.abs(end.heads - 37000)).toBeLessThan(37000 * 1e-4);
    }
  });

  it('gives fewer other net joiners when more GPs come from named flows', () => {
    const base = calibrate(input);
    const moreReturners = calibrate({ ...input, returnersFte: 500 });
    expect(moreReturners.otherNetJoiners).toBeLessThan(base.otherNetJoiners);
    const moreLeavers = calibrate({
      ...input,
      leaverRates: bandLeaverRates({
        ageProfile: { 'Under 40': 7400, '40-49': 9500, '50-59': 7500, '60 and over': 3000 },
        leverRate: 0.1,
      }),
    });
    expect(moreLeavers.otherNetJoiners).toBeGreaterThan(base.otherNetJoiners);
  });

  it('has the observed FTE-per-head trend (ratioTo / ratioFrom)^(1 / w) - 1', () => {
    const result = calibrate(input);
    // 2021/22: 27,050 / 36,100 = 0.7493075; 2024/25: 27,000 / 37,000 = 0.7297297
    // (0.7297297 / 0.7493075)^(1/3) - 1 = 0.9738726^(1/3) - 1 = -0.0087862
    expect(result.ratioFrom).toBeCloseTo(0.7493075, 7);
    expect(result.ratioTo).toBeCloseTo(0.7297297, 7);
    expect(result.observedRatioTrend).toBeCloseTo(-0.0087862, 7);
  });
});

describe('calibrate per age band', () => {
  const england = at(AREAS, 0);
  const input: CalibrationInput = {
    years: YEARS,
    heads: england.headcount,
    fte: england.fte,
    ageSnapshots: AGE_SNAPSHOTS,
    ageYears: AGE_YEARS,
    intakes: INTAKES,
    endYear: 2025,
    windowYears: 3,
    leaverRates: [0.1, 0.06, 0.1, 0.13],
    uptake: 0.72,
    internationalFte: 50,
    returnersFte: 70,
  };

  it("gives each band its own trend when the age profile covers the window's ends, and still matches the totals", () => {
    const result = calibrate(input);
    expect(result.bandParticipation.some((offset) => Math.abs(offset) > 1e-4)).toBe(true);
    const end = replay({ ...input, ageSnapshots: [{ date: '2022-03-31', ...at(AGE_YEARS, 0) }] }, result);
    expect(end.fte).toBeCloseTo(27000, 6);
    expect(Math.abs(end.heads - 37000)).toBeLessThan(37000 * 1e-4);
  });

  it("makes the bands' FTE per head move apart as recorded (Under 40 fell, 60 and over rose)", () => {
    const result = calibrate(input);
    const end = replay({ ...input, ageSnapshots: [{ date: '2022-03-31', ...at(AGE_YEARS, 0) }] }, result);
    // recorded FTE per head, 2021/22 -> 2024/25: Under 40 7,500/9,600 -> 7,400/10,000 (-5.3%); 60+ 2,500/3,600 -> 3,000/4,000 (+8.0%)
    const ratio = (b: number) => (end.bandFte?.[b] ?? 0) / (end.bandHeads?.[b] ?? 1);
    const start = at(AGE_YEARS, 0);
    const change = (b: number) => ratio(b) / ((start.fte[b] ?? 0) / (start.heads[b] ?? 1)) - 1;
    expect(change(0)).toBeLessThan(-0.03);
    expect(change(3)).toBeGreaterThan(0.03);
  });

  it('fits no bands without the age profile at both ends, or when told not to', () => {
    expect(calibrate({ ...input, ageYears: [] }).bandParticipation).toEqual([0, 0, 0, 0]);
    expect(calibrate({ ...input, bands: false }).bandParticipation).toEqual([0, 0, 0, 0]);
  });
});

describe('snapshotAt and splitByBand', () => {
  it('takes the snapshot nearest before the date, else the earliest', () => {
    expect(snapshotAt(AGE_SNAPSHOTS, '2025-10-31')?.date).toBe('2025-09-30');
    expect(snapshotAt(AGE_SNAPSHOTS, '2025-03-31')?.date).toBe('2021-09-30');
    expect(snapshotAt(AGE_SNAPSHOTS, '2019-03-31')?.date).toBe('2021-09-30');
    expect(snapshotAt([], '2025-03-31')).toBeUndefined();
  });

  it('splits totals by the snapshot band shares, equally without one', () => {
    const split = splitByBand({ heads: 1000, fte: 800 }, { date: 'x', heads: [1, 1, 2, 0], fte: [1, 3, 0, 0] });
    // heads shares 1/4, 1/4, 1/2, 0; FTE shares 1/4, 3/4, 0, 0
    expect(split.heads).toEqual([250, 250, 500, 0]);
    expect(split.fte).toEqual([200, 600, 0, 0]);
    expect(splitByBand({ heads: 100, fte: 80 }, undefined)).toEqual({ heads: [25, 25, 25, 25], fte: [20, 20, 20, 20] });
  });
});
