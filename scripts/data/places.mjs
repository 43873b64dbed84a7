// Places people know, for "Find an area": practices, PCNs, local authority districts and former CCGs, each
// with the 2022 sub-ICB it leads to (data/places.json). The app loads the file only when someone first types
// in "Find an area". Every target is an areas.json sub-ICB; the app goes up to the ICB where it says so.
//  - practices (code, latest name, postcode): the sub-ICB the pipeline's placement (placement.mjs) puts them in,
//    so the one areas.json counts them in; a practice missing from the July 2026 practice map is closed (or
//    merged) and carries the last year it appears in, in the payments files or the workforce series (`y`).
//  - PCNs (code, latest name; the July 2026 practice map and the payments files from 2019/20): the sub-ICB
//    holding most of their practices' registered patients (each practice's latest payments figure).
//  - local authority districts (LTLA 2022 names, and older names from the 2015-2021 LSOA lookups where they
//    differ, e.g. districts merged in 2019-2021): the sub-ICB and the ICB holding most of their LSOAs.
//  - former CCGs (every CCG code in the payments files 2015/16-2021/22 and the ONS lookups 2015-2021): the
//    sub-ICB(s) its practices are placed in, weighted by registered patients over its years; else its LSOAs.
// Short keys keep the file small: c code, n name, p postcode, s sub-ICB, m share of s in % (only when below
// 100), i ICB, k share of i in %, o other sub-ICBs with 10% or more, f/y first/last financial year (end year,
// 2016 = 2015/16). Deterministic: every list sorted, every tie broken by code.

/** CCG vintages: the LSOA lookups of April Y (July for 2015) name the CCGs of financial year Y/Y+1. */
const CCG_LOOKUPS = [
  { year: 2016, file: 'ons_LSOA11_CCG15_LAD15_lookup_jul2015.csv', ccg: 'CCG15', lad: 'LAD15' },
  { year: 2017, file: 'ons_LSOA11_CCG16_LAD16_lookup_apr2016.csv', ccg: 'CCG16', lad: 'LAD16' },
  { year: 2018, file: 'ons_LSOA11_CCG17_LAD17_lookup_apr2017_v4.csv', ccg: 'CCG17', lad: 'LAD17' },
  { year: 2019, file: 'ons_LSOA11_CCG18_LAD18_lookup_apr2018.csv', ccg: 'CCG18', lad: 'LAD18' },
  { year: 2020, file: 'ons_LSOA11_CCG19_LAD19_lookup_apr2019.csv', ccg: 'CCG19', lad: 'LAD19' },
  { year: 2021, file: 'ons_LSOA11_CCG20_LAD20_lookup_apr2020.csv', ccg: 'CCG20', lad: 'LAD20' },
];
const CCG21_NAMES = 'geographr_CCG21_STP21_lookup_apr2021_plus_NHSER21.csv';
const LSOA_CCG21 = 'geographr_LSOA11_ccg21_stp21_ltla21.csv';
const LSOA_SUBICB22 = 'geographr_LSOA11_sicbl22_icb22_ltla22.csv';
/** CCGs from the 2015/16 financial year: the series' first year. */
const FIRST_YEAR = 2016;
/** CCGs were abolished on 1 July 2022: their last full year is 2021/22. */
const LAST_CCG_YEAR = 2022;
/** Another sub-ICB is listed for a split CCG when it took at least this share. */
const OTHER_SHARE = 0.1;

/** Target codes ranked by weight, ties by code; null when nothing weighs. */
function ranked(weights) {
  const entries = [...weights.entries()].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return entries.length === 0 ? null : entries.map(([code, w]) => ({ code, share: w / total }));
}
const percent = (share) => Math.floor(share * 100);
const add = (map, key, weight) => map.set(key, (map.get(key) ?? 0) + weight);
const byCode = (a, b) => a.c.localeCompare(b.c);

