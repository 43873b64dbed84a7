// The print summary's own words: the data's period (from the data), the day printed and what the target means.
import { describe, expect, it } from 'vitest';
import { dataPeriod, monthLabel, printedOn } from '../../../src/features/export/export-text';
import { targetMeaning } from '../../../src/figures/headline-figures';
import { fyLabel } from '../../../src/lib/years';

describe('print summary text', () => {
  it('states the data period from the last recorded year and the bulletin’s last month', () => {
    expect(dataPeriod({ lastDataYear: 2025, bulletinMonth: '2025-10' })).toBe(
      '2024/25 financial-year average; bulletin to October 2025',
    );
    // A planner's own figures extend the years; no bulletin loaded says only the year.
    expect(dataPeriod({ lastDataYear: 2026 })).toBe('2025/26 financial-year average');
    expect(monthLabel('2026-01')).toBe('January 2026');
  });

  it('dates the page in words', () => {
    expect(printedOn(new Date(2026, 11, 1))).toBe('Printed 1 December 2026');
  });

  it('says what the target means, not only its number', () => {
    expect(targetMeaning({ target: { kind: 'hold', year: 2016 }, targetPer100k: 48.07, year: 2036, yearLabel: fyLabel })).toBe(
      'Target: hold GP FTE per 100,000 patients at the 2015/16 level (48.1) in 2035/36',
    );
    expect(targetMeaning({ target: { kind: 'value', ftePer100k: 45 }, targetPer100k: 45, year: 2031, yearLabel: fyLabel })).toBe(
      'Target: 45.0 GP FTE per 100,000 patients in 2030/31 (a number set for this view)',
    );
  });
});
