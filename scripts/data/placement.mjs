// Places each GP practice in one of the 106 sub-ICB locations of 2022 (the geography of the Oct 2025
// bulletin). Rule, in order (DATA.md, "The geography to map on"):
//  1. the practice's latest CCG / sub-ICB code in the NHS Payments files, when it is a 2022 sub-ICB code;
//  2. otherwise (the practice closed before its CCG merged or split) the 2022 sub-ICB that holds most of
//     that old CCG's LSOAs, through the ONS LSOA -> CCG lookup of that year (the nearest year with the code);
//  3. practices absent from the payments files: the July 2026 practice map, with 2026 codes mapped back
//     (the Frimley sub-ICB D4U1Y was split in April 2026; its successor U2G6B maps back to D4U1Y).
// Anything still unplaced is counted by the caller and written to data/SOURCES.md.

/** LSOA -> CCG lookups by the April of the CCG vintage, with their NHS-code column. */
const LSOA_LOOKUPS = [
  { year: 2015, file: 'ons_LSOA11_CCG15_LAD15_lookup_jul2015.csv', column: 'CCG15CDH' },
  { year: 2016, file: 'ons_LSOA11_CCG16_LAD16_lookup_apr2016.csv', column: 'CCG16CDH' },
  { year: 2017, file: 'ons_LSOA11_CCG17_LAD17_lookup_apr2017_v4.csv', column: 'CCG17CDH' },
  { year: 2018, file: 'ons_LSOA11_CCG18_LAD18_lookup_apr2018.csv', column: 'CCG18CDH' },
  { year: 2019, file: 'ons_LSOA11_CCG19_LAD19_lookup_apr2019.csv', column: 'CCG19CDH' },
  { year: 2020, file: 'ons_LSOA11_CCG20_LAD20_lookup_apr2020.csv', column: 'CCG20CDH' },
];
const SUBICB_LOOKUP = 'geographr_LSOA11_sicbl22_icb22_ltla22.csv';
/** 2026 sub-ICB codes that are not 2022 codes, mapped back to the 2022 location they came from. */
const CODES_2026_TO_2022 = { U2G6B: 'D4U1Y' };

/**
 * @param {{ payments: Record<string,string>[], practiceMap2026: Record<string,string>[],
 *   subIcbCodes: Set<string>, lsoaLookup: (file: string) => Record<string,string>[] }} input
 */
export function placePractices({ payments, practiceMap2026, subIcbCodes, lsoaLookup }) {
  const lsoaToSubIcb = new Map(lsoaLookup(SUBICB_LOOKUP).map((r) => [r.lsoa11_code, r.sicbl22_code_h]));

  // For each lookup year: old CCG code -> the 2022 sub-ICB holding most of its LSOAs (ties: lowest code).
  const majorityByYear = LSOA_LOOKUPS.map(({ year, file, column }) => {
    const counts = new Map();
    for (const r of lsoaLookup(file)) {
      const target = lsoaToSubIcb.get(r.LSOA11CD);
      if (!target) continue;
      const byTarget = counts.get(r[column]) ?? new Map();
      byTarget.set(target, (byTarget.get(target) ?? 0) + 1);
      counts.set(r[column], byTarget);
    }
    const majority = new Map();
    for (const [code, byTarget] of counts) {
      const ranked = [...byTarget.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const total = ranked.reduce((s, [, n]) => s + n, 0);
      majority.set(code, { subIcb: ranked[0][0], share: ranked[0][1] / total });
    }
    return { year, majority };
  });

  function majorityFor(code, paymentYear) {
    // Payments for the year ending in Y use the CCGs of April Y-1: try that vintage, then the nearest.
    const wanted = paymentYear - 1;
    const ordered = [...majorityByYear].sort((a, b) => Math.abs(a.year - wanted) - Math.abs(b.year - wanted) || a.year - b.year);
    for (const { year, majority } of ordered) {
      if (majority.has(code)) return { ...majority.get(code), lookupYear: year };
    }
    return null;
  }

  const latest = new Map();
  for (const r of payments) {
    const year = Number(r.fy_end_year);
    const current = latest.get(r.practice_code);
    if (!current || current.year < year) latest.set(r.practice_code, { year, code: r.ccg_or_subicb_code });
  }

  const byPractice = new Map();
  const viaMajority = [];
  const viaMap2026 = [];
  const unresolvedCodes = new Set();
  for (const [practice, { year, code }] of [...latest.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (subIcbCodes.has(code)) {
      byPractice.set(practice, { subIcb: code, rule: 'latest-code' });
      continue;
    }
    const found = majorityFor(code, year);
    if (found && subIcbCodes.has(found.subIcb)) {
      byPractice.set(practice, { subIcb: found.subIcb, rule: 'lsoa-majority' });
      viaMajority.push({ practice, oldCode: code, year, subIcb: found.subIcb, share: found.share });
    } else unresolvedCodes.add(code);
  }
  for (const r of [...practiceMap2026].sort((a, b) => a.PRACTICE_CODE.localeCompare(b.PRACTICE_CODE))) {
    if (byPractice.has(r.PRACTICE_CODE)) continue;
    const code = CODES_2026_TO_2022[r.SUB_ICB_LOCATION_CODE] ?? r.SUB_ICB_LOCATION_CODE;
    if (subIcbCodes.has(code)) {
      byPractice.set(r.PRACTICE_CODE, { subIcb: code, rule: 'map-2026' });
      viaMap2026.push(r.PRACTICE_CODE);
    }
  }
  return { byPractice, viaMajority, viaMap2026, unresolvedCodes: [...unresolvedCodes].sort() };
}
