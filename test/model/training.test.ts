import { describe, it, expect } from 'vitest';
import {
  NEW_GP_FTE_PER_HEAD,
  QUALIFY_AFTER_4_YEARS,
  QUALIFY_AFTER_5_YEARS,
  intakeOnPath,
  knownIntakes,
  latestIntake,
  qualifiers,
} from '../../src/model/training';

// Out of order on purpose: the rule sorts them.
const RECORDED = [
  { recruitmentYear: 2020, places: 3700 },
  { recruitmentYear: 2014, places: 2700 },
  { recruitmentYear: 2016, places: 2900 },
];

describe('knownIntakes', () => {
  const known = knownIntakes(RECORDED);

  it('returns the recorded figures', () => {
    expect(known(2014)).toBe(2700);
    expect(known(2016)).toBe(2900);
    expect(known(2020)).toBe(3700);
  });

  it('holds the first level before the first record and the last after the last', () => {
    expect(known(2005)).toBe(2700);
    expect(known(2013)).toBe(2700);
    expect(known(2021)).toBe(3700);
    expect(known(2035)).toBe(3700);
  });

  it('takes the straight line between recorded years', () => {
    // 2700 + (2900 - 2700) * 1 / 2 = 2800
    expect(known(2015)).toBeCloseTo(2800, 9);
    // 2900 + (3700 - 2900) * 1 / 4 = 3100; * 3 / 4 = 3500
    expect(known(2017)).toBeCloseTo(3100, 9);
    expect(known(2019)).toBeCloseTo(3500, 9);
  });

  it('ignores unusable records and gives 0 without any', () => {
    const withJunk = knownIntakes([
      ...RECORDED,
      { recruitmentYear: 2018, places: Number.NaN },
      { recruitmentYear: 2022, places: -5 },
    ]);
    expect(withJunk(2018)).toBeCloseTo(3300, 9);
    expect(withJunk(2022)).toBe(3700);
    expect(knownIntakes([])(2020)).toBe(0);
  });

  it('finds the latest recorded intake', () => {
    expect(latestIntake(RECORDED)).toEqual({ recruitmentYear: 2020, places: 3700 });
    expect(latestIntake([])).toBeUndefined();
  });
});

describe('intakeOnPath', () => {
  const known = knownIntakes(RECORDED); // held at 3,700 from 2020
  const path = { lastFixedYear: 2025, places: 6000, from: 2026, ramp: 4 };

  it('leaves every intake up to lastFixedYear as known', () => {
    for (const year of [2014, 2015, 2020, 2024, 2025]) expect(intakeOnPath(known, path, year)).toBe(known(year));
  });

  it('moves in equal steps from the held level over the ramp, then stays', () => {
    // step (6000 - 3700) / 4 = 575: 4275, 4850, 5425, 6000
    expect([2026, 2027, 2028, 2029, 2030, 2035].map((y) => intakeOnPath(known, path, y))).toEqual([
      4275, 4850, 5425, 6000, 6000, 6000,
    ]);
  });

  it('jumps to the new level with a ramp of 1 (or less)', () => {
    expect(intakeOnPath(known, { ...path, ramp: 1 }, 2026)).toBe(6000);
    expect(intakeOnPath(known, { ...path, ramp: 0 }, 2026)).toBe(6000);
    expect(intakeOnPath(known, { ...path, ramp: 1 }, 2025)).toBe(3700);
  });

  it('cannot change an intake already in training, whatever the path says', () => {
    // from 2023 is too early: the change starts at lastFixedYear + 1 = 2026
    const early = { ...path, from: 2023, ramp: 1 };
    expect(intakeOnPath(known, early, 2023)).toBe(3700);
    expect(intakeOnPath(known, early, 2025)).toBe(3700);
    expect(intakeOnPath(known, early, 2026)).toBe(6000);
  });

  it('starts a later change from the level held the year before it', () => {
    const later = { ...path, from: 2028, ramp: 2, places: 2700 };
    // 2026, 2027 held at 3700; then (2700 - 3700) / 2 = -500 a year: 3200, 2700
    expect([2027, 2028, 2029, 2030].map((y) => intakeOnPath(known, later, y))).toEqual([3700, 3200, 2700, 2700]);
  });

  it('starts from the known level of the year before the change, not of its first year', () => {
    // known 2017 = 3,100, 2018 = 3,300 (on the line to 3,700 in 2020); from 2018, 2 years to 4,100:
    // 3,100 + (4,100 - 3,100) / 2 = 3,600, then 4,100
    const fromLine = { lastFixedYear: 2017, places: 4100, from: 2018, ramp: 2 };
    expect([2017, 2018, 2019].map((y) => intakeOnPath(known, fromLine, y))).toEqual([3100, 3600, 4100]);
  });

  it('never gives negative places', () => {
    expect(intakeOnPath(known, { ...path, places: -1000, ramp: 1 }, 2026)).toBe(0);
  });
});

describe('qualifiers', () => {
  it('qualifies two thirds of an intake 4 years on and one third 5 years on', () => {
    expect(QUALIFY_AFTER_4_YEARS + QUALIFY_AFTER_5_YEARS).toBeCloseTo(1, 12);
    const intake = (year: number) => 1000 + 100 * (year - 2020);
    // FY ending 2025: 2/3 * intake(2021) + 1/3 * intake(2020) = 2/3 * 1100 + 1/3 * 1000 = 733.333 + 333.333 = 1066.667
    expect(qualifiers(intake, 2025)).toBeCloseTo(1066.6667, 4);
    // FY ending 2030: 2/3 * 1600 + 1/3 * 1500 = 1066.667 + 500 = 1566.667
    expect(qualifiers(intake, 2030)).toBeCloseTo(1566.6667, 4);
  });

  it('sees a one-year change of intake in two financial years, 4 and 5 years on', () => {
    const pulse = (year: number) => (year === 2026 ? 900 : 0);
    // 2/3 * 900 = 600 in 2029/30, 1/3 * 900 = 300 in 2030/31
    expect([2029, 2030, 2031, 2032].map((fy) => qualifiers(pulse, fy))).toEqual([
      0,
      expect.closeTo(600, 9),
      expect.closeTo(300, 9),
      0,
    ]);
  });

  it('works new GPs at 0.65 FTE each', () => {
    expect(NEW_GP_FTE_PER_HEAD).toBe(0.65);
  });
});
