// Round axis ticks: values at 1, 2 or 5 × 10^k steps, years at whole-year steps on round years.
import { describe, expect, it } from 'vitest';
import { niceStep, niceTicks, tickDecimals, yearTicks } from '../../../src/components/chart/nice-ticks';

describe('niceStep', () => {
  it('rounds a raw step up to 1, 2 or 5 times a power of ten', () => {
    // span 36 in 5 intervals: raw 7.2 -> 10; in 8 intervals: raw 4.5 -> 5.
    expect(niceStep(36, 5)).toBe(10);
    expect(niceStep(36, 8)).toBe(5);
    // 0.36 in 4: raw 0.09 -> 0.1; 2,200 in 5: raw 440 -> 500.
    expect(niceStep(0.36, 4)).toBeCloseTo(0.1, 12);
    expect(niceStep(2200, 5)).toBe(500);
  });
});

describe('niceTicks', () => {
  it('covers the data with round ticks instead of 36, 45, 54, 63, 72', () => {
    // The chart's data 38.4 to 70.2 per 100,000: step 10 (span 31.8 / 5 = 6.4 -> 10) from 30 to 80 is 6 ticks.
    expect(niceTicks(38.4, 70.2, 6)).toEqual([30, 40, 50, 60, 70, 80]);
    // 42.1 to 59.6: 17.5 / 5 = 3.5 -> 5: 40 to 60 in 5s.
    expect(niceTicks(42.1, 59.6, 6)).toEqual([40, 45, 50, 55, 60]);
  });

  it('never gives more than maxTicks, and always covers min and max', () => {
    for (const [min, max] of [
      [0.3, 97.2],
      [26_543, 31_210],
      [98.7, 131.4],
      [-3.2, 4.9],
      [0.012, 0.0191],
    ] as const) {
      const ticks = niceTicks(min, max, 6);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks[0]).toBeLessThanOrEqual(min);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toFixed(6));
      expect([1, 2, 5]).toContain(mantissa);
    }
    // FTE 26,543 to 31,210: 4,667 / 5 = 933 -> 1,000 would need 7 ticks (26,000 to 32,000), so 2,000.
    expect(niceTicks(26_543, 31_210, 6)).toEqual([26_000, 28_000, 30_000, 32_000]);
  });

  it('gives a flat series a range around it, and nothing for non-numbers', () => {
    expect(niceTicks(50, 50, 6).length).toBeGreaterThanOrEqual(2);
    expect(niceTicks(Number.NaN, 3)).toEqual([]);
  });
});

describe('yearTicks', () => {
  const years = Array.from({ length: 21 }, (_, i) => 2016 + i); // 2015/16 to 2035/36

  it('ticks every 5 years on round years when 21 years have room for 6 ticks', () => {
    // Step 1 gives 21, step 2 gives 11: step 5 on 2015/16, 2020/21, 2025/26, 2030/31, 2035/36.
    expect(yearTicks(years, 6)).toEqual([2016, 2021, 2026, 2031, 2036]);
  });

  it('ticks every year or every other year when there is room', () => {
    expect(yearTicks([2016, 2017, 2018, 2019], 6)).toEqual([2016, 2017, 2018, 2019]);
    expect(yearTicks(years.slice(0, 10), 6)).toEqual([2016, 2018, 2020, 2022, 2024]);
    expect(yearTicks([], 6)).toEqual([]);
  });
});

describe('tickDecimals', () => {
  it('shows every tick exactly', () => {
    expect(tickDecimals([30, 35, 40])).toBe(0);
    expect(tickDecimals([0, 2.5, 5, 7.5])).toBe(1);
    expect(tickDecimals([0.25, 0.5])).toBe(2);
  });
});
