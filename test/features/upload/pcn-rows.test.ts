// PCN staff rows in an uploaded CSV (issue 22 part 5): a row with a role gives a sub-ICB's FTE of that role at one of
// the PCN file's dates; good rows become PCN overrides, bad ones are rejected with their line and every reason; a file
// may mix GP rows and PCN rows; applied, the figures replace the sub-ICB's role and move its and England's totals.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateCsv } from '../../../src/features/upload/validate-rows';
import { pcnUploadContext, type UploadContext } from '../../../src/features/upload/upload-format';
import { applyPcnOverrides, staffGroupOfRole } from '../../../src/data/apply-pcn-overrides';
import { pcnFileSchema } from '../../../src/data/schemas';
import { SMALL_GEOGRAPHY } from './small-geography';

const csv = (...lines: string[]) => lines.join('\n');
// Two dates; pharmacists collected at both, nurses only at the second (as in the real file before Nov 2025).
const context: UploadContext = {
  ...SMALL_GEOGRAPHY,
  pcn: {
    dates: ['2025-11', '2026-06'],
    subIcbs: ['S1'],
    roles: [
      { key: 'pharmacists', label: 'Pharmacists', collected: [true, true] },
      { key: 'nurses', label: 'Nurses', collected: [false, true] },
    ],
  },
};

describe('PCN staff rows in an upload', () => {
  it('accepts good rows by role key or name, sorted, and rejects each bad row with its reasons', () => {
    const summary = validateCsv(
      csv(
        'sub_icb_code,date,role,fte',
        's1,2026-06,Pharmacists,12.345', // 2: good (name, lower-case code; FTE to 2 dp)
        'S1,2025-11,pharmacists,10', //      3: good (key)
        'S1,2026-06,pharmacists,11', //      4: duplicate of line 2
        'Q1,2026-06,nurses,5', //            5: an ICB
        'S2,2026-06,nurses,5', //            6: not in the PCN files
        'S1,2024-05,nurses,5', //            7: not a PCN date
        'S1,2025-11,nurses,5', //            8: not collected then
        'S1,June 2026,wizards,-3', //        9: three reasons
        'S1,2026-06,nurses,9000', //        10: implausible
        'S1,2026-06,nurses', //             11: short row
      ),
      context,
    );
    expect(summary.fileError).toBeNull();
    expect(summary.rowsRead).toBe(10);
    expect(summary.rowsAccepted).toBe(2);
    expect(summary.pcnOverrides).toEqual([
      { code: 'S1', date: '2025-11', role: 'pharmacists', fte: 10 },
      { code: 'S1', date: '2026-06', role: 'pharmacists', fte: 12.35 },
    ]);
    expect(summary.pcnLines).toEqual([3, 2]);
    expect(summary.overrides).toEqual([]);
    const reason = (line: number) => summary.rejected.find((r) => r.line === line)?.reason;
    expect(reason(4)).toBe('duplicate of line 2 (same sub-ICB, date and role)');
    expect(reason(5)).toMatch(/^Q1 is an ICB.*: PCN staff rows are for sub-ICBs/);
    expect(reason(6)).toBe('the PCN files have no figures for sub-ICB S2');
    expect(reason(7)).toBe('date 2024-05 is not a PCN file date (Nov 2025, Jun 2026)');
    expect(reason(8)).toBe('Nurses were not collected at Nov 2025');
    expect(reason(9)).toContain('date "June 2026" is not a month such as 2026-06');
    expect(reason(9)).toContain('unknown role "wizards"');
    expect(reason(9)).toContain('fte is negative ("-3")');
    expect(reason(10)).toBe('fte 9,000.0 is more than 5,000 for one role in one sub-ICB');
    expect(reason(11)).toContain('missing column fte');
    expect(summary.rejectedCsv).toContain('wizards');
  });

  it('reads GP rows and PCN rows from one file', () => {
    const summary = validateCsv(
      csv(
        'area_code,year,gp_fte,gp_headcount,patients,date,role,fte',
        'S1,2025,10,12,20000,,,',
        'S1,,,,,2026-06,pharmacists,4.5',
      ),
      context,
    );
    expect(summary.rowsAccepted).toBe(2);
    expect(summary.overrides.map((o) => [o.code, o.year, o.fte])).toEqual([['S1', 2025, 10]]);
    expect(summary.pcnOverrides).toEqual([{ code: 'S1', date: '2026-06', role: 'pharmacists', fte: 4.5 }]);
  });

  it('names what a PCN header lacks, rejects GP-less rows of a PCN-only file, and says when the PCN file did not load', () => {
    expect(validateCsv(csv('sub_icb_code,role,fte', 'S1,pharmacists,1'), context).fileError).toBe(
      'Line 1: the header has a role column (PCN staff rows) but is missing column date.',
    );
    const noRole = validateCsv(csv('sub_icb_code,date,role,fte', 'S1,2026-06,,1'), context);
    expect(noRole.rejected[0]?.reason).toMatch(/^no role: this file gives PCN staff rows/);
    const unloaded = validateCsv(csv('sub_icb_code,date,role,fte', 'S1,2026-06,pharmacists,1'), { ...context, pcn: null });
    expect(unloaded.rowsAccepted).toBe(0);
    expect(unloaded.rejected[0]?.reason).toBe('PCN staff rows cannot be checked: the PCN file (pcn.json) did not load');
  });
});

describe('applying PCN rows', () => {
  const file = pcnFileSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/pcn.json'), 'utf8')));
  const di = file.dates.indexOf('2026-06');
  const knowsley = (f: typeof file) => f.areas.find((a) => a.code === '01J')!;
  const england = (f: typeof file) => f.areas.find((a) => a.level === 'england')!;

  it("replaces the sub-ICB's role and moves its and England's totals by the difference", () => {
    const before = knowsley(file).fte.pharmacists[di]!;
    const out = applyPcnOverrides(file, [{ code: '01J', date: '2026-06', role: 'pharmacists', fte: before + 20 }]);
    // Knowsley's pharmacists: before + 20; its total, its direct patient care staff group and England's all +20.
    expect(knowsley(out).fte.pharmacists[di]).toBeCloseTo(before + 20, 2);
    expect(knowsley(out).totalFte[di]! - knowsley(file).totalFte[di]!).toBeCloseTo(20, 2);
    expect(staffGroupOfRole('pharmacists')).toBe('dpc');
    expect(knowsley(out).staffGroupFte.dpc[di]! - knowsley(file).staffGroupFte.dpc[di]!).toBeCloseTo(20, 2);
    expect(england(out).totalFte[di]! - england(file).totalFte[di]!).toBeCloseTo(20, 2);
    expect(england(out).fte.pharmacists[di]! - england(file).fte.pharmacists[di]!).toBeCloseTo(20, 2);
    // The file given is unchanged; other dates and areas are untouched.
    expect(knowsley(file).fte.pharmacists[di]).toBe(before);
    expect(knowsley(out).fte.pharmacists[di - 1]).toBe(knowsley(file).fte.pharmacists[di - 1]);
    expect(out.areas.find((a) => a.code === '01F')).toBe(file.areas.find((a) => a.code === '01F'));
  });

  it('builds the validator context from the file: its dates, sub-ICBs and what was collected when', () => {
    const ctx = pcnUploadContext(file);
    expect(ctx.dates).toEqual(file.dates);
    expect(ctx.subIcbs).toContain('01J');
    const nurses = ctx.roles.find((r) => r.key === 'nurses')!;
    expect(nurses.collected[0]).toBe(false);
    expect(nurses.collected[file.dates.length - 1]).toBe(true);
  });
});
