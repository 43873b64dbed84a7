// The geography as it was (data/as-was.json, data/as-was-boundaries.topo.json): for each financial year, that
// year's CCGs (209 in 2015/16 ... 106 in 2021/22, then the 106 sub-ICB locations of July 2022) on that year's
// boundaries, and the NHS England local offices for the years the payments files name them, each with that year's
// figures summed from each practice's CCG in that year.
//  - A practice-year's CCG: the practice's CCG code in that year's NHS Payments file (vintages.mjs: the codes are
//    exactly that year's CCGs). Else the practice's code in its nearest payments year (ties: the earlier; 2023/24
//    has no payments file, and takes 2022/23's or 2024/25's code, the same sub-ICB geography): that code if it is a
//    CCG of the year, else the CCG of the year holding most of that code's LSOAs. Else (a practice in no payments
//    file) the CCG of the year holding most of the LSOAs of the 2022 sub-ICB it is placed in (placement.mjs).
//    Anything left is counted as unplaced, by year.
//  - An area is a code with one set of LSOAs: a code whose boundary changed (e.g. 01H, North Cumbria, after
//    Cumbria CCG was split in 2017) is two areas, `01H@2016` and `01H@2018`, so change over time is only ever
//    measured between years with the same boundary.
//  - Local offices (the payments files' "region" of 2015/16 to 2018/19: NHS England's 13-14 regions and local
//    offices): the union of their CCGs that year, by the payments file's own region code (every CCG's practices
//    share one); their boundaries are merged from the CCGs' arcs.
//  - Boundaries: every vintage in one topology (they share the LSOA edges, so arcs are shared across years and the
//    file is little bigger than one vintage's), simplified as boundaries.topo.json is; a vintage whose areas and
//    LSOAs are identical to an earlier one's (CCGs 2016 = 2015; sub-ICBs 2022 = CCGs 2021) reuses its object.
import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify, quantile, filter, filterAttachedWeight } from 'topojson-simplify';
import { mergeArcs, quantize } from 'topojson-client';
import { DP, MEASURES, round, sumPracticeYears } from './sums.mjs';
import { majorityIn, nearestMajority } from './vintages.mjs';

const KEEP_QUANTILE = 0.1;
const QUANTIZATION = 3e4;
export const AS_WAS_BOUNDARIES = 'as-was-boundaries.topo.json';

