// Test helper, independent of the pipeline: GP FTE and practices by CCG and year straight from the raw files (HEEC
// practice series, older file before 2022/23 and the later one from then on; each practice's CCG from that year's
// NHS Payments row, else from its nearest payments year, ties to the earlier). A practice-year whose code is not a
// CCG of its year (a code that had gone by then) is left in `unresolved`: the pipeline places those by LSOAs.
import { join } from 'node:path';
import { readCsv, toNumber } from '../../scripts/data/csv.mjs';

export interface RawCcgYear {
  byCcg: Map<string, { fte: number; practices: number }>;
  /** The payments file's region (local office) name of each CCG that year. */
  regionName: Map<string, string>;
  unresolved: { practiceYears: number; fte: number };
}

export function rawCcgSums(rawDir: string, years: number[]): Map<number, RawCcgYear> {
  const workforce = (name: string) => join(rawDir, 'workforce', name);
  const payments = readCsv(workforce('practice_geography_by_fy_from_nhs_payments.csv'));
  const paid = new Map<string, Map<number, Record<string, string>>>();
  const codesOf = new Map<number, Set<string>>();
  for (const r of payments) {
    const year = Number(r.fy_end_year);
    const byYear = paid.get(r.practice_code!) ?? new Map<number, Record<string, string>>();
    byYear.set(year, r);
    paid.set(r.practice_code!, byYear);
    codesOf.set(year, (codesOf.get(year) ?? new Set()).add(r.ccg_or_subicb_code!));
  }
  // 2023/24 has no payments file: its geography is 2022/23's.
  const codesIn = (year: number) => codesOf.get(year) ?? codesOf.get(year - 1)!;
  const out = new Map<number, RawCcgYear>(
    years.map((y) => [y, { byCcg: new Map(), regionName: new Map(), unresolved: { practiceYears: 0, fte: 0 } }]),
  );
  const add = (rows: Record<string, string>[], keep: (year: number) => boolean) => {
    for (const r of rows) {
      const year = Number(r.Year);
      const entry = out.get(year);
      if (!entry || !keep(year)) continue;
      const fte = toNumber(r.TOTAL_GP_EXTGL_FTE) ?? 0;
      const byYear = paid.get(r['Practice.Code']!);
      const nearest = byYear && [...byYear.keys()].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b)[0]!;
      const row = byYear?.get(year) ?? (nearest === undefined ? undefined : byYear?.get(nearest));
      const code = row?.ccg_or_subicb_code;
      if (!code || !codesIn(year).has(code)) {
        entry.unresolved.practiceYears += 1;
        entry.unresolved.fte += fte;
        continue;
      }
      const sums = entry.byCcg.get(code) ?? { fte: 0, practices: 0 };
      sums.fte += fte;
      sums.practices += 1;
      entry.byCcg.set(code, sums);
      if (row.fy_end_year === String(year)) entry.regionName.set(code, row.region_name!);
    }
  };
  add(readCsv(workforce('heec_workforce_year_practice_fy2016_2024_gp_admin.csv')), (y) => y < 2023);
  add(readCsv(workforce('heec_workforce_year_practice_fy2023_2025_partners_icb.csv')), (y) => y >= 2023);
  return out;
}