/**
 * @param {{ payments: Record<string,string>[], practiceMap2026: Record<string,string>[], locations: Record<string,string>[],
 *   practiceYears: { practice: string, year: number }[], byPractice: Map<string, { subIcb: string }>,
 *   names: Map<string, string>, subIcbCodes: Set<string>, lookup: (file: string) => Record<string,string>[] }} input
 */
export function buildPlaces({ payments, practiceMap2026, locations, practiceYears, byPractice, names, subIcbCodes, lookup }) {
  const lastYear = new Map();
  const latestPatients = new Map();
  let lastPaymentYear = 0;
  for (const r of payments) {
    const year = Number(r.fy_end_year);
    lastPaymentYear = Math.max(lastPaymentYear, year);
    if ((lastYear.get(r.practice_code) ?? 0) < year) {
      lastYear.set(r.practice_code, year);
      latestPatients.set(r.practice_code, Number(r.registered_patients) || 0);
    }
  }
  for (const { practice, year } of practiceYears) if ((lastYear.get(practice) ?? 0) < year) lastYear.set(practice, year);
  const inMap2026 = new Map(practiceMap2026.map((r) => [r.PRACTICE_CODE, r]));

  // ---- Practices: every placed practice.
  const postcodes = new Map(locations.map((r) => [r.practice_code, r.postcode]));
  const practices = [...byPractice.entries()]
    .map(([code, { subIcb }]) => {
      const postcode = postcodes.get(code) || inMap2026.get(code)?.PRACTICE_POSTCODE || null;
      const last = lastYear.get(code);
      const closed = !inMap2026.has(code) && last !== undefined;
      return {
        c: code,
        n: names.get(code) ?? code,
        ...(postcode ? { p: postcode } : {}),
        s: subIcb,
        ...(closed ? { y: last } : {}),
      };
    })
    .sort(byCode);

  // ---- PCNs: members from the 2026 map and every payments year; names latest first (2026 map, then payments).
  const pcnName = new Map();
  const pcnLast = new Map();
  const members = new Map();
  const join = (pcn, practice) => members.set(pcn, (members.get(pcn) ?? new Set()).add(practice));
  // PCN codes are U and five digits; the files' placeholders ("U" Unallocated, "Unknown or no PCN") are not PCNs.
  const isPcn = (code) => /^U\d{5}$/.test(code);
  for (const r of [...payments].sort((a, b) => Number(a.fy_end_year) - Number(b.fy_end_year))) {
    if (!isPcn(r.pcn_code)) continue;
    pcnName.set(r.pcn_code, r.pcn_name.trim());
    pcnLast.set(r.pcn_code, Number(r.fy_end_year));
    join(r.pcn_code, r.practice_code);
  }
  for (const r of practiceMap2026) {
    if (!isPcn(r.PCN_CODE)) continue;
    pcnName.set(r.PCN_CODE, r.PCN_NAME.trim());
    pcnLast.set(r.PCN_CODE, null);
    join(r.PCN_CODE, r.PRACTICE_CODE);
  }
  const pcns = [];
  const unplacedPcns = [];
  for (const [code, practiceCodes] of members) {
    const weights = new Map();
    for (const practice of practiceCodes) {
      const place = byPractice.get(practice);
      // A practice with no payments figure (new in 2026) still counts, as one patient.
      if (place) add(weights, place.subIcb, latestPatients.get(practice) || 1);
    }
    const target = ranked(weights);
    if (!target) {
      unplacedPcns.push(code);
      continue;
    }
    const last = pcnLast.get(code);
    pcns.push({
      c: code,
      n: pcnName.get(code),
      s: target[0].code,
      ...(target[0].share < 1 ? { m: percent(target[0].share) } : {}),
      ...(last ? { y: last } : {}),
    });
  }
  pcns.sort(byCode);

  // ---- Local authority districts, by their LSOAs in the 2022 sub-ICBs and ICBs.
  const subIcb22 = lookup(LSOA_SUBICB22);
  const lsoaSubIcb = new Map(subIcb22.map((r) => [r.lsoa11_code, r.sicbl22_code_h]));
  const lsoaIcb = new Map(subIcb22.map((r) => [r.lsoa11_code, r.icb22_code_h]));
  const districts = new Map(); // name -> { code, last, lsoas }
  const addDistrict = (name, code, year, lsoa) => {
    const d = districts.get(name) ?? { code, last: year, lsoas: new Set() };
    if (year >= d.last) Object.assign(d, { code, last: year });
    d.lsoas.add(lsoa);
    districts.set(name, d);
  };
  for (const r of subIcb22) addDistrict(r.ltla22_name, r.ltla22_code, Infinity, r.lsoa11_code);
  const vintages = CCG_LOOKUPS.map((v) => ({ ...v, rows: lookup(v.file) }));
  for (const { year, lad, rows } of vintages) for (const r of rows) addDistrict(r[`${lad}NM`], r[`${lad}CD`], year, r.LSOA11CD);
  const lsoaCcg21 = lookup(LSOA_CCG21);
  for (const r of lsoaCcg21) addDistrict(r.ltla21_name, r.ltla21_code, 2022, r.lsoa11_code);
  const lads = [];
  for (const [name, { code, last, lsoas }] of districts) {
    const subIcbs = new Map();
    const icbs = new Map();
    for (const lsoa of lsoas) {
      if (lsoaSubIcb.has(lsoa)) add(subIcbs, lsoaSubIcb.get(lsoa), 1);
      if (lsoaIcb.has(lsoa)) add(icbs, lsoaIcb.get(lsoa), 1);
    }
    const sub = ranked(subIcbs);
    const icb = ranked(icbs);
    if (!sub || !icb) continue;
    lads.push({
      c: code,
      n: name,
      s: sub[0].code,
      ...(sub[0].share < 1 ? { m: percent(sub[0].share) } : {}),
      i: icb[0].code,
      ...(icb[0].share < 1 ? { k: percent(icb[0].share) } : {}),
      // The financial year of the district's last lookup (April Y: year Y/Y+1), for a name no longer in use.
      ...(last === Infinity ? {} : { y: last }),
    });
  }
  lads.sort((a, b) => a.n.localeCompare(b.n) || byCode(a, b));

  // ---- Former CCGs: names and years from the ONS lookups, then the payments files for anything else.
  const ccgs = new Map(); // code -> { name, years:Set, lsoas: Map<year, Set> }
  const ccg = (code) => {
    if (!ccgs.has(code)) ccgs.set(code, { name: null, onsName: false, years: new Set(), lsoas: new Set() });
    return ccgs.get(code);
  };
  for (const { year, ccg: col, rows } of vintages)
    for (const r of rows) {
      const entry = ccg(r[`${col}CDH`]);
      entry.name = r[`${col}NM`];
      entry.onsName = true;
      entry.years.add(year);
      entry.lsoas.add(r.LSOA11CD);
    }
  const ccg21Codes = new Map(lookup(CCG21_NAMES).map((r) => [r.CCG21CD, r]));
  for (const r of ccg21Codes.values()) {
    const entry = ccg(r.CCG21CDH);
    entry.name = r.CCG21NM;
    entry.onsName = true;
    entry.years.add(2022);
  }
  for (const r of lsoaCcg21) {
    const code = ccg21Codes.get(r.ccg21_code)?.CCG21CDH;
    if (code) ccg(code).lsoas.add(r.lsoa11_code);
  }
  const practiceWeights = new Map();
  for (const r of [...payments].sort((a, b) => Number(a.fy_end_year) - Number(b.fy_end_year))) {
    const year = Number(r.fy_end_year);
    if (year < FIRST_YEAR || year > LAST_CCG_YEAR) continue;
    const entry = ccg(r.ccg_or_subicb_code);
    entry.years.add(year);
    if (!entry.onsName) entry.name = r.ccg_or_subicb_name.trim();
    const place = byPractice.get(r.practice_code);
    if (place) {
      const weights = practiceWeights.get(r.ccg_or_subicb_code) ?? new Map();
      add(weights, place.subIcb, Number(r.registered_patients) || 0);
      practiceWeights.set(r.ccg_or_subicb_code, weights);
    }
  }
  const formerCcgs = [];
  const ccgRule = { practices: 0, lsoas: 0 };
  for (const [code, { name, years, lsoas }] of ccgs) {
    let target = ranked(practiceWeights.get(code) ?? new Map());
    if (target) ccgRule.practices += 1;
    else {
      const weights = new Map();
      for (const lsoa of lsoas) if (lsoaSubIcb.has(lsoa)) add(weights, lsoaSubIcb.get(lsoa), 1);
      target = ranked(weights);
      if (!target) continue;
      ccgRule.lsoas += 1;
    }
    target = target.filter((t) => subIcbCodes.has(t.code));
    if (target.length === 0) continue;
    const others = target.slice(1).filter((t) => t.share >= OTHER_SHARE);
    formerCcgs.push({
      c: code,
      n: name,
      f: Math.min(...years),
      y: Math.max(...years),
      s: target[0].code,
      ...(target[0].share < 1 ? { m: percent(target[0].share) } : {}),
      ...(others.length > 0 ? { o: others.map((t) => t.code) } : {}),
    });
  }
  formerCcgs.sort(byCode);

  const out = { schemaVersion: 1, practices, pcns, districts: lads, ccgs: formerCcgs };
  const stats = {
    practices: practices.length,
    closedPractices: practices.filter((p) => p.y).length,
    closedBefore: practices.filter((p) => p.y && p.y < lastPaymentYear).length,
    lastPaymentYear,
    withPostcode: practices.filter((p) => p.p).length,
    pcns: pcns.length,
    unplacedPcns: unplacedPcns.length,
    districts: lads.length,
    formerDistricts: lads.filter((d) => d.y).length,
    ccgs: formerCcgs.length,
    ccgRule,
    splitCcgs: formerCcgs.filter((c) => c.o).length,
  };
  return { out, stats };
}

