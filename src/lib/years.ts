// Financial years are keyed by their end year: 2016 = 2015/16. History runs to 2024/25; projections to 2035/36.
export const FIRST_DATA_YEAR = 2016;
export const LAST_DATA_YEAR = 2025;
export const LAST_PROJECTION_YEAR = 2036;

export function fyLabel(yearEnd: number): string {
  return `${yearEnd - 1}/${String(yearEnd).slice(-2)}`;
}

export function yearRange(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) years.push(y);
  return years;
}

/** Whether a year is projected: after the last recorded year (2024/25, or later once a planner's own figures extend it). */
export const isProjectedYear = (yearEnd: number, lastDataYear: number = LAST_DATA_YEAR) => yearEnd > lastDataYear;
