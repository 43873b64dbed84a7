// Financial years are keyed by their end year: 2016 = 2015/16. History runs to 2024/25; projections to 2035/36.
export const FIRST_DATA_YEAR = 2016;
export const LAST_DATA_YEAR = 2025;
export const LAST_PROJECTION_YEAR = 2036;

export function fyLabel(yearEnd: number): string {
  if (isMonthKey(yearEnd)) return `${MONTHS[(yearEnd % 100) - 1]} ${Math.floor(yearEnd / 100)}`;
  return `${yearEnd - 1}/${String(yearEnd).slice(-2)}`;
}

export function yearRange(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) years.push(y);
  return years;
}

/** Whether a year is projected: after the last recorded year (2024/25, or later once a planner's own figures extend it). */
export const isProjectedYear = (yearEnd: number, lastDataYear: number = LAST_DATA_YEAR) =>
  !isMonthKey(yearEnd) && yearEnd > lastDataYear;

// A month of a bulletin shown as a point of its own beside the financial years ("Oct 2025 (latest bulletin)") is
// keyed YYYYMM (202510): never a financial year's key, so nothing indexed by financial year finds a value for it.
const MONTH_KEY_MIN = 100000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A bulletin month's key from its date "2025-10" (202510), or null for anything else. */
export function monthKeyOf(date: string): number | null {
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? Number(m[1]) * 100 + month : null;
}

/** Whether a year key is a bulletin month (202510) rather than a financial year (2025 = 2024/25). */
export const isMonthKey = (key: number): boolean =>
  Number.isInteger(key) && key > MONTH_KEY_MIN && key % 100 >= 1 && key % 100 <= 12;

/** A month key as a link writes it ("2025-10"), a financial year as its number ("2025"). */
export const yearParam = (key: number): string =>
  isMonthKey(key) ? `${Math.floor(key / 100)}-${String(key % 100).padStart(2, '0')}` : String(key);

/**
 * Where a month falls on the financial-year axis. A financial year's figure is the mean of its monthly snapshots
 * (April to March), so year E sits at the middle of April E-1 to March E, the start of October E-1; a month's
 * snapshot sits at its own middle: Oct 2025 is month 6.5 of 2025/26 (0 = the start of April), half a month after the
 * year's middle (6), so 2026 + 0.5/12 = 2026.04.
 */
export function monthOnYearAxis(key: number): number {
  const year = Math.floor(key / 100);
  const month = key % 100;
  const fyEnd = month >= 4 ? year + 1 : year;
  const fromApril = (month - 4 + 12) % 12;
  return fyEnd + (fromApril + 0.5 - 6) / 12;
}
