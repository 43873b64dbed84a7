// The projection as CSV: a header block of lines starting "#" (what the rows cover, each scenario's lever
// assumptions per scope, training path, demand and patients bases, and the sources), then the table: one row per
// scenario x area x year for England and the selected areas (every area at every level on request), each
// scenario with its 80% range. Values come from the same WorkforceSeries objects the screen shows, so the file's
// totals are the screen's. RFC 4180 quoting, CRLF line ends; text cells that a spreadsheet would run as a formula
// get a leading apostrophe, and lose bidi controls and control characters (lib/csv-text.ts, lib/typed-names.ts
// fileText). Table rows begin with a scenario's label, never "#", so the two parts cannot be confused.
import { LEVEL_NAMES, isAreaLevel } from '../../figures/map-levels';
import { publicCode } from '../../data/icb-2026';
import { formatLever } from '../../figures/lever-format';
import { formatNumber } from '../../lib/format';
import {
  ENGLAND_SCOPE,
  LEVERS,
  TRAINING_PATH_LEVERS,
  childrenByParent,
  type DemandChoice,
  type LeverValues,
  type TrainingPoint,
} from '../../model';
import { isEstimate, metricValue, type WorkforceSeries } from '../../figures/metrics';
import { ESTIMATE_MARK } from '../../figures/metric-notes';
import { fyLabel } from '../../lib/years';
import { toCsv, type CsvCell } from '../../lib/csv-text';

/** A scenario's choices as the header block states them. */
export interface CsvAssumptions {
  /** England's levers as the model ran them (every lever, defaults filled in). */
  englandLevers: LeverValues;
  /** Each region's or ICB's own levers (the rest follow England). */
  scopeLevers: Readonly<Record<string, Partial<LeverValues>>>;
  trainingPath: readonly TrainingPoint[] | null;
  demand: DemandChoice;
  /** Registered patients' growth a year for every area, or null for each area's own trend. */
  patientGrowth: number | null;
}

export interface CsvScenario {
  /** e.g. "Current trends", "Scenario", or a saved scenario's name. */
  label: string;
  series: WorkforceSeries;
  assumptions?: CsvAssumptions;
}

export interface CsvArea {
  code: string;
  name: string;
  level: string;
  parent: string | null;
}

export const CSV_HEADERS = [
  'scenario',
  'area_code',
  'area_name',
  'area_level',
  'parent_code',
  'year',
  'year_type',
  'gp_fte (qualified permanent GPs, FTE)',
  'gp_fte_80pct_low (qualified permanent GPs, FTE)',
  'gp_fte_80pct_high (qualified permanent GPs, FTE)',
  'patients (registered patients)',
  'gp_fte_per_100k_patients (qualified permanent GP FTE per 100,000 registered patients)',
  'weighted_patients (need-weighted Carr-Hill patients; projected years: latest weighted/registered ratio x projected registered)',
  `weighted_patients_note (${ESTIMATE_MARK} = estimated: 2023/24 has no payments file)`,
  'gp_fte_per_100k_weighted_patients (qualified permanent GP FTE per 100,000 need-weighted patients)',
  'all_gps_fte (all GPs incl. locums and registrars, FTE; recorded years only)',
  'nurses_fte (practice nurses, FTE; recorded years only)',
  'dpc_fte (direct patient care staff: pharmacists, physiotherapists, paramedics, HCAs and others, FTE; recorded years only)',
] as const;

