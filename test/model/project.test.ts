import { describe, it, expect } from 'vitest';
import { projectWorkforce, NEW_GP_FTE_PER_HEAD } from '../../src/model/project';
import type { LeverValues } from '../../src/model/levers';
import type { AreaBaseline, AreaProjection, ProjectionInput } from '../../src/model/types';
import { ENGLAND_3, FORTIES, THREE_AREAS, at } from './fixtures';

const YOUNG = { 'Under 40': 1, '40-49': 0, '50-59': 0, '60 and over': 0 };
const OLDER = { 'Under 40': 0, '40-49': 0, '50-59': 1, '60 and over': 1 };

const ONE_AREA: AreaBaseline = {
  code: 'A',
  fte: 1000,
  headcount: 1250,
  patientsSeries: [100000, 110000, 121000],
  traineeFte: 5,
};
const LEVERS_1: LeverValues = {
  trainingPlaces: 100,
  traineeUptake: 0.7,
  leaverRate: 0.08,
  internationalRecruitment: 10,
  returners: 20,
  ftePerGp: 0.8,
};

function run(overrides: Partial<ProjectionInput> = {}): AreaProjection[] {
  return projectWorkforce({
    areas: [ONE_AREA],
    englandLevers: LEVERS_1,
    ageProfile: FORTIES,
    nationalFtePerHead: 0.8,
    fromYear: 2025,
    toYear: 2036,
    ...overrides,
  });
}

function byCode(projections: readonly AreaProjection[], code: string): AreaProjection {
  const found = projections.find((p) => p.code === code);
  if (!found) throw new Error(`no projection for ${code}`);
  return found;
}

