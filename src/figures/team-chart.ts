// The primary care network (PCN) team chart's figures: an area's PCN staff by role group at every PCN file date
// (recorded), then each projected year of the team projection (model/team.ts), with the total and the share of PCNs
// reporting. Pure: the chart, its table, presentation mode and the PNG all read these rows.
import type { PcnFile } from '../data/schemas';
import { TEAM_GROUPS, type TeamGroup, type TeamProjection } from '../model';
import { fyLabel } from '../lib/years';
import { coverageNote, monthLabel, pcnGroupRows } from './team-series';

export interface TeamChartRow {
  /** Time in years (Jun 2026 = 2026 + 5/12). */
  t: number;
  /** "Jun 2026" or "Jun 2027 (2027/28, projected)". */
  label: string;
  projected: boolean;
  /** FTE per role group, in TEAM_GROUPS order; null where none of the group's roles was collected. */
  values: readonly (number | null)[];
  total: number | null;
  /** Share of PCNs reporting (recorded rows), else null. */
  coverage: number | null;
}

export interface TeamChartGroup {
  key: TeamGroup;
  label: string;
}

export interface TeamChartFigures {
  groups: readonly TeamChartGroup[];
  rows: readonly TeamChartRow[];
  /** The last recorded row's index (the projection starts from it). */
  baseIndex: number;
  /** The earliest recorded date whose coverage was below 95%, and the latest such: "Mar 2020 to Dec 2022". */
  lowCoverage: string | null;
}

/** "2026-06" -> 2026.4167 (the start of the month, in years). */
export function dateTime(date: string): number {
  const [year = '0', month = '1'] = date.split('-');
  return Number(year) + (Number(month) - 1) / 12;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The chart's rows for one area: `subIcbs` are its sub-ICBs (or 'england' for England's own row), `code` its key in
 * the team projection (null: recorded only). Null when the PCN file does not cover the area.
 */
export function teamChartFigures(args: {
  pcn: PcnFile;
  subIcbs: readonly string[] | 'england';
  code: string;
  projection: TeamProjection | null;
}): TeamChartFigures | null {
  const { pcn, subIcbs, code, projection } = args;
  const labels = new Map(pcn.groups.map((g) => [g.key, g.label]));
  const groups = TEAM_GROUPS.map((key) => ({ key, label: labels.get(key) ?? key }));
  const rows: TeamChartRow[] = [];
  const low: string[] = [];
  for (const date of pcn.dates) {
    const figures = pcnGroupRows(pcn, subIcbs, date);
    if (!figures) return null;
    const byGroup = new Map(figures.rows.map((r) => [r.key, r.fte]));
    const values = groups.map((g) => byGroup.get(g.key) ?? null);
    const known = values.filter((v): v is number => v !== null);
    if (coverageNote(figures.coverage)) low.push(date);
    rows.push({
      t: dateTime(date),
      label: monthLabel(date),
      projected: false,
      values,
      total: known.length ? round2(known.reduce((s, v) => s + v, 0)) : null,
      coverage: figures.coverage,
    });
  }
  const baseIndex = rows.length - 1;
  const base = rows[baseIndex];
  const path = projection?.byArea.get(code);
  const lastDate = pcn.dates[pcn.dates.length - 1];
  if (projection && path && base && lastDate) {
    const [, month = '1'] = lastDate.split('-');
    projection.years.forEach((year, i) => {
      if (year <= projection.baseYear) return;
      const values = groups.map((g) => path[g.key][i] ?? null);
      if (values.some((v) => v === null)) return;
      const t = base.t + (year - projection.baseYear);
      rows.push({
        t,
        label: `${monthLabel(`${year - 1}-${month.padStart(2, '0')}`)} (${fyLabel(year)}, projected)`,
        projected: true,
        values: values.map((v) => round2(v ?? 0)),
        total: round2(values.reduce<number>((s, v) => s + (v ?? 0), 0)),
        coverage: null,
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
  };
}

/**
 * The stack's layers for recharts' range areas: for each group, [bottom, top] at every row (nulls count as 0 in the
 * stack), split into the recorded part (rows to the base) and the projected part (the base and after), so the
 * projected years can be drawn differently and the two meet at the base date.
 */
export function stackLayers(figures: TeamChartFigures): {
  recorded: ([number, number] | null)[][];
  projected: ([number, number] | null)[][];
} {
  const recorded: ([number, number] | null)[][] = figures.groups.map(() => []);
  const projected: ([number, number] | null)[][] = figures.groups.map(() => []);
  figures.rows.forEach((row, ri) => {
    let bottom = 0;
    figures.groups.forEach((_, gi) => {
      const top = bottom + (row.values[gi] ?? 0);
      const band: [number, number] = [bottom, top];
      recorded[gi]!.push(row.projected ? null : band);
      projected[gi]!.push(row.projected || (ri === figures.baseIndex && figures.rows.length > ri + 1) ? band : null);
      bottom = top;
    });
  });
  return { recorded, projected };
}

/** What the team chart counts and where it comes from, said under it, in presentation and on its PNG. */
export function teamChartBasis(
  pcn: Pick<PcnFile, 'files' | 'dates'>,
  figures: Pick<TeamChartFigures, 'lowCoverage'> | null,
): string[] {
  const first = pcn.files[0];
  const last = pcn.files[pcn.files.length - 1];
  return [
    `PCN staff: FTE of staff employed or contracted by primary care networks (mostly ARRS-funded), as PCNs recorded them ` +
      `(NHS Digital PCN workforce, individual-level files${first && last ? `, ${monthLabel(first.date)} to ${monthLabel(last.date)}: ${first.file} … ${last.file}` : ''}; ` +
      'data/pcn.json). PCNs that did not report are not estimated, and the series is below NHS England’s ARRS claims figures.',
    ...(figures?.lowCoverage
      ? [
          `Fewer than 95% of PCNs reported at ${figures.lowCoverage}: early growth is partly more PCNs reporting (the table gives each date’s share).`,
        ]
      : []),
    'Practice staff (practice GPs, nurses and direct patient care staff: the GP workforce bulletins, September each year, data/areas.json; ' +
      'by role at October 2025, bulletin tables 6a/6b, data/practice-staff-oct2025.json) are not stacked here: they are on the Trends chart and the whole-practice-team metrics.',
    'Projected (hatched): from June 2026 by the PCN team levers, a straight line of FTE a year per role group (defaults: England’s ' +
      'recorded growth Feb 2023 to Nov 2025, shared by each area’s FTE of the group). The model gives no 80% range for PCN staff: ' +
      'the recorded series is short and partly reporting growth, so the projection is what the levers say, not a forecast.',
  ];
}