const yearLabel = (y) => `${y - 1}/${String(y).slice(2)}`;
/** "NHS ENGLAND NORTH (YORKSHIRE AND HUMBER)" -> "NHS England North (Yorkshire and Humber)". */
function titleCase(name) {
  const small = new Set(['and', 'of', 'the', 'on', 'upon']);
  return name
    .trim()
    .toLowerCase()
    .split(/(\s+|\(|\))/)
    .map((w, i) => (small.has(w) && i > 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('')
    .replace(/\bNhs\b/g, 'NHS');
}

/**
 * @param {{ payments: Record<string,string>[], practiceYears: object[], years: number[], weightedYears: Set<number>,
 *   vintages: Map<number, object>, byPractice: Map<string, { subIcb: string }>,
 *   areas: Map<string, { code: string, name: string, level: string }>,
 *   localOfficeNames: Map<string, string>, onsOffices: { year: number, byCcg: Map<string, string> }[] }} input
 *   localOfficeNames: upper-case name -> ONS name; onsOffices: the ONS CCG -> local office lookups (upper-case
 *   names), to count how many CCGs the payments files put in the same local office
 */
export function buildAsWas({
  payments,
  practiceYears,
  years,
  weightedYears,
  vintages,
  byPractice,
  areas,
  localOfficeNames,
  onsOffices,
}) {
  const lastYear = years[years.length - 1];
  // ---- Area versions: code + LSOA set, over the years each stood.
  const signature = (a) => a.lsoas.join(',');
  const versions = new Map(); // `${code}|${signature}` -> { code, years: [] }
  for (const y of years)
    for (const a of vintages.get(y).areas.values()) {
      const key = `${a.code}|${signature(a)}`;
      const v = versions.get(key) ?? { code: a.code, years: [] };
      v.years.push(y);
      versions.set(key, v);
    }
  const versionsOf = new Map();
  for (const v of versions.values()) versionsOf.set(v.code, [...(versionsOf.get(v.code) ?? []), v]);
  for (const list of versionsOf.values()) for (const v of list) v.id = list.length === 1 ? v.code : `${v.code}@${v.years[0]}`;
  const idIn = (code, year) => versionsOf.get(code)?.find((v) => v.years.includes(year))?.id ?? null;

  // ---- Payments: each practice's code (and region) by year.
  const paid = new Map(); // practice -> Map<year, row>
  for (const r of payments) {
    const byYear = paid.get(r.practice_code) ?? new Map();
    byYear.set(Number(r.fy_end_year), r);
    paid.set(r.practice_code, byYear);
  }
  const rules = new Map(years.map((y) => [y, {}]));
  const count = (year, rule, fte) => {
    const entry = rules.get(year)[rule] ?? { practiceYears: 0, fte: 0 };
    entry.practiceYears += 1;
    entry.fte += fte ?? 0;
    rules.get(year)[rule] = entry;
  };
  function ccgOf(practice, year) {
    const byYear = paid.get(practice);
    const own = byYear?.get(year)?.ccg_or_subicb_code;
    if (own && vintages.get(year).areas.has(own)) return { code: own, rule: 'own year' };
    if (byYear) {
      const [nearest] = [...byYear.keys()].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b);
      const code = byYear.get(nearest).ccg_or_subicb_code;
      if (vintages.get(year).areas.has(code)) return { code, rule: 'nearest year' };
      const found = nearestMajority(vintages, code, nearest, year);
      if (found) return { code: found.code, rule: 'nearest year, by LSOAs' };
    }
    const place = byPractice.get(practice);
    const found = place ? majorityIn(vintages, place.subIcb, lastYear, year) : null;
    return found ? { code: found.code, rule: '2022 sub-ICB, by LSOAs' } : null;
  }
  const sums = sumPracticeYears({
    practiceYears,
    years,
    weightedYears,
    assign: (py) => {
      const found = ccgOf(py.practice, py.year);
      count(py.year, found ? found.rule : 'unplaced', py.fte);
      return found ? idIn(found.code, py.year) : null;
    },
  });

  // ---- Parents: the local office (payments region code) or region of each CCG, by year.
  const regionOf = new Map(); // `${year}|${code}` -> { code, name }
  for (const r of payments) {
    const year = Number(r.fy_end_year);
    if (years.includes(year)) regionOf.set(`${year}|${r.ccg_or_subicb_code}`, { code: r.region_code, name: r.region_name });
  }
  /** Years whose payments "region" is a local office (Q codes), not one of the 7 regions (Y codes). */
  const officeYears = years.filter((y) =>
    [...vintages.get(y).areas.keys()].some((c) => regionOf.get(`${y}|${c}`)?.code.startsWith('Q')),
  );
  const offices = new Map(); // `${code}|${members}` -> { code, name, years, members: Map<year, ccgIds> }
  const officeIdIn = new Map(); // `${year}|${office code}` -> id
  for (const y of officeYears) {
    const members = new Map();
    for (const c of vintages.get(y).areas.keys()) {
      const office = regionOf.get(`${y}|${c}`);
      if (!office) throw new Error(`${yearLabel(y)}: CCG ${c} has no local office in the payments file`);
      members.set(office.code, [...(members.get(office.code) ?? []), c]);
      members.get(office.code).name = office.name;
    }
    for (const [code, ccgs] of [...members.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const lsoas = ccgs.flatMap((c) => vintages.get(y).areas.get(c).lsoas).sort();
      const key = `${code}|${lsoas.join(',')}`;
      const o = offices.get(key) ?? { code, name: ccgs.name, years: [], members: new Map() };
      o.years.push(y);
      o.members.set(y, ccgs);
      offices.set(key, o);
    }
  }
  const officesByCode = new Map();
  for (const o of offices.values()) officesByCode.set(o.code, [...(officesByCode.get(o.code) ?? []), o]);
  for (const list of officesByCode.values())
    for (const o of list) {
      o.id = list.length === 1 ? o.code : `${o.code}@${o.years[0]}`;
      for (const y of o.years) officeIdIn.set(`${y}|${o.code}`, o.id);
    }

  // ---- CCG areas.
  const ccgAreas = [...versions.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((v) => {
      const lastCcgYear = [...v.years].reverse().find((y) => vintages.get(y).key !== vintages.get(lastYear).key);
      const area = vintages.get(lastCcgYear ?? v.years[v.years.length - 1]).areas.get(v.code);
      const s = sums.series.get(v.id);
      const parent = years.map((y) => {
        if (!v.years.includes(y)) return null;
        // 2023/24 has no payments file: the region of the nearest year that names the code (same geography).
        const nearest = [...years]
          .sort((a, b) => Math.abs(a - y) - Math.abs(b - y) || a - b)
          .find((z) => regionOf.has(`${z}|${v.code}`));
        const region = nearest === undefined ? null : regionOf.get(`${nearest}|${v.code}`).code;
        return officeYears.includes(y) ? officeIdIn.get(`${y}|${region}`) : region;
      });
      const continued = v.years.some((y) => vintages.get(y).key === vintages.get(lastYear).key);
      return {
        id: v.id,
        code: v.code,
        onsCode: area.onsCode,
        name: area.name,
        subIcbName: continued ? (areas.get(v.code)?.name ?? null) : null,
        level: 'ccg',
        firstYear: v.years[0],
        lastYear: v.years[v.years.length - 1],
        parent,
        ...Object.fromEntries(
          MEASURES.map((m) => [
            m,
            years.map((y, i) =>
              v.years.includes(y) ? (s?.[m][i] ?? (m === 'weightedPatients' && !weightedYears.has(y) ? null : 0)) : null,
            ),
          ]),
        ),
      };
    });
  const ccgById = new Map(ccgAreas.map((a) => [a.id, a]));

  // ---- Local office areas: the sums of their CCGs that year.
  const officeAreas = [...offices.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((o) => ({
      id: o.id,
      code: o.code,
      onsCode: null,
      name: localOfficeNames.get(o.name.trim().toUpperCase()) ?? titleCase(o.name),
      subIcbName: null,
      level: 'localOffice',
      firstYear: o.years[0],
      lastYear: o.years[o.years.length - 1],
      parent: years.map(() => null),
      ...Object.fromEntries(
        MEASURES.map((m) => [
          m,
          years.map((y, i) => {
            if (!o.years.includes(y)) return null;
            const values = o.members.get(y).map((c) => ccgById.get(idIn(c, y))[m][i]);
            return values.some((x) => x === null)
              ? null
              : round(
                  values.reduce((sum, x) => sum + x, 0),
                  DP[m],
                );
          }),
        ]),
      ),
    }));

  // ---- Boundaries: one object per distinct vintage, local offices merged from that year's CCG arcs.
  const objectOf = new Map(); // year -> object name
  const distinct = [];
  for (const y of years) {
    const v = vintages.get(y);
    const same = distinct.find(
      (d) =>
        d.areas.size === v.areas.size &&
        [...v.areas.values()].every((a) => d.areas.has(a.code) && signature(d.areas.get(a.code)) === signature(a)),
    );
    if (same) objectOf.set(y, same.name);
    else {
      distinct.push({ name: v.key, areas: v.areas, year: y });
      objectOf.set(y, v.key);
    }
  }
  let topo = toTopology(
    Object.fromEntries(
      distinct.map((d) => [
        d.name,
        {
          type: 'FeatureCollection',
          features: [...d.areas.values()]
            .sort((a, b) => a.code.localeCompare(b.code))
            .map((a) => ({ type: 'Feature', id: idIn(a.code, d.year), properties: {}, geometry: a.geometry })),
        },
      ]),
    ),
  );
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, KEEP_QUANTILE));
  topo = filter(topo, filterAttachedWeight(topo, quantile(topo, KEEP_QUANTILE)));
  for (const y of officeYears) {
    const geometries = new Map(topo.objects[objectOf.get(y)].geometries.map((g) => [g.id, g]));
    topo.objects[`lo${y}`] = {
      type: 'GeometryCollection',
      geometries: [...offices.values()]
        .filter((o) => o.years.includes(y))
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((o) => ({
          ...mergeArcs(
            topo,
            o.members.get(y).map((c) => geometries.get(idIn(c, y))),
          ),
          id: o.id,
        })),
    };
  }
  const boundaries = quantize(topo, QUANTIZATION);

  const out = {
    schemaVersion: 1,
    years,
    boundaries: AS_WAS_BOUNDARIES,
    levels: {
      ccg: {
        label: 'CCG (as was)',
        years: years.map((y) => ({
          year: y,
          object: objectOf.get(y),
          label: vintages.get(y).label,
          count: vintages.get(y).areas.size,
        })),
      },
      localOffice: {
        label: 'NHS England local office (as was)',
        years: officeYears.map((y) => ({
          year: y,
          object: `lo${y}`,
          label: `NHS England regions and local offices in ${yearLabel(y)}`,
          count: boundaries.objects[`lo${y}`].geometries.length,
        })),
      },
    },
    areas: [...ccgAreas, ...officeAreas],
    unplaced: sums.unplaced,
  };
  const fixed = (o) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { practiceYears: v.practiceYears, fte: Number(v.fte.toFixed(1)) }]));
  return {
    out,
    boundaries,
    stats: {
      rules: [...rules.entries()].map(([year, byRule]) => ({ year, byRule: fixed(byRule) })),
      changedCodes: [...versionsOf.entries()]
        .filter(([, list]) => list.length > 1)
        .map(([code, list]) => ({ code, ids: list.map((v) => v.id) })),
      offices: officeYears.map((y) => ({ year: y, count: boundaries.objects[`lo${y}`].geometries.length })),
      onsAgreement: onsOffices.map(({ year, byCcg }) => {
        const differ = [...byCcg.entries()]
          .filter(([code, name]) => regionOf.get(`${year}|${code}`)?.name.trim().toUpperCase() !== name)
          .map(([code]) => code)
          .sort();
        return { year, ccgs: byCcg.size, differ };
      }),
      distinct: distinct.map((d) => d.name),
    },
  };
}
