// The PCN team projection (src/model/team.ts) on hand-worked values.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TEAM_GROUPS, emptyTeamChoices, gpFteEquivalent, projectTeam, type TeamBase, type TeamGroup } from '../../src/model';
import { pcnFileSchema } from '../../src/data/schemas';

const zero = () => Object.fromEntries(TEAM_GROUPS.map((g) => [g, 0])) as Record<TeamGroup, number>;
// Two sub-ICBs A and B in ICB X in England E: pharmacy 30 and 10 FTE at the base (2027); England's default growth
// 40 FTE a year for pharmacy, -100 for other clinical (A has 5, B none).
const base: TeamBase = {
  baseYear: 2027,
  bySubIcb: new Map([
    ['A', { ...zero(), pharmacy: 30, otherClinical: 5 }],
    ['B', { ...zero(), pharmacy: 10 }],
  ]),
  defaultGrowth: { ...zero(), pharmacy: 40, otherClinical: -100 },
};
const parent: Record<string, string | null> = { A: 'X', B: 'X', X: 'E', E: null, C: 'E' };
const run = (choices = emptyTeamChoices(), years = [2027, 2028, 2030]) =>
  projectTeam({
    base,
    choices,
    years,
    subIcbsOf: (s) => (s === 'X' ? ['A', 'B'] : s === 'A' ? ['A'] : []),
    parentOf: (c) => parent[c] ?? null,
  });

describe('projectTeam', () => {
  it('shares England growth by each area’s share of the group, linear, floored at 0, null at the base year', () => {
    const p = run();
    // A: 30 + 40 × 30/40 × (2028 − 2027) = 30 + 30 = 60; in 2030: 30 + 30 × 3 = 120. B: 10 + 10 × 1 = 20; 2030: 40.
    expect(p.byArea.get('A')!.pharmacy).toEqual([null, 60, 120]);
    expect(p.byArea.get('B')!.pharmacy).toEqual([null, 20, 40]);
    expect(p.byArea.get('E')!.pharmacy).toEqual([null, 80, 160]);
    // Other clinical: A has all 5; 5 − 100 × 1 < 0: floored at 0.
    expect(p.byArea.get('A')!.otherClinical).toEqual([null, 0, 0]);
  });

  it("a scope's own growth changes its areas (and the sums containing them) and nothing else", () => {
    const england = run();
    // A alone with 6 FTE a year of pharmacy: 30 + 6 × 1 = 36; 2030: 30 + 6 × 3 = 48. B keeps England's share.
    const scoped = run({ ...emptyTeamChoices(), scopes: { A: { pharmacy: 6 } } });
    expect(scoped.byArea.get('A')!.pharmacy).toEqual([null, 36, 48]);
    expect(scoped.byArea.get('B')!.pharmacy).toEqual(england.byArea.get('B')!.pharmacy);
    expect(scoped.byArea.get('A')!.allied).toEqual(england.byArea.get('A')!.allied);
    // X = A + B: 36 + 20 = 56.
    expect(scoped.byArea.get('X')!.pharmacy).toEqual([null, 56, 88]);
    // The ICB X with 20 a year shared 3:1 (30:10): A 30 + 15 = 45, B 10 + 5 = 15; the smaller scope A wins for A.
    const both = run({ ...emptyTeamChoices(), scopes: { X: { pharmacy: 20 }, A: { pharmacy: 6 } } });
    expect(both.byArea.get('A')!.pharmacy[1]).toBe(36);
    expect(both.byArea.get('B')!.pharmacy[1]).toBe(15);
  });

  it('an ICB of April 2026 made of parts is the sum of the sub-ICBs it holds whole (as its recorded PCN staff are)', () => {
    // N holds A whole and a third of B (by GP FTE): its PCN team is A's alone, 60 and 120 (B's PCNs cannot be split).
    const part = (code: string, share: number) => ({ code, fte: share, headcount: share, patients: share });
    const p = projectTeam({
      base,
      choices: emptyTeamChoices(),
      years: [2027, 2028, 2030],
      subIcbsOf: () => [],
      parentOf: (c) => parent[c] ?? null,
      madeOfParts: [
        { code: 'N', parts: [part('A', 1), part('B', 1 / 3)] },
        { code: 'M', parts: [part('B', 2 / 3)] },
      ],
    });
    expect(p.byArea.get('N')!.pharmacy).toEqual([null, 60, 120]);
    // Nothing held whole: no projection (the chart says the area is not covered), and the 2022 sums are unchanged.
    expect(p.byArea.has('M')).toBe(false);
    expect(p.byArea.get('X')!.pharmacy).toEqual([null, 80, 160]);
    expect(p.byArea.get('E')!.pharmacy).toEqual([null, 80, 160]);
  });

  it('England’s own value replaces the default', () => {
    // 0 a year: flat at the base.
    const flat = run({ ...emptyTeamChoices(), england: { pharmacy: 0 } });
    expect(flat.byArea.get('E')!.pharmacy).toEqual([null, 40, 40]);
  });

  it('GP FTE equivalent adds factor × FTE of each group', () => {
    const p = run({ ...emptyTeamChoices(), gpTimeReleased: { pharmacy: 0.25, allied: 2 } });
    // allied is clamped to 1 (0 FTE anyway). 2028 England: GP 100 + 0.25 × 80 = 120.
    expect(p.gpTimeReleased.allied).toBe(1);
    expect(gpFteEquivalent(100, p.byArea.get('E'), p.gpTimeReleased, 1)).toBe(120);
    expect(gpFteEquivalent(100, p.byArea.get('E'), p.gpTimeReleased, 0)).toBeNull();
  });

  it('uses the same role groups as data/pcn.json', () => {
    const file = pcnFileSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/pcn.json'), 'utf8')));
    expect(file.groups.map((g) => g.key)).toEqual([...TEAM_GROUPS]);
  });
});