describe('projectWorkforce: hand-worked', () => {
  it('returns the observed base year and one row a year to toYear', () => {
    const area = at(run(), 0);
    expect(area.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]);
    expect(at(area.years, 0)).toEqual({
      year: 2025,
      fte: 1000,
      headcount: 1250,
      patients: 121000,
      ftePer100k: (1000 / 121000) * 100000,
      leavers: 0,
      newGps: 0,
      international: 0,
      returners: 0,
      participationChange: 0,
    });
  });

  it('applies leavers and the three inflows in the first year', () => {
    const first = at(at(run(), 0).years, 1);
    expect(NEW_GP_FTE_PER_HEAD).toBe(0.65);
    // 1000 * (1 - 0.08) + 100 * 1 * 0.7 * 0.65 + 10 + 20 = 920 + 45.5 + 30 = 995.5
    expect(first.fte).toBeCloseTo(995.5, 9);
    expect(first.leavers).toBeCloseTo(80, 9);
    expect(first.newGps).toBeCloseTo(45.5, 9);
    expect(first.international).toBeCloseTo(10, 9);
    expect(first.returners).toBeCloseTo(20, 9);
    // heads: 1250 * 0.92 + 100 * 0.7 + 10 / 0.8 + 20 / 0.8 = 1150 + 70 + 12.5 + 25 = 1257.5
    expect(first.headcount).toBeCloseTo(1257.5, 9);
    // patients grow 10% a year (100000 -> 121000 in two years): 121000 * 1.1 = 133100
    expect(first.patients).toBeCloseTo(133100, 6);
    // 995.5 / 133100 * 100000 = 747.934
    expect(first.ftePer100k).toBeCloseTo(747.934, 3);
  });

  it('loses more as the workforce ages into the faster-leaving 50-59 band', () => {
    const noFlows = { ...LEVERS_1, trainingPlaces: 0, internationalRecruitment: 0, returners: 0, leaverRate: 0.059 };
    const years = at(run({ englandLevers: noFlows }), 0).years;
    // year 1: 1000 * (1 - 0.059) = 941; then 1/10 of it turns 50: 846.9 in 40-49, 94.1 in 50-59
    expect(at(years, 1).fte).toBeCloseTo(941, 9);
    // year 2 leavers: 846.9 * 0.059 + 94.1 * 0.0970133 = 49.9671 + 9.12895 = 59.0961
    expect(at(years, 2).leavers).toBeCloseTo(59.0961, 3);
    // 941 - 59.0961 = 881.904, below 941 * 0.941 = 885.481 without ageing
    expect(at(years, 2).fte).toBeCloseTo(881.904, 3);
  });

  it('moves a tenth of each band up a band a year', () => {
    const noFlows = { ...LEVERS_1, trainingPlaces: 0, internationalRecruitment: 0, returners: 0 };
    // Under 40 only, lever 10%: that band leaves at 10%; 40-49 at 0.059 * 0.1 / 0.0984666 = 0.0599188
    const young = at(run({ englandLevers: { ...noFlows, leaverRate: 0.1 }, ageProfile: YOUNG }), 0).years;
    // year 1: 1000 * 0.9 = 900, of which 90 turn 40; year 2: 900 - (810 * 0.1 + 90 * 0.0599188) = 900 - 86.3927
    expect(at(young, 2).fte).toBeCloseTo(813.6073, 3);
    // half 50-59, half 60+, lever 8.8%: 60+ rate = (0.088 - 0.5 * 0.0970133) / 0.5 = 0.0789867
    const older = at(run({ englandLevers: { ...noFlows, leaverRate: 0.088 }, ageProfile: OLDER }), 0).years;
    // year 1: 50-59 500 * (1 - 0.0970133) = 451.4934, 60+ 500 * (1 - 0.0789867) = 460.5066; then 45.1493 turn 60
    //   -> 406.3440 and 505.6560 (total 912)
    expect(at(older, 1).fte).toBeCloseTo(912, 9);
    // year 2 leavers: 406.3440 * 0.0970133 + 505.6560 * 0.0789867 = 39.4208 + 39.9401 = 79.3609
    expect(at(older, 2).leavers).toBeCloseTo(79.3609, 3);
  });

  it('puts newly qualified GPs and recruits in Under 40 and returners in 40-49', () => {
    // 40-49 only, lever 5.9% (so 40-49 leaves at 5.9%, Under 40 at 0.0984666); 2 years of inflows:
    // year 1: 1000 * 0.941 = 941 -> 846.9 (40-49) + 94.1 (50-59); joiners: Under 40 45.5 + 10 = 55.5, 40-49 + 20
    // year 2 leavers: 55.5 * 0.0984666 + 866.9 * 0.059 + 94.1 * 0.0970133
    //   = 5.46490 + 51.1471 + 9.12895 = 65.7410
    const years = at(run({ englandLevers: { ...LEVERS_1, leaverRate: 0.059 } }), 0).years;
    expect(at(years, 1).fte).toBeCloseTo(1016.5, 9);
    expect(at(years, 2).leavers).toBeCloseTo(65.741, 3);
  });

  it("scales everyone's FTE by FTE per GP over the national ratio, from the first year", () => {
    const years = at(run({ englandLevers: { ...LEVERS_1, ftePerGp: 0.88 } }), 0).years;
    // m = 0.88 / 0.8 = 1.1; 1.1 * 995.5 = 1095.05
    expect(at(years, 1).fte).toBeCloseTo(1095.05, 9);
    // 1000 - 88 + 50.05 + 11 + 22 + 100 = 1095.05: the step is (1.1 - 1) * 1000
    expect(at(years, 1).participationChange).toBeCloseTo(100, 9);
    expect(at(years, 1).leavers).toBeCloseTo(88, 9);
    expect(at(years, 2).participationChange).toBe(0);
    // heads are unchanged: people work more, there are not more of them
    expect(at(years, 1).headcount).toBeCloseTo(1257.5, 9);
  });

  it('shares England-wide flows by trainees (places) and FTE (IR, returners)', () => {
    const projections = projectWorkforce({
      areas: THREE_AREAS,
      englandLevers: ENGLAND_3,
      ageProfile: FORTIES,
      nationalFtePerHead: 0.8,
      fromYear: 2025,
      toYear: 2026,
    });
    // trainee shares 30/50, 10/50, 10/50; FTE shares 0.6, 0.3, 0.1
    // A: 600 * 0.941 + 1000 * 0.6 * 0.5 * 0.65 + 100 * 0.6 + 50 * 0.6 = 564.6 + 195 + 60 + 30 = 849.6
    expect(at(byCode(projections, 'A').years, 1).fte).toBeCloseTo(849.6, 9);
    // B: 282.3 + 1000 * 0.2 * 0.325 + 30 + 15 = 392.3
    expect(at(byCode(projections, 'B').years, 1).fte).toBeCloseTo(392.3, 9);
    // C: 94.1 + 65 + 10 + 5 = 174.1
    expect(at(byCode(projections, 'C').years, 1).fte).toBeCloseTo(174.1, 9);
    // B's patients follow its own trend: 495000 * (495000 / 500000) = 490050
    expect(at(byCode(projections, 'B').years, 1).patients).toBeCloseTo(490050, 6);
  });

  it('uses one patient growth override for every area', () => {
    const projections = projectWorkforce({
      areas: THREE_AREAS,
      englandLevers: ENGLAND_3,
      ageProfile: FORTIES,
      nationalFtePerHead: 0.8,
      fromYear: 2025,
      toYear: 2027,
      patientGrowthOverride: 0.02,
    });
    // 495000 * 1.02^2 = 514998
    expect(at(byCode(projections, 'B').years, 2).patients).toBeCloseTo(514998, 6);
    // 1020000 * 1.02^2 = 1061208
    expect(at(byCode(projections, 'A').years, 2).patients).toBeCloseTo(1061208, 6);
  });
});
