// The team figures laid into the series: PCN staff of a staff choice, the whole team (practice + PCN), an ICB as
// the sum of its sub-ICBs, the share of PCNs reporting, at the financial years the PCN files fall in.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pcnFileSchema, practiceStaffFileSchema } from '../../src/data/schemas';
import { metricValue } from '../../src/figures/metrics';
import { coverageNote, pcnGroupRows, teamFigures, withTeam, yearSuffix } from '../../src/figures/team-series';
import type { AreaSeries, WorkforceSeries } from '../../src/data/series';
import { TEAM_GROUPS, type TeamGroup, type TeamProjection } from '../../src/model/team';

const ROOT = resolve(import.meta.dirname, '../..');
const pcn = pcnFileSchema.parse(JSON.parse(readFileSync(resolve(ROOT, 'data/pcn.json'), 'utf8')));
const practice = practiceStaffFileSchema.parse(
  JSON.parse(readFileSync(resolve(ROOT, 'data/practice-staff-oct2025.json'), 'utf8')),
);

// A small series: England → one ICB (QYG: Cheshire and Merseyside's sub-ICBs 01J Knowsley and 01F Halton only, for
// the test) with recorded practice staff in 2022/23 (year 2023) and patients in every year.
const years = [2023, 2024, 2026, 2027];
const area = (fte: number, nurses: number, dpc: number, locums: number): AreaSeries => ({
  fte: [fte, fte, null, null],
  patients: [100_000, 100_000, 100_000, 100_000],
  locumTraineeFte: [locums, locums, null, null],
  nurseFte: [nurses, nurses, null, null],
  dpcFte: [dpc, dpc, null, null],
});
const series: WorkforceSeries = {
  years,
  byArea: new Map([
    ['E92000001', area(30_000, 16_000, 17_000, 9_000)],
    ['ICB', area(100, 50, 40, 20)],
    ['01J', area(60, 30, 25, 10)],
    ['01F', area(40, 20, 15, 10)],
  ]),
  childrenOf: new Map([['ICB', ['01J', '01F']]]),
};
const sub = (code: string) => pcn.areas.find((a) => a.code === code)!;
const di = (date: string) => pcn.dates.indexOf(date);

describe('team figures', () => {
  it('sums an ICB from its sub-ICBs and takes England from its own row', () => {
    const f = teamFigures({ series, pcn, practiceStaff: practice, staff: 'role:pharmacists', englandCode: 'E92000001' });
    // 2025/26 (index 2) shows November 2025; an ICB is Knowsley + Halton.
    const nov = di('2025-11');
    const expected = sub('01J').fte.pharmacists[nov]! + sub('01F').fte.pharmacists[nov]!;
    expect(f.get('ICB')!.pcnFte[2]).toBeCloseTo(expected, 2);
    expect(f.get('01J')!.pcnFte[2]).toBe(10.89); // the phase-1 report's Knowsley figure
    expect(f.get('E92000001')!.pcnFte[2]).toBe(5981.42);
    // 2023/24 has no PCN file: null, not 0.
    expect(f.get('01J')!.pcnFte[1]).toBeNull();
    // Whole team by role at 2025/26: practice pharmacists (Oct 2025) + PCN pharmacists (Nov 2025).
    const practiceKnowsley = practice.areas.find((a) => a.code === '01J')!.fte.roles.pharmacists!;
    expect(f.get('01J')!.teamFte[2]).toBeCloseTo(practiceKnowsley + 10.89, 2);
    // By role the whole team is known only where practice staff by role are: not at June 2026.
    expect(f.get('01J')!.teamFte[3]).toBeNull();
  });

  it('counts patient care staff for the whole team at all staff, recorded practice years too', () => {
    const f = teamFigures({ series, pcn, practiceStaff: practice, staff: 'all', englandCode: 'E92000001' });
    const sep22 = di('2022-09');
    const k = sub('01J');
    const pcnClinical = k.staffGroupFte.gps[sep22]! + k.staffGroupFte.nurses[sep22]! + k.staffGroupFte.dpc[sep22]!;
    // Knowsley 2022/23: practice 60 + 10 + 30 + 25 = 125, plus PCN GPs, nurses and direct patient care at Sep 2022.
    expect(f.get('01J')!.teamFte[0]).toBeCloseTo(125 + pcnClinical, 2);
    // PCN all staff is the file's total (admin too).
    expect(f.get('01J')!.pcnFte[0]).toBe(k.totalFte[sep22]);
    expect(f.get('E92000001')!.pcnFte[3]).toBe(31253.33);
  });

  it('says how many PCNs reported only where fewer than 95% did', () => {
    const f = teamFigures({
      series: { ...series, years: [2021], byArea: new Map([['E92000001', area(1, 1, 1, 1)]]) },
      pcn,
      practiceStaff: null,
      staff: 'all',
      englandCode: 'E92000001',
    });
    const sep20 = di('2020-09');
    const eng = sub('ENG');
    expect(f.get('E92000001')!.pcnCoverage[0]).toBeCloseTo(eng.pcnsReporting[sep20]! / eng.pcnsActive[sep20]!, 6);
    expect(coverageNote(632 / 1256)).toBe('50% of PCNs reporting');
    expect(coverageNote(0.98)).toBeNull();
  });

  it('reaches metricValue through the series: per 100,000 patients is FTE ÷ patients × 100,000', () => {
    const laid = withTeam(series, pcn, practice, 'role:pharmacists', 'E92000001');
    // 10.89 FTE / 100,000 patients × 100,000 = 10.89.
    expect(metricValue(laid, '01J', 'pcnPer100k', 2026, 2016)).toBeCloseTo(10.89, 6);
    expect(metricValue(laid, '01J', 'pcnFte', 2026, 2016)).toBe(10.89);
    expect(withTeam(series, pcn, practice, 'role:pharmacists', 'E92000001')).toBe(laid);
    expect(laid.teamStaffLabel).toBe('Pharmacists');
    // Without the PCN files the team metrics are "no data", never 0.
    expect(metricValue(series, '01J', 'pcnFte', 2026, 2016)).toBeNull();
  });

  it('gives an area its PCN staff by role group, adding up to its total', () => {
    const rows = pcnGroupRows(pcn, 'england', '2026-06')!;
    expect(rows.total).toBe(31253.33);
    const sum = rows.rows.reduce((s, r) => s + (r.fte ?? 0), 0);
    expect(sum).toBeCloseTo(31253.33, 1);
    expect(pcnGroupRows(pcn, ['01J', 'nope'], '2026-06')).toBeNull();
  });

  it('calls a team metric year with a PCN file recorded, not projected', () => {
    expect(yearSuffix({ group: 'pcn' }, 2026, 2025)).toBe(' (PCN staff at Nov 2025)');
    expect(yearSuffix({ group: 'gps' }, 2026, 2025)).toBe(' (projected)');
    expect(yearSuffix({ group: 'pcn' }, 2030, 2025)).toBe(' (projected)');
  });
});

