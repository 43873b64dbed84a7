// The national chart's time axis: months at their place in time, ticks on whole years.
import { describe, expect, it } from 'vitest';
import { monthTime, yearsWithin } from '../../../src/features/national/time-axis';
import { yearTicks } from '../../../src/components/chart/nice-ticks';

describe('monthTime', () => {
  it('puts a month at the start of it, in years', () => {
    expect(monthTime('2015-09')).toBeCloseTo(2015 + 8 / 12, 10);
    expect(monthTime('2021-01')).toBe(2021);
    expect(monthTime('2025-10')).toBeCloseTo(2025.75, 10);
  });
  it('gives equal years equal spans, whatever the sampling', () => {
    expect(monthTime('2017-09') - monthTime('2016-09')).toBeCloseTo(monthTime('2024-09') - monthTime('2023-09'), 10);
  });
});

describe('the national axis ticks', () => {
  it('marks January of each whole year inside the range', () => {
    expect(yearTicks(yearsWithin(monthTime('2015-09'), monthTime('2025-10')), Number.POSITIVE_INFINITY)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
  });
});
