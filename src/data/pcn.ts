// The team files: PCN staff by sub-ICB and date (data/pcn.json), each PCN's own staff at the latest dates
// (pcn-networks.json) and practice staff by role at October 2025 (practice-staff-oct2025.json); see data/SOURCES.md.
// None is on the first screen: each loads when a team metric, lever or PCN table is first used. One queryOptions
// factory per file, as in queries.ts; sumPcnAreas adds sub-ICBs up to an ICB, a region or any scope.
import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile } from './load';
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
