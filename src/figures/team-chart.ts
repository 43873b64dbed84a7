// The primary care team chart's figures: an area's whole practice team stacked by group over time. Practice staff
// (qualified permanent GPs, locums and registrars, nurses, direct patient care) stand at the bottom, from the annual
// practice-level series and the October 2025 bulletin tables; PCN staff by role group above them, from the PCN files.
// Recorded rows are the PCN file dates that have practice figures beside them; projected rows follow, with practice
// GPs from the GP projection, the other practice staff held at their latest figures, and PCN staff from the team
// projection (model/team.ts). Without practice figures (loading, or a file failed) the chart is the PCN staff alone,
// at every PCN date. Pure: the chart, its table, presentation mode and the PNG all read these rows.
import type { BulletinLatestFile, PcnFile, PracticeStaffFile } from '../data/schemas';
import type { WorkforceSeries } from '../data/series';
import { TEAM_GROUPS, type TeamGroup, type TeamProjection } from '../model';
import { fyLabel } from '../lib/years';
import { coverageNote, monthLabel, pcnGroupRows } from './team-series';

/** The practice-employed groups of the stack, bottom first. */
export const PRACTICE_GROUPS = ['practiceGps', 'practiceLocums', 'practiceNurses', 'practiceDpc'] as const;
export type PracticeGroup = (typeof PRACTICE_GROUPS)[number];
export const PRACTICE_GROUP_LABELS: Readonly<Record<PracticeGroup, string>> = {
  practiceGps: 'Practice GPs (qualified permanent)',
  practiceLocums: 'Practice GP locums and registrars',
  practiceNurses: 'Practice nurses',
  practiceDpc: 'Practice direct patient care staff',
};

export interface TeamChartRow {
  /** Time in years (Jun 2026 = 2026 + 5/12). */
  t: number;
  /** "Jun 2026" or "Jun 2027 (2027/28, projected)". */
  label: string;
  projected: boolean;
  /** FTE per group, in the figures' groups order (practice, then PCN); null where none of the group was collected. */
  values: readonly (number | null)[];
  /** Every group's FTE: the whole practice team with practice staff, else the PCN staff. */
  total: number | null;
  /** PCN staff FTE (the PCN groups). */
  pcnTotal: number | null;
  /** Practice staff FTE (the practice groups), null without them. */
  practiceTotal: number | null;
  /** Share of PCNs reporting (recorded rows), else null. */
  coverage: number | null;
  /** Where the row's practice figures come from ("practice-level, 2020/21 mean"), null without them. */
  practiceBasis: string | null;
  /** Projected rows: the 80% range of practice GPs (qualified permanent) from the GP projection, where known. */
  practiceGpRange: { low: number; high: number } | null;
}

export interface TeamChartGroup {
  key: TeamGroup | PracticeGroup;
  label: string;
  kind: 'practice' | 'pcn';
}

export interface TeamChartFigures {
  groups: readonly TeamChartGroup[];
  rows: readonly TeamChartRow[];
  /** The last recorded row's index (the projection starts from it). */
  baseIndex: number;
  /** The earliest recorded date whose coverage was below 95%, and the latest such: "Mar 2020 to Dec 2022". */
  lowCoverage: string | null;
  /** Whether practice staff are stacked (else PCN staff alone). */
  withPractice: boolean;
}

