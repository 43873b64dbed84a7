// The NHS geography of each financial year: the CCGs of April 2015 ... April 2021, then the sub-ICB locations of
// July 2022 (the CCGs of April 2021 renamed, which stayed until April 2026), each as its ONS LSOA-2011 lookup and
// its LSOA-dissolved boundary file (raw/boundaries/derived). The NHS Payments file of financial year Y/Y+1 names
// the CCGs of April Y: checked, its CCG codes are exactly the vintage's codes for every year it has.
// Deterministic: codes sorted, features sorted by code.

/** Financial year (end year: 2016 = 2015/16) -> the geography in force at its start. */
export const VINTAGES = [
  {
    year: 2016,
    key: 'ccg15',
    prefix: 'CCG15',
    lookup: 'ons_LSOA11_CCG15_LAD15_lookup_jul2015.csv',
    label: 'CCGs as at April 2015',
  },
  {
    year: 2017,
    key: 'ccg16',
    prefix: 'CCG16',
    lookup: 'ons_LSOA11_CCG16_LAD16_lookup_apr2016.csv',
    label: 'CCGs as at April 2016',
  },
  {
    year: 2018,
    key: 'ccg17',
    prefix: 'CCG17',
    lookup: 'ons_LSOA11_CCG17_LAD17_lookup_apr2017_v4.csv',
    label: 'CCGs as at April 2017',
  },
  {
    year: 2019,
    key: 'ccg18',
    prefix: 'CCG18',
    lookup: 'ons_LSOA11_CCG18_LAD18_lookup_apr2018.csv',
    label: 'CCGs as at April 2018',
  },
  {
    year: 2020,
    key: 'ccg19',
    prefix: 'CCG19',
    lookup: 'ons_LSOA11_CCG19_LAD19_lookup_apr2019.csv',
    label: 'CCGs as at April 2019',
  },
  {
    year: 2021,
    key: 'ccg20',
    prefix: 'CCG20',
    lookup: 'ons_LSOA11_CCG20_LAD20_lookup_apr2020.csv',
    label: 'CCGs as at April 2020',
  },
  // The 2021 lookup carries ONS codes only: NHS codes come from the boundary file's own CCG21CD -> CCG21CDH.
  {
    year: 2022,
    key: 'ccg21',
    prefix: 'CCG21',
    lookup: 'geographr_LSOA11_ccg21_stp21_ltla21.csv',
    label: 'CCGs as at April 2021',
  },
  ...[2023, 2024, 2025].map((year) => ({
    year,
    key: 'sicbl22',
    prefix: 'SICBL22',
    lookup: 'geographr_LSOA11_sicbl22_icb22_ltla22.csv',
    label: 'Sub-ICB locations as at July 2022',
  })),
];

/** LSOA and NHS code of one lookup row, whichever vintage's columns it has. */
function lsoaRow(prefix, r, onsToNhs) {
  if (prefix === 'CCG21') return [r.lsoa11_code, onsToNhs.get(r.ccg21_code)];
  if (prefix === 'SICBL22') return [r.lsoa11_code, r.sicbl22_code_h];
  return [r.LSOA11CD, r[`${prefix}CDH`]];
}

/**
 * @param {{ lookup: (file: string) => Record<string,string>[], readGeo: (key: string) => { features: object[] } }} input
 * @returns {Map<number, { year: number, key: string, label: string, features: object[],
 *   areas: Map<string, { code: string, onsCode: string, name: string, lsoas: string[], geometry: object }>,
 *   lsoaToCode: Map<string, string> }>} by financial year
 */
export function loadVintages({ lookup, readGeo }) {
  const byKey = new Map();
  for (const v of VINTAGES) {
    if (byKey.has(v.key)) continue;
    const geo = readGeo(v.key);
    const p = v.prefix;
    const features = [...geo.features].sort((a, b) => a.properties[`${p}CDH`].localeCompare(b.properties[`${p}CDH`]));
    const onsToNhs = new Map(features.map((f) => [f.properties[`${p}CD`], f.properties[`${p}CDH`]]));
    const lsoaToCode = new Map();
    const lsoas = new Map();
    for (const r of lookup(v.lookup)) {
      const [lsoa, code] = lsoaRow(p, r, onsToNhs);
      if (!code) throw new Error(`${v.lookup}: LSOA ${lsoa} has no ${p} code in the boundary file`);
      lsoaToCode.set(lsoa, code);
      if (!lsoas.has(code)) lsoas.set(code, []);
      lsoas.get(code).push(lsoa);
    }
    const areas = new Map(
      features.map((f) => {
        const code = f.properties[`${p}CDH`];
        if (!lsoas.has(code)) throw new Error(`${v.key}: ${code} has no LSOAs in ${v.lookup}`);
        return [
          code,
          {
            code,
            onsCode: f.properties[`${p}CD`],
            name: f.properties[`${p}NM`],
            lsoas: lsoas.get(code).sort(),
            geometry: f.geometry,
          },
        ];
      }),
    );
    if (areas.size !== lsoas.size) throw new Error(`${v.key}: ${lsoas.size} codes in ${v.lookup}, ${areas.size} boundaries`);
    byKey.set(v.key, { features, areas, lsoaToCode });
  }
  return new Map(VINTAGES.map((v) => [v.year, { year: v.year, key: v.key, label: v.label, ...byKey.get(v.key) }]));
}

/**
 * The code of `toYear`'s geography holding most of the LSOAs of `code` in `fromYear`'s (ties: lowest code), with
 * its share of those LSOAs; null if `fromYear` has no such code.
 */
export function majorityIn(vintages, code, fromYear, toYear) {
  const from = vintages.get(fromYear)?.areas.get(code);
  if (!from) return null;
  const to = vintages.get(toYear).lsoaToCode;
  const counts = new Map();
  for (const lsoa of from.lsoas) if (to.has(lsoa)) counts.set(to.get(lsoa), (counts.get(to.get(lsoa)) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (ranked.length === 0) return null;
  return { code: ranked[0][0], share: ranked[0][1] / from.lsoas.length };
}

/**
 * As majorityIn, from the vintage of `year` if it has `code`, else the nearest vintage that has it (ties: the
 * earlier): a practice's code in a payments year outside the series (2014/15) or in a year the code still stood.
 */
export function nearestMajority(vintages, code, year, toYear) {
  const ordered = [...vintages.keys()]
    .filter((y) => typeof y === 'number')
    .sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b);
  for (const y of ordered) {
    const found = majorityIn(vintages, code, y, toYear);
    if (found) return { ...found, fromYear: y };
  }
  return null;
}
