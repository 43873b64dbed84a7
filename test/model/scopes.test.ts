import { describe, it, expect } from 'vitest';
import { projectWorkforce } from '../../src/model/project';
import { defaultLeversForScope } from '../../src/model/sharing';
import { defaultLeverValues } from '../../src/model/levers';
import type { AreaProjection } from '../../src/model/types';
import { ENGLAND_3, FORTIES, THREE_AREAS, at } from './fixtures';

/** Qualified permanent GP FTE by band, bulletin table 2a, March 2025. */
const MARCH_2025 = { 'Under 40': 7389.3, '40-49': 9548.2, '50-59': 7497.5, '60 and over': 3001.9 };

function byCode(projections: readonly AreaProjection[], code: string): AreaProjection {
  const found = projections.find((p) => p.code === code);
  if (!found) throw new Error(`no projection for ${code}`);
  return found;
}

describe('projectWorkforce: scopes', () => {
  const base = {
    areas: THREE_AREAS,
    englandLevers: ENGLAND_3,
    ageProfile: FORTIES,
    nationalFtePerHead: 0.8,
    fromYear: 2025,
    toYear: 2036,
  };

  it('gives a scope its own totals, shared within the scope', () => {
    const scoped = projectWorkforce({
      ...base,
      scopes: [
        {
          areaCodes: ['A', 'B'],
          levers: { ...ENGLAND_3, trainingPlaces: 500, internationalRecruitment: 0, returners: 0 },
        },
      ],
    });
    // within the scope, trainee shares are 30/40 and 10/40
    // A: 564.6 + 500 * 0.75 * 0.5 * 0.65 = 564.6 + 121.875 = 686.475
    expect(at(byCode(scoped, 'A').years, 1).fte).toBeCloseTo(686.475, 9);
    // B: 282.3 + 500 * 0.25 * 0.325 = 282.3 + 40.625 = 322.925
    expect(at(byCode(scoped, 'B').years, 1).fte).toBeCloseTo(322.925, 9);
  });

  it("changes only the scope's areas", () => {
    const englandWide = projectWorkforce(base);
    const scoped = projectWorkforce({
      ...base,
      scopes: [{ areaCodes: ['A', 'B'], levers: { ...ENGLAND_3, leaverRate: 0.12, trainingPlaces: 2000 } }],
    });
    expect(byCode(scoped, 'C')).toEqual(byCode(englandWide, 'C'));
    expect(at(byCode(scoped, 'A').years, 11).fte).not.toBeCloseTo(at(byCode(englandWide, 'A').years, 11).fte, 1);
    expect(at(byCode(scoped, 'B').years, 11).fte).not.toBeCloseTo(at(byCode(englandWide, 'B').years, 11).fte, 1);
  });

  it('reproduces the England-wide run when the scope sits at its defaults', () => {
    const englandLevers = { ...defaultLeverValues({ ftePerGp: 0.8 }) };
    const englandWide = projectWorkforce({ ...base, englandLevers, ageProfile: MARCH_2025 });
    for (const areaCodes of [['A'], ['A', 'B'], ['B', 'C'], ['A', 'B', 'C']]) {
      const levers = defaultLeversForScope({ areas: THREE_AREAS, areaCodes, englandLevers });
      const scoped = projectWorkforce({
        ...base,
        englandLevers,
        ageProfile: MARCH_2025,
        scopes: [{ areaCodes, levers }],
      });
      scoped.forEach((projection, i) => {
        projection.years.forEach((row, t) => {
          const expected = at(at(englandWide, i).years, t);
          expect(row.fte).toBeCloseTo(expected.fte, 9);
          expect(row.headcount).toBeCloseTo(expected.headcount, 9);
          expect(row.newGps).toBeCloseTo(expected.newGps, 9);
          expect(row.returners).toBeCloseTo(expected.returners, 9);
        });
      });
    }
  });

  it('lets a later scope win and ignores unknown codes', () => {
    const scoped = projectWorkforce({
      ...base,
      scopes: [
        { areaCodes: ['A', 'B', 'ZZZ'], levers: { ...ENGLAND_3, leaverRate: 0.15 } },
        {
          areaCodes: ['A'],
          levers: { ...ENGLAND_3, leaverRate: 0.03, trainingPlaces: 0, internationalRecruitment: 0, returners: 0 },
        },
      ],
    });
    // A: 600 * (1 - 0.03) = 582
    expect(at(byCode(scoped, 'A').years, 1).fte).toBeCloseTo(582, 9);
    expect(at(byCode(scoped, 'B').years, 1).leavers).toBeCloseTo(300 * 0.15, 9);
  });
});
