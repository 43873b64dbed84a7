// Per-practice figures, one small file per sub-ICB (data/practices/<sub-ICB code>.json, schemaVersion 2).
// The app fetches a sub-ICB's file only when a planner opens an area's practices, or when an upload of some of a
// sub-ICB's practices must say which practices it leaves out; nothing here is on the first screen.
// The figures are the very practice-years that areas.json sums (the same file per year, the same placement):
// FTE to 2 dp (as published, so the practices of a sub-ICB add up to its areas.json figure exactly),
// headcount to 2 dp and registered and need-weighted patients to whole numbers (means of the year's snapshots or
// estimates, so per-practice rounding can leave a sub-ICB's sum a few heads or patients off its areas.json figure).
// null: the practice has no row in the workforce collection that year, so it is not in the baseline then; for
// need-weighted patients, also a year the practice has no weighted figure (it adds nothing to the sum either).
// Each practice also carries its location (Code-Point Open, via raw/locations), its PCN (latest practice -> PCN
// map), its first and last reported year and a plain-words history (practice-history.mjs).

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { practiceHistories } from './practice-history.mjs';

const round = (value, dp) => Number(value.toFixed(dp));
/** Series written for each practice, with their decimal places. */
const SERIES = { fte: 2, headcount: 2, patients: 0, weightedPatients: 0, locumTraineeFte: 2, nurseFte: 2, dpcFte: 2 };

/**
 * @param {{ practiceYears: { practice: string, year: number, fte: number|null, headcount: number|null,
 *   patients: number|null, weightedPatients?: number|null, locumTraineeFte?: number|null,
 *   nurseFte?: number|null, dpcFte?: number|null }[], byPractice: Map<string, { subIcb: string }>,
 *   subIcbCodes: Iterable<string>, years: number[], names: Map<string, string>,
 *   locations?: Map<string, { postcode: string|null, lat: number|null, lng: number|null }>,
 *   pcns?: Map<string, { code: string|null, name: string|null }>, estimated?: { weightedPatients: number[] } }} input
 * @returns {Map<string, object>} sub-ICB code -> its file, for every sub-ICB (sorted by code)
 */
export function buildPracticeFigures({
  practiceYears,
  byPractice,
  subIcbCodes,
  years,
  names,
  locations = new Map(),
  pcns = new Map(),
  estimated = { weightedPatients: [] },
}) {
  const blank = () => years.map(() => null);
  const byCode = new Map();
  for (const py of practiceYears) {
    const yi = years.indexOf(py.year);
    const place = byPractice.get(py.practice);
    if (yi < 0 || !place) continue;
    let entry = byCode.get(py.practice);
    if (!entry) {
      entry = { subIcb: place.subIcb, ...Object.fromEntries(Object.keys(SERIES).map((m) => [m, blank()])) };
      byCode.set(py.practice, entry);
    }
    // Missing values count as 0, as in the sub-ICB sums (build.mjs), while the row still puts the practice in;
    // a missing weighted figure stays null (the sums add nothing for it).
    for (const m of Object.keys(SERIES)) {
      if (m === 'weightedPatients') {
        if (py.weightedPatients !== undefined && py.weightedPatients !== null)
          entry.weightedPatients[yi] = (entry.weightedPatients[yi] ?? 0) + py.weightedPatients;
      } else entry[m][yi] = (entry[m][yi] ?? 0) + (py[m] ?? 0);
    }
  }
  const sorted = [...byCode.entries()].sort(([a], [b]) => a.localeCompare(b));
  const histories = practiceHistories({
    years,
    practices: sorted.map(([code, entry]) => ({
      code,
      name: names.get(code) ?? null,
      subIcb: entry.subIcb,
      patients: entry.patients,
    })),
  });
  const files = new Map(
    [...subIcbCodes].sort().map((code) => [code, { schemaVersion: 2, subIcb: code, years, estimated, pcns: {}, practices: [] }]),
  );
  const dp = (values, places) => values.map((v) => (v === null ? null : round(v, places)));
  for (const [code, entry] of sorted) {
    const file = files.get(entry.subIcb);
    const location = locations.get(code);
    const pcn = pcns.get(code)?.code ? pcns.get(code) : null;
    if (pcn) file.pcns[pcn.code] = pcn.name;
    const history = histories.get(code);
    file.practices.push({
      code,
      name: names.get(code) ?? null,
      postcode: location?.postcode ?? null,
      lat: location?.lat ?? null,
      lng: location?.lng ?? null,
      pcn: pcn?.code ?? null,
      ...Object.fromEntries(Object.entries(SERIES).map(([m, places]) => [m, dp(entry[m], places)])),
      firstYear: history.firstYear,
      lastYear: history.lastYear,
      history: history.history,
    });
  }
  for (const file of files.values())
    file.pcns = Object.fromEntries(Object.entries(file.pcns).sort(([a], [b]) => a.localeCompare(b)));
  return files;
}

/** A PCN code (U and five digits); the files' "U" / "Unallocated" and "Unknown or no PCN" are not PCNs. */
const PCN_CODE = /^U\d{5}$/;

