// The committed team files (data/pcn.json, pcn-networks.json, practice-staff-oct2025.json) on their own: they pass
// their schemas, the sub-ICBs add up to each file's England totals, England matches the bulletin's national series
// (Table 1a, carried in pcn.json), the PCNs add up to their sub-ICBs, coverage is consistent, the lever defaults are
// the growth of that series, and the first screen's data files are not among them. Checks against the raw files
// themselves are in pcn-raw.test.ts.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  PCN_ROLE_KEYS,
  PCN_STAFF_GROUP_KEYS,
  PRACTICE_STAFF_GROUP_KEYS,
  areasFileSchema,
  pcnFileSchema,
  pcnNetworksFileSchema,
  practiceStaffFileSchema,
} from '../../src/data/schemas';
import { PCN_FILES, reportingShare, sumPcnAreas } from '../../src/data/pcn';
import { FIRST_SCREEN_DATA } from '../../scripts/bench/sizes.mjs';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const json = (file: string): unknown => JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8'));

const pcn = pcnFileSchema.parse(json(PCN_FILES.pcn));
const networks = pcnNetworksFileSchema.parse(json(PCN_FILES.networks));
const practiceStaff = practiceStaffFileSchema.parse(json(PCN_FILES.practiceStaff));
const areas = areasFileSchema.parse(json('areas.json'));

const england = pcn.areas.find((a) => a.level === 'england')!;
const subIcbs = pcn.areas.filter((a) => a.level === 'subicb');
const subIcbCodes = areas.areas.filter((a) => a.level === 'subicb').map((a) => a.code);
/** Sub-ICB values are rounded to 2 dp: their sum may be off the (2 dp) England total by half a hundredth each. */
const ROUNDING = 0.005 * subIcbCodes.length + 0.005;
const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty! - fy!) * 12 + (tm! - fm!);
};