/** The scope and every area below it, depth first (each area followed by its children, by name). */
export function areasInScope(areas: readonly CsvArea[], scope: string): CsvArea[] {
  const root = areas.find((a) => a.code === scope);
  if (!root) throw new Error(`The lever scope "${scope}" is not an area in the data, so there is nothing to export.`);
  const children = childrenByParent(areas);
  const out: CsvArea[] = [];
  const visit = (area: CsvArea) => {
    out.push(area);
    for (const child of [...(children.get(area.code) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) visit(child);
  };
  visit(root);
  return out;
}

/**
 * The areas the table covers: England, then `codes` (the selected areas, the lever scope) in the order given,
 * each once and only if the data has it; 'all': every area at every level, depth first.
 */
export function csvAreas(areas: readonly CsvArea[], codes: readonly string[] | 'all'): CsvArea[] {
  if (codes === 'all') return areasInScope(areas, ENGLAND_SCOPE);
  const byCode = new Map(areas.map((a) => [a.code, a]));
  return [...new Set([ENGLAND_SCOPE, ...codes])].flatMap((code) => byCode.get(code) ?? []);
}

const text = (value: string): CsvCell => ({ kind: 'text', value });
const num = (value: number | null | undefined, decimals: number): CsvCell => ({ kind: 'number', value: value ?? null, decimals });

export interface ProjectionCsvArgs {
  areas: readonly CsvArea[];
  /** Codes of the areas to write besides England (selected areas, lever scope), or 'all' for every area. */
  rows: readonly string[] | 'all';
  scenarios: readonly CsvScenario[];
  /** The years with recorded data (the rest are projected). */
  recordedYears: readonly number[];
  /** The patients the screen counts per 100,000 (both are in the table). */
  patientBasis?: 'registered' | 'weighted';
  /** Where the figures come from, one line each. */
  sources?: readonly string[];
}

export function projectionRows(args: ProjectionCsvArgs): CsvCell[][] {
  const { scenarios, recordedYears } = args;
  const inScope = csvAreas(args.areas, args.rows);
  const recorded = new Set(recordedYears);
  const rows: CsvCell[][] = [];
  for (const scenario of scenarios) {
    const { series } = scenario;
    for (const area of inScope) {
      const values = series.byArea.get(area.code);
      series.years.forEach((year, i) => {
        rows.push([
          text(scenario.label),
          text(publicCode(area)),
          text(area.name),
          text(isAreaLevel(area.level) ? LEVEL_NAMES[area.level].csv : area.level),
          text(area.parent ?? ''),
          text(fyLabel(year)),
          text(recorded.has(year) ? 'recorded' : 'projected'),
          num(values?.fte[i], 1),
          num(values?.fteLow?.[i], 1),
          num(values?.fteHigh?.[i], 1),
          num(values?.patients[i], 0),
          num(metricValue(series, area.code, 'ftePer100k', year, year), 1),
          num(values?.weightedPatients?.[i], 0),
          text(values?.weightedPatients?.[i] != null && isEstimate(series, 'ftePerWeighted100k', year) ? ESTIMATE_MARK : ''),
          num(metricValue(series, area.code, 'ftePerWeighted100k', year, year), 1),
          num(metricValue(series, area.code, 'allGpFte', year, year), 1),
          num(values?.nurseFte?.[i], 1),
          num(values?.dpcFte?.[i], 1),
        ]);
      });
    }
  }
  return rows;
}

const LEVER_BY_KEY = new Map(LEVERS.map((l) => [l.key, l]));
const lever = (key: string) => LEVER_BY_KEY.get(key as (typeof LEVERS)[number]['key']);

/** One scenario's assumptions as header-block lines: [scenario, scope, setting, value]. */
export function assumptionLines(
  label: string,
  a: CsvAssumptions,
  nameOf: (code: string) => string,
  patientBasis: 'registered' | 'weighted',
): string[][] {
  const england = nameOf(ENGLAND_SCOPE);
  const lines: string[][] = [];
  // England keeps all its own trainees: "Trained here who stay" is a lever of a region's or ICB's only.
  for (const l of LEVERS) {
    if (l.key === 'stayShare') continue;
    if (a.trainingPath && TRAINING_PATH_LEVERS.includes(l.key)) continue;
    lines.push([label, england, l.label, formatLever(l, a.englandLevers[l.key])]);
  }
  lines.push([
    label,
    england,
    'Training path',
    a.trainingPath
      ? a.trainingPath.map((p) => `${formatNumber(p.places)} places in ${p.recruitmentYear}`).join('; ')
      : 'none (the Training places lever)',
  ]);
  for (const code of Object.keys(a.scopeLevers).sort((x, y) => nameOf(x).localeCompare(nameOf(y)))) {
    const own = a.scopeLevers[code] ?? {};
    const keys = Object.keys(own);
    if (keys.length === 0) continue;
    for (const key of keys) {
      const l = lever(key);
      const value = own[key as keyof LeverValues];
      if (l && value !== undefined) lines.push([label, nameOf(code), l.label, formatLever(l, value)]);
    }
    lines.push([label, nameOf(code), 'Other levers', 'as England']);
  }
  lines.push([
    label,
    england,
    'Demand basis',
    a.demand === 'ageing' ? 'need growing with an ageing population (REAL Centre 2022)' : 'registered lists',
  ]);
  lines.push([
    label,
    england,
    'Patient growth',
    a.patientGrowth === null
      ? "each sub-ICB's own recent rate"
      : `${a.patientGrowth > 0 ? '+' : ''}${formatNumber(a.patientGrowth * 100, 1)}% a year in every area`,
  ]);
  lines.push([
    label,
    england,
    'Patients basis (on screen)',
    patientBasis === 'weighted' ? 'need-weighted (Carr-Hill) patients' : 'registered patients',
  ]);
  return lines;
}

/** The header block: every line's first cell starts with "#". */
export function headerBlock(args: ProjectionCsvArgs): string[][] {
  const nameOf = (code: string) => args.areas.find((a) => a.code === code)?.name ?? code;
  const covered = csvAreas(args.areas, args.rows);
  const lines: string[][] = [
    [
      '# GP Workforce Planner projection',
      'Lines starting # describe the file; the table starts at the line beginning "scenario".',
    ],
    [
      '# rows',
      args.rows === 'all'
        ? `every area at every level (${formatNumber(covered.length)} areas)`
        : `England and the selected areas: ${covered.map((a) => a.name).join('; ')}`,
    ],
    ['# ranges', 'gp_fte_80pct_low and _high: the 80% range of each projected year, for every scenario'],
    ['# assumptions', 'scenario', 'scope', 'setting', 'value'],
  ];
  for (const scenario of args.scenarios)
    if (scenario.assumptions)
      for (const line of assumptionLines(scenario.label, scenario.assumptions, nameOf, args.patientBasis ?? 'registered'))
        lines.push(['# assumptions', ...line]);
  for (const source of args.sources ?? []) lines.push(['# source', source]);
  return lines;
}

export function projectionCsv(args: ProjectionCsvArgs): string {
  const block = headerBlock(args).map((line) => line.map((cell) => text(cell)));
  return toCsv(CSV_HEADERS, projectionRows(args), block);
}