/** "2026-06" -> 2026.4167 (the start of the month, in years). */
export function dateTime(date: string): number {
  const [year = '0', month = '1'] = date.split('-');
  return Number(year) + (Number(month) - 1) / 12;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** What the chart stacks, in words: "practice and PCN staff FTE by staff group" (or PCN staff alone). */
export function teamChartWhat(figures: Pick<TeamChartFigures, 'withPractice'>): string {
  return figures.withPractice ? 'practice and PCN staff FTE by staff group' : 'PCN staff FTE by role group';
}

/** An area's practice staff beside the PCN dates, and the GP projection after them. */
export interface PracticeTeam {
  /** Recorded practice staff by PRACTICE_GROUPS, keyed by the PCN file date they stand beside. */
  recorded: ReadonlyMap<string, { values: readonly number[]; basis: string }>;
  /** Qualified permanent GP FTE by projected financial year (the GP projection), with its 80% range where known. */
  projectedGps: ReadonlyMap<number, { fte: number; low: number | null; high: number | null }>;
  /** The basis of the projected rows' practice figures. */
  projectedBasis: string;
}

/** Months from one "YYYY-MM" to another. */
const monthsBetween = (from: string, to: string) => Math.round((dateTime(to) - dateTime(from)) * 12);

/**
 * An area's practice staff for the team chart. `seriesCodes` are the rows of `series` to add up (England's own row,
 * an area's own, or the sub-ICBs of an ICB made of parts); `fileCodes` the rows of the October 2025 files (England:
 * 'ENG'; otherwise its sub-ICBs). A financial year's practice-level means (areas.json) stand beside the PCN file of
 * its September (2021 = 2020/21 beside Sep 2020); the October 2025 bulletin tables beside the next PCN file within
 * two months (Nov 2025), qualified permanent GPs from the latest bulletin file and locums and registrars as all GPs
 * less those. Null where no PCN date has practice figures.
 */
export function practiceTeamOf(args: {
  pcnDates: readonly string[];
  /** History, then the GP projection's years (with fteLow/fteHigh). */
  series: WorkforceSeries;
  lastDataYear: number;
  seriesCodes: readonly string[];
  practiceStaff: PracticeStaffFile | null;
  bulletin: BulletinLatestFile | null;
  fileCodes: readonly string[];
}): PracticeTeam | null {
  const { pcnDates, series, lastDataYear, seriesCodes, practiceStaff, bulletin, fileCodes } = args;
  const recorded = new Map<string, { values: readonly number[]; basis: string }>();
  const rows = seriesCodes.map((c) => series.byArea.get(c));
  const sumAt = (pick: (r: NonNullable<(typeof rows)[number]>) => readonly (number | null)[] | undefined, yi: number) => {
    let total = 0;
    for (const r of rows) {
      const v = r ? pick(r)?.[yi] : undefined;
      if (v === null || v === undefined) return null;
      total += v;
    }
    return rows.length > 0 ? round2(total) : null;
  };
  series.years.forEach((year, yi) => {
    if (year > lastDataYear) return;
    const date = `${year - 1}-09`;
    if (!pcnDates.includes(date)) return;
    const values = [
      sumAt((r) => r.fte, yi),
      sumAt((r) => r.locumTraineeFte, yi),
      sumAt((r) => r.nurseFte, yi),
      sumAt((r) => r.dpcFte, yi),
    ];
    if (values.some((v) => v === null)) return;
    recorded.set(date, {
      values: values as number[],
      basis: `practice-level, ${fyLabel(year)} mean`,
    });
  });
  if (practiceStaff && bulletin && bulletin.date === practiceStaff.date) {
    const pcnDate = pcnDates.find((d) => {
      const m = monthsBetween(practiceStaff.date, d);
      return m >= 0 && m <= 2;
    });
    const staff = fileCodes.map((c) => practiceStaff.areas.find((a) => a.code === c));
    const fq = fileCodes.map((c) => bulletin.areas.find((a) => a.code === c && (c === 'ENG' || a.level === 'subicb')));
    if (pcnDate && fileCodes.length > 0 && staff.every(Boolean) && fq.every(Boolean)) {
      const group = (k: 'gps' | 'nurses' | 'dpc') => staff.reduce((s, a) => s + (a!.fte.staffGroups[k] ?? 0), 0);
      const qualified = fq.reduce((s, a) => s + a!.fte, 0);
      recorded.set(pcnDate, {
        values: [qualified, group('gps') - qualified, group('nurses'), group('dpc')].map(round2),
        basis: `bulletin, ${monthLabel(practiceStaff.date)} (with estimates)`,
      });
    }
  }
  if (recorded.size === 0) return null;
  const projectedGps = new Map<number, { fte: number; low: number | null; high: number | null }>();
  series.years.forEach((year, yi) => {
    if (year <= lastDataYear) return;
    const fte = sumAt((r) => r.fte, yi);
    if (fte === null) return;
    const one = rows.length === 1 ? rows[0] : undefined;
    projectedGps.set(year, { fte, low: one?.fteLow?.[yi] ?? null, high: one?.fteHigh?.[yi] ?? null });
  });
  return {
    recorded,
    projectedGps,
    projectedBasis:
      'practice GPs: the GP projection (practice-level basis, from the 2024/25 mean); other practice staff held at their latest figures (not projected)',
  };
}

/**
 * The chart's rows for one area: `subIcbs` are its sub-ICBs (or 'england' for England's own row), `code` its key in
 * the team projection (null: recorded only), `practice` its practice staff (null: PCN staff alone). Null when the PCN
 * file does not cover the area.
 */
export function teamChartFigures(args: {
  pcn: PcnFile;
  subIcbs: readonly string[] | 'england';
  code: string;
  projection: TeamProjection | null;
  practice?: PracticeTeam | null;
}): TeamChartFigures | null {
  const { pcn, subIcbs, code, projection, practice = null } = args;
  const labels = new Map(pcn.groups.map((g) => [g.key, g.label]));
  const pcnGroups: TeamChartGroup[] = TEAM_GROUPS.map((key) => ({ key, label: labels.get(key) ?? key, kind: 'pcn' }));
  const practiceGroups: TeamChartGroup[] = practice
    ? PRACTICE_GROUPS.map((key) => ({ key, label: PRACTICE_GROUP_LABELS[key], kind: 'practice' }))
    : [];
  const groups = [...practiceGroups, ...pcnGroups];
  const rows: TeamChartRow[] = [];
  const low: string[] = [];
  const sum = (values: readonly (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length ? round2(known.reduce((s, v) => s + v, 0)) : null;
  };
  let latestPractice: readonly number[] | null = null;
  for (const date of pcn.dates) {
    const figures = pcnGroupRows(pcn, subIcbs, date);
    if (!figures) return null;
    const practiceAt = practice?.recorded.get(date);
    if (practice && !practiceAt) continue;
    const byGroup = new Map(figures.rows.map((r) => [r.key, r.fte]));
    const pcnValues = pcnGroups.map((g) => byGroup.get(g.key as TeamGroup) ?? null);
    const practiceValues = practiceAt ? practiceAt.values : [];
    if (practiceAt) latestPractice = practiceAt.values;
    if (coverageNote(figures.coverage)) low.push(date);
    const pcnTotal = sum(pcnValues);
    const practiceTotal = practiceAt ? sum(practiceValues) : null;
    rows.push({
      t: dateTime(date),
      label: monthLabel(date),
      projected: false,
      values: [...practiceValues, ...pcnValues],
      total: sum([...practiceValues, ...pcnValues]),
      pcnTotal,
      practiceTotal,
      coverage: figures.coverage,
      practiceBasis: practiceAt?.basis ?? null,
      practiceGpRange: null,
    });
  }
  const baseIndex = rows.length - 1;
  const path = projection?.byArea.get(code);
  const lastDate = pcn.dates[pcn.dates.length - 1];
  if (projection && path && rows.length > 0 && lastDate) {
    const [, month = '1'] = lastDate.split('-');
    const lastT = dateTime(lastDate);
    projection.years.forEach((year, i) => {
      if (year <= projection.baseYear) return;
      const pcnValues = pcnGroups.map((g) => path[g.key as TeamGroup][i] ?? null);
      if (pcnValues.some((v) => v === null)) return;
      let practiceValues: number[] = [];
      let practiceGpRange: TeamChartRow['practiceGpRange'] = null;
      if (practice) {
        const gps = practice.projectedGps.get(year);
        if (!gps || !latestPractice) return;
        practiceValues = [gps.fte, ...latestPractice.slice(1)];
        if (gps.low !== null && gps.high !== null) practiceGpRange = { low: round2(gps.low), high: round2(gps.high) };
      }
      const values = [...practiceValues, ...pcnValues].map((v) => round2(v ?? 0));
      rows.push({
        t: lastT + (year - projection.baseYear),
        label: `${monthLabel(`${year - 1}-${month.padStart(2, '0')}`)} (${fyLabel(year)}, projected)`,
        projected: true,
        values,
        total: round2(values.reduce((s, v) => s + v, 0)),
        pcnTotal: round2(pcnValues.reduce<number>((s, v) => s + (v ?? 0), 0)),
        practiceTotal: practice ? round2(practiceValues.reduce((s, v) => s + v, 0)) : null,
        coverage: null,
        practiceBasis: practice ? practice.projectedBasis : null,
        practiceGpRange,
      });
    });
  }
  const first = low[0];
  const last = low[low.length - 1];
  return {
    groups,
    rows,
    baseIndex,
    lowCoverage: first && last ? (first === last ? monthLabel(first) : `${monthLabel(first)} to ${monthLabel(last)}`) : null,
    withPractice: practiceGroups.length > 0,
  };
}

/**
 * The stack's layers for recharts' range areas: for each group, [bottom, top] at every row (nulls count as 0 in the
 * stack), one continuous layer per group across recorded and projected rows; and the projected span on the time axis
 * (from the base date to the last row), which the chart covers with one hatch, or null when nothing is projected.
 * One layer per group (not a recorded and a projected layer each) halves what the chart draws on every lever move.
 */
export function stackLayers(figures: TeamChartFigures): {
  bands: [number, number][][];
  projectedSpan: [number, number] | null;
} {
  const bands: [number, number][][] = figures.groups.map(() => []);
  figures.rows.forEach((row) => {
    let bottom = 0;
    figures.groups.forEach((_, gi) => {
      const top = bottom + (row.values[gi] ?? 0);
      bands[gi]!.push([bottom, top]);
      bottom = top;
    });
  });
  const base = figures.rows[figures.baseIndex];
  const last = figures.rows[figures.rows.length - 1];
  const projectedSpan: [number, number] | null =
    base && last && figures.baseIndex < figures.rows.length - 1 ? [base.t, last.t] : null;
  return { bands, projectedSpan };
}

/** What the team chart counts and where it comes from, said under it, in presentation and on its PNG. */
export function teamChartBasis(
  pcn: Pick<PcnFile, 'files' | 'dates'>,
  figures: Pick<TeamChartFigures, 'lowCoverage' | 'rows' | 'withPractice'> | null,
  /** Practice admin and management FTE of the area at October 2025 (not stacked), where known. */
  practiceAdmin: number | null = null,
): string[] {
  const first = pcn.files[0];
  const last = pcn.files[pcn.files.length - 1];
  const recorded = figures?.rows.filter((r) => !r.projected && r.practiceBasis) ?? [];
  const practiceLines = figures?.withPractice
    ? [
        'Practice staff (bottom of the stack): qualified permanent GPs, GP locums and registrars, nurses and direct patient care staff employed by practices. ' +
          recorded.map((r) => `Beside ${r.label}: ${r.practiceBasis}.`).join(' ') +
          ' Practice-level means: the financial year’s monthly practice-level figures (data/areas.json). Bulletin: the GP workforce bulletin’s tables 6a by sub-ICB, including NHS England’s estimates (data/practice-staff-oct2025.json; qualified permanent GPs from data/bulletin-latest.json, locums and registrars being all GPs less those).' +
          ' The practice-level figures leave out NHS England’s estimates for practices that did not report (about 1% lower for GPs), so part of the step to the bulletin’s figures is the change of basis. ' +
          `Practice admin and management staff${practiceAdmin !== null ? ` (${practiceAdmin.toLocaleString('en-GB', { maximumFractionDigits: 1 })} FTE at Oct 2025)` : ''} are not stacked: the annual practice series does not carry them (PCN admin and management are in the PCN support group).`,
      ]
    : [
        'Practice staff are not stacked yet (their files are loading or could not be loaded): the chart shows PCN staff at every PCN file date.',
      ];
  return [
    `PCN staff: FTE of staff employed or contracted by primary care networks (mostly ARRS-funded), as PCNs recorded them ` +
      `(NHS Digital PCN workforce, individual-level files${first && last ? `, ${monthLabel(first.date)} to ${monthLabel(last.date)}: ${first.file} … ${last.file}` : ''}; ` +
      'data/pcn.json). PCNs that did not report are not estimated, and the series is below NHS England’s ARRS claims figures.',
    ...(figures?.lowCoverage
      ? [
          `Fewer than 95% of PCNs reported at ${figures.lowCoverage}: early growth is partly more PCNs reporting (the table gives each date’s share).`,
        ]
      : []),
    ...practiceLines,
    'Projected (hatched): PCN staff from June 2026 by the PCN team levers, a straight line of FTE a year per role group (defaults: England’s ' +
      'recorded growth Feb 2023 to Nov 2025, shared by each area’s FTE of the group). The model gives no 80% range for PCN staff: ' +
      'the recorded series is short and partly reporting growth, so the projection is what the levers say, not a forecast.' +
      (figures?.withPractice
        ? ' Practice GPs (qualified permanent) follow the GP projection on the practice-level basis, with its 80% range in the table; practice locums and registrars, nurses and direct patient care staff are not projected: they are held at their latest figures.'
        : ''),
  ];
}
