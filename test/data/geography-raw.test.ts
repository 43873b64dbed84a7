// The files beside areas.json (issue 21) against the raw files themselves (../shared/raw, or $GPW_RAW_DIR), when
// they are there: every practice-year placed or counted as unplaced, each year's CCG codes those of that year's
// payments file, the 36 ICBs those of the July 2026 practice map, the bulletin figures those of table 6a.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCsv, toNumber } from '../../scripts/data/csv.mjs';
import { bulletinLatestFileSchema, icb2026FileSchema } from '../../src/data/schemas';
import { asWasFileSchema } from '../../src/data/as-was-schemas';
import { asWasAt } from '../../src/data/as-was';
import { rawCcgSums } from './raw-ccg-sums';
import { RAW_DIR, rawFile } from '../support/raw-data';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA_DIR = resolve(ROOT, 'data');
const workforce = (name: string) => join(RAW_DIR, 'workforce', name);
// Missing raw files fail here, naming the path, unless GPW_ALLOW_MISSING_RAW=1 (test/support/raw-data.ts).
const RAW = rawFile('workforce/practice_geography_by_fy_from_nhs_payments.csv');
const hasRaw = !RAW.skip;
const skip = RAW.skipNote;
if (RAW.skip) console.warn(`geography-raw.test.ts${skip}`);
else RAW.require();

const json = (file: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
const asWas = asWasFileSchema.parse(json('as-was.json'));
const icb2026 = icb2026FileSchema.parse(json('icb-2026.json'));
const bulletin = bulletinLatestFileSchema.parse(json('bulletin-latest.json'));

/** Practice-years of the workforce series by year: the older file before 2022/23, the later file from then on. */
function practiceYearsByYear(): Map<number, number> {
  const counts = new Map<number, number>();
  const take = (rows: Record<string, string>[], keep: (year: number) => boolean) => {
    for (const r of rows) {
      const year = Number(r.Year);
      if (keep(year)) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  };
  take(readCsv(workforce('heec_workforce_year_practice_fy2016_2024_gp_admin.csv')), (y) => y < 2023);
  take(readCsv(workforce('heec_workforce_year_practice_fy2023_2025_partners_icb.csv')), (y) => y >= 2023);
  return counts;
}

describe(`as-was.json against the raw files${skip}`, () => {
  it.skipIf(!hasRaw)(
    'places every practice-year of the workforce series in a CCG of its year, or counts it as unplaced',
    () => {
      const raw = practiceYearsByYear();
      asWas.years.forEach((year, i) => {
        const placed = asWasAt(asWas, 'ccg', year)!.areas.reduce((s, c) => s + c.practices[i]!, 0);
        expect(placed + asWas.unplaced.practiceYears[i]!, `${year}`).toBe(raw.get(year));
      });
    },
    60_000,
  );

  it.skipIf(!hasRaw)(
    "each year's CCGs are exactly the codes of that year's payments file",
    () => {
      const payments = readCsv(workforce('practice_geography_by_fy_from_nhs_payments.csv'));
      const codes = new Map<number, Set<string>>();
      for (const r of payments) {
        const year = Number(r.fy_end_year);
        codes.set(year, (codes.get(year) ?? new Set()).add(r.ccg_or_subicb_code!));
      }
      for (const year of asWas.years) {
        if (!codes.has(year)) continue; // 2023/24: no payments file
        const ours = asWasAt(asWas, 'ccg', year)!
          .areas.map((a) => a.code)
          .sort();
        expect(ours, `${year}`).toEqual([...codes.get(year)!].sort());
      }
    },
    60_000,
  );
});

describe(`as-was.json CCG by CCG against the raw practice files${skip}`, () => {
  it.skipIf(!hasRaw)(
    "each year, every CCG's GP FTE and practices are its practices' raw sums, but for the few practice-years placed by LSOAs",
    () => {
      const sums = rawCcgSums(RAW_DIR, asWas.years);
      const out: string[] = [];
      asWas.years.forEach((year, i) => {
        const raw = sums.get(year)!;
        let fteGap = 0;
        let practiceGap = 0;
        for (const ccg of asWasAt(asWas, 'ccg', year)!.areas) {
          const want = raw.byCcg.get(ccg.code) ?? { fte: 0, practices: 0 };
          fteGap += Math.abs(ccg.fte[i]! - want.fte);
          practiceGap += Math.abs(ccg.practices[i]! - want.practices);
        }
        // A practice-year the raw sums leave unresolved may sit in any CCG: each can move its FTE (and one practice).
        if (fteGap > raw.unresolved.fte + 0.05 || practiceGap > raw.unresolved.practiceYears)
          out.push(
            `${year}: FTE off by ${fteGap.toFixed(2)}, practices by ${practiceGap}; unresolved ${raw.unresolved.practiceYears} (${raw.unresolved.fte} FTE)`,
          );
      });
      expect(out).toEqual([]);
    },
    60_000,
  );
});

describe(`icb-2026.json against the July 2026 practice map${skip}`, () => {
  it.skipIf(!hasRaw)(
    'has exactly the ICBs of the map, each with the sub-ICB locations the map gives it',
    () => {
      const map = readCsv(workforce('gp-reg-pat-prac-map_2026-07.csv'));
      const subIcbs = new Map<string, Set<string>>();
      for (const r of map) subIcbs.set(r.ICB_CODE!, (subIcbs.get(r.ICB_CODE!) ?? new Set()).add(r.SUB_ICB_LOCATION_CODE!));
      expect(icb2026.icbs.map((i) => i.code).sort()).toEqual([...subIcbs.keys()].sort());
      for (const icb of icb2026.icbs) expect(icb.subIcbs, icb.code).toEqual([...subIcbs.get(icb.code)!].sort());
    },
    60_000,
  );
});

describe(`bulletin-latest.json against table 6a${skip}`, () => {
  it.skipIf(!hasRaw)(
    'every area is partners + salaried + retainers FTE as the table gives them',
    () => {
      const rows = readCsv(workforce('gpw_bulletin_oct2025_table6a_fte_by_region_icb_subicb.csv'));
      const fte = (r: Record<string, string>) =>
        (toNumber(r['GP Partners']) ?? NaN) + (toNumber(r['Salaried GPs']) ?? NaN) + (toNumber(r['GP Retainers']) ?? NaN);
      const raw = new Map(
        rows.filter((r) => r.org_level !== 'Unknown').map((r) => [r.org_level === 'England' ? 'ENG' : r.org_code!, fte(r)]),
      );
      expect(bulletin.areas).toHaveLength(raw.size);
      for (const a of bulletin.areas) expect(Math.abs(a.fte - raw.get(a.code)!), a.code).toBeLessThanOrEqual(0.005);
    },
    60_000,
  );
});
