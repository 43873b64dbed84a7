// The engine's age bands fitted to the recorded age profile (src/model/age-fit.ts), on the committed data: the
// share moving up a band each year is fitted so the engine reproduces the recorded head shares by band.
import { describe, it, expect } from 'vitest';
import { TENTH, fitAgeing } from '../../src/model/age-fit';
import { bandLeaverRates } from '../../src/model/age-bands';
import { runEngine } from '../../src/model/engine';
import { knownIntakes, qualifiers } from '../../src/model/training';
import { realPrepared, realProjectionData } from '../support/real-data';

const data = realProjectionData();
const england = data.areas.find((a) => a.level === 'england');
if (!england) throw new Error('no England');
const prepared = realPrepared();
const input = {
  years: data.years,
  heads: england.headcount,
  fte: england.fte,
  ageYears: data.ageYears,
  ageSnapshots: data.ageSnapshots,
  intakes: data.intakes,
  endYear: 2025,
  leaverRates: bandLeaverRates({ ageProfile: prepared.ageProfile, leverRate: 0.088 }),
  uptake: 0.72,
  internationalFte: 50,
  returnersFte: 70,
};

describe('fitAgeing on the committed data', () => {
  const fit = fitAgeing(input);

  it('fits 2015/16-2024/25 far better than a tenth a year', () => {
    expect(fit).toMatchObject({ fitted: true, fromYear: 2016, toYear: 2025 });
    console.log(
      `ageing ${fit.ageing.map((a) => a.toFixed(3)).join(' / ')}; error ${fit.error.toExponential(2)} against ${fit.tenthError.toExponential(2)} with a tenth`,
    );
    expect(fit.error).toBeLessThan(fit.tenthError / 10);
    // newly qualified GPs arrive in their thirties: more than a tenth of Under 40 moves up a year
    expect(fit.ageing[0]).toBeGreaterThan(0.1);
    expect(fit.ageing[3]).toBe(0);
  });

  it("keeps the engine's Under 40 and 60-and-over shares within 2 points of the record in 2024/25 (a tenth: 10 and 5 off)", () => {
    const start = data.ageYears.find((y) => y.year === 2016);
    const end = data.ageYears.find((y) => y.year === 2025);
    if (!start || !end) throw new Error('no age years');
    const shares = (v: readonly number[]) => v.map((x) => x / v.reduce((a, b) => a + b, 0));
    const run = (ageing: typeof TENTH) => {
      const h = shares(start.heads);
      const f = shares(start.fte);
      const row = runEngine({
        startYear: 2016,
        toYear: 2025,
        heads: [0, 1, 2, 3].map((b) => (h[b] ?? 0) * (england.headcount[0] ?? 0)) as unknown as typeof TENTH,
        fte: [0, 1, 2, 3].map((b) => (f[b] ?? 0) * (england.fte[0] ?? 0)) as unknown as typeof TENTH,
        leaverRates: input.leaverRates,
        newGpHeads: (fy) => qualifiers(knownIntakes(data.intakes), fy) * 0.72,
        internationalFte: 50,
        returnersFte: 70,
        otherNetJoiners: 1000,
        participationTrend: 0,
        halfLife: Infinity,
        participationMultiplier: 1,
        ageing,
        recordBands: true,
      }).at(-1);
      return shares(row?.bandHeads ?? [0, 0, 0, 0]);
    };
    const recorded = shares(end.heads);
    const fitted = run(fit.ageing);
    const tenth = run(TENTH);
    expect(Math.abs((fitted[0] ?? 0) - (recorded[0] ?? 0))).toBeLessThan(0.02);
    expect(Math.abs((fitted[3] ?? 0) - (recorded[3] ?? 0))).toBeLessThan(0.02);
    expect(Math.abs((tenth[0] ?? 0) - (recorded[0] ?? 0))).toBeGreaterThan(0.05);
  });

  it('keeps a tenth with fewer than four recorded years of age profile', () => {
    const short = fitAgeing({ ...input, ageYears: data.ageYears.filter((y) => y.year <= 2018), endYear: 2018 });
    expect(short).toMatchObject({ fitted: false, ageing: TENTH });
  });
});
