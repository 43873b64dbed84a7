// The primary care team on the map: PCN staff (data/pcn.json) and the whole practice team (practice staff + PCN
// staff) for one staff choice (all staff, a role group or one role), laid into a WorkforceSeries at the financial
// years the PCN files fall in, so metricValue, the map, the Areas table, tooltips and exports read them like any
// other figure. Pure: no React, no fetching (src/data/pcn.ts loads the files when a team metric is first chosen).
import {
  PCN_ROLE_GROUP_KEYS,
  PCN_ROLE_KEYS,
  type PcnArea,
  type PcnFile,
  type PcnRole,
  type PcnRoleGroup,
  type PracticeStaffFile,
} from '../data/schemas';
import type { AreaSeries, WorkforceSeries } from '../data/series';
import { TEAM_GROUPS, type TeamProjection } from '../model';
import { isMonthKey } from '../lib/years';
import { LATEST_BULLETIN_SUFFIX } from './latest-bulletin';

/** The "Staff group" choice of the team metrics: all staff, one role group or one role. */
export type TeamStaff = 'all' | `group:${PcnRoleGroup}` | `role:${PcnRole}`;
export const TEAM_STAFF_DEFAULT: TeamStaff = 'all';

/** Every staff choice: all staff, each role group, each role. */
export const TEAM_STAFF_VALUES: readonly TeamStaff[] = [
  'all',
  ...PCN_ROLE_GROUP_KEYS.map((g) => `group:${g}` as const),
  ...PCN_ROLE_KEYS.map((r) => `role:${r}` as const),
];

/** A staff choice read in any letter case ("ROLE:Pharmacists"), or null. */
export function teamStaffCaseless(value: string): TeamStaff | null {
  const wanted = value.trim().toLowerCase();
  return TEAM_STAFF_VALUES.find((v) => v.toLowerCase() === wanted) ?? null;
}

export function isTeamStaff(value: string): value is TeamStaff {
  if (value === 'all') return true;
  const [kind, key] = value.split(':');
  if (kind === 'group') return (PCN_ROLE_GROUP_KEYS as readonly string[]).includes(key ?? '');
  if (kind === 'role') return (PCN_ROLE_KEYS as readonly string[]).includes(key ?? '');
  return false;
}

/**
 * The PCN file's date shown at each financial year (end year: 2023 = 2022/23). The practice series are September
 * snapshots, so a year takes the PCN file of its September where there is one (Sep 2020, 2021, 2022); 2019/20 takes
 * March 2020 (the first file), 2025/26 November 2025 and 2026/27 June 2026.
 */
export const PCN_YEAR_DATES: readonly { year: number; date: string }[] = [
  { year: 2020, date: '2020-03' },
  { year: 2021, date: '2020-09' },
  { year: 2022, date: '2021-09' },
  { year: 2023, date: '2022-09' },
  { year: 2026, date: '2025-11' },
  { year: 2027, date: '2026-06' },
];