describe('team figures with a projection', () => {
  const zero = () => Object.fromEntries(TEAM_GROUPS.map((g) => [g, [0]])) as Record<TeamGroup, (number | null)[]>;
  const projected = (pharmacy: number): TeamProjection => ({
    baseYear: 2026,
    years: [2027],
    byArea: new Map([
      ['01J', { ...zero(), pharmacy: [pharmacy] }],
      ['01F', zero()],
      ['ICB', { ...zero(), pharmacy: [pharmacy] }],
    ]),
    gpTimeReleased: Object.fromEntries(TEAM_GROUPS.map((g) => [g, 0])) as Record<TeamGroup, number>,
  });
  const run = (file: typeof pcn, staff: 'all' | 'role:pharmacists', pharmacy: number) =>
    teamFigures({ series, pcn: file, practiceStaff: practice, staff, englandCode: 'E92000001', projection: projected(pharmacy) });

  it('projects all PCN staff as the sum of the groups, and each lever value and staff choice afresh', () => {
    // All staff in 2026/27: the groups' projected FTE summed: pharmacy 100, the rest 0.
    expect(run(pcn, 'all', 100).get('01J')!.pcnFte[3]).toBe(100);
    expect(run(pcn, 'all', 250).get('01J')!.pcnFte[3]).toBe(250);
    // What is kept between calls (each area's base-date shares and practice staff) never leaks between staff
    // choices or lever values: every call equals one on a copy of the file, which nothing has been kept for.
    for (const [staff, pharmacy] of [
      ['role:pharmacists', 100],
      ['all', 100],
      ['role:pharmacists', 40],
    ] as const)
      expect(run(pcn, staff, pharmacy)).toEqual(run(structuredClone(pcn), staff, pharmacy));
    // The recorded years are kept per series between lever moves: a run on a copy of the series (nothing kept for
    // it) gives the same figures, for every area, after moves back and forth.
    for (const [staff, pharmacy] of [
      ['all', 100],
      ['all', 300],
      ['role:pharmacists', 300],
      ['all', 100],
    ] as const) {
      const fresh = teamFigures({
        series: structuredClone(series),
        pcn,
        practiceStaff: practice,
        staff,
        englandCode: 'E92000001',
        projection: projected(pharmacy),
      });
      expect(run(pcn, staff, pharmacy)).toEqual(fresh);
    }
    // Recorded years stay as recorded under any projection; 2026/27 follows the lever.
    expect(run(pcn, 'all', 100).get('01J')!.pcnFte.slice(0, 3)).toEqual(run(pcn, 'all', 900).get('01J')!.pcnFte.slice(0, 3));
    // Pharmacists take their share of the pharmacy group at the base date: less than the group, more than 0.
    const pharmacists = run(pcn, 'role:pharmacists', 100).get('01J')!.pcnFte[3]!;
    expect(pharmacists).toBeGreaterThan(0);
    expect(pharmacists).toBeLessThan(100);
  });

  it('keeps only the latest projection laid into a series (a team lever makes a new one on every move)', () => {
    const first = projected(100);
    const second = projected(200);
    const a = withTeam(series, pcn, practice, 'all', 'E92000001', first);
    expect(withTeam(series, pcn, practice, 'all', 'E92000001', first)).toBe(a);
    const b = withTeam(series, pcn, practice, 'all', 'E92000001', second);
    expect(b).not.toBe(a);
    expect(b.byArea.get('01J')!.pcnFte![3]).toBe(200);
    expect(withTeam(series, pcn, practice, 'all', 'E92000001', second)).toBe(b);
    // The first projection's series was let go: asking again lays it afresh (equal, not the same object).
    const again = withTeam(series, pcn, practice, 'all', 'E92000001', first);
    expect(again).not.toBe(a);
    expect(again).toEqual(a);
  });
});
