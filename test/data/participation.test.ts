// Participation by age band per financial year (scripts/data/participation.mjs), by hand.
import { describe, it, expect } from 'vitest';
import { financialYearOf, participationByYear } from '../../scripts/data/participation.mjs';

const snapshot = (date: string, under40: [number, number], sixty: [number, number]) => ({
  date,
  bands: [
    { band: 'Under 40', fte: under40[0], headcount: under40[1] },
    { band: '40-49', fte: 80, headcount: 100 },
    { band: '50-59', fte: 90, headcount: 100 },
    { band: '60 and over', fte: sixty[0], headcount: sixty[1] },
    { band: 'Unknown', fte: 999, headcount: 999 },
  ],
});

describe('participationByYear', () => {
  const snapshots = [
    snapshot('2021-09-30', [70, 100], [80, 100]),
    snapshot('2022-03-31', [74, 100], [80, 100]), // 2021/22: Under 40 mean 72 FTE / 100 heads
    snapshot('2024-09-30', [65, 100], [78, 100]),
    snapshot('2025-03-31', [67, 100], [82, 100]), // 2024/25: Under 40 66 / 100; 60+ 80 / 100
    snapshot('2025-09-30', [60, 100], [70, 100]), // 2025/26 so far: incomplete
  ];
  const out = participationByYear(snapshots);

  it('takes each financial year\'s mean of its snapshots, leaves "Unknown" out, and marks a year still running', () => {
    expect(financialYearOf('2025-03-31')).toBe(2025);
    expect(financialYearOf('2025-04-30')).toBe(2026);
    expect(out.financialYears.map((y) => [y.year, y.snapshots, y.complete])).toEqual([
      [2022, 2, true],
      [2025, 2, true],
      [2026, 1, false],
    ]);
    expect(out.financialYears[0]?.bands.map((b) => b.band)).toEqual(['Under 40', '40-49', '50-59', '60 and over']);
    expect(out.financialYears[0]?.bands[0]).toEqual({ band: 'Under 40', fte: 72, headcount: 100, ftePerHead: 0.72 });
  });

  it("gives FTE per head's compound yearly change per band between complete years", () => {
    const trend = out.ftePerHeadTrends.lastThreeYears;
    expect(trend).toMatchObject({ from: 2022, to: 2025 });
    // Under 40: (0.66 / 0.72)^(1/3) - 1 = -0.02859; 60+: unchanged at 0.80; 40-49: unchanged
    expect(trend?.bands[0]?.perYear).toBeCloseTo(-0.02859, 5);
    expect(trend?.bands[3]?.perYear).toBe(0);
    // all ages: (316 / 400) over (322 / 400): (316 / 322)^(1/3) - 1 = -0.00625
    expect(trend?.all).toBeCloseTo(-0.00625, 5);
    expect(out.ftePerHeadTrends.allYears).toMatchObject({ from: 2022, to: 2025 });
  });

  it('is deterministic', () => {
    expect(participationByYear(snapshots)).toEqual(out);
  });
});
