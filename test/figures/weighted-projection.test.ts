// Projected need-weighted patients: each sub-ICB's latest weighted ÷ registered ratio × its projected registered
// patients; areas with children add them up, so the levels agree.
import { describe, it, expect } from 'vitest';
import { latestWeightedRatio, projectWeightedPatients } from '../../src/figures/projection-series';
import type { WorkforceSeries } from '../../src/figures/metrics';

// S1: latest year with both figures is 2017: 120,000 / 100,000 = 1.2. S2: 2017 weighted missing, so 2016:
// 40,000 / 50,000 = 0.8. I is their parent.
const history: WorkforceSeries = {
  years: [2016, 2017],
  childrenOf: new Map([['I', ['S1', 'S2']]]),
  byArea: new Map([
    ['I', { fte: [1, 1], patients: [150_000, 160_000], weightedPatients: [150_000, null] }],
    ['S1', { fte: [1, 1], patients: [90_000, 100_000], weightedPatients: [110_000, 120_000] }],
    ['S2', { fte: [1, 1], patients: [50_000, 60_000], weightedPatients: [40_000, null] }],
  ]),
};

describe('projected need-weighted patients', () => {
  it("uses each area's latest year with both figures", () => {
    expect(latestWeightedRatio(history.byArea.get('S1')!)).toBeCloseTo(1.2, 12);
    expect(latestWeightedRatio(history.byArea.get('S2')!)).toBeCloseTo(0.8, 12);
    expect(latestWeightedRatio({ fte: [1], patients: [1] })).toBeNull();
  });

  it('sub-ICBs: ratio × projected registered; their parent: the sum', () => {
    const projected = projectWeightedPatients({
      history,
      projectedPatients: new Map([
        ['S1', [110_000, 121_000]],
        ['S2', [70_000, 80_000]],
        ['I', [180_000, 201_000]],
      ]),
      length: 2,
    });
    // S1: 1.2 × 110,000 = 132,000; 1.2 × 121,000 = 145,200. S2: 0.8 × 70,000 = 56,000; 0.8 × 80,000 = 64,000.
    expect(projected.get('S1')?.map((v) => (v === null ? null : Math.round(v)))).toEqual([132_000, 145_200]);
    expect(projected.get('S2')?.map((v) => (v === null ? null : Math.round(v)))).toEqual([56_000, 64_000]);
    // I: 132,000 + 56,000 = 188,000; 145,200 + 64,000 = 209,200 (not its own ratio × 180,000).
    expect(projected.get('I')?.map((v) => (v === null ? null : Math.round(v)))).toEqual([188_000, 209_200]);
  });
});
