/**
 * The primary care network (PCN) team's projection: FTE by role group for every sub-ICB, from the latest PCN file
 * (June 2026, financial year 2026/27), growing by a number of FTE a year per role group.
 *
 * Method:
 *   1. England's growth for a group is the planner's value, else the default (England's recorded growth since PCN
 *      reporting coverage reached 95%: data/pcn.json defaults.sinceCoverage).
 *   2. Each sub-ICB takes England's growth times its share of England's FTE of that group at the base date (an
 *      area with none of the group gets none of its growth). A region or ICB with its own growth for a group
 *      shares its own value among its sub-ICBs by their share of the scope's FTE of the group; a smaller scope inside
 *      a larger one wins for its sub-ICBs (as for the GP levers).
 *   3. FTE(y) = max(0, base + growth × (y − baseYear)): linear, floored at 0. ICBs, regions and England are the sums
 *      of their sub-ICBs, so a scope's lever changes that scope (and the sums that contain it) and nothing else.
 *   4. GP FTE equivalent = GP FTE + Σ_group factor × FTE of the group, where factor is the planner's "GP time
 *      released" per FTE of the group (default 0: counted only as staff; no published estimate is in the data).
 * Units: FTE; years are financial-year ends (2027 = 2026/27).
 * Sources: NHS Digital PCN workforce (data/pcn.json, data/SOURCES.md).
 */
import type { AreaPart } from './types';

/** PCN role groups (the same keys as data/pcn.json's groups: a test checks they agree). */
export const TEAM_GROUPS = [
  'pharmacy',
  'allied',
  'nursing',
  'mentalHealth',
  'personalisedCare',
  'gps',
  'support',
  'otherClinical',
] as const;
export type TeamGroup = (typeof TEAM_GROUPS)[number];
export type TeamGroupValues = Readonly<Partial<Record<TeamGroup, number>>>;

/** The team choices of a scenario: growth per year by group for England and for scopes, and GP time released. */
export interface TeamChoices {
  /** England's growth in FTE a year, by group (missing: the default). */
  readonly england: TeamGroupValues;
  /** A region's or ICB's own growth in FTE a year, by group (its own total). */
  readonly scopes: Readonly<Record<string, TeamGroupValues>>;
  /** GP FTE released per FTE of the group (0 to 1; missing: 0). */
  readonly gpTimeReleased: TeamGroupValues;
}

export const emptyTeamChoices = (): TeamChoices => ({ england: {}, scopes: {}, gpTimeReleased: {} });

/** The data the team projection starts from. */
export interface TeamBase {
  /** The base date's financial year (2027 = June 2026). */
  readonly baseYear: number;
  /** FTE by group at the base date per sub-ICB. */
  readonly bySubIcb: ReadonlyMap<string, Readonly<Record<TeamGroup, number>>>;
  /** England's default growth in FTE a year, by group. */
  readonly defaultGrowth: Readonly<Record<TeamGroup, number>>;
}

/** Growth a year a group may be set to, for England; a scope's range is this times its share (whole units). */
export const TEAM_GROWTH_RANGE = { min: -500, max: 3000, step: 10 } as const;
/** GP time released per FTE: 0 to 1 GP FTE. */
export const GP_TIME_RANGE = { min: 0, max: 1, step: 0.05 } as const;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A scope's FTE of each group at the base date (sum of its sub-ICBs). */
export function teamBaseOf(base: TeamBase, subIcbs: readonly string[]): Record<TeamGroup, number> {
  const out = Object.fromEntries(TEAM_GROUPS.map((g) => [g, 0])) as Record<TeamGroup, number>;
  for (const code of subIcbs) {
    const row = base.bySubIcb.get(code);
    if (!row) continue;
    for (const g of TEAM_GROUPS) out[g] += row[g] ?? 0;
  }
  return out;
}

/** A scope's default growth for a group: England's (the planner's, or the default) times its share of the group. */
export function scopeTeamDefault(
  base: TeamBase,
  choices: Pick<TeamChoices, 'england'>,
  subIcbs: readonly string[],
  group: TeamGroup,
): number {
  const englandRate = finite(choices.england[group]) ? choices.england[group] : base.defaultGrowth[group];
  const england = teamBaseOf(base, [...base.bySubIcb.keys()])[group];
  const scope = teamBaseOf(base, subIcbs)[group];
  return england > 0 ? (englandRate * scope) / england : 0;
}

export interface TeamProjection {
  readonly baseYear: number;
  /** The projected years (as the GP projection's). */
  readonly years: readonly number[];
  /** FTE by group per area (sub-ICBs, and every parent summed), one value per year; null before the base year. */
  readonly byArea: ReadonlyMap<string, Readonly<Record<TeamGroup, readonly (number | null)[]>>>;
  /** GP FTE released per FTE of each group, as used. */
  readonly gpTimeReleased: Readonly<Record<TeamGroup, number>>;
}

/**
 * Projects every sub-ICB's PCN team by group and sums them to their parents (`parentOf`). `subIcbsOf(scope)` lists a
 * region's or ICB's sub-ICBs; scopes are applied largest first, so a smaller scope inside wins.
 */
