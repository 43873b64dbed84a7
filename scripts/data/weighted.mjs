// Need-weighted (Carr-Hill) patients per practice and year, from the NHS Payments to General Practice files
// (practice_geography_by_fy_from_nhs_payments.csv, fy_end_year = the workforce file's Year).
// The payments file for 2023/24 is missing, so that year is estimated by a stated rule (data/SOURCES.md):
//   r(practice, year) = weighted ÷ registered patients in that year's payments file (each file's own columns);
//   r(2023/24) = the mean of r(2022/23) and r(2024/25), or the one of them that exists;
//   weighted(2023/24) = r(2023/24) × the practice's registered patients in the 2023/24 workforce series
//   (the patients areas.json sums). A practice with neither ratio adds nothing to the weighted total.
import { toNumber } from './csv.mjs';

/** The estimated year (2023/24) and the payments years its ratio is taken from. */
export const ESTIMATED_YEAR = 2024;
export const RATIO_YEARS = [2023, 2025];

/**
 * @param {Record<string,string>[]} payments rows of practice_geography_by_fy_from_nhs_payments.csv
 * @returns {{ weighted: Map<string, number>, years: Set<number> }} `${practice}|${year}` -> weighted patients,
 *   and the years that have a payments file
 */
export function weightedByPracticeYear(payments) {
  const weighted = new Map();
  for (const r of payments) {
    const value = toNumber(r.weighted_patients);
    if (value !== null) weighted.set(`${r.practice_code}|${r.fy_end_year}`, value);
  }
  return { weighted, years: new Set(payments.map((r) => Number(r.fy_end_year))) };
}

/**
 * Each practice's weighted ÷ registered ratio for the estimated year.
 * @param {Record<string,string>[]} payments
 * @param {number[]} [ratioYears]
 * @returns {Map<string, { ratios: (number|null)[], ratio: number }>} practice -> the ratio of each ratio year
 *   (null where the file has no usable row) and their mean; practices with neither are absent
 */
export function estimatedRatios(payments, ratioYears = RATIO_YEARS) {
  const byPractice = new Map();
  for (const r of payments) {
    const yi = ratioYears.indexOf(Number(r.fy_end_year));
    if (yi < 0) continue;
    const weighted = toNumber(r.weighted_patients);
    const registered = toNumber(r.registered_patients);
    if (weighted === null || registered === null || registered <= 0) continue;
    const ratios = byPractice.get(r.practice_code) ?? ratioYears.map(() => null);
    ratios[yi] = weighted / registered;
    byPractice.set(r.practice_code, ratios);
  }
  const out = new Map();
  for (const [practice, ratios] of [...byPractice.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const known = ratios.filter((v) => v !== null);
    out.set(practice, { ratios, ratio: known.reduce((s, v) => s + v, 0) / known.length });
  }
  return out;
}
