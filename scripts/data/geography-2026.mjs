// The 36 ICBs of April 2026 (data/icb-2026.json), built from the 2022 sub-ICB locations that areas.json counts.
// The July 2026 practice map (Patients Registered at a GP Practice) gives each practice's 2026 sub-ICB and ICB.
// Every 2022 sub-ICB code that is still in that map keeps its area and moves whole to its 2026 ICB (checked: no
// practice of such a sub-ICB is listed under another code in 2026). A 2022 sub-ICB missing from the map was split
// (Frimley, D4U1Y, in April 2026): each of its LSOAs goes, by its local authority (LTLA 2022), to the 2026 sub-ICB
// that took the authority's practices (the July 2026 codes of the split sub-ICB's practices located in that
// authority, Code-Point Open, weighted by their latest registered patients); an authority with none of its
// practices follows the 2026 sub-ICB holding the rest of that authority. Each practice-year of the split sub-ICB
// goes to: (1) its own 2026 code, if the practice is in the July 2026 map; else (2) its location's authority, by
// the rule above; else (3) the 2026 sub-ICB holding most of the LSOAs of its latest payments code.
// Every figure is a sum over practice-years (sums.mjs), so ICBs that did not change equal areas.json's exactly.
import { addSeries, sumPracticeYears } from './sums.mjs';
import { nearestMajority } from './vintages.mjs';

