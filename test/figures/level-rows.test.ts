// Rows per area at a level: value, rank, change, and the under-doctored flag (below 90% of England).
import { describe, it, expect } from 'vitest';
import { levelRows } from '../../src/figures/level-rows';
import type { WorkforceSeries } from '../../src/figures/metrics';

// England: 2016 80 FTE / 100,000 patients; 2017 100 FTE / 100,000 patients = 100 per 100k, so the line is 90.
const series: WorkforceSeries = {
  years: [2016, 2017],
  byArea: new Map([
    ['ENG', { fte: [80, 100], patients: [100_000, 100_000] }],
    ['A', { fte: [40, 89], patients: [50_000, 100_000] }], // 89 per 100k: under 90, flagged
    ['B', { fte: [50, 90], patients: [50_000, 100_000] }], // exactly 90: not flagged
    ['C', { fte: [10, 60], patients: [50_000, 50_000] }], // 120 per 100k
    ['D', { fte: [null, null], patients: [null, 10_000] }], // no FTE
  ]),
};
const areas = [
  { code: 'A', name: 'Alpha' },
  { code: 'B', name: 'Beta' },
  { code: 'C', name: 'Gamma' },
  { code: 'D', name: 'Delta' },
];

const rows = (metric: Parameters<typeof levelRows>[0]['metric'], year = 2017) =>
  levelRows({ areas, series, metric, year, baseYear: 2016, englandCode: 'ENG', flagYear: year });
const byCode = (metric: Parameters<typeof levelRows>[0]['metric']) => new Map(rows(metric).map((r) => [r.code, r]));

describe('levelRows', () => {
  it('keeps the areas in the order given, with their names', () => {
    expect(rows('fte').map((r) => [r.code, r.name])).toEqual([
      ['A', 'Alpha'],
      ['B', 'Beta'],
      ['C', 'Gamma'],
      ['D', 'Delta'],
    ]);
  });

  it('flags areas strictly below 90% of England’s FTE per 100,000 patients', () => {
    const r = byCode('fte');
    expect(r.get('A')?.per100k).toBe(89);
    expect(r.get('A')?.underDoctored).toBe(true);
    expect(r.get('B')?.per100k).toBe(90);
    expect(r.get('B')?.underDoctored).toBe(false);
    expect(r.get('C')?.underDoctored).toBe(false);
    expect(r.get('D')?.underDoctored).toBe(false); // no data is not a flag
  });

  it('flags by per-100k whatever metric is shown', () => {
    expect(rows('patientsPerFte').map((r) => r.underDoctored)).toEqual([true, false, false, false]);
  });

  it('uses England of the same year for the line', () => {
    // 2016: England 80 per 100k → line 72. A = 40 / 50,000 = 80; B = 100; C = 20 → only C flagged.
    expect(rows('fte', 2016).map((r) => r.underDoctored)).toEqual([false, false, true, false]);
  });

  it('ranks the chosen metric, highest first, leaving missing values unranked', () => {
    const r = byCode('fte'); // A 89, B 90, C 60, D none
    expect([r.get('A')?.rank, r.get('B')?.rank, r.get('C')?.rank, r.get('D')?.rank]).toEqual([2, 1, 3, null]);
    const p = byCode('ftePer100k'); // A 89, B 90, C 120
    expect([p.get('A')?.rank, p.get('B')?.rank, p.get('C')?.rank]).toEqual([3, 2, 1]);
    expect(p.get('D')?.value).toBeNull();
  });

  it('gives the change in FTE since the base year in FTE and percent', () => {
    const r = byCode('ftePer100k');
    // A: 89 - 40 = 49, 49 / 40 = 122.5%; C: 60 - 10 = 50, 500%
    expect(r.get('A')?.changeFte).toBe(49);
    expect(r.get('A')?.changePct).toBeCloseTo(122.5, 10);
    expect(r.get('C')?.changeFte).toBe(50);
    expect(r.get('C')?.changePct).toBe(500);
    expect(r.get('D')?.changeFte).toBeNull();
  });

  it('never flags when England itself has no rate', () => {
    const noEngland = levelRows({
      areas,
      series,
      metric: 'fte',
      year: 2017,
      baseYear: 2016,
      englandCode: 'MISSING',
      flagYear: 2017,
    });
    expect(noEngland.some((r) => r.underDoctored)).toBe(false);
  });
});
