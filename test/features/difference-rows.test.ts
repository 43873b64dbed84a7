// The difference map's table (issue 18): ordered by the size of the difference, largest first either way.
import { describe, expect, it } from 'vitest';
import { differenceRows } from '../../src/features/scenarios/compare-figures';
import type { WorkforceSeries } from '../../src/figures/metrics';

const series = (fte: Record<string, number | null>): WorkforceSeries => ({
  years: [2030],
  byArea: new Map(Object.entries(fte).map(([code, v]) => [code, { fte: [v], patients: [100_000] }])),
});

describe('differenceRows', () => {
  it('orders the areas by the size of their difference, largest first, areas without one last', () => {
    // Per 100,000 patients with 100,000 patients each: A 50 - 50 = 0, B 40 - 47.1 = -7.1, C 60 - 58 = 2, D no data.
    const areas = ['A', 'B', 'C', 'D'].map((code) => ({ code, name: `Area ${code}` }));
    const rows = differenceRows({
      areas,
      seriesA: series({ A: 50, B: 40, C: 60, D: null }),
      seriesB: series({ A: 50, B: 47.1, C: 58, D: 45 }),
      year: 2030,
    });
    expect(rows.map((r) => r.code)).toEqual(['B', 'C', 'A', 'D']);
    expect(rows[0]?.difference).toBeCloseTo(-7.1, 9);
    expect(rows[3]?.difference).toBeNull();
  });
});