export function projectTeam(args: {
  base: TeamBase;
  choices: TeamChoices;
  years: readonly number[];
  subIcbsOf: (scope: string) => readonly string[];
  parentOf: (code: string) => string | null;
  /**
   * Areas made of sub-ICBs that are not their parent (the ICBs of April 2026 made of parts): each is the sum of the
   * sub-ICBs it holds whole, as its recorded PCN staff are (a split sub-ICB's PCNs cannot be placed by part).
   */
  madeOfParts?: readonly { readonly code: string; readonly parts: readonly AreaPart[] }[];
}): TeamProjection {
  const { base, choices, years, subIcbsOf, parentOf, madeOfParts = [] } = args;
  const codes = [...base.bySubIcb.keys()];
  const englandFte = teamBaseOf(base, codes);
  // Growth a year per sub-ICB and group: England's share first, then each scope's own (largest first).
  const growth = new Map<string, Record<TeamGroup, number>>();
  for (const code of codes) {
    const row = base.bySubIcb.get(code)!;
    const rates = {} as Record<TeamGroup, number>;
    for (const g of TEAM_GROUPS) {
      const rate = finite(choices.england[g]) ? choices.england[g] : base.defaultGrowth[g];
      rates[g] = englandFte[g] > 0 ? (rate * (row[g] ?? 0)) / englandFte[g] : 0;
    }
    growth.set(code, rates);
  }
  const scopes = Object.entries(choices.scopes)
    .map(([code, values]) => ({ code, values, areas: subIcbsOf(code).filter((c) => base.bySubIcb.has(c)) }))
    .filter((s) => s.areas.length > 0 && Object.values(s.values).some(finite))
    .sort((a, b) => b.areas.length - a.areas.length || a.code.localeCompare(b.code));
  for (const scope of scopes) {
    const scopeFte = teamBaseOf(base, scope.areas);
    for (const g of TEAM_GROUPS) {
      const rate = scope.values[g];
      if (!finite(rate)) continue;
      for (const code of scope.areas) {
        const own = base.bySubIcb.get(code)![g] ?? 0;
        const share = scopeFte[g] > 0 ? own / scopeFte[g] : 1 / scope.areas.length;
        growth.get(code)![g] = rate * share;
      }
    }
  }
  const n = years.length;
  const sums = new Map<string, Record<TeamGroup, Float64Array>>();
  const bucket = (code: string) => {
    let b = sums.get(code);
    if (!b) {
      b = Object.fromEntries(TEAM_GROUPS.map((g) => [g, new Float64Array(n)])) as Record<TeamGroup, Float64Array>;
      sums.set(code, b);
    }
    return b;
  };
  for (const code of codes) {
    const row = base.bySubIcb.get(code)!;
    const rates = growth.get(code)!;
    const own = {} as Record<TeamGroup, Float64Array>;
    for (const g of TEAM_GROUPS) {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i += 1) {
        const year = years[i] ?? 0;
        values[i] = Math.max(0, (row[g] ?? 0) + rates[g] * (year - base.baseYear));
      }
      own[g] = values;
    }
    for (let c: string | null = code; c; c = parentOf(c)) {
      const b = bucket(c);
      for (const g of TEAM_GROUPS) for (let i = 0; i < n; i += 1) b[g][i] = (b[g][i] ?? 0) + (own[g][i] ?? 0);
    }
  }
  for (const area of madeOfParts) {
    const whole = area.parts.filter((p) => p.fte === 1 && sums.has(p.code));
    if (whole.length === 0) continue;
    const b = bucket(area.code);
    for (const part of whole) {
      const own = sums.get(part.code)!;
      for (const g of TEAM_GROUPS) for (let i = 0; i < n; i += 1) b[g][i] = (b[g][i] ?? 0) + (own[g][i] ?? 0);
    }
  }
  const byArea = new Map<string, Record<TeamGroup, (number | null)[]>>();
  for (const [code, b] of sums)
    byArea.set(
      code,
      Object.fromEntries(
        TEAM_GROUPS.map((g) => [g, Array.from(b[g], (v, i) => ((years[i] ?? 0) > base.baseYear ? v : null))]),
      ) as Record<TeamGroup, (number | null)[]>,
    );
  const gpTimeReleased = Object.fromEntries(
    TEAM_GROUPS.map((g) => {
      const f = choices.gpTimeReleased[g];
      return [g, finite(f) ? Math.min(GP_TIME_RANGE.max, Math.max(GP_TIME_RANGE.min, f)) : 0];
    }),
  ) as Record<TeamGroup, number>;
  return { baseYear: base.baseYear, years, byArea, gpTimeReleased };
}

/** GP FTE equivalent in year index i: GP FTE + Σ factor × the group's FTE (null where either is unknown). */
export function gpFteEquivalent(
  gpFte: number | null,
  team: Readonly<Record<TeamGroup, readonly (number | null)[]>> | undefined,
  factors: Readonly<Record<TeamGroup, number>>,
  i: number,
): number | null {
  if (gpFte === null || !team) return null;
  let extra = 0;
  for (const g of TEAM_GROUPS) {
    const fte = team[g][i] ?? null;
    if (fte === null) return null;
    extra += factors[g] * fte;
  }
  return gpFte + extra;
}
