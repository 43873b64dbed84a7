// Number formatting (en-GB) and financial-year labels.
import { describe, it, expect } from 'vitest';
import { countOf, formatNumber, formatSigned } from '../../src/lib/format';
import { fyLabel, isProjectedYear, yearRange, FIRST_DATA_YEAR, LAST_DATA_YEAR } from '../../src/lib/years';

const MINUS = '\u2212';

describe('formatNumber', () => {
  it('groups thousands and fixes the decimals', () => {
    expect(formatNumber(38_649.17, 1)).toBe('38,649.2');
    expect(formatNumber(56_902_441)).toBe('56,902,441');
    expect(formatNumber(2, 1)).toBe('2.0');
    expect(formatNumber(-1_234.5, 0)).toBe('-1,235');
  });

  it("says 'no data' for null, undefined and non-finite values", () => {
    expect(formatNumber(null)).toBe('no data');
    expect(formatNumber(undefined, 1)).toBe('no data');
    expect(formatNumber(Number.NaN)).toBe('no data');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('no data');
  });
});

describe('formatSigned', () => {
  it('puts a plus on increases and a true minus sign (U+2212) on decreases', () => {
    expect(formatSigned(12.34, 1)).toBe('+12.3');
    expect(formatSigned(-1_234, 0)).toBe(`${MINUS}1,234`);
    expect(formatSigned(-3.25, 1)).toBe(`${MINUS}3.3`);
    expect(formatSigned(-3.25, 1)).not.toContain('-');
  });

  it('gives no sign to zero, or to a value that rounds to zero', () => {
    expect(formatSigned(0, 1)).toBe('0.0');
    expect(formatSigned(-0.04, 1)).toBe('0.0');
    expect(formatSigned(0.04, 1)).toBe('0.0');
    expect(formatSigned(0.4, 0)).toBe('0');
  });

  it("says 'no data' for null and non-finite values", () => {
    expect(formatSigned(null, 1)).toBe('no data');
    expect(formatSigned(undefined)).toBe('no data');
    expect(formatSigned(Number.NaN)).toBe('no data');
  });
});

describe('years', () => {
  it('labels a financial year by its end year', () => {
    expect(fyLabel(2016)).toBe('2015/16');
    expect(fyLabel(2025)).toBe('2024/25');
    expect(fyLabel(2000)).toBe('1999/00');
    expect(fyLabel(FIRST_DATA_YEAR)).toBe('2015/16');
  });

  it('yearRange is inclusive, and empty when reversed', () => {
    expect(yearRange(2024, 2026)).toEqual([2024, 2025, 2026]);
    expect(yearRange(2025, 2025)).toEqual([2025]);
    expect(yearRange(2026, 2025)).toEqual([]);
  });

  it('years after the last recorded one are projected', () => {
    expect(isProjectedYear(LAST_DATA_YEAR)).toBe(false);
    expect(isProjectedYear(LAST_DATA_YEAR + 1)).toBe(true);
    expect(isProjectedYear(FIRST_DATA_YEAR)).toBe(false);
  });
});

describe('isProjectedYear', () => {
  it('counts years after the last recorded one as projected, 2024/25 unless the data runs later', () => {
    expect(isProjectedYear(2025)).toBe(false);
    expect(isProjectedYear(2026)).toBe(true);
    // A planner's own figures for 2025/26 make it recorded.
    expect(isProjectedYear(2026, 2026)).toBe(false);
    expect(isProjectedYear(2027, 2026)).toBe(true);
  });
});

describe('countOf', () => {
  it('says one area in the singular, and any other count in the plural, with thousands separated', () => {
    // The lever panel said "(1 sub-ICB areas)" for an ICB with one sub-ICB location (issue 18).
    expect(countOf(1, 'sub-ICB area')).toBe('1 sub-ICB area');
    expect(countOf(3, 'sub-ICB area')).toBe('3 sub-ICB areas');
    expect(countOf(0, 'sub-ICB area')).toBe('0 sub-ICB areas');
    expect(countOf(6552, 'row')).toBe('6,552 rows');
  });
});
