// Puts a planner's own PCN staff figures (from an uploaded CSV, checked by features/upload/validate-rows.ts) into
// the PCN file: each covered sub-ICB / date / role's FTE is replaced, and the difference is carried into that
// sub-ICB's and England's totals (all PCN staff, and the staff group the role belongs to), so the role groups, the
// totals, the whole-practice-team metrics and the team projection (which starts from the latest date) all follow.
// Headcount is left as it was (an upload gives FTE only), and so are the PCNs reporting.
// Pure: returns a new file and never changes the one it was given.
import type { PcnArea, PcnFile, PcnRole } from './schemas';
import type { PCN_STAFF_GROUP_KEYS } from './schemas';

export interface PcnOverride {
  /** Sub-ICB code. */
  code: string;
  /** One of the PCN file's dates ("2026-06"). */
  date: string;
  role: PcnRole;
  /** FTE (stored to 2 dp, as in pcn.json). */
  fte: number;
}

type StaffGroup = (typeof PCN_STAFF_GROUP_KEYS)[number];

/**
 * The bulletin staff group a role's FTE counts in (NHS Digital's STAFF_GROUP of the STAFF_ROLE labels the role is
 * made of, as the November 2025 individual-level file has them): PCN GPs in "Other GPs", nurses in "Other Nurses",
 * digital and transformation leads and admin and management in "Other Admin/Non-clinical staff" (PCN directors,
 * which the admin role also holds, are counted there too), every other role in "Other Direct Patient Care staff".
 * Mental health practitioners include a few nurses (Community Mental Health Nurses): counted as direct patient care.
 */
export function staffGroupOfRole(role: PcnRole): StaffGroup {
  if (role === 'gps') return 'gps';
  if (role === 'nurses') return 'nurses';
  if (role === 'digitalLeads' || role === 'adminManagement') return 'admin';
  return 'dpc';
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function applyPcnOverrides(file: PcnFile, overrides: readonly PcnOverride[]): PcnFile {
  if (overrides.length === 0) return file;
  const dateIndex = new Map(file.dates.map((d, i) => [d, i]));
  const copies = new Map<string, PcnArea>();
  const copy = (area: PcnArea): PcnArea => {
    let c = copies.get(area.code);
    if (!c) {
      c = {
        ...area,
        fte: Object.fromEntries(Object.entries(area.fte).map(([k, v]) => [k, [...v]])) as PcnArea['fte'],
        staffGroupFte: Object.fromEntries(
          Object.entries(area.staffGroupFte).map(([k, v]) => [k, [...v]]),
        ) as PcnArea['staffGroupFte'],
        totalFte: [...area.totalFte],
      };
      copies.set(area.code, c);
    }
    return c;
  };
  const subIcbs = new Map(file.areas.filter((a) => a.level === 'subicb').map((a) => [a.code, a]));
  const england = file.areas.find((a) => a.level === 'england');
  for (const o of overrides) {
    const di = dateIndex.get(o.date);
    const base = subIcbs.get(o.code);
    if (di === undefined || !base) continue;
    const area = copy(base);
    const before = area.fte[o.role]?.[di] ?? null;
    if (before === null) continue; // not collected then (the validator rejects such rows)
    const delta = round2(o.fte) - before;
    const group = staffGroupOfRole(o.role);
    for (const target of england ? [area, copy(england)] : [area]) {
      target.fte[o.role]![di] = round2((target.fte[o.role]![di] ?? 0) + delta);
      target.staffGroupFte[group][di] = round2((target.staffGroupFte[group][di] ?? 0) + delta);
      target.totalFte[di] = round2((target.totalFte[di] ?? 0) + delta);
    }
  }
  return { ...file, areas: file.areas.map((a) => copies.get(a.code) ?? a) };
}
