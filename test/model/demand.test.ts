import { describe, it, expect } from 'vitest';
import { compoundAnnualGrowth, ftePer100k, meanAnnualChange, patientGrowthRate } from '../../src/model/demand';

describe('compoundAnnualGrowth', () => {
  it('is the compound rate between the ends', () => {
    // (121 / 100)^(1/2) - 1 = 0.1
    expect(compoundAnnualGrowth([100, 110, 121])).toBeCloseTo(0.1, 12);
  });

  it('uses only the last five year-on-year steps', () => {
    // the first point (1) is ignored: (161.051 / 100)^(1/5) - 1 = 0.1
    expect(compoundAnnualGrowth([1, 100, 110, 121, 133.1, 146.41, 161.051])).toBeCloseTo(0.1, 12);
  });

  it('is 0 without a usable trend', () => {
    expect(compoundAnnualGrowth([100])).toBe(0);
    expect(compoundAnnualGrowth([])).toBe(0);
    expect(compoundAnnualGrowth([0, 100])).toBe(0);
    expect(compoundAnnualGrowth([100, Number.NaN])).toBe(0);
  });
});

describe('meanAnnualChange', () => {
  it('averages the change over the last five steps', () => {
    // England practice-level GP FTE, 2019/20 to 2024/25: (27076.7 - 26862.7) / 5 = 42.8
    expect(meanAnnualChange([26862.7, 26926.0, 26926.8, 26726.5, 26624.6, 27076.7])).toBeCloseTo(42.8, 9);
    // 7 points: only the last 6 count: (20 - 10) / 5 = 2
    expect(meanAnnualChange([0, 10, 12, 14, 16, 18, 20])).toBeCloseTo(2, 12);
    expect(meanAnnualChange([5])).toBe(0);
  });
});

describe('patientGrowthRate', () => {
  it('takes the override when given, else the trend', () => {
    expect(patientGrowthRate([100, 110, 121], 0.02)).toBe(0.02);
    expect(patientGrowthRate([100, 110, 121], null)).toBeCloseTo(0.1, 12);
    expect(patientGrowthRate([100, 110, 121], undefined)).toBeCloseTo(0.1, 12);
    expect(patientGrowthRate([100, 110, 121], Number.NaN)).toBeCloseTo(0.1, 12);
    expect(patientGrowthRate([100], -5)).toBe(-0.99);
  });
});

describe('ftePer100k', () => {
  it('is FTE per 100,000 patients, 0 with no patients', () => {
    // 27076.7 / 63554992.5 * 100000 = 42.6036
    expect(ftePer100k(27076.7, 63554992.5)).toBeCloseTo(42.6036, 4);
    expect(ftePer100k(5, 0)).toBe(0);
  });
});