describe('schemas', () => {
  it.each([
    [PCN_FILES.pcn, pcnFileSchema],
    [PCN_FILES.networks, pcnNetworksFileSchema],
    [PCN_FILES.practiceStaff, practiceStaffFileSchema],
  ] as const)('%s passes its schema', (file, schema) => {
    const result = schema.safeParse(json(file));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('rejects a pcn.json whose series miss a date or whose area misses a role, naming the field', () => {
    const broken = structuredClone(json(PCN_FILES.pcn)) as { areas: { fte: Record<string, unknown[]> }[] };
    broken.areas[3]!.fte.pharmacists!.pop();
    const short = pcnFileSchema.safeParse(broken);
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.path).toEqual(['areas', 3, 'fte', 'pharmacists']);
    delete broken.areas[5]!.fte.paramedics;
    expect(pcnFileSchema.safeParse(broken).error?.issues.some((i) => i.path.join('.') === 'areas.5.fte.paramedics')).toBe(true);
  });

  it('rejects a PCN whose roles do not match the file', () => {
    const broken = structuredClone(json(PCN_FILES.networks)) as { pcns: { fte: (number[] | null)[] }[] };
    broken.pcns[0]!.fte[0] = [1, 2, 3];
    expect(pcnNetworksFileSchema.safeParse(broken).error?.issues[0]?.path).toEqual(['pcns', 0, 'fte', 0]);
  });
});

describe('pcn.json: roles, dates and geography', () => {
  it('uses the app’s 16 roles in order, each in one of the 8 groups', () => {
    expect(pcn.roles.map((r) => r.key)).toEqual([...PCN_ROLE_KEYS]);
    expect(networks.roles).toEqual([...PCN_ROLE_KEYS]);
    expect(practiceStaff.roles).toEqual([...PCN_ROLE_KEYS]);
    const groups = new Set(pcn.groups.map((g) => g.key));
    for (const role of pcn.roles) expect(groups.has(role.group), role.key).toBe(true);
    // Every group has a role.
    expect(new Set(pcn.roles.map((r) => r.group))).toEqual(groups);
  });

  it('has the 13 dates of the individual-level files: quarterly Mar 2020 - Sep 2022, Nov 2025, Jun 2026', () => {
    expect(pcn.dates).toEqual([
      '2020-03',
      '2020-06',
      '2020-09',
      '2020-12',
      '2021-03',
      '2021-06',
      '2021-09',
      '2021-12',
      '2022-03',
      '2022-06',
      '2022-09',
      '2025-11',
      '2026-06',
    ]);
    expect(networks.dates).toEqual(['2025-11', '2026-06']);
  });

  it('has England and exactly the 106 sub-ICBs of areas.json', () => {
    expect(pcn.areas.filter((a) => a.level === 'england')).toHaveLength(1);
    expect(subIcbs.map((a) => a.code)).toEqual([...subIcbCodes].sort());
  });
});

describe('pcn.json: the sub-ICBs add up to England at every date', () => {
  const engSum = sumPcnAreas(pcn, subIcbCodes);

  it('places every sub-ICB asked for', () => {
    expect(engSum.missing).toEqual([]);
  });

  it('all PCN staff FTE', () => {
    const off = pcn.dates.filter((_, i) => !(Math.abs(engSum.totalFte[i]! - england.totalFte[i]!) <= ROUNDING));
    expect(off).toEqual([]);
  });

  it.each(PCN_ROLE_KEYS)('%s FTE (null together where not collected)', (role) => {
    pcn.dates.forEach((date, i) => {
      const total = england.fte[role][i];
      const sum = engSum.fte[role][i];
      if (total === null || total === undefined) expect({ date, sum }).toEqual({ date, sum: null });
      else expect(Math.abs(sum! - total), `${role} ${date}: ${sum} vs ${total}`).toBeLessThanOrEqual(ROUNDING);
    });
  });

  it.each(PCN_STAFF_GROUP_KEYS)('%s (staff group) FTE', (group) => {
    pcn.dates.forEach((date, i) => {
      expect(Math.abs(engSum.staffGroupFte[group][i]! - england.staffGroupFte[group][i]!), date).toBeLessThanOrEqual(ROUNDING);
    });
  });

  it('the roles, and the staff groups, each add up to all PCN staff in every area', () => {
    for (const area of pcn.areas)
      pcn.dates.forEach((date, i) => {
        const roles = PCN_ROLE_KEYS.reduce((s, k) => s + (area.fte[k][i] ?? 0), 0);
        const groups = PCN_STAFF_GROUP_KEYS.reduce((s, k) => s + area.staffGroupFte[k][i]!, 0);
        expect(Math.abs(roles - area.totalFte[i]!), `${area.code} ${date}`).toBeLessThanOrEqual(0.005 * 16 + 1e-9);
        expect(Math.abs(groups - area.totalFte[i]!), `${area.code} ${date}`).toBeLessThanOrEqual(0.005 * 5 + 1e-9);
      });
  });

  it('headcount: a sub-ICB’s staff are at least as many as its largest role; the sub-ICBs sum to at least England', () => {
    pcn.dates.forEach((date, i) => {
      const sum = subIcbs.reduce((s, a) => s + a.totalHeadcount[i]!, 0);
      expect(sum, date).toBeGreaterThanOrEqual(england.totalHeadcount[i]!);
      // Someone working in two sub-ICBs counts in both: under 1% of England's headcount at every date.
      expect((sum - england.totalHeadcount[i]!) / england.totalHeadcount[i]!, date).toBeLessThan(0.01);
      for (const a of subIcbs) {
        const largest = Math.max(...PCN_ROLE_KEYS.map((k) => a.headcount[k][i] ?? 0));
        expect(a.totalHeadcount[i]!, `${a.code} ${date}`).toBeGreaterThanOrEqual(largest);
      }
    });
  });
});

describe('pcn.json: England against the national series (Table 1a)', () => {
  const shared = pcn.dates.filter((d) => pcn.national.dates.includes(d));

  it('shares 12 dates with the 47-date series (all but June 2026)', () => {
    expect(pcn.national.dates).toHaveLength(47);
    expect(shared).toEqual(pcn.dates.slice(0, 12));
  });

  it.each(shared)('%s: all PCN staff and every role match to the 0.01 FTE', (date) => {
    const i = pcn.dates.indexOf(date);
    const ni = pcn.national.dates.indexOf(date);
    expect(Math.abs(england.totalFte[i]! - pcn.national.totalFte[ni]!)).toBeLessThanOrEqual(0.05 + 0.005);
    for (const role of PCN_ROLE_KEYS) {
      const national = pcn.national.fte[role][ni];
      const file = england.fte[role][i];
      if (national === null || national === undefined) expect(file, `${role} ${date}`).toBeNull();
      else expect(Math.abs(file! - national), `${role} ${date}`).toBeLessThanOrEqual(0.05 + 0.005);
    }
  });

  it('June 2026: England is 31,253.3 FTE (issue 22), and the sub-ICBs add up to it', () => {
    const i = pcn.dates.indexOf('2026-06');
    expect(england.totalFte[i]!.toFixed(1)).toBe('31253.3');
    expect(Math.abs(sumPcnAreas(pcn, subIcbCodes).totalFte[i]! - 31_253.3)).toBeLessThanOrEqual(0.05 + ROUNDING);
  });

  it("Knowsley (01J), November 2025: DATA.md's 10.89 FTE of pharmacists and 76.19 of all PCN staff", () => {
    const knowsley = subIcbs.find((a) => a.code === '01J')!;
    const i = pcn.dates.indexOf('2025-11');
    expect(knowsley.fte.pharmacists[i]).toBe(10.89);
    expect(knowsley.totalFte[i]).toBe(76.19);
  });
});

describe('pcn.json: reporting coverage', () => {
  it('England’s PCNs active and reporting are Table 1a’s at every shared date (15% in March 2020)', () => {
    pcn.dates.forEach((date, i) => {
      const ni = pcn.national.dates.indexOf(date);
      if (ni < 0) return;
      expect([england.pcnsActive[i], england.pcnsReporting[i]], date).toEqual([
        pcn.national.pcnsActive[ni],
        pcn.national.pcnsReporting[ni],
      ]);
    });
    // 188 of 1,252 PCNs in March 2020.
    expect(Math.round(reportingShare(england, 0)! * 100)).toBe(15);
  });

  it('every sub-ICB reports at most its active PCNs, and the reporting PCNs add up to England’s', () => {
    const sum = sumPcnAreas(pcn, subIcbCodes);
    expect(sum.pcnsReporting).toEqual(england.pcnsReporting);
    for (const a of subIcbs)
      pcn.dates.forEach((date, i) => expect(a.pcnsReporting[i]!, `${a.code} ${date}`).toBeLessThanOrEqual(a.pcnsActive[i]!));
    // Derived active PCNs (payments files / July 2026 map) within 1.5% of the published count wherever both exist.
    pcn.dates.forEach((date, i) => {
      const ni = pcn.national.dates.indexOf(date);
      if (ni >= 0) expect(Math.abs(sum.pcnsActive[i]! / pcn.national.pcnsActive[ni]! - 1), date).toBeLessThan(0.015);
    });
  });

  it('a sub-ICB with no PCN reporting has null for the roles not yet collected and 0 FTE for the rest', () => {
    const i = 0; // March 2020: 61 of 106 sub-ICBs had a reporting PCN.
    const silent = subIcbs.filter((a) => a.pcnsReporting[i] === 0);
    expect(silent.length).toBeGreaterThan(0);
    for (const a of silent) {
      expect(a.totalFte[i]).toBe(0);
      expect(a.fte.careCoordinators[i]).toBeNull(); // first collected Dec 2020
      expect(a.fte.pharmacists[i]).toBe(0);
    }
  });
});

describe('pcn-networks.json: each PCN’s own staff', () => {
  it.each(networks.dates)('%s: the PCNs add up to their sub-ICBs in pcn.json, role by role', (date) => {
    const d = networks.dates.indexOf(date);
    const i = pcn.dates.indexOf(date);
    const bySubIcb = new Map<string, number[]>();
    for (const p of networks.pcns) {
      const fte = p.fte[d];
      if (!fte) continue;
      expect(p.subIcb, p.code).not.toBeNull();
      const acc = bySubIcb.get(p.subIcb!) ?? PCN_ROLE_KEYS.map(() => 0);
      fte.forEach((v, r) => (acc[r]! += v));
      bySubIcb.set(p.subIcb!, acc);
    }
    const off: string[] = [];
    for (const a of subIcbs) {
      const acc = bySubIcb.get(a.code) ?? PCN_ROLE_KEYS.map(() => 0);
      const pcnsHere = networks.pcns.filter((p) => p.subIcb === a.code && p.fte[d]).length;
      PCN_ROLE_KEYS.forEach((role, r) => {
        if (Math.abs(acc[r]! - (a.fte[role][i] ?? 0)) > 0.005 * pcnsHere + 0.005)
          off.push(`${a.code} ${role}: ${acc[r]} vs ${a.fte[role][i]}`);
      });
      expect(pcnsHere, a.code).toBe(a.pcnsReporting[i]);
    }
    expect(off).toEqual([]);
  });

  it('has the 1,273 PCNs of November 2025 and the 1,271 of June 2026, and a 2026 sub-ICB only where June 2026 has the PCN', () => {
    expect(networks.pcns.filter((p) => p.fte[0]).length).toBe(england.pcnsReporting[pcn.dates.indexOf('2025-11')]);
    expect(networks.pcns.filter((p) => p.fte[1]).length).toBe(1_271);
    for (const p of networks.pcns) expect(p.subIcb2026 === null, p.code).toBe(p.fte[1] === null);
    // Frimley's PCNs were recorded in U2G6B, 92A and D9Y0V in June 2026 and are counted in D4U1Y.
    const frimley = networks.pcns.filter((p) => p.subIcb === 'D4U1Y');
    expect(new Set(frimley.map((p) => p.subIcb2026))).toEqual(new Set(['U2G6B', '92A', 'D9Y0V']));
  });
});

describe('practice-staff-oct2025.json', () => {
  const eng = practiceStaff.areas.find((a) => a.level === 'england')!;
  const unknown = practiceStaff.areas.find((a) => a.level === 'unknown')!;
  const subs = practiceStaff.areas.filter((a) => a.level === 'subicb');

  it('has England, the "unknown" row and the 106 sub-ICBs', () => {
    expect(subs.map((a) => a.code).sort()).toEqual([...subIcbCodes].sort());
    expect(eng.code).toBe('ENG');
  });

  it.each(PRACTICE_STAFF_GROUP_KEYS)('%s: the sub-ICBs plus the unknown row make England', (group) => {
    const sum = subs.reduce((s, a) => s + a.fte.staffGroups[group], 0) + unknown.fte.staffGroups[group];
    expect(Math.abs(sum - eng.fte.staffGroups[group])).toBeLessThanOrEqual(0.005 * (subs.length + 2));
  });

  it("England's all GPs are the bulletin's 38,649.2 FTE", () => {
    expect(eng.fte.staffGroups.gps.toFixed(1)).toBe('38649.2');
  });

  it('in every area the roles add up to their staff groups (nurses, GPs; DPC and admin through their residuals)', () => {
    const dpcRoles = PCN_ROLE_KEYS.filter((k) => !['nurses', 'gps', 'digitalLeads', 'adminManagement'].includes(k));
    for (const a of practiceStaff.areas) {
      const r = a.fte.roles;
      expect(r.nurses, a.code).toBe(a.fte.staffGroups.nurses);
      expect(r.gps, a.code).toBe(a.fte.staffGroups.gps);
      const dpc = dpcRoles.reduce((s, k) => s + (r[k] ?? 0), 0);
      expect(Math.abs(dpc - a.fte.staffGroups.dpc), a.code).toBeLessThanOrEqual(0.005 * dpcRoles.length + 0.005);
      expect(Math.abs(r.digitalLeads! + r.adminManagement! - a.fte.staffGroups.admin), a.code).toBeLessThanOrEqual(0.015);
      expect(r.otherClinical!, a.code).toBeGreaterThanOrEqual(-0.01);
    }
  });
});

describe('pcn.json: team lever defaults', () => {
  const { sinceCoverage, rate2024To2025, coverageThreshold } = pcn.defaults;
  const nd = pcn.national.dates;

  it("open at the first month at least 95% of PCNs reported (issue 22), and close at the series' end", () => {
    expect(coverageThreshold).toBe(0.95);
    const share = (i: number) => pcn.national.pcnsReporting[i]! / pcn.national.pcnsActive[i]!;
    const first = nd.findIndex((_, i) => share(i) >= coverageThreshold);
    expect(sinceCoverage.from).toBe(nd[first]);
    expect(share(first - 1)).toBeLessThan(coverageThreshold);
    expect(sinceCoverage.to).toBe(nd.at(-1));
    expect(rate2024To2025).toMatchObject({ from: '2024-03', to: '2025-03' });
  });

  it.each(PCN_ROLE_KEYS)('%s: each default is the change in the national series over its window', (role) => {
    for (const set of [sinceCoverage, rate2024To2025]) {
      const t = set.roles[role];
      expect(t, role).not.toBeNull();
      const from = pcn.national.fte[role][nd.indexOf(t!.from)]!;
      const to = pcn.national.fte[role][nd.indexOf(t!.to)]!;
      const years = monthsBetween(t!.from, t!.to) / 12;
      expect(t!.from >= set.from).toBe(true);
      expect(Math.abs(t!.fromFte - from)).toBeLessThanOrEqual(0.11);
      expect(Math.abs(t!.toFte - to)).toBeLessThanOrEqual(0.11);
      // The file's series is to 1 dp: each end may be 0.05 off, and the default is itself rounded to 1 dp.
      expect(Math.abs(t!.ftePerYear - (to - from) / years)).toBeLessThanOrEqual(0.05 + 0.1 / years + 1e-9);
    }
  });

  it('pharmacists since coverage reached 95%: 4,637.8 FTE (Feb 2023) to 5,981.4 (Nov 2025), 488.6 a year', () => {
    // 33 months = 2.75 years; (5,981.4 - 4,637.8) / 2.75 = 1,343.6 / 2.75 = 488.58 → 488.6;
    // (5,981.4 / 4,637.8)^(1/2.75) - 1 = 1.28971^0.36364 - 1 = 9.7%.
    expect(sinceCoverage.roles.pharmacists).toMatchObject({
      from: '2023-02',
      to: '2025-11',
      fromFte: 4_637.8,
      toFte: 5_981.4,
      ftePerYear: 488.6,
      percentPerYear: 9.7,
    });
  });

  it("a group's FTE per year is the sum of its roles'", () => {
    for (const set of [sinceCoverage, rate2024To2025])
      for (const group of pcn.groups) {
        const roles = pcn.roles.filter((r) => r.group === group.key).map((r) => set.roles[r.key]!.ftePerYear);
        expect(Math.abs(set.groups[group.key]!.ftePerYear - roles.reduce((s, v) => s + v, 0)), group.key).toBeLessThanOrEqual(
          0.05 * roles.length,
        );
      }
  });

  it('carries no invented "GP time released" estimate (none is in the raw data)', () => {
    expect(pcn.defaults.gpTimeReleased.estimates).toEqual([]);
    expect(pcn.defaults.gpTimeReleased.note).toMatch(/No published estimate/);
  });
});

describe('the first screen', () => {
  it('fetches none of the team files', () => {
    for (const file of Object.values(PCN_FILES)) expect(FIRST_SCREEN_DATA).not.toContain(file);
    const viteConfig = readFileSync(resolve(import.meta.dirname, '../../vite.config.ts'), 'utf8');
    // index.html preloads exactly the first screen's list (and so none of the team files).
    expect(viteConfig).toMatch(/FIRST_SCREEN_DATA\.map\(\(name\) => \(\{\s*tag: 'link',\s*attrs: \{ rel: 'preload'/);
    for (const file of Object.values(PCN_FILES)) expect(viteConfig).not.toContain(file);
  });
});