/** The practice staff file's year (October 2025: 2025/26). */
export const PRACTICE_STAFF_YEAR = 2026;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2022-09" → "Sep 2022". */
export function monthLabel(date: string): string {
  const [y, m] = date.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

const PCN_DATE_OF_YEAR = new Map(PCN_YEAR_DATES.map((d) => [d.year, d.date]));

/** The PCN date a year shows, or null. */
export function pcnDateOfYear(year: number): string | null {
  return PCN_DATE_OF_YEAR.get(year) ?? null;
}

/** Below this share of PCNs reporting, a figure says how many reported. */
export const COVERAGE_SHOWN_BELOW = 0.95;

/** "38% of PCNs reporting" where fewer than 95% reported, else null. */
export function coverageNote(share: number | null | undefined): string | null {
  if (share === null || share === undefined || share >= COVERAGE_SHOWN_BELOW) return null;
  return `${Math.round(share * 100)}% of PCNs reporting`;
}

/** The team figures' basis for one area and year, for tooltips and tables: "PCN staff at Sep 2020 · Pharmacists · 50% of PCNs reporting". */
export function teamYearNote(series: WorkforceSeries, code: string, year: number): string[] {
  const date = pcnDateOfYear(year);
  const yi = series.years.indexOf(year);
  const coverage = coverageNote(series.byArea.get(code)?.pcnCoverage?.[yi]);
  return [
    ...(date ? [`PCN staff at ${monthLabel(date)}${year === PRACTICE_STAFF_YEAR ? ', practice staff at Oct 2025' : ''}`] : []),
    ...(series.teamStaffLabel ? [`Staff group: ${series.teamStaffLabel}`] : []),
    ...(coverage ? [coverage] : []),
  ];
}

/** The roles a staff choice counts. */
export function rolesOf(file: Pick<PcnFile, 'roles'>, staff: TeamStaff): PcnRole[] {
  if (staff === 'all') return [...PCN_ROLE_KEYS];
  const [kind, key] = staff.split(':') as ['group' | 'role', string];
  if (kind === 'role') return [key as PcnRole];
  return file.roles.filter((r) => r.group === key).map((r) => r.key);
}

/** The staff choice in words: "All staff", "Pharmacy team", "Pharmacists". */
export function teamStaffLabel(file: Pick<PcnFile, 'roles' | 'groups'> | null, staff: TeamStaff): string {
  if (staff === 'all') return 'All staff';
  const [kind, key] = staff.split(':');
  const found = kind === 'group' ? file?.groups.find((g) => g.key === key) : file?.roles.find((r) => r.key === key);
  return found?.label ?? key ?? staff;
}

/** The staff groups the whole team counts at "All staff": patient care staff of practices and PCNs. */
export const WHOLE_TEAM_ALL_RULE =
  'Whole practice team, all staff: practice GPs (incl. locums and registrars), nurses and direct patient care staff, ' +
  'plus PCN staff in the same groups (PCN GPs, nurses, direct patient care); admin, managers and PCN directors are not ' +
  'counted. By role group or role, the practice figures come from October 2025 only (bulletin tables 6a/6b), so the ' +
  'whole team by role is shown for 2025/26 alone.';

export const PCN_STAFF_RULE =
  'PCN staff: staff employed or contracted by primary care networks (mostly ARRS-funded), as PCNs recorded them in ' +
  'the National Workforce Reporting Service; PCNs that did not report are not estimated, so early years are partly ' +
  'reporting growth.';

const sumRoles = (area: PcnArea, roles: readonly PcnRole[], di: number): number | null => {
  let total = 0;
  let any = false;
  for (const role of roles) {
    const v = area.fte[role]?.[di] ?? null;
    if (v !== null) {
      total += v;
      any = true;
    }
  }
  return any ? total : null;
};

/** An area's PCN FTE for the staff choice at date index di (all staff: the file's total). */
function pcnFteAt(area: PcnArea, roles: readonly PcnRole[], staff: TeamStaff, di: number): number | null {
  if (staff === 'all') return area.totalFte[di] ?? null;
  return sumRoles(area, roles, di);
}

/** PCN staff in the whole team's "all staff" groups (GPs, nurses, direct patient care). */
function pcnClinicalAt(area: PcnArea, di: number): number {
  const g = area.staffGroupFte;
  return (g.gps[di] ?? 0) + (g.nurses[di] ?? 0) + (g.dpc[di] ?? 0);
}

/** Per area: PCN FTE, whole-team FTE and PCNs' reporting share, aligned to `years`. */
export interface TeamFigures {
  pcnFte: (number | null)[];
  teamFte: (number | null)[];
  pcnCoverage: (number | null)[];
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Every area's team figures: a sub-ICB from its own row, England from the file's England row, an ICB or a region
 * as the sum of its sub-ICBs (`leavesOf`). Practice staff come from the series (recorded years) and the October
 * 2025 practice file (2025/26).
 */
export function teamFigures(args: {
  series: WorkforceSeries;
  pcn: PcnFile;
  practiceStaff: PracticeStaffFile | null;
  staff: TeamStaff;
  englandCode: string;
  /** The team projection (model/team.ts): PCN staff after its base year, practice staff held at October 2025. */
  projection?: TeamProjection | null;
}): Map<string, TeamFigures> {
  const { series, staff, projection = null } = args;
  // Everything but the projected years depends on the series, the files and the staff choice, not on the team
  // levers: worked out once per series (a team lever leaves the GP series as it was), so a team lever's repaint
  // only lays the projected years over it.
  const recorded = recordedFor(args);
  const out = new Map<string, TeamFigures>();
  if (!projection) {
    for (const [code, area] of recorded) out.set(code, area.figures);
    return out;
  }
  const projectedIndex = new Map(projection.years.map((y, i) => [y, i]));
  const projectedYears = series.years.flatMap((year, yi) => (year > projection.baseYear && projectedIndex.has(year) ? [yi] : []));
  for (const [code, area] of recorded) {
    const path = projection.byArea.get(code);
    if (!area.complete || !path || projectedYears.length === 0) {
      out.set(code, area.figures);
      continue;
    }
    const figures: TeamFigures = {
      pcnFte: area.figures.pcnFte.slice(),
      teamFte: area.figures.teamFte.slice(),
      pcnCoverage: area.figures.pcnCoverage.slice(),
    };
    const at = area.fixed;
    for (const yi of projectedYears) {
      const pi = projectedIndex.get(series.years[yi]!)!;
      const groupNow = (g: (typeof TEAM_GROUPS)[number]) => path[g][pi] ?? null;
      let pcnNow: number | null = null;
      if (staff === 'all') {
        const parts = TEAM_GROUPS.map(groupNow);
        pcnNow = parts.some((v) => v === null) ? null : parts.reduce<number>((s, v) => s + (v ?? 0), 0);
      } else {
        // A role takes its share of its group's projection, as at the base date in this area.
        pcnNow = 0;
        for (const { group, share } of at.roleShares) {
          const g = groupNow(group);
          if (g === null) {
            pcnNow = null;
            break;
          }
          pcnNow += g * share;
        }
        // A group with no value that year leaves the year as recorded (none: it is after the files).
        if (pcnNow === null) continue;
      }
      figures.pcnFte[yi] = pcnNow === null ? null : round2(pcnNow);
      figures.teamFte[yi] =
        pcnNow === null || at.practice === null ? null : round2(at.practice + at.pcnInTeam + (pcnNow - at.pcnBase));
      figures.pcnCoverage[yi] = null;
    }
    out.set(code, figures);
  }
  return out;
}

/** An area's figures without a projection, whether all its parts are in the PCN file, and the projection's fixed parts. */
interface RecordedArea {
  figures: TeamFigures;
  complete: boolean;
  fixed: FixedTeamParts;
}

/** An area's year-invariant parts of its projected team figures. */
interface FixedTeamParts {
  roleShares: { group: (typeof TEAM_GROUPS)[number]; share: number }[];
  pcnBase: number;
  practice: number | null;
  pcnInTeam: number;
}

const recordedCache = new WeakMap<WorkforceSeries, Map<string, Map<string, RecordedArea>>>();

/** teamFigures without a projection, with each area's fixed parts for one; once per (series, files, staff). */
function recordedFor(args: {
  series: WorkforceSeries;
  pcn: PcnFile;
  practiceStaff: PracticeStaffFile | null;
  staff: TeamStaff;
  englandCode: string;
}): Map<string, RecordedArea> {
  const { series, pcn, practiceStaff, staff, englandCode } = args;
  let bySeries = recordedCache.get(series);
  if (!bySeries) {
    bySeries = new Map();
    recordedCache.set(series, bySeries);
  }
  const key = `${fileId(pcn)}:${fileId(practiceStaff)}:${staff}:${englandCode}`;
  const hit = bySeries.get(key);
  if (hit) return hit;
  const baseDi = pcn.dates.length - 1;
  const groupOfRole = new Map(pcn.roles.map((r) => [r.key, r.group]));
  const roles = rolesOf(pcn, staff);
  const pcnByCode = new Map(pcn.areas.map((a) => [a.code === 'ENG' ? englandCode : a.code, a]));
  const practiceByCode = new Map((practiceStaff?.areas ?? []).map((a) => [a.code === 'ENG' ? englandCode : a.code, a] as const));
  const children = series.childrenOf ?? new Map<string, readonly string[]>();
  const leaves = new Map<string, string[]>();
  const leavesOf = (code: string): string[] => {
    const hit = leaves.get(code);
    if (hit) return hit;
    const kids = children.get(code);
    const found = kids?.length ? kids.flatMap(leavesOf) : [code];
    leaves.set(code, found);
    return found;
  };
  const dateIndex = new Map(pcn.dates.map((d, i) => [d, i]));
  const out = new Map<string, RecordedArea>();
  for (const code of series.byArea.keys()) {
    const own = pcnByCode.get(code);
    const parts = own ? [own] : leavesOf(code).map((c) => pcnByCode.get(c));
    const found = parts.filter((p): p is PcnArea => p !== undefined);
    const complete = found.length === parts.length && found.length > 0;
    const practiceParts = practiceByCode.has(code)
      ? [practiceByCode.get(code)!]
      : leavesOf(code).map((c) => practiceByCode.get(c));
    const practiceFound = practiceParts.every((p) => p !== undefined) && practiceParts.length > 0;
    const area = series.byArea.get(code)!;
    const figures: TeamFigures = { pcnFte: [], teamFte: [], pcnCoverage: [] };
    series.years.forEach((year, yi) => {
      const date = pcnDateOfYear(year);
      const di = date === null ? undefined : dateIndex.get(date);
      if (di === undefined || !complete) {
        figures.pcnFte.push(null);
        figures.teamFte.push(null);
        figures.pcnCoverage.push(null);
        return;
      }
      const values = found.map((p) => pcnFteAt(p, roles, staff, di));
      const pcnFte = values.every((v) => v === null) ? null : round2(values.reduce<number>((s, v) => s + (v ?? 0), 0));
      const active = found.reduce((s, p) => s + (p.pcnsActive[di] ?? 0), 0);
      const reporting = found.reduce((s, p) => s + (p.pcnsReporting[di] ?? 0), 0);
      figures.pcnFte.push(pcnFte);
      figures.pcnCoverage.push(active > 0 ? reporting / active : null);
      figures.teamFte.push(wholeTeam());

      function wholeTeam(): number | null {
        if (staff === 'all') {
          const pcnClinical = found.reduce((s, p) => s + pcnClinicalAt(p, di!), 0);
          if (year === PRACTICE_STAFF_YEAR) {
            if (!practiceFound) return null;
            const practice = practiceParts.reduce((s, p) => {
              const g = p!.fte.staffGroups;
              return s + (g.gps ?? 0) + (g.nurses ?? 0) + (g.dpc ?? 0);
            }, 0);
            return round2(practice + pcnClinical);
          }
          const gps = area.fte[yi] ?? null;
          const others = area.locumTraineeFte?.[yi] ?? null;
          const nurses = area.nurseFte?.[yi] ?? null;
          const dpc = area.dpcFte?.[yi] ?? null;
          if (gps === null || others === null || nurses === null || dpc === null) return null;
          return round2(gps + others + nurses + dpc + pcnClinical);
        }
        if (year !== PRACTICE_STAFF_YEAR || !practiceFound || pcnFte === null) return null;
        const practice = practiceParts.reduce((s, p) => s + roles.reduce((r, role) => r + (p!.fte.roles[role] ?? 0), 0), 0);
        return round2(practice + pcnFte);
      }
    });

    // The year-invariant parts of the projected figures (teamFigures).
    const roleShares = roles.map((role) => {
      const group = groupOfRole.get(role)! as (typeof TEAM_GROUPS)[number];
      const roleBase = found.reduce((s, p) => s + (p.fte[role]?.[baseDi] ?? 0), 0);
      const groupBase = found.reduce(
        (s, p) => s + pcn.roles.filter((r) => r.group === group).reduce((t, r) => t + (p.fte[r.key]?.[baseDi] ?? 0), 0),
        0,
      );
      return { group, share: groupBase > 0 ? roleBase / groupBase : 0 };
    });
    const pcnBase = found.reduce((s, p) => s + (pcnFteAt(p, roles, staff, baseDi) ?? 0), 0);
    const practice = !practiceFound
      ? null
      : staff === 'all'
        ? practiceParts.reduce(
            (s, p) => s + (p!.fte.staffGroups.gps ?? 0) + (p!.fte.staffGroups.nurses ?? 0) + (p!.fte.staffGroups.dpc ?? 0),
            0,
          )
        : practiceParts.reduce((s, p) => s + roles.reduce((r, role) => r + (p!.fte.roles[role] ?? 0), 0), 0);
    const pcnInTeam = staff === 'all' ? found.reduce((s, p) => s + pcnClinicalAt(p, baseDi), 0) : pcnBase;
    out.set(code, { figures, complete, fixed: { roleShares, pcnBase, practice, pcnInTeam } });
  }
  bySeries.set(key, out);
  return out;
}

const withTeamCache = new WeakMap<WorkforceSeries, Map<string, { projection: TeamProjection | null; out: WorkforceSeries }>>();
const fileIds = new WeakMap<object, number>();
let nextFileId = 1;
const fileId = (file: object | null) => {
  if (!file) return 0;
  let id = fileIds.get(file);
  if (id === undefined) {
    id = nextFileId++;
    fileIds.set(file, id);
  }
  return id;
};

/**
 * The series with each area's team figures for the staff choice added (pcnFte, teamFte, pcnCoverage), one object
 * per (series, files, staff, projection), so every caller shares it. Only the latest projection's is kept per
 * (series, files, staff): a team lever makes a new projection on every move, over the same series.
 */
export function withTeam(
  series: WorkforceSeries,
  pcn: PcnFile,
  practiceStaff: PracticeStaffFile | null,
  staff: TeamStaff,
  englandCode: string,
  projection: TeamProjection | null = null,
): WorkforceSeries {
  let bySeries = withTeamCache.get(series);
  if (!bySeries) {
    bySeries = new Map();
    withTeamCache.set(series, bySeries);
  }
  const key = `${fileId(pcn)}:${fileId(practiceStaff)}:${staff}:${englandCode}`;
  const hit = bySeries.get(key);
  if (hit && hit.projection === projection) return hit.out;
  const figures = teamFigures({ series, pcn, practiceStaff, staff, englandCode, projection });
  const byArea = new Map<string, AreaSeries>();
  for (const [code, area] of series.byArea) {
    const f = figures.get(code);
    byArea.set(code, f ? { ...area, pcnFte: f.pcnFte, teamFte: f.teamFte, pcnCoverage: f.pcnCoverage } : area);
  }
  const out: WorkforceSeries = { ...series, byArea, teamStaff: staff, teamStaffLabel: teamStaffLabel(pcn, staff) };
  bySeries.set(key, { projection, out });
  return out;
}

/** One row of an area's PCN staff table: a role group with its FTE and its roles'. */
export interface PcnGroupRow {
  key: PcnRoleGroup;
  label: string;
  fte: number | null;
  roles: { key: PcnRole; label: string; fte: number | null }[];
}

/**
 * An area's PCN staff by role group and role at one of the file's dates (England: its own row; any other area: the
 * sum of its sub-ICBs), with the total and the share of its PCNs reporting.
 */
export function pcnGroupRows(
  pcn: PcnFile,
  subIcbs: readonly string[] | 'england',
  date: string,
): { rows: PcnGroupRow[]; total: number | null; coverage: number | null } | null {
  const di = pcn.dates.indexOf(date);
  if (di < 0) return null;
  const parts =
    subIcbs === 'england'
      ? pcn.areas.filter((a) => a.level === 'england')
      : subIcbs.map((c) => pcn.areas.find((a) => a.level === 'subicb' && a.code === c));
  if (parts.length === 0 || parts.some((p) => p === undefined)) return null;
  const found = parts as PcnArea[];
  const roleFte = (role: PcnRole) => {
    const values = found.map((p) => p.fte[role]?.[di] ?? null);
    return values.every((v) => v === null) ? null : round2(values.reduce<number>((s, v) => s + (v ?? 0), 0));
  };
  const rows = pcn.groups.map((g) => {
    const roles = pcn.roles.filter((r) => r.group === g.key).map((r) => ({ key: r.key, label: r.label, fte: roleFte(r.key) }));
    const known = roles.filter((r) => r.fte !== null);
    return {
      key: g.key,
      label: g.label,
      fte: known.length ? round2(known.reduce((s, r) => s + (r.fte ?? 0), 0)) : null,
      roles,
    };
  });
  const active = found.reduce((s, p) => s + (p.pcnsActive[di] ?? 0), 0);
  const reporting = found.reduce((s, p) => s + (p.pcnsReporting[di] ?? 0), 0);
  return {
    rows,
    total: round2(found.reduce((s, p) => s + (p.totalFte[di] ?? 0), 0)),
    coverage: active > 0 ? reporting / active : null,
  };
}

/** A team metric's label with the staff group when it is not all staff: "PCN staff FTE (Pharmacists)". */
export function withStaffLabel<M extends { label: string; group: string }>(metric: M, staffLabel: string | undefined): M {
  if (metric.group !== 'pcn' || !staffLabel || staffLabel === 'All staff') return metric;
  return { ...metric, label: `${metric.label} (${staffLabel})` };
}

/**
 * What follows a year in titles and captions: " (projected)" after the last recorded year, except that a team
 * metric's year with a PCN file is recorded ("2025/26 (PCN staff at Nov 2025)"), and a bulletin month is the latest
 * bulletin ("Oct 2025 (latest bulletin)").
 */
export function yearSuffix(metric: { group: string }, year: number, lastDataYear: number): string {
  const date = metric.group === 'pcn' ? pcnDateOfYear(year) : null;
  if (date) return ` (PCN staff at ${monthLabel(date)})`;
  if (isMonthKey(year)) return LATEST_BULLETIN_SUFFIX;
  return year > lastDataYear ? ' (projected)' : '';
}
