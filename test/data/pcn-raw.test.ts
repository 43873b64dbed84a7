// The committed team files against the raw files themselves (../shared/raw, or $GPW_RAW_DIR), read here on their
// own (not through the pipeline's reader): every individual-level file's FTE, staff and PCNs by sub-ICB and in all,
// the June 2026 zip's England total (31,253.3 FTE, issue 22), Knowsley's PCN pharmacists in November 2025, each
// PCN's own total, headline roles against Table 1a by its own labels, and practice staff against bulletin table 6a.
// A checkout without the raw files fails these, naming the path (skipped only with GPW_ALLOW_MISSING_RAW=1); pcn-files.test.ts still runs on the committed files.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { parseCsv, toNumber } from '../../scripts/data/csv.mjs';
import { pcnFileSchema, pcnNetworksFileSchema, practiceStaffFileSchema } from '../../src/data/schemas';
import { RAW_DIR, rawFile } from '../support/raw-data';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA_DIR = resolve(ROOT, 'data');
const PCN_DIR = join(RAW_DIR, 'pcn');
// Missing raw files fail here, naming the path, unless GPW_ALLOW_MISSING_RAW=1 (test/support/raw-data.ts).
const RAW = rawFile('pcn/PCNWFIndividualCSV.062026.zip');
const hasRaw = !RAW.skip;
const skipReason = RAW.skipNote;
if (RAW.skip) console.warn(`pcn-raw.test.ts${skipReason}`);
else RAW.require();

