// Map metrics from an area's FTE and patients, worked by hand.
import { describe, it, expect } from 'vitest';
import {
  isUnderDoctored,
  metricConfig,
  metricValue,
  rankDescending,
  METRICS,
  type WorkforceSeries,
} from '../../src/figures/metrics';

const series: WorkforceSeries = {
  years: [2016, 2017, 2018],
  byArea: new Map([
    // A: 40 FTE for 90,000 patients in 2016, 50 FTE for 100,000 in 2017.
    ['A', { fte: [40, 50, 30], patients: [90_000, 100_000, 120_000] }],
    // M: data missing in some years.
    ['M', { fte: [null, 20, 0], patients: [50_000, null, 10_000] }],
    // Z: no GPs in the base year.
    ['Z', { fte: [0, 5, 5], patients: [0, 10_000, 10_000] }],
  ]),
};
const value = (code: string, metric: Parameters<typeof metricValue>[2], year = 2017, base = 2016) =>
  metricValue(series, code, metric, year, base);

describe('metricValue', () => {
  it('fte is the FTE of the year', () => {
    expect(value('A', 'fte')).toBe(50);
    expect(value('A', 'fte', 2018)).toBe(30);
  });

  it('ftePer100k: 50 / 100,000 * 100,000 = 50', () => {
    expect(value('A', 'ftePer100k')).toBe(50);
    // 2018: 30 / 120,000 * 100,000 = 25
    expect(value('A', 'ftePer100k', 2018)).toBeCloseTo(25, 10);
  });

  it('patientsPerFte: 100,000 / 50 = 2,000', () => {
    expect(value('A', 'patientsPerFte')).toBe(2_000);
    // 2016: 90,000 / 40 = 2,250
    expect(value('A', 'patientsPerFte', 2016)).toBe(2_250);
  });

  it('changeFte and changePct compare with the base year', () => {
    // 50 - 40 = 10; 10 / 40 = 25%
    expect(value('A', 'changeFte')).toBe(10);
    expect(value('A', 'changePct')).toBe(25);
    // 2018 against 2017: 30 - 50 = -20; -20 / 50 = -40%
    expect(value('A', 'changeFte', 2018, 2017)).toBe(-20);
    expect(value('A', 'changePct', 2018, 2017)).toBe(-40);
    // Against itself: no change.
    expect(value('A', 'changeFte', 2017, 2017)).toBe(0);
  });

  it('missing FTE or patients give null, not zero or NaN', () => {
    expect(value('M', 'fte', 2016)).toBeNull();
    expect(value('M', 'ftePer100k', 2016)).toBeNull();
    expect(value('M', 'patientsPerFte', 2016)).toBeNull();
    expect(value('M', 'ftePer100k', 2017)).toBeNull(); // patients missing
    expect(value('M', 'patientsPerFte', 2017)).toBeNull();
    expect(value('M', 'changeFte', 2017, 2016)).toBeNull(); // base missing
    expect(value('M', 'changePct', 2017, 2016)).toBeNull();
  });

  it('divisions by zero give null', () => {
    expect(value('Z', 'ftePer100k', 2016)).toBeNull(); // 0 patients
    expect(value('M', 'patientsPerFte', 2018)).toBeNull(); // 0 FTE
    // Base year FTE 0: the change in FTE is defined (5 - 0), the percentage is not.
    expect(value('Z', 'changeFte')).toBe(5);
    expect(value('Z', 'changePct')).toBeNull();
  });

  it('an unknown area, year or base year gives null', () => {
    expect(value('NOPE', 'fte')).toBeNull();
    expect(value('A', 'fte', 2030)).toBeNull();
    expect(value('A', 'changeFte', 2017, 2010)).toBeNull();
  });
});

describe('metricConfig', () => {
  it('finds each metric by key, and only the change metrics use a base year and a diverging scale', () => {
    for (const m of METRICS) expect(metricConfig(m.key)).toBe(m);
    const changes = ['changeFte', 'changePct', 'changePer100k', 'changePer100kPct'];
    expect(METRICS.filter((m) => m.usesBaseYear).map((m) => m.key)).toEqual(changes);
    expect(METRICS.filter((m) => m.scale === 'diverging').map((m) => m.key)).toEqual(changes);
  });
});

describe('rankDescending', () => {
  it('ranks highest first, shares ranks on ties (1, 1, 3), and leaves missing values unranked', () => {
    const ranks = rankDescending(
      new Map<string, number | null>([
        ['a', 10],
        ['b', 20],
        ['c', 20],
        ['d', null],
        ['e', 5],
        ['f', Number.NaN],
      ]),
    );
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, c: 1, a: 3, e: 4 });
  });

  it('handles three-way ties and negative values', () => {
    const ranks = rankDescending(
      new Map<string, number | null>([
        ['x', -1],
        ['y', -1],
        ['z', -1],
        ['w', -5],
      ]),
    );
    expect(Object.fromEntries(ranks)).toEqual({ x: 1, y: 1, z: 1, w: 4 });
  });
});

describe('isUnderDoctored (below 90% of England)', () => {
  it('flags strictly below 90% of England', () => {
    // England 60 per 100k: the line is 0.9 * 60 = 54.
    expect(isUnderDoctored(53.9, 60)).toBe(true);
    expect(isUnderDoctored(54, 60)).toBe(false);
    expect(isUnderDoctored(70, 60)).toBe(false);
  });

  it('never flags when either value is missing', () => {
    expect(isUnderDoctored(null, 60)).toBe(false);
    expect(isUnderDoctored(10, null)).toBe(false);
  });
});
