// The PCN team chart's rows: recorded at every PCN file date (England's own row, or an area's sub-ICBs summed), the
// projected years after the latest, the total as the sum of the groups, and the stack's recorded and projected
// layers meeting at the latest file.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pcnFileSchema } from '../../src/data/schemas';
import { practiceTeamOf, PRACTICE_GROUPS, stackLayers, teamChartBasis, teamChartFigures } from '../../src/figures/team-chart';
import type { BulletinLatestFile, PracticeStaffFile } from '../../src/data/schemas';
import type { WorkforceSeries } from '../../src/data/series';
import { TEAM_GROUPS, type TeamGroup, type TeamProjection } from '../../src/model';

const ROOT = resolve(import.meta.dirname, '../..');
const pcn = pcnFileSchema.parse(JSON.parse(readFileSync(resolve(ROOT, 'data/pcn.json'), 'utf8')));
const sub = (code: string) => pcn.areas.find((a) => a.level === 'subicb' && a.code === code)!;

// A hand-made projection for area "A": 2027 is the base (null), 2028 and 2029 projected. Group i (0-based) has
// 10·(i+1) FTE in 2028 and 10·(i+1) + 1 in 2029, so the 2028 total is 10·(1+…+8) = 360 and 2029's 368.
const years = [2027, 2028, 2029];
const projection: TeamProjection = {
  baseYear: 2027,
  years,
  byArea: new Map([
    [
      'A',
      Object.fromEntries(TEAM_GROUPS.map((g, i) => [g, [null, 10 * (i + 1), 10 * (i + 1) + 1]])) as Record<
        TeamGroup,
        (number | null)[]
      >,
    ],
  ]),
  gpTimeReleased: Object.fromEntries(TEAM_GROUPS.map((g) => [g, 0])) as Record<TeamGroup, number>,
};