/** The paragraph data/SOURCES.md gives places.json. */
export function placesSources({ lastPaymentYear, ...stats }) {
  const fmt = (n) => n.toLocaleString('en-GB');
  return `- \`places.json\`: what "Find an area" finds besides areas, each with the sub-ICB it leads to (loaded only
  when someone first types in "Find an area"). ${fmt(stats.practices)} practices (code, latest name as in
  \`practices/\`, postcode from raw/locations/practice_locations_codepoint2025.csv, else the July 2026 practice map;
  ${fmt(stats.withPostcode)} have one), placed as \`areas.json\` counts them; ${fmt(stats.closedPractices)} of them are not in
  the July 2026 practice map (closed or merged: ${fmt(stats.closedBefore)} before ${lastPaymentYear - 1}/${String(lastPaymentYear).slice(2)}) and carry the last
  year they appear in, in the payments files or the workforce series.
  ${fmt(stats.pcns)} PCNs (the July 2026 practice map and the payments files from 2019/20; latest name): the sub-ICB
  holding most of their practices' registered patients (each practice's latest payments figure)${stats.unplacedPcns ? `; ${fmt(stats.unplacedPcns)} with no placed practice are left out` : ''}.
  ${fmt(stats.districts)} local authority district names (LTLA 2022 from ${LSOA_SUBICB22}, and
  ${fmt(stats.formerDistricts)} older names from the ONS LSOA lookups 2015-2021 that are no longer in use): the
  sub-ICB and the ICB holding most of their LSOAs, with the share when below 100%. ${fmt(stats.ccgs)} CCGs from
  2015/16 (the ONS LSOA lookups 2015-2020 and the April 2021 CCG list, and every CCG code in the payments files
  2015/16-2021/22), with the years each existed: the sub-ICB its practices are placed in, weighted by their
  registered patients over its years (${fmt(stats.ccgRule.practices)} CCGs; ${fmt(stats.ccgRule.lsoas)} by their
  LSOAs instead), with other sub-ICBs that took 10% or more (${fmt(stats.splitCcgs)} CCGs were split).
`;
}
