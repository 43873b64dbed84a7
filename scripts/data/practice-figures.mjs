// Per-practice baseline figures, one small file per sub-ICB (data/practices/<sub-ICB code>.json), so that an
// upload of some of a sub-ICB's practices can say which practices it leaves out (by code and name) and can
// add the listed practices' change to the rest of the sub-ICB. The app fetches only the files of the
// sub-ICBs an upload's practice rows touch; nothing here is on the first screen.
// The figures are the very practice-years that areas.json sums (the same file per year, the same placement):
// GP FTE to 2 dp (as published, so the practices of a sub-ICB add up to its areas.json figure exactly),
// headcount to 2 dp and registered patients to whole numbers (both are means of the year's snapshots, so
// per-practice rounding can leave a sub-ICB's sum a few heads or patients off its areas.json figure).
// null: the practice has no row in the workforce collection that year, so it is not in the baseline then.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const round = (value, dp) => Number(value.toFixed(dp));

/**
 * @param {{ practiceYears: { practice: string, year: number, fte: number|null, headcount: number|null,
 *   patients: number|null }[], byPractice: Map<string, { subIcb: string }>, subIcbCodes: Iterable<string>,
 *   years: number[], names: Map<string, string> }} input
 * @returns {Map<string, object>} sub-ICB code -> its file, for every sub-ICB (sorted by code)
 */
export function buildPracticeFigures({ practiceYears, byPractice, subIcbCodes, years, names }) {
  const blank = () => years.map(() => null);
  const byCode = new Map();
  for (const py of practiceYears) {
    const yi = years.indexOf(py.year);
    const place = byPractice.get(py.practice);
    if (yi < 0 || !place) continue;
    let entry = byCode.get(py.practice);
    if (!entry) {
      entry = { subIcb: place.subIcb, fte: blank(), headcount: blank(), patients: blank() };
      byCode.set(py.practice, entry);
    }
    // Missing values count as 0, as in the sub-ICB sums (build.mjs), while the row still puts the practice in.
    entry.fte[yi] = (entry.fte[yi] ?? 0) + (py.fte ?? 0);
    entry.headcount[yi] = (entry.headcount[yi] ?? 0) + (py.headcount ?? 0);
    entry.patients[yi] = (entry.patients[yi] ?? 0) + (py.patients ?? 0);
  }
  const files = new Map([...subIcbCodes].sort().map((code) => [code, { schemaVersion: 1, subIcb: code, years, practices: [] }]));
  const dp = (values, places) => values.map((v) => (v === null ? null : round(v, places)));
  for (const [code, entry] of [...byCode.entries()].sort(([a], [b]) => a.localeCompare(b)))
    files.get(entry.subIcb).practices.push({
      code,
      name: names.get(code) ?? null,
      fte: dp(entry.fte, 2),
      headcount: dp(entry.headcount, 2),
      patients: dp(entry.patients, 0),
    });
  return files;
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
    bytes: sizes.reduce((n, s) => n + s.bytes, 0),
    gzip: sizes.reduce((n, s) => n + s.gzip, 0),
    largest: [...sizes].sort((a, b) => b.gzip - a.gzip || a.code.localeCompare(b.code))[0],
  };
}
