// What an upload would do to each sub-ICB-year it covers: the figure before (the baseline, areas.json) and
// after, and how practice rows that leave practices out are used, as the planner chooses:
//  - 'replace': the sub-ICB's figure becomes the sum of the listed practices (the rows as given);
//  - 'add': the listed practices' change is added to the rest of the sub-ICB:
//      after = sub-ICB baseline - the listed practices' baseline + the listed practices' uploaded figures
//    (e.g. 179.9 FTE - 2.7 + 5 = 182.2). A year after the baseline has no figure to add to: it is replaced.
// Units: GP FTE (2 dp), headcount and registered patients (whole), as in areas.json. Pure and per area.
import type { Dataset } from '../../data/dataset';
import type { SubIcbOverride } from '../../data/apply-overrides';
import { groupKey, type Figures, type GroupCoverage } from './practice-coverage';

export const PRACTICE_ROW_MODES = ['add', 'replace'] as const;
export type PracticeRowMode = (typeof PRACTICE_ROW_MODES)[number];

/** How an override's figure was made. */
export type Method =
  | 'area' // an area row
  | 'all-practices' // practice rows listing every practice in the baseline
  | 'replace' // practice rows that leave practices out, summed as given
  | 'add'; // practice rows that leave practices out, their change added to the rest

export interface PlannedOverride extends SubIcbOverride {
  method: Method;
}

const round = (value: number, dp: number) => Number(Math.max(0, value).toFixed(dp));

/** Whether "add the change" can be worked out for a group: its coverage is known, incomplete and has a baseline. */
export const canAddChange = (group: GroupCoverage) =>
  group.coverage.kind === 'incomplete' && group.coverage.listedBaseline !== null;

export function planOverrides({
  overrides,
  coverage,
  mode,
  dataset,
}: {
  overrides: readonly SubIcbOverride[];
  coverage: readonly GroupCoverage[];
  mode: PracticeRowMode;
  dataset: Dataset;
}): PlannedOverride[] {
  const byKey = new Map(coverage.map((g) => [groupKey(g), g]));
  return overrides.map((override): PlannedOverride => {
    const group = byKey.get(groupKey(override));
    if (!group) return { ...override, method: 'area' };
    const { coverage: c } = group;
    if (c.kind === 'complete') return { ...override, method: 'all-practices' };
    const base = dataset.byCode.get(override.code);
    const yi = dataset.years.indexOf(override.year);
    if (mode === 'replace' || c.kind !== 'incomplete' || c.listedBaseline === null || !base || yi < 0)
      return { ...override, method: 'replace' };
    const rest = (measure: keyof Figures, baseline: number | undefined) => (baseline ?? 0) - (c.listedBaseline?.[measure] ?? 0);
    return {
      ...override,
      fte: round(rest('fte', base.fte[yi]) + override.fte, 2),
      headcount: round(rest('headcount', base.headcount[yi]) + override.headcount, 0),
      patients: round(rest('patients', base.patients[yi]) + override.patients, 0),
      practices: (base.practices[yi] ?? 0) - c.listedInBaseline + group.practiceCodes.length,
      method: 'add',
    };
  });
}

/** The override as the store and apply-overrides take it. */
export const toOverride = ({ code, year, fte, headcount, patients, practices }: PlannedOverride): SubIcbOverride => ({
  code,
  year,
  fte,
  headcount,
  patients,
  practices,
});

export interface BeforeAfterRow {
  code: string;
  name: string;
  year: number;
  /** The baseline's figures, or null for a year after the baseline (nothing to compare with). */
  before: Figures | null;
  after: Figures;
  /** Relative change per measure (0.1 = +10%); null where there is no baseline, Infinity from a baseline of 0. */
  change: Record<keyof Figures, number | null>;
  method: Method;
}

const MEASURES = ['fte', 'headcount', 'patients'] as const;

const relative = (before: number, after: number) => (before === 0 ? (after === 0 ? 0 : Infinity) : (after - before) / before);

/** Largest relative change (any measure) first; years after the baseline last; then by code and year. */
function compareRows(a: BeforeAfterRow, b: BeforeAfterRow): number {
  const size = (row: BeforeAfterRow) => Math.max(...MEASURES.map((m) => Math.abs(row.change[m] ?? -1)));
  return (
    Number(a.before === null) - Number(b.before === null) || size(b) - size(a) || a.code.localeCompare(b.code) || a.year - b.year
  );
}

export function beforeAfterRows({
  planned,
  dataset,
  nameOf,
}: {
  planned: readonly PlannedOverride[];
  dataset: Dataset;
  nameOf: (code: string) => string;
}): BeforeAfterRow[] {
  return planned
    .map((o): BeforeAfterRow => {
      const base = dataset.byCode.get(o.code);
      const yi = dataset.years.indexOf(o.year);
      const before =
        base && yi >= 0 ? { fte: base.fte[yi] ?? 0, headcount: base.headcount[yi] ?? 0, patients: base.patients[yi] ?? 0 } : null;
      const after = { fte: o.fte, headcount: o.headcount, patients: o.patients };
      const change = Object.fromEntries(
        MEASURES.map((m) => [m, before ? relative(before[m], after[m]) : null]),
      ) as BeforeAfterRow['change'];
      return { code: o.code, name: nameOf(o.code), year: o.year, before, after, change, method: o.method };
    })
    .sort(compareRows);
}
