// The team chart PNG's PCN lever block: each PCN team lever the scenario set away from its default, with its value,
// its default and whose it is; one line when none is changed.
import { describe, expect, it } from 'vitest';
import { teamLeverGroups } from '../../../src/features/export/export-text';
import { TEAM_GROUPS, type TeamBase, type TeamChoices, type TeamGroup } from '../../../src/model';

const row = (pharmacy: number, allied: number) =>
  Object.fromEntries(TEAM_GROUPS.map((g) => [g, g === 'pharmacy' ? pharmacy : g === 'allied' ? allied : 0])) as Record<
    TeamGroup,
    number
  >;
// Two sub-ICBs: S1 has 30 of England's 100 pharmacy FTE, S2 70. England's recorded growth: pharmacy 100 a year,
// allied 20, the rest 0.
const base: TeamBase = {
  baseYear: 2027,
  bySubIcb: new Map([
    ['S1', row(30, 10)],
    ['S2', row(70, 10)],
  ]),
  defaultGrowth: row(100, 20),
};
const names: Record<string, string> = { R: 'Region R', Q: 'ICB Q' };
const groups = (team: TeamChoices | undefined) =>
  teamLeverGroups({
    team,
    base,
    labelOf: (g) => (g === 'pharmacy' ? 'Pharmacy team' : g === 'allied' ? 'Allied' : g),
    nameOf: (c) => names[c] ?? c,
    subIcbsOf: (c) => (c === 'R' || c === 'Q' ? ['S1'] : []),
  });

describe('the team PNG lever block', () => {
  it('names each PCN team lever set away from its default, with its value, default and scope', () => {
    const result = groups({
      // Allied at 20 is its default: not listed.
      england: { pharmacy: 200, allied: 20 },
      // R's default pharmacy growth is England's 200 × S1's share 30/100 = 60: 90 is listed. Q's 60 is its default.
      scopes: { R: { pharmacy: 90 }, Q: { pharmacy: 60 } },
      gpTimeReleased: { pharmacy: 0.25 },
    });
    expect(result).toEqual([
      {
        heading: 'PCN team levers, England-wide',
        scope: 'England-wide',
        lines: [
          'PCN growth, Pharmacy team: 200.0 FTE a year (default 100.0, recorded growth)',
          'GP time released, Pharmacy team: 0.25 GP FTE per FTE (default 0)',
        ],
      },
      {
        heading: 'Region R: own PCN team levers (others follow England)',
        scope: 'Region R',
        lines: ['PCN growth, Pharmacy team: 90.0 FTE a year (default 60.0, its share of England’s)'],
      },
    ]);
  });

  it('says every PCN team lever is at its default when none is changed', () => {
    for (const team of [undefined, { england: { allied: 20 }, scopes: {}, gpTimeReleased: { pharmacy: 0 } }]) {
      const result = groups(team);
      expect(result).toHaveLength(1);
      expect(result[0]!.heading).toBe('PCN team levers (defaults)');
      expect(result[0]!.lines[0]).toMatch(/^Every PCN team lever at its default/);
    }
  });
});