/**
 * Each practice's PCN: the July 2026 practice -> PCN map (a practice it lists as "Unallocated" has none), else,
 * for a practice not in that map, its latest payments file with a PCN (from 2019/20). Names: the 2026 map's,
 * else the latest payments file's.
 * @param {{ payments: Record<string,string>[], practiceMap2026: Record<string,string>[] }} input
 * @returns {Map<string, { code: string|null, name: string|null, source: 'map-2026'|'payments'|'unallocated' }>}
 */
export function practicePcns({ payments, practiceMap2026 }) {
  const pcnName = new Map();
  const latestPayment = new Map();
  for (const r of [...payments].sort((a, b) => Number(a.fy_end_year) - Number(b.fy_end_year))) {
    const code = r.pcn_code?.trim();
    if (!code || !PCN_CODE.test(code)) continue;
    latestPayment.set(r.practice_code, code);
    if (r.pcn_name?.trim()) pcnName.set(code, r.pcn_name.trim());
  }
  for (const r of practiceMap2026)
    if (PCN_CODE.test(r.PCN_CODE ?? '') && r.PCN_NAME?.trim()) pcnName.set(r.PCN_CODE, r.PCN_NAME.trim());
  const byPractice = new Map();
  for (const r of practiceMap2026)
    byPractice.set(
      r.PRACTICE_CODE,
      PCN_CODE.test(r.PCN_CODE ?? '')
        ? { code: r.PCN_CODE, name: pcnName.get(r.PCN_CODE) ?? null, source: 'map-2026' }
        : { code: null, name: null, source: 'unallocated' },
    );
  for (const [practice, code] of latestPayment)
    if (!byPractice.has(practice)) byPractice.set(practice, { code, name: pcnName.get(code) ?? null, source: 'payments' });
  return byPractice;
}

/**
 * Each practice's postcode and position: raw/locations (Code-Point Open; null where not matched), else the
 * July 2026 practice map's postcode with no position. Positions to 5 dp (about 1 m). \`source\` says which:
 * 'code-point', 'postcode-not-found' (in raw/locations, postcode not in Code-Point Open) or 'map-2026'.
 * @param {{ locations: Record<string,string>[], practiceMap2026: Record<string,string>[] }} input
 */
export function practiceLocations({ locations, practiceMap2026 }) {
  const out = new Map();
  for (const r of locations) {
    const placed = r.matched === '1' && r.lat !== '' && r.lon !== '';
    out.set(r.practice_code, {
      postcode: r.postcode?.trim() || null,
      lat: placed ? round(Number(r.lat), 5) : null,
      lng: placed ? round(Number(r.lon), 5) : null,
      source: placed ? 'code-point' : 'postcode-not-found',
    });
  }
  for (const r of practiceMap2026)
    if (!out.has(r.PRACTICE_CODE))
      out.set(r.PRACTICE_CODE, { postcode: r.PRACTICE_POSTCODE?.trim() || null, lat: null, lng: null, source: 'map-2026' });
  return out;
}

/**
 * Each practice's latest name: the NHS Payments files first (latest year), then the July 2026 practice map.
 * @param {{ payments: Record<string,string>[], practiceMap2026: Record<string,string>[] }} input
 */
export function practiceNames({ payments, practiceMap2026 }) {
  const latest = new Map();
  for (const r of payments) {
    const year = Number(r.fy_end_year);
    const name = r.practice_name?.trim();
    const current = latest.get(r.practice_code);
    if (name && (!current || current.year < year)) latest.set(r.practice_code, { year, name });
  }
  const names = new Map([...latest.entries()].map(([code, { name }]) => [code, name]));
  for (const r of practiceMap2026) {
    const name = r.PRACTICE_NAME?.trim();
    if (name && !names.has(r.PRACTICE_CODE)) names.set(r.PRACTICE_CODE, name);
  }
  return names;
}

/**
 * Writes one file per sub-ICB into `dir`, afresh (a sub-ICB no longer in the geography leaves no stale file),
 * and returns the sizes and counts that data/SOURCES.md reports.
 * @param {string} dir
 * @param {Map<string, { practices: { name: string|null }[] }>} files
 */
export function writePracticeFigures(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sizes = [];
  for (const [code, value] of files) {
    const text = JSON.stringify(value);
    writeFileSync(join(dir, `${code}.json`), `${text}\n`);
    sizes.push({ code, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
  }
  const practices = [...files.values()].flatMap((f) => f.practices);
  return {
    count: sizes.length,
    practices: practices.length,
    named: practices.filter((p) => p.name !== null).length,
    located: practices.filter((p) => p.lat !== null).length,
    withPcn: practices.filter((p) => p.pcn !== null).length,
    withHistory: practices.filter((p) => p.history !== null).length,
    mergers: practices.filter((p) => p.history?.includes('appears to have moved to')).length,
    largestRaw: [...sizes].sort((a, b) => b.bytes - a.bytes || a.code.localeCompare(b.code))[0],
    bytes: sizes.reduce((n, s) => n + s.bytes, 0),
    gzip: sizes.reduce((n, s) => n + s.gzip, 0),
    largest: [...sizes].sort((a, b) => b.gzip - a.gzip || a.code.localeCompare(b.code))[0],
  };
}
