// The PCN team chart's rows: recorded at every PCN file date (England's own row, or an area's sub-ICBs summed), the
// projected years after the latest, the total as the sum of the groups, and the stack's recorded and projected
// layers meeting at the latest file.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pcnFileSchema } from '../../src/data/schemas';
import { stackLayers, teamChartBasis, teamChartFigures } from '../../src/figures/team-chart';
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

  it('stacks the groups, recorded to the base and projected from it', () => {
    const f = teamChartFigures({ pcn, subIcbs: ['01J', '01F'], code: 'A', projection })!;
    const { recorded, projected } = stackLayers(f);
    const last = f.rows.length - 1;
    // 2029: group 1 (index 0) from 0 to 11; group 2 from 11 to 11 + 21 = 32; the top group ends at 368.
    expect(projected[0]![last]).toEqual([0, 11]);
    expect(projected[1]![last]).toEqual([11, 32]);
    expect(projected[7]![last]![1]).toBe(368);
    expect(recorded[0]![last]).toBeNull();
    // The two meet at the base date; before it only the recorded layers are drawn.
    expect(projected[0]![f.baseIndex]).toEqual(recorded[0]![f.baseIndex]);
    expect(projected[0]![0]).toBeNull();
  });

  it('without a projection, the base date is not drawn twice', () => {
    const f = teamChartFigures({ pcn, subIcbs: 'england', code: 'E92000001', projection: null })!;
    const { projected } = stackLayers(f);
    expect(projected.every((layer) => layer.every((band) => band === null))).toBe(true);
  });

  it('is null for an area the PCN file does not have, and states its basis', () => {
    expect(teamChartFigures({ pcn, subIcbs: ['NOPE'], code: 'NOPE', projection })).toBeNull();
    const basis = teamChartBasis(pcn, { lowCoverage: 'Mar 2020 to Sep 2022' }).join(' ');
    expect(basis).toContain('data/pcn.json');
    expect(basis).toContain('Fewer than 95% of PCNs reported at Mar 2020 to Sep 2022');
    expect(basis).toContain('no 80% range');
  });
});
