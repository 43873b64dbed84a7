import { describe, it, expect } from 'vitest';
import { sumProjections } from '../../src/model/aggregate';
import type { AreaProjection, ProjectedYear } from '../../src/model/types';
import { at } from './fixtures';

function row(year: number, fte: number, patients: number, leavers = 0): ProjectedYear {
  return {
    year,
    fte,
    headcount: fte / 0.8,
    patients,
    ftePer100k: (fte / patients) * 100000,
    leavers,
    newGps: 1,
    international: 2,
    returners: 3,
    participationChange: 0,
  };
}

const PROJECTIONS: AreaProjection[] = [
  { code: 'A', years: [row(2025, 60, 100000), row(2026, 62, 101000, 5)] },
  { code: 'B', years: [row(2025, 30, 20000), row(2026, 29, 20000, 4)] },
  { code: 'C', years: [row(2025, 10, 80000), row(2026, 11, 79000, 1)] },
];

describe('sumProjections', () => {
  it('sums stocks and flows and recomputes FTE per 100k from the sums', () => {
    const total = sumProjections(PROJECTIONS, undefined, 'E92000001');
    expect(total.code).toBe('E92000001');
    expect(total.years.map((y) => y.year)).toEqual([2025, 2026]);
    // 60 + 30 + 10 = 100 FTE over 200,000 patients = 50 per 100k (not the mean of 60, 150, 12.5)
    expect(at(total.years, 0)).toMatchObject({ fte: 100, patients: 200000, ftePer100k: 50 });
    // 62 + 29 + 11 = 102 over 200,000 = 51; leavers 5 + 4 + 1 = 10; headcount 102 / 0.8 = 127.5
    expect(at(total.years, 1).ftePer100k).toBeCloseTo(51, 12);
    expect(at(total.years, 1).leavers).toBe(10);
    expect(at(total.years, 1).headcount).toBeCloseTo(127.5, 12);
    expect(at(total.years, 1).returners).toBe(9);
  });

  it('sums only the listed codes', () => {
    const icb = sumProjections(PROJECTIONS, ['A', 'B'], 'QKK');
    // (60 + 30) / 120000 * 100000 = 75
    expect(at(icb.years, 0).fte).toBe(90);
    expect(at(icb.years, 0).ftePer100k).toBeCloseTo(75, 12);
    expect(at(sumProjections(PROJECTIONS, new Set(['C'])).years, 1).fte).toBe(11);
  });

  it('gives no years when nothing matches', () => {
    expect(sumProjections(PROJECTIONS, ['X']).years).toEqual([]);
    expect(sumProjections([]).years).toEqual([]);
  });
});
