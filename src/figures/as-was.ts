// The geography as it was (issue 21): "CCG (as was)" and "NHS England local office (as was)" on the Geography level
// control. Each recorded year shows that year's areas on that year's boundaries with that year's figures
// (data/as-was.json); change is measured only on the same boundary, and an area that did not exist in the earlier
// year says so instead of a number. Projections stay on today's geography. Pure: no React, no I/O.
import type { AsWasArea, AsWasFile, AsWasLevel } from '../data/as-was-schemas';
import { AS_WAS_NAMES } from './as-was-levels';
import { fyLabel } from '../lib/years';
import { metricConfig, type MetricConfig, type MetricKey } from './metrics';
import type { CsvCell } from '../lib/csv-text';
import { fyParam } from './as-was-levels';

/** The years (financial-year ends) a level was recorded, oldest first. */
export const asWasYears = (file: AsWasFile, level: AsWasLevel): number[] => file.levels[level].years.map((y) => y.year);

/** What a change shows for an area that did not exist (on its boundary of this year) in the earlier year. */
export const didNotExistText = (year: number): string => `Did not exist in ${fyLabel(year)}`;

/** Metrics the as-was figures give (every other one is shown as GP FTE per 100,000 patients, and said so). */
const AS_WAS_METRICS = [
  'ftePer100k',
  'fte',
  'patientsPerFte',
  'ftePerWeighted100k',
  'weightedPerFte',
  'nurseFte',
  'nursePer100k',
  'dpcFte',
  'dpcPer100k',
  'changeFte',
  'changePct',
  'changePer100k',
  'changePer100kPct',
] as const satisfies readonly MetricKey[];
type AsWasMetric = (typeof AS_WAS_METRICS)[number];
const isAsWasMetric = (key: MetricKey): key is AsWasMetric => (AS_WAS_METRICS as readonly string[]).includes(key);

/** The metric an as-was map shows for the one chosen, and a note when it is not the one chosen. */
export function asWasMetric(key: MetricKey): { metric: MetricConfig; note: string | null } {
  if (isAsWasMetric(key)) return { metric: metricConfig(key), note: null };
  return {
    metric: metricConfig('ftePer100k'),
    note: `${metricConfig(key).label} is not recorded by the geography as it was: showing GP FTE per 100,000 patients.`,
  };
}

/** A change between two years on the same boundary, or why there is none. */
export type AsWasChangeCell =
  | { kind: 'change'; fte: number; pct: number | null }
  /** The area did not exist (on this boundary) in `year`. */
  | { kind: 'absent'; year: number }
  /** The earlier year is not recorded (before the first year), or is this year. */
  | { kind: 'none' };

export interface AsWasRow {
  /** The area's id in as-was.json and in that year's boundary object. */
  id: string;
  code: string;
  name: string;
  fte: number | null;
  patients: number | null;
  per100k: number | null;
  /** The map's metric (null: no figure; see `valueNote`). */
  value: number | null;
  /** Why the metric has no value, e.g. "Did not exist in 2015/16" for a change. */
  valueNote: string | null;
  sincePrevious: AsWasChangeCell;
  sinceBase: AsWasChangeCell;
  /** Whether the area lies in London (the map's inset). */
  london: boolean;
}

const per100k = (n: number | null | undefined, patients: number | null | undefined) =>
  n == null || !patients ? null : (n / patients) * 100_000;
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || !b ? null : a / b);

function figure(area: AsWasArea, i: number, key: AsWasMetric): number | null {
  const fte = area.fte[i];
  const patients = area.patients[i];
  const weighted = area.weightedPatients[i];
  switch (key) {
    case 'fte':
      return fte ?? null;
    case 'ftePer100k':
    case 'changePer100k':
    case 'changePer100kPct':
      return per100k(fte, patients);
    case 'patientsPerFte':
      return ratio(patients, fte);
    case 'ftePerWeighted100k':
      return per100k(fte, weighted);
    case 'weightedPerFte':
      return ratio(weighted, fte);
    case 'nurseFte':
      return area.nurseFte[i] ?? null;
    case 'nursePer100k':
      return per100k(area.nurseFte[i], patients);
    case 'dpcFte':
      return area.dpcFte[i] ?? null;
    case 'dpcPer100k':
      return per100k(area.dpcFte[i], patients);
    case 'changeFte':
    case 'changePct':
      return fte ?? null;
  }
}

const existsIn = (area: AsWasArea, year: number) => area.firstYear <= year && area.lastYear >= year;

function changeCell(file: AsWasFile, area: AsWasArea, from: number, to: number): AsWasChangeCell {
  const fi = file.years.indexOf(from);
  const ti = file.years.indexOf(to);
  if (fi < 0 || ti < 0 || from === to) return { kind: 'none' };
  if (!existsIn(area, from)) return { kind: 'absent', year: from };
  const a = area.fte[fi];
  const b = area.fte[ti];
  if (a == null || b == null) return { kind: 'absent', year: from };
  return { kind: 'change', fte: b - a, pct: a === 0 ? null : ((b - a) / a) * 100 };
}

/**
 * Every area of a level in a year, with that year's FTE, patients and GP FTE per 100,000 patients, its change since
 * the previous year and since the base year (on the same boundary only), and the metric's value. An area whose
 * boundary did not stand in the earlier year gets `absent` (shown as "Did not exist in 2015/16"). Sorted by name.
 */