const LSOA_SUBICB22 = 'geographr_LSOA11_sicbl22_icb22_ltla22.csv';
/** "NHS Thames Valley Integrated Care Board" -> "NHS Thames Valley ICB", as areas.json names the 42. */
const shortName = (name) => name.trim().replace(/ Integrated Care Board$/, ' ICB');
const add = (map, key, weight) => map.set(key, (map.get(key) ?? 0) + weight);
const top = (weights) => [...weights.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;

/**
 * @param {{ practiceMap2026: Record<string,string>[], payments: Record<string,string>[],
 *   locations: Record<string,string>[], lookup: (file: string) => Record<string,string>[],
 *   areas: Map<string, { code: string, level: string, parent: string|null }>,
 *   byPractice: Map<string, { subIcb: string }>, practiceYears: object[], years: number[],
 *   weightedYears: Set<number>, vintages: Map<number, object> }} input
 */
export function buildGeography2026({
  practiceMap2026,
  payments,
  locations,
  lookup,
  areas,
  byPractice,
  practiceYears,
  years,
  weightedYears,
  vintages,
}) {
  const subIcbs22 = new Map([...areas.values()].filter((a) => a.level === 'subicb').map((a) => [a.code, a]));
  const map = new Map(practiceMap2026.map((r) => [r.PRACTICE_CODE, r]));
  const subIcbs26 = new Map();
  for (const r of [...practiceMap2026].sort((a, b) => a.PRACTICE_CODE.localeCompare(b.PRACTICE_CODE)))
    if (!subIcbs26.has(r.SUB_ICB_LOCATION_CODE))
      subIcbs26.set(r.SUB_ICB_LOCATION_CODE, {
        code: r.SUB_ICB_LOCATION_CODE,
        onsCode: r.ONS_SUB_ICB_LOCATION_CODE,
        name: r.SUB_ICB_LOCATION_NAME.trim(),
        icb: r.ICB_CODE,
        icbOnsCode: r.ONS_ICB_CODE,
        icbName: shortName(r.ICB_NAME),
      });
  const split = [...subIcbs22.keys()].filter((c) => !subIcbs26.has(c)).sort();
  const created = [...subIcbs26.keys()].filter((c) => !subIcbs22.has(c)).sort();

  // Practices of a kept sub-ICB that the 2026 map lists elsewhere (none expected: reported, not hidden).
  const moved = [];
  for (const [practice, { subIcb }] of byPractice) {
    const to = map.get(practice)?.SUB_ICB_LOCATION_CODE;
    if (to && !split.includes(subIcb) && to !== subIcb) moved.push({ practice, from: subIcb, to });
  }

  // ---- Local authorities of each split sub-ICB -> the 2026 sub-ICB that took them.
  const lsoa22 = lookup(LSOA_SUBICB22);
  const ladOf = new Map(locations.map((r) => [r.practice_code, r.cpo_lad_code || null]));
  const latestPatients = new Map();
  const latestCode = new Map();
  for (const r of [...payments].sort((a, b) => Number(a.fy_end_year) - Number(b.fy_end_year))) {
    latestPatients.set(r.practice_code, Number(r.registered_patients) || 0);
    latestCode.set(r.practice_code, { code: r.ccg_or_subicb_code, year: Number(r.fy_end_year) });
  }
  const authorityRule = new Map(); // `${subIcb}|${lad}` -> 2026 sub-ICB
  const splits = split.map((code) => {
    const lads = new Map();
    for (const r of lsoa22)
      if (r.sicbl22_code_h === code) {
        const lad = lads.get(r.ltla22_code) ?? { code: r.ltla22_code, name: r.ltla22_name, lsoas: 0 };
        lad.lsoas += 1;
        lads.set(r.ltla22_code, lad);
      }
    const localAuthorities = [...lads.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((lad) => {
        const weights = new Map();
        const practices = [];
        for (const [practice, place] of byPractice) {
          const to = map.get(practice)?.SUB_ICB_LOCATION_CODE;
          if (place.subIcb !== code || !to || ladOf.get(practice) !== lad.code) continue;
          add(weights, to, latestPatients.get(practice) || 1);
          practices.push(practice);
        }
        let to = top(weights);
        let by = 'practices';
        if (to === null) {
          const rest = new Map();
          for (const r of lsoa22) if (r.ltla22_code === lad.code && r.sicbl22_code_h !== code) add(rest, r.sicbl22_code_h, 1);
          to = top(rest);
          by = 'rest of the authority';
        }
        if (!subIcbs26.has(to)) throw new Error(`${code}: no 2026 sub-ICB for local authority ${lad.name}`);
        authorityRule.set(`${code}|${lad.code}`, to);
        return { ...lad, to, by, practices: practices.length };
      });
    return { code, name: subIcbs22.get(code).name, localAuthorities };
  });

  // ---- LSOA -> 2026 sub-ICB; a vintage "2026" for majority look-ups of old codes.
  const lsoaTo2026 = new Map(
    lsoa22.map((r) => [
      r.lsoa11_code,
      split.includes(r.sicbl22_code_h) ? authorityRule.get(`${r.sicbl22_code_h}|${r.ltla22_code}`) : r.sicbl22_code_h,
    ]),
  );
  const withTarget = new Map(vintages);
  withTarget.set('2026', { lsoaToCode: lsoaTo2026 });

  // ---- Practice -> 2026 sub-ICB.
  const ruleOf = new Map();
  function target(practice) {
    const place = byPractice.get(practice);
    if (!place) return null;
    if (!split.includes(place.subIcb)) return { code: place.subIcb, rule: 'kept' };
    const own = map.get(practice)?.SUB_ICB_LOCATION_CODE;
    if (own && subIcbs26.has(own)) return { code: own, rule: 'map-2026' };
    const lad = ladOf.get(practice);
    if (lad && authorityRule.has(`${place.subIcb}|${lad}`))
      return { code: authorityRule.get(`${place.subIcb}|${lad}`), rule: 'local-authority' };
    const latest = latestCode.get(practice);
    const found =
      (latest && nearestMajority(withTarget, latest.code, latest.year, '2026')) ??
      nearestMajority(withTarget, place.subIcb, years[years.length - 1], '2026');
    return found ? { code: found.code, rule: 'lsoa-majority' } : null;
  }
  const fteByRule = {};
  const sums = sumPracticeYears({
    practiceYears,
    years,
    weightedYears,
    assign: (py) => {
      if (!ruleOf.has(py.practice)) ruleOf.set(py.practice, target(py.practice));
      const t = ruleOf.get(py.practice);
      if (!t) return null;
      if (t.rule !== 'kept') fteByRule[t.rule] = (fteByRule[t.rule] ?? 0) + (py.fte ?? 0);
      return t.code;
    },
  });

  // ---- ICBs: sums of their 2026 sub-ICBs; region from the 2022 sub-ICBs they came from.
  const last = years.length - 1;
  const regionOf22 = (code) => areas.get(areas.get(code).parent).parent;
  const icbs = new Map();
  for (const s of [...subIcbs26.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const icb = icbs.get(s.icb) ?? { code: s.icb, onsCode: s.icbOnsCode, name: s.icbName, subIcbs: [] };
    icb.subIcbs.push(s.code);
    icbs.set(s.icb, icb);
  }
  // Which 2022 sub-ICBs (and so 2022 ICBs) each 2026 sub-ICB draws practices from, by latest-year patients.
  const drawn = new Map(); // 2026 sub-ICB -> Map<2022 sub-ICB, patients>
  for (const py of practiceYears) {
    if (py.year !== years[last]) continue;
    const t = ruleOf.get(py.practice);
    if (!t) continue;
    const weights = drawn.get(t.code) ?? new Map();
    add(weights, byPractice.get(py.practice).subIcb, py.patients ?? 0);
    drawn.set(t.code, weights);
  }
  const icbOut = [...icbs.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((icb) => {
      const from22 = new Map();
      for (const s of icb.subIcbs) for (const [code, w] of drawn.get(s) ?? []) add(from22, areas.get(code).parent, w);
      const total = [...from22.values()].reduce((sum, w) => sum + w, 0);
      const formerIcbs = [...from22.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([code, w]) => ({ code, share: Number((w / total).toFixed(4)) }));
      const regions = new Set(icb.subIcbs.flatMap((s) => [...(drawn.get(s)?.keys() ?? [])].map((code) => regionOf22(code))));
      if (regions.size !== 1) throw new Error(`${icb.code}: its sub-ICBs come from ${regions.size} regions`);
      const same22 = areas.get(icb.code);
      const sameAs2022 =
        same22?.level === 'icb' &&
        formerIcbs.length === 1 &&
        formerIcbs[0].code === icb.code &&
        [...subIcbs22.values()].filter((a) => a.parent === icb.code).every((a) => icb.subIcbs.includes(a.code)) &&
        icb.subIcbs.every((s) => subIcbs22.get(s)?.parent === icb.code);
      return {
        code: icb.code,
        onsCode: icb.onsCode,
        name: icb.name,
        parent: [...regions][0],
        subIcbs: icb.subIcbs,
        formerIcbs,
        sameAs2022,
        ...addSeries(
          icb.subIcbs.map((s) => sums.series.get(s)),
          years,
        ),
      };
    });

  // ---- Each 2022 ICB -> the 2026 ICB(s) its practices are in now, by latest-year registered patients.
  const to26 = new Map(); // 2022 ICB -> Map<2026 ICB, patients>
  for (const py of practiceYears) {
    if (py.year !== years[last]) continue;
    const t = ruleOf.get(py.practice);
    if (!t) continue;
    const icb22 = areas.get(byPractice.get(py.practice).subIcb).parent;
    const weights = to26.get(icb22) ?? new Map();
    add(weights, subIcbs26.get(t.code).icb, py.patients ?? 0);
    to26.set(icb22, weights);
  }
  const fromIcb2022 = Object.fromEntries(
    [...to26.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, weights]) => {
        const total = [...weights.values()].reduce((s, w) => s + w, 0);
        return [
          code,
          [...weights.entries()]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .map(([icb, w]) => ({ code: icb, share: Number((w / total).toFixed(4)) })),
        ];
      }),
  );

  // Where each split sub-ICB's practices went, by latest-year patients (the share of each 2026 sub-ICB).
  const splitOut = splits.map((s) => {
    const weights = new Map();
    for (const py of practiceYears)
      if (py.year === years[last] && byPractice.get(py.practice)?.subIcb === s.code)
        add(weights, ruleOf.get(py.practice).code, py.patients ?? 0);
    const total = [...weights.values()].reduce((sum, w) => sum + w, 0);
    return {
      ...s,
      to: [...weights.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([code, w]) => ({ subIcb: code, icb: subIcbs26.get(code).icb, share: Number((w / total).toFixed(4)) })),
    };
  });

  // ---- Boundaries: each split sub-ICB drawn as the pieces of the latest vintage that tiles it (whole areas of
  // that vintage, e.g. Frimley's three CCGs of 2020), each piece in the 2026 sub-ICB holding most of its LSOAs.
  // No staged boundary divides a piece (the LSOA polygons are not in raw/), so the LSOAs of a piece that went
  // elsewhere are drawn with the piece: counted in `misdrawn` and stated in data/SOURCES.md.
  const pieces = split.flatMap((code) => {
    const own = new Set(vintages.get(years[years.length - 1]).areas.get(code).lsoas);
    const tiling = [...vintages.values()]
      .filter((v) => v.key !== vintages.get(years[years.length - 1]).key)
      .sort((a, b) => b.year - a.year)
      .find((v) => {
        const inside = [...v.areas.values()].filter((a) => a.lsoas.some((l) => own.has(l)));
        return inside.length > 1 && inside.every((a) => a.lsoas.every((l) => own.has(l)));
      });
    if (!tiling) throw new Error(`${code}: no vintage divides it into whole areas`);
    return [...tiling.areas.values()]
      .filter((a) => own.has(a.lsoas[0]))
      .map((a) => {
        const counts = new Map();
        for (const l of a.lsoas) add(counts, lsoaTo2026.get(l), 1);
        const to = top(counts);
        return {
          id: `${code}/${a.code}`,
          subIcb: code,
          vintage: tiling.key,
          from: a.code,
          name: a.name,
          to,
          lsoas: a.lsoas.length,
          misdrawn: a.lsoas.length - counts.get(to),
          geometry: a.geometry,
        };
      });
  });
  /** Each 2026 ICB as 2022 sub-ICB codes and piece ids, for merging arcs. */
  const icbParts = icbOut.map((icb) => ({
    code: icb.code,
    parts: icb.subIcbs
      .flatMap((s) => [...(subIcbs22.has(s) ? [s] : []), ...pieces.filter((p) => p.to === s).map((p) => p.id)])
      .sort(),
  }));

  const out = {
    schemaVersion: 1,
    geography: 'ICBs as at April 2026',
    source:
      'Patients Registered at a GP Practice, July 2026 (practice -> sub-ICB -> ICB); practice-level workforce series as in areas.json',
    years,
    icbs: icbOut,
    fromIcb2022,
    splits: splitOut.map(({ code, name, to, localAuthorities }) => ({
      subIcb: code,
      name,
      to,
      localAuthorities,
      drawnAs: pieces
        .filter((p) => p.subIcb === code)
        .map(({ vintage, from, name: pieceName, to: drawnIn, lsoas, misdrawn }) => ({
          vintage,
          code: from,
          name: pieceName,
          drawnIn,
          lsoas,
          misdrawn,
        })),
    })),
  };
  const practicesByRule = {};
  for (const t of ruleOf.values()) if (t && t.rule !== 'kept') practicesByRule[t.rule] = (practicesByRule[t.rule] ?? 0) + 1;
  return {
    out,
    pieces,
    icbParts,
    stats: {
      moved,
      split,
      created,
      subIcbs2022: subIcbs22.size,
      /** Kept NHS codes whose ONS code changed in 2026 (their practices did not move: see `moved`). */
      onsChanged: [...subIcbs26.values()]
        .filter((s) => subIcbs22.has(s.code) && subIcbs22.get(s.code).onsCode !== s.onsCode)
        .map((s) => ({ code: s.code, from: subIcbs22.get(s.code).onsCode, to: s.onsCode })),
      practicesByRule,
      fteByRule: Object.fromEntries(Object.entries(fteByRule).map(([k, v]) => [k, Number(v.toFixed(1))])),
      unplaced: sums.unplaced,
    },
  };
}
