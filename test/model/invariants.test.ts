import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { projectWorkforce } from '../../src/model/project';
import { sumProjections } from '../../src/model/aggregate';
import { LEVERS, defaultLeverValues } from '../../src/model/levers';
import type { LeverKey, LeverValues } from '../../src/model/levers';
import type { AreaBaseline } from '../../src/model/types';
import { FORTIES, THREE_AREAS, at } from './fixtures';

/** Qualified permanent GP FTE by band, bulletin table 2a, March 2025. */
const MARCH_2025 = { 'Under 40': 7389.3, '40-49': 9548.2, '50-59': 7497.5, '60 and over': 3001.9 };

describe('projectWorkforce: invariants', () => {
  const observedRatio = 1000 / 1285; // 600 + 300 + 100 FTE over 800 + 360 + 125 heads
  const realistic = {
    areas: THREE_AREAS,
    ageProfile: MARCH_2025,
    nationalFtePerHead: observedRatio,
    fromYear: 2025,
    toYear: 2036,
  };
  const defaults = defaultLeverValues({ ftePerGp: observedRatio });
  const england2036 = (levers: LeverValues): number =>
    at(sumProjections(projectWorkforce({ ...realistic, englandLevers: levers })).years, 11).fte;

  it("reproduces each area's baseline at the defaults", () => {
    const projections = projectWorkforce({ ...realistic, englandLevers: defaults });
    projections.forEach((projection, i) => {
      const area = at(THREE_AREAS, i);
      expect(at(projection.years, 0).fte).toBe(area.fte);
      expect(at(projection.years, 0).headcount).toBe(area.headcount);
      expect(at(projection.years, 1).participationChange).toBe(0);
    });
  });

  it("moves England's 2036 FTE the right way for every lever", () => {
    const rising: LeverKey[] = ['trainingPlaces', 'traineeUptake', 'internationalRecruitment', 'returners', 'ftePerGp'];
    for (const lever of LEVERS) {
      const results = [0, 0.25, 0.5, 0.75, 1].map((t) =>
        england2036({ ...defaults, [lever.key]: lever.min + t * (lever.max - lever.min) }),
      );
      const sign = rising.includes(lever.key) ? 1 : -1;
      for (let i = 1; i < results.length; i++) {
        expect(sign * (at(results, i) - at(results, i - 1))).toBeGreaterThan(0);
      }
    }
  });

  it('never goes negative or non-finite at any corner of the lever ranges', () => {
    const odd: AreaBaseline = { code: 'Z', fte: 0, headcount: 0, patientsSeries: [], traineeFte: 0 };
    const keys = LEVERS.map((lever) => lever.key);
    const problems: string[] = [];
    for (let corner = 0; corner < 1 << keys.length; corner++) {
      const levers = { ...defaults };
      keys.forEach((key, bit) => {
        const config = at(LEVERS, bit);
        levers[key] = corner & (1 << bit) ? config.max : config.min;
      });
      for (const ageProfile of [MARCH_2025, FORTIES]) {
        for (const patientGrowthOverride of [null, -0.05]) {
          const projections = projectWorkforce({
            ...realistic,
            areas: [...THREE_AREAS, odd],
            ageProfile,
            englandLevers: levers,
            patientGrowthOverride,
          });
          for (const projection of projections) {
            for (const row of projection.years) {
              for (const [field, value] of Object.entries(row)) {
                // participationChange is a signed change (negative when FTE per GP is lowered)
                const bad = !Number.isFinite(value) || (field !== 'participationChange' && value < 0);
                if (bad) problems.push(`${projection.code} ${row.year} ${field}=${value} at corner ${corner}`);
              }
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the stock-flow identity in every year for any levers', () => {
    const leverArb = fc.record(
      Object.fromEntries(
        LEVERS.map((lever) => [lever.key, fc.double({ min: lever.min, max: lever.max, noNaN: true })]),
      ) as Record<LeverKey, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(leverArb, (levers) => {
        for (const projection of projectWorkforce({ ...realistic, englandLevers: levers })) {
          const rows = projection.years;
          for (let t = 1; t < rows.length; t++) {
            const r = at(rows, t);
            const expected = at(rows, t - 1).fte - r.leavers + r.newGps + r.international + r.returners + r.participationChange;
            expect(r.fte).toBeCloseTo(expected, 6);
            expect(r.fte).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('sums areas to the same FTE as one England-sized area under England-wide levers', () => {
    const levers = { ...defaults, trainingPlaces: 5000, returners: 300 };
    const total = sumProjections(projectWorkforce({ ...realistic, englandLevers: levers }));
    const [merged] = projectWorkforce({
      ...realistic,
      englandLevers: levers,
      areas: [{ code: 'E', fte: 1000, headcount: 1285, patientsSeries: [1700000, 1719000], traineeFte: 50 }],
    });
    total.years.forEach((row, t) => {
      expect(row.fte).toBeCloseTo(at(merged?.years ?? [], t).fte, 9);
      expect(row.leavers).toBeCloseTo(at(merged?.years ?? [], t).leavers, 9);
    });
  });

  it('does not mutate its input', () => {
    const input = {
      ...realistic,
      areas: THREE_AREAS.map((area) => ({ ...area, patientsSeries: [...area.patientsSeries] })),
      englandLevers: { ...defaults },
      scopes: [{ areaCodes: ['A'], levers: { ...defaults, trainingPlaces: 100 } }],
    };
    const before = structuredClone(input);
    projectWorkforce(input);
    expect(input).toEqual(before);
  });
});
