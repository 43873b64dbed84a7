// The team files: PCN staff by sub-ICB and date (data/pcn.json), each PCN's own staff at the latest dates
// (pcn-networks.json) and practice staff by role at October 2025 (practice-staff-oct2025.json); see data/SOURCES.md.
// None is on the first screen: each loads when a team metric, lever or PCN table is first used. One queryOptions
// factory per file, as in queries.ts; sumPcnAreas adds sub-ICBs up to an ICB, a region or any scope.
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';
import { TEAM_GROUPS, type TeamBase, type TeamGroup } from '../model';
import {
  PCN_ROLE_KEYS,
  PCN_STAFF_GROUP_KEYS,
  pcnFileSchema,
  pcnNetworksFileSchema,
  practiceStaffFileSchema,
  type PcnArea,
  type PcnFile,
  type PcnRole,
} from './schemas';

export const PCN_FILES = {
  pcn: 'pcn.json',
  networks: 'pcn-networks.json',
  practiceStaff: 'practice-staff-oct2025.json',
} as const;

const staticFile = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

export const pcnQuery = () =>
  queryOptions({
    queryKey: ['data', PCN_FILES.pcn],
    queryFn: ({ signal }) => fetchDataFile(PCN_FILES.pcn, pcnFileSchema, signal),
    ...staticFile,
  });
export const pcnNetworksQuery = () =>
  queryOptions({
    queryKey: ['data', PCN_FILES.networks],
    queryFn: ({ signal }) => fetchDataFile(PCN_FILES.networks, pcnNetworksFileSchema, signal),
    ...staticFile,
  });
export const practiceStaffQuery = () =>
  queryOptions({
    queryKey: ['data', PCN_FILES.practiceStaff],
    queryFn: ({ signal }) => fetchDataFile(PCN_FILES.practiceStaff, practiceStaffFileSchema, signal),
    ...staticFile,
  });

/** A scope's PCN staff, summed from its sub-ICBs at each of the file's dates. */
export interface PcnTotals {
  /** FTE per role; null at a date the role was not collected. */
  fte: Record<PcnRole, (number | null)[]>;
  staffGroupFte: Record<(typeof PCN_STAFF_GROUP_KEYS)[number], number[]>;
  totalFte: number[];
  pcnsActive: number[];
  pcnsReporting: number[];
  /** Sub-ICB codes asked for that the file does not have. */
  missing: string[];
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Sums the sub-ICBs `codes` (an ICB's, a region's, a planner's scope) at every date. FTE adds up; headcount does
 * not (someone can work in two sub-ICBs), so it is left out: use a sub-ICB's own or England's. A role not collected
 * at a date is null in every sub-ICB then, and stays null.
 */
export function sumPcnAreas(file: PcnFile, codes: readonly string[]): PcnTotals {
  const byCode = new Map<string, PcnArea>(file.areas.filter((a) => a.level === 'subicb').map((a) => [a.code, a]));
  const found = codes.filter((c) => byCode.has(c)).map((c) => byCode.get(c)!);
  const n = file.dates.length;
  const sum = (pick: (a: PcnArea) => readonly (number | null)[]) =>
    Array.from({ length: n }, (_, i) =>
      found.length > 0 && found.every((a) => pick(a)[i] === null)
        ? null
        : round2(found.reduce((s, a) => s + (pick(a)[i] ?? 0), 0)),
    );
  const sumNumbers = (pick: (a: PcnArea) => readonly number[]) =>
    Array.from({ length: n }, (_, i) => round2(found.reduce((s, a) => s + (pick(a)[i] ?? 0), 0)));
  return {
    fte: Object.fromEntries(PCN_ROLE_KEYS.map((k) => [k, sum((a) => a.fte[k])])) as PcnTotals['fte'],
    staffGroupFte: Object.fromEntries(
      PCN_STAFF_GROUP_KEYS.map((k) => [k, sumNumbers((a) => a.staffGroupFte[k])]),
    ) as PcnTotals['staffGroupFte'],
    totalFte: sumNumbers((a) => a.totalFte),
    pcnsActive: sumNumbers((a) => a.pcnsActive),
    pcnsReporting: sumNumbers((a) => a.pcnsReporting),
    missing: codes.filter((c) => !byCode.has(c)),
  };
}

/** Share of PCNs reporting at date index `i` (0-1), or null where none is active. */
export function reportingShare(totals: Pick<PcnTotals, 'pcnsActive' | 'pcnsReporting'>, i: number): number | null {
  const active = totals.pcnsActive[i] ?? 0;
  return active > 0 ? (totals.pcnsReporting[i] ?? 0) / active : null;
}

/** The financial year (end year) a month falls in: April 2026 to March 2027 is 2027 (2026/27). */
export function financialYearOf(date: string): number {
  const [y, m] = date.split('-').map(Number);
  return (m ?? 1) >= 4 ? (y ?? 0) + 1 : (y ?? 0);
}

const teamBaseCache = new WeakMap<PcnFile, TeamBase>();

/**
 * The team projection's start (model/team.ts): each sub-ICB's FTE by role group at the file's latest date (June
 * 2026), and England's default growth a year by group (recorded since coverage reached 95%: defaults.sinceCoverage).
 */
export function teamBaseOf(file: PcnFile): TeamBase {
  const hit = teamBaseCache.get(file);
  if (hit) return hit;
  const di = file.dates.length - 1;
  const groupOf = new Map(file.roles.map((r) => [r.key, r.group]));
  const bySubIcb = new Map<string, Record<TeamGroup, number>>();
  for (const area of file.areas) {
    if (area.level !== 'subicb') continue;
    const row = Object.fromEntries(TEAM_GROUPS.map((g) => [g, 0])) as Record<TeamGroup, number>;
    for (const role of PCN_ROLE_KEYS) {
      const group = groupOf.get(role) as TeamGroup | undefined;
      if (group) row[group] += area.fte[role]?.[di] ?? 0;
    }
    bySubIcb.set(area.code, row);
  }
  const groups = file.defaults.sinceCoverage.groups;
  const defaultGrowth = Object.fromEntries(TEAM_GROUPS.map((g) => [g, groups[g]?.ftePerYear ?? 0])) as Record<TeamGroup, number>;
  const base: TeamBase = { baseYear: financialYearOf(file.dates[di] ?? ''), bySubIcb, defaultGrowth };
  teamBaseCache.set(file, base);
  return base;
}