export function asWasRows(
  file: AsWasFile,
  { level, year, baseYear, metric }: { level: AsWasLevel; year: number; baseYear: number; metric: MetricKey },
): AsWasRow[] {
  const i = file.years.indexOf(year);
  if (i < 0 || !file.levels[level].years.some((y) => y.year === year)) return [];
  const key = isAsWasMetric(metric) ? metric : 'ftePer100k';
  const londonOffices = new Set(file.areas.filter((a) => a.level === 'localOffice' && /london/i.test(a.name)).map((a) => a.id));
  return file.areas
    .filter((a) => a.level === level && existsIn(a, year))
    .map((area): AsWasRow => {
      const fte = area.fte[i] ?? null;
      const patients = area.patients[i] ?? null;
      const sincePrevious = changeCell(file, area, year - 1, year);
      const sinceBase = changeCell(file, area, baseYear, year);
      let value = figure(area, i, key);
      let valueNote: string | null = null;
      if (key.startsWith('change')) {
        const bi = file.years.indexOf(baseYear);
        const before = bi >= 0 && existsIn(area, baseYear) ? figure(area, bi, key) : null;
        if (bi >= 0 && !existsIn(area, baseYear)) valueNote = didNotExistText(baseYear);
        value =
          value === null || before === null
            ? null
            : key === 'changePct' || key === 'changePer100kPct'
              ? before === 0
                ? null
                : ((value - before) / before) * 100
              : value - before;
      }
      const parent = area.parent[i] ?? null;
      return {
        id: area.id,
        code: area.code,
        name: area.name,
        fte,
        patients,
        per100k: per100k(fte, patients),
        value,
        valueNote,
        sincePrevious,
        sinceBase,
        london: londonOffices.has(area.id) || (parent !== null && (londonOffices.has(parent) || parent === LONDON_REGION)),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Today's London region code (a CCG's parent from 2019/20, when local offices had gone). */
const LONDON_REGION = 'Y56';

/** The year's boundary object and its label ("CCGs as at April 2017"), or null when the level did not exist then. */
export function asWasVintage(file: AsWasFile, level: AsWasLevel, year: number): { object: string; label: string } | null {
  const entry = file.levels[level].years.find((y) => y.year === year);
  return entry ? { object: entry.object, label: entry.label } : null;
}

/** An as-was area's last year and level, for search: a CCG opens at CCG (as was) in its last year. */
export const asWasFindables = (file: AsWasFile): AsWasArea[] => file.areas.filter((a) => a.level === 'ccg');

/** A change cell as text: "+1.2", "Did not exist in 2015/16", or "–" when there is no earlier year. */
export function changeText(cell: AsWasChangeCell, part: 'fte' | 'pct', format: (n: number) => string): string {
  if (cell.kind === 'absent') return didNotExistText(cell.year);
  if (cell.kind === 'none') return '–';
  const n = part === 'fte' ? cell.fte : cell.pct;
  return n === null ? '–' : format(n);
}

/**
 * The Areas table at an as-was level as CSV cells: the level and the boundaries' vintage on every row, so a file
 * read later still says which CCGs they were; a change with no figure is left empty and its reason is given.
 */
export function asWasCsvRows(
  rows: readonly AsWasRow[],
  { level, year, baseYear, vintage }: { level: AsWasLevel; year: number; baseYear: number; vintage: string },
): { headers: string[]; cells: CsvCell[][] } {
  const text = (value: string): CsvCell => ({ kind: 'text', value });
  const num = (value: number | null, decimals: number): CsvCell => ({ kind: 'number', value, decimals });
  const change = (cell: AsWasChangeCell, part: 'fte' | 'pct') =>
    num(cell.kind === 'change' ? (part === 'fte' ? cell.fte : cell.pct) : null, 1);
  const why = (cell: AsWasChangeCell) => text(cell.kind === 'absent' ? didNotExistText(cell.year) : '');
  // Column names without a slash: 2015_16.
  const previous = fyParam(year - 1).replace('-', '_');
  const base = fyParam(baseYear).replace('-', '_');
  return {
    headers: [
      'area_level',
      'boundaries',
      'year',
      'area_code',
      'area_name',
      'gp_fte_qualified_permanent',
      'registered_patients',
      'gp_fte_per_100k_patients',
      `change_in_gp_fte_since_${previous}`,
      `change_in_gp_fte_since_${previous}_pct`,
      `note_since_${previous}`,
      `change_in_gp_fte_since_${base}`,
      `change_in_gp_fte_since_${base}_pct`,
      `note_since_${base}`,
    ],
    cells: rows.map((r) => [
      text(AS_WAS_NAMES[level].csv),
      text(vintage),
      text(fyLabel(year)),
      text(r.code),
      text(r.name),
      num(r.fte, 1),
      num(r.patients, 0),
      num(r.per100k, 1),
      change(r.sincePrevious, 'fte'),
      change(r.sincePrevious, 'pct'),
      why(r.sincePrevious),
      change(r.sinceBase, 'fte'),
      change(r.sinceBase, 'pct'),
      why(r.sinceBase),
    ]),
  };
}

/** Each as-was level's recorded years, for reading a link. */
export const asWasYearsByLevel = (file: AsWasFile): Record<AsWasLevel, number[]> => ({
  ccg: asWasYears(file, 'ccg'),
  localOffice: asWasYears(file, 'localOffice'),
});
