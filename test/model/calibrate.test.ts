import { describe, it, expect } from 'vitest';
import { calibrateReturners, firstYearChange } from '../../src/model/calibrate';
import { defaultLeverValues, leverConfig } from '../../src/model/levers';
import type { LeverValues } from '../../src/model/levers';

const FORTIES = { 'Under 40': 0, '40-49': 1, '50-59': 0, '60 and over': 0 };
const AREA = { code: 'A', fte: 1000, headcount: 1250, patientsSeries: [100000], traineeFte: 5 };
const LEVERS_1: LeverValues = {
  trainingPlaces: 100,
  traineeUptake: 0.7,
  leaverRate: 0.08,
  internationalRecruitment: 10,
  returners: 0,
  ftePerGp: 0.8,
};
const base = { areas: [AREA], ageProfile: FORTIES, nationalFtePerHead: 0.8, fromYear: 2025 };

describe('calibrateReturners', () => {
  it('solves the first-year change for returners', () => {
    // without returners: -1000 * 0.08 + 100 * 0.7 * 0.65 + 10 = -80 + 45.5 + 10 = -24.5
    expect(firstYearChange({ ...base, englandLevers: LEVERS_1 })).toBeCloseTo(-24.5, 9);
    // target +10 -> returners = 10 + 24.5 = 34.5
    expect(calibrateReturners({ ...base, englandLevers: LEVERS_1, targetFirstYearChange: 10 })).toBeCloseTo(34.5, 9);
  });

  it('accounts for a participation change, and may return a value below the range', () => {
    // m = 1.1: change = 1.1 * (920 + 45.5 + 10 + R) - 1000 = 73.05 + 1.1R = 10 -> R = -57.318
    const returners = calibrateReturners({
      ...base,
      englandLevers: { ...LEVERS_1, ftePerGp: 0.88 },
      targetFirstYearChange: 10,
    });
    expect(returners).toBeCloseTo(-57.318, 3);
  });

  it('gives the lever default from the England 2019/20-2024/25 trend', () => {
    // England practice-level GP FTE 2024/25 = 27076.7; trend (27076.7 - 26862.7) / 5 = +42.8 a year.
    // R = 42.8 + 0.088 * 27076.7 - 4000 * 0.72 * 0.65 - 50 = 42.8 + 2382.7496 - 1872 - 50 = 503.55
    const returners = calibrateReturners({
      areas: [{ code: 'E', fte: 27076.7, headcount: 37885, patientsSeries: [63554992.5], traineeFte: 9000 }],
      englandLevers: defaultLeverValues({ ftePerGp: 27076.7 / 37885 }),
      ageProfile: { 'Under 40': 7389.3, '40-49': 9548.2, '50-59': 7497.5, '60 and over': 3001.9 },
      nationalFtePerHead: 27076.7 / 37885,
      fromYear: 2025,
      targetFirstYearChange: 42.8,
    });
    expect(returners).toBeCloseTo(503.5496, 3);
    // the table default is this, rounded to the lever's step of 10
    expect(Math.abs(leverConfig('returners').default - returners)).toBeLessThan(5);
  });
});