describe('team chart figures', () => {
  it("takes England's groups at every PCN date, totalling the data file's total", () => {
    const f = teamChartFigures({ pcn, subIcbs: 'england', code: 'E92000001', projection: null })!;
    expect(f.rows).toHaveLength(pcn.dates.length);
    expect(f.rows[0]!.label).toBe('Mar 2020');
    const latest = f.rows[f.rows.length - 1]!;
    expect(latest.label).toBe('Jun 2026');
    expect(latest.total).toBe(31253.33); // England's PCN staff at June 2026 (issue 22)
    expect(f.groups.map((g) => g.key)).toEqual([...TEAM_GROUPS]);
    // Reporting was low to 2022: said, and the latest is not.
    expect(f.lowCoverage).toMatch(/^Mar 2020 to /);
    expect(latest.coverage).toBeGreaterThanOrEqual(0.95);
    expect(f.baseIndex).toBe(pcn.dates.length - 1);
  });

  it("sums an area's sub-ICBs by group and adds the projection's years after the base", () => {
    const f = teamChartFigures({ pcn, subIcbs: ['01J', '01F'], code: 'A', projection })!;
    const di = pcn.dates.length - 1;
    const pharmacy =
      (sub('01J').fte.pharmacists[di] ?? 0) +
      (sub('01F').fte.pharmacists[di] ?? 0) +
      (sub('01J').fte.pharmacyTechnicians[di] ?? 0) +
      (sub('01F').fte.pharmacyTechnicians[di] ?? 0);
    expect(f.rows[f.baseIndex]!.values[0]).toBeCloseTo(pharmacy, 2);
    expect(f.rows).toHaveLength(pcn.dates.length + 2);
    const [p2028, p2029] = f.rows.slice(-2);
    expect(p2028!.label).toBe('Jun 2027 (2027/28, projected)');
    expect(p2028!.projected).toBe(true);
    expect(p2028!.total).toBe(360);
    expect(p2029!.total).toBe(368);
    // One year after the base date on the time axis.
    expect(p2028!.t - f.rows[f.baseIndex]!.t).toBeCloseTo(1, 10);
  });

  it('stacks the groups in one layer each, with the projected span from the base date to the last', () => {
    const f = teamChartFigures({ pcn, subIcbs: ['01J', '01F'], code: 'A', projection })!;
    const { bands, projectedSpan } = stackLayers(f);
    const last = f.rows.length - 1;
    // 2029: group 1 (index 0) from 0 to 11; group 2 from 11 to 11 + 21 = 32; the top group ends at 368.
    expect(bands[0]![last]).toEqual([0, 11]);
    expect(bands[1]![last]).toEqual([11, 32]);
    expect(bands[7]![last]![1]).toBe(368);
    // Every group has a band at every row, recorded and projected alike: one layer each.
    expect(bands.every((layer) => layer.length === f.rows.length)).toBe(true);
    // Each band starts where the one below ends.
    for (let gi = 1; gi < bands.length; gi++) expect(bands[gi]![0]![0]).toBe(bands[gi - 1]![0]![1]);
    expect(projectedSpan).toEqual([f.rows[f.baseIndex]!.t, f.rows[last]!.t]);
  });

  it('without a projection, there is no projected span to hatch', () => {
    const f = teamChartFigures({ pcn, subIcbs: 'england', code: 'E92000001', projection: null })!;
    expect(stackLayers(f).projectedSpan).toBeNull();
  });

  it('is null for an area the PCN file does not have, and states its basis', () => {
    expect(teamChartFigures({ pcn, subIcbs: ['NOPE'], code: 'NOPE', projection })).toBeNull();
    const basis = teamChartBasis(pcn, { lowCoverage: 'Mar 2020 to Sep 2022', rows: [], withPractice: false }).join(' ');
    expect(basis).toContain('data/pcn.json');
    expect(basis).toContain('Fewer than 95% of PCNs reported at Mar 2020 to Sep 2022');
    expect(basis).toContain('no 80% range');
  });

  // Practice staff for area "X" (one sub-ICB, S1): practice-level means for 2020/21, 2022/23 and 2024/25, then the GP
  // projection's 2027/28; the October 2025 bulletin tables give S1 150 GPs, 60 nurses, 45 DPC, of which 118 GPs are
  // qualified permanent (latest bulletin file).
  const series: WorkforceSeries = {
    years: [2021, 2023, 2025, 2028],
    byArea: new Map([
      [
        'X',
        {
          fte: [100, 110, 120, 130],
          patients: [null, null, null, null],
          fteLow: [null, null, null, 125],
          fteHigh: [null, null, null, 135],
          locumTraineeFte: [10, 11, 12, null],
          nurseFte: [50, 51, 52, null],
          dpcFte: [20, 30, 40, null],
        },
      ],
    ]),
  };
  const staffRow = (gps: number) => ({
    code: 'S1',
    level: 'subicb' as const,
    fte: { roles: {} as never, staffGroups: { gps, nurses: 60, dpc: 45, admin: 70 } },
    headcount: { gps: 0, nurses: 0, dpc: 0, admin: 0 },
  });
  const practiceStaff = { schemaVersion: 1, date: '2025-10', basis: '', roles: [], areas: [staffRow(150)] } as PracticeStaffFile;
  const bulletin = {
    date: '2025-10',
    areas: [{ code: 'S1', level: 'subicb', fte: 118, partnersFte: 0, salariedFte: 0, retainersFte: 0 }],
  } as unknown as BulletinLatestFile;
  const practiceOf = (b: BulletinLatestFile | null) =>
    practiceTeamOf({
      pcnDates: pcn.dates,
      series,
      lastDataYear: 2025,
      seriesCodes: ['X'],
      practiceStaff,
      bulletin: b,
      fileCodes: ['S1'],
    })!;

  it('puts each year of practice staff beside the PCN file of its September, and October 2025 beside November', () => {
    const p = practiceOf(bulletin);
    // 2024/25 would stand beside Sep 2024: no PCN file then.
    expect([...p.recorded.keys()]).toEqual(['2020-09', '2022-09', '2025-11']);
    expect(p.recorded.get('2020-09')!.values).toEqual([100, 10, 50, 20]);
    expect(p.recorded.get('2022-09')!.basis).toMatch(/^practice-level, 2022\/23 mean/);
    // October 2025: 118 qualified permanent; locums and registrars 150 − 118 = 32.
    expect(p.recorded.get('2025-11')!.values).toEqual([118, 32, 60, 45]);
    expect(p.recorded.get('2025-11')!.basis).toMatch(/^bulletin, Oct 2025/);
    expect(p.projectedGps.get(2028)).toEqual({ fte: 130, low: 125, high: 135 });
    // Without the latest bulletin's qualified permanent GPs, October 2025 cannot be split and is left out.
    expect([...practiceOf(null).recorded.keys()]).toEqual(['2020-09', '2022-09']);
  });

  it('stacks practice staff under the PCN groups at the dates both have, projecting practice GPs and holding the rest', () => {
    const f = teamChartFigures({ pcn, subIcbs: ['01J'], code: 'A', projection, practice: practiceOf(bulletin) })!;
    expect(f.withPractice).toBe(true);
    expect(f.groups.map((g) => g.key)).toEqual([...PRACTICE_GROUPS, ...TEAM_GROUPS]);
    expect(f.rows.map((r) => r.label)).toEqual(['Sep 2020', 'Sep 2022', 'Nov 2025', 'Jun 2027 (2027/28, projected)']);
    expect(f.baseIndex).toBe(2);
    const nov = f.rows[2]!;
    const di = pcn.dates.indexOf('2025-11');
    const knowsleyPcn = pcn.roles.reduce((s, r) => s + (sub('01J').fte[r.key]?.[di] ?? 0), 0);
    expect(nov.pcnTotal).toBeCloseTo(knowsleyPcn, 1);
    // Practice 118 + 32 + 60 + 45 = 255, under the PCN staff.
    expect(nov.practiceTotal).toBe(255);
    expect(nov.total).toBeCloseTo(255 + knowsleyPcn, 1);
    expect(stackLayers(f).bands[PRACTICE_GROUPS.length]![2]![0]).toBe(255);
    // 2027/28: GPs 130 (80% range 125 to 135) + the rest held at October 2025 (32 + 60 + 45) = 267; PCN 360 (above).
    const p2028 = f.rows[3]!;
    expect(p2028.values.slice(0, 4)).toEqual([130, 32, 60, 45]);
    expect(p2028.practiceTotal).toBe(267);
    expect(p2028.pcnTotal).toBe(360);
    expect(p2028.total).toBe(627);
    expect(p2028.practiceGpRange).toEqual({ low: 125, high: 135 });
    // Still one year after the PCN base date (June 2026), though the last recorded row is November 2025.
    expect(p2028.t).toBeCloseTo(2026 + 5 / 12 + 1, 10);
    const basis = teamChartBasis(pcn, f, 70).join(' ');
    expect(basis).toContain('Beside Sep 2020: practice-level, 2020/21 mean');
    expect(basis).toContain('Beside Nov 2025: bulletin, Oct 2025');
    expect(basis).toContain('Practice admin and management staff (70 FTE at Oct 2025) are not stacked');
    expect(basis).toContain('held at their latest figures');
  });
});