const json = (file: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
const pcn = pcnFileSchema.parse(json('pcn.json'));
const networks = pcnNetworksFileSchema.parse(json('pcn-networks.json'));
const practiceStaff = practiceStaffFileSchema.parse(json('practice-staff-oct2025.json'));
const england = pcn.areas.find((a) => a.level === 'england')!;
const subIcbOf = new Map(pcn.areas.filter((a) => a.level === 'subicb').map((a) => [a.code, a]));

type Row = Record<string, string>;
/** One individual-level file's rows: the 2020-22 originals are Windows-1252, the June 2026 one is in its zip. */
function readIndividual(date: string): Row[] {
  if (date === '2026-06') {
    const files = unzipSync(readFileSync(join(PCN_DIR, 'PCNWFIndividualCSV.062026.zip')), {
      filter: (f) => f.name.endsWith('.csv'),
    });
    const [entry] = Object.values(files);
    return parseCsv(new TextDecoder('utf-8').decode(entry).replace(/^\uFEFF/, ''));
  }
  if (date === '2025-11')
    return parseCsv(readFileSync(join(PCN_DIR, 'pcn_workforce_individual_level_2025-11_via_datawarp.csv'), 'utf8'));
  return parseCsv(
    new TextDecoder('windows-1252').decode(readFileSync(join(PCN_DIR, `nhsd_pcn_workforce_individual_level_${date}.csv`))),
  );
}
const fteOf = (rows: Row[]) => rows.reduce((s, r) => s + Number(r.FTE), 0);
const staffIds = (rows: Row[]) => new Set(rows.filter((r) => r.Data_source === 'NWRS Staff').map((r) => r.UNIQUE_IDENTIFIER));
const groupBy = (rows: Row[], key: (r: Row) => string) => {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
};

const files = new Map<string, Row[]>();
beforeAll(() => {
  if (hasRaw) for (const date of pcn.dates) files.set(date, readIndividual(date));
}, 600_000);

describe(`the individual-level files${skipReason}`, () => {
  it.skipIf(!hasRaw)('June 2026 (read from the zip): England is 31,253.3 FTE, as issue 22 says and pcn.json has', () => {
    const total = fteOf(files.get('2026-06')!);
    expect(total.toFixed(1)).toBe('31253.3');
    expect(Math.abs(england.totalFte[pcn.dates.indexOf('2026-06')]! - total)).toBeLessThanOrEqual(0.005);
  });

  it.skipIf(!hasRaw)("Knowsley (01J), November 2025: PCN pharmacists are the raw file's sum (DATA.md: 10.89 FTE)", () => {
    const rows = files.get('2025-11')!.filter((r) => r.SUB_ICB_CODE === '01J');
    // Pharmacists, as pcn.json's role has them: "Pharmacists" and "Advanced Pharmacist Practitioners".
    const pharmacists = fteOf(
      rows.filter((r) => r.STAFF_ROLE === 'Pharmacists' || r.STAFF_ROLE === 'Advanced Pharmacist Practitioners'),
    );
    const i = pcn.dates.indexOf('2025-11');
    expect(subIcbOf.get('01J')!.fte.pharmacists[i]).toBe(Number(pharmacists.toFixed(2)));
    expect(pharmacists.toFixed(2)).toBe('10.89');
    expect(subIcbOf.get('01J')!.totalFte[i]).toBe(Number(fteOf(rows).toFixed(2)));
  });

  it.skipIf(!hasRaw)(
    "each date: England's FTE and staff headcount are the file's, and the file's PCNs are those reporting",
    () => {
      for (const [date, rows] of files) {
        const i = pcn.dates.indexOf(date);
        expect(Math.abs(england.totalFte[i]! - fteOf(rows)), date).toBeLessThanOrEqual(0.005);
        expect(england.totalHeadcount[i], date).toBe(staffIds(rows).size);
        const contracted = fteOf(rows.filter((r) => r.Data_source !== 'NWRS Staff'));
        expect(Math.abs(england.contractedFte![i]! - contracted), date).toBeLessThanOrEqual(0.005);
        expect(new Set(rows.map((r) => r.PCN_CODE)).size, date).toBe(england.pcnsReporting[i]);
      }
    },
  );

  it.skipIf(!hasRaw)(
    'each 2022-geography date: every sub-ICB’s FTE, staff and reporting PCNs are the file’s for its code',
    () => {
      const off: string[] = [];
      for (const [date, rows] of files) {
        if (date === '2026-06') continue;
        const i = pcn.dates.indexOf(date);
        const bySub = groupBy(rows, (r) => r.SUB_ICB_CODE ?? '');
        for (const [code, area] of subIcbOf) {
          const own = bySub.get(code) ?? [];
          if (Math.abs(area.totalFte[i]! - fteOf(own)) > 0.005)
            off.push(`${date} ${code} FTE ${area.totalFte[i]} vs ${fteOf(own)}`);
          if (area.totalHeadcount[i] !== staffIds(own).size)
            off.push(`${date} ${code} staff ${area.totalHeadcount[i]} vs ${staffIds(own).size}`);
          if (area.pcnsReporting[i] !== new Set(own.map((r) => r.PCN_CODE)).size) off.push(`${date} ${code} PCNs`);
        }
        // Every code in the file is one of the 106 (nothing left unplaced).
        for (const code of bySub.keys()) if (!subIcbOf.has(code)) off.push(`${date}: ${code} not a 2022 sub-ICB`);
      }
      expect(off).toEqual([]);
    },
  );

  it.skipIf(!hasRaw)(
    'June 2026 (2026 geography): unchanged codes match; Frimley (D4U1Y) holds what the file puts in U2G6B, 92A and D9Y0V less what they had in Nov 2025',
    () => {
      const i = pcn.dates.indexOf('2026-06');
      const bySub = groupBy(files.get('2026-06')!, (r) => r.SUB_ICB_CODE ?? '');
      const moved = ['D4U1Y', '92A', 'D9Y0V'];
      for (const [code, area] of subIcbOf) {
        if (moved.includes(code)) continue;
        expect(Math.abs(area.totalFte[i]! - fteOf(bySub.get(code) ?? [])), code).toBeLessThanOrEqual(0.005);
      }
      expect(bySub.has('D4U1Y')).toBe(false);
      // The three together are the file's U2G6B, 92A and D9Y0V together.
      const together = moved.reduce((s, c) => s + subIcbOf.get(c)!.totalFte[i]!, 0);
      const inFile = ['U2G6B', '92A', 'D9Y0V'].reduce((s, c) => s + fteOf(bySub.get(c) ?? []), 0);
      expect(Math.abs(together - inFile)).toBeLessThanOrEqual(0.015);
      // And D4U1Y is exactly the file's rows of the PCNs that were in D4U1Y in November 2025.
      const frimleyPcns = new Set(
        files
          .get('2025-11')!
          .filter((r) => r.SUB_ICB_CODE === 'D4U1Y')
          .map((r) => r.PCN_CODE),
      );
      const frimley = fteOf(files.get('2026-06')!.filter((r) => frimleyPcns.has(r.PCN_CODE)));
      expect(frimley).toBeGreaterThan(0);
      expect(Math.abs(subIcbOf.get('D4U1Y')!.totalFte[i]! - frimley)).toBeLessThanOrEqual(0.005);
    },
  );

  it.skipIf(!hasRaw)("pcn-networks.json: each PCN's total FTE and staff are the file's, at both dates", () => {
    const off: string[] = [];
    networks.dates.forEach((date, d) => {
      const byPcn = groupBy(files.get(date)!, (r) => r.PCN_CODE ?? '');
      expect(networks.pcns.filter((p) => p.totalFte[d] !== null).length, date).toBe(byPcn.size);
      for (const p of networks.pcns) {
        const rows = byPcn.get(p.code);
        if (!rows) {
          if (p.totalFte[d] !== null) off.push(`${date} ${p.code}: not in the file`);
          continue;
        }
        if (Math.abs(p.totalFte[d]! - fteOf(rows)) > 0.005) off.push(`${date} ${p.code}: ${p.totalFte[d]} vs ${fteOf(rows)}`);
        if (p.totalHeadcount[d] !== staffIds(rows).size) off.push(`${date} ${p.code}: staff`);
      }
    });
    expect(off).toEqual([]);
  });
});

describe(`Table 1a (England's series by role)${skipReason}`, () => {
  // Headline roles by Table 1a's own labels, chosen here (not by the pipeline's rule).
  const LABELS: Record<string, string[]> = {
    pharmacists: ['Pharmacists', 'Advanced Pharmacist Practitioners'],
    paramedics: ['Paramedics', 'Advanced Paramedic Practitioners'],
    physicianAssociates: ['Physician Associates'],
    careCoordinators: ['Care Coordinators'],
    socialPrescribers: ['Social Prescribing Link Workers (Non-Mental Health Practitioners)'],
    gpAssistants: ['General Practice Assistant'],
  };
  const table = hasRaw
    ? parseCsv(readFileSync(join(PCN_DIR, 'pcnw_bulletin_nov2025_table1a_fte_by_role_england_long.csv'), 'utf8'))
    : [];
  const valueAt = (date: string, labels: string[]) =>
    table
      .filter((r) => r.measure === 'fte' && r.date === date && labels.includes(r.role ?? ''))
      .reduce((s, r) => s + (toNumber(r.value) ?? 0), 0);

  it.skipIf(!hasRaw).each(Object.keys(LABELS))(
    '%s: pcn.json’s national series and England row are Table 1a’s at every date',
    (role) => {
      for (const [ni, date] of pcn.national.dates.entries()) {
        const raw = valueAt(date, LABELS[role]!);
        const national = pcn.national.fte[role as keyof typeof pcn.national.fte][ni];
        if (national !== null) expect(Math.abs(national! - raw), `${role} ${date}`).toBeLessThanOrEqual(0.05);
        const i = pcn.dates.indexOf(date);
        if (i >= 0 && national !== null)
          expect(Math.abs(england.fte[role as keyof typeof england.fte][i]! - raw), `${role} ${date}`).toBeLessThanOrEqual(0.005);
      }
    },
  );

  it.skipIf(!hasRaw)('all PCN staff: every date of the series is the sum of its rows; November 2025 is 30,576.0 FTE', () => {
    for (const [ni, date] of pcn.national.dates.entries()) {
      const raw = table.filter((r) => r.measure === 'fte' && r.date === date).reduce((s, r) => s + (toNumber(r.value) ?? 0), 0);
      expect(Math.abs(pcn.national.totalFte[ni]! - raw), date).toBeLessThanOrEqual(0.05);
    }
    expect(pcn.national.totalFte.at(-1)!.toFixed(1)).toBe('30576.0');
  });
});

describe(`practice staff against bulletin table 6a${skipReason}`, () => {
  const table6a = hasRaw
    ? parseCsv(readFileSync(join(RAW_DIR, 'workforce', 'gpw_bulletin_oct2025_table6a_fte_by_region_icb_subicb.csv'), 'utf8'))
    : [];
  it.skipIf(!hasRaw)(
    "England's and every sub-ICB's nurses, direct patient care, admin, GPs and pharmacists are the table's",
    () => {
      const off: string[] = [];
      for (const a of practiceStaff.areas) {
        const row = table6a.find((r) => (a.code === 'ENG' ? r.org_level === 'England' : r.org_code === a.code));
        if (!row) {
          off.push(`${a.code}: no row`);
          continue;
        }
        const cell = (c: string) => Number(row[c]);
        const pairs: [string, number, number][] = [
          ['nurses', a.fte.staffGroups.nurses, cell('All Nurses')],
          ['dpc', a.fte.staffGroups.dpc, cell('All Direct Patient Care')],
          ['admin', a.fte.staffGroups.admin, cell('All Admin/Non-Clinical')],
          ['gps', a.fte.staffGroups.gps, cell('All GPs')],
          ['pharmacists', a.fte.roles.pharmacists!, cell('Pharmacists') + cell('Advanced Pharmacist Practitioners')],
        ];
        for (const [name, file, raw] of pairs) if (Math.abs(file - raw) > 0.005) off.push(`${a.code} ${name}: ${file} vs ${raw}`);
      }
      expect(off).toEqual([]);
    },
  );
});
