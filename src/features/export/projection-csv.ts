// The projection as CSV: one row per scenario x area x year for the lever scope in force (England: every
// area at every level; a region or ICB: that area and the areas within it). Values come from the same
// WorkforceSeries objects the screen shows, so the file's totals are the screen's. RFC 4180 quoting, CRLF line
// ends; text cells that a spreadsheet would run as a formula get a leading apostrophe, and lose bidi controls and
// control characters (lib/csv-text.ts, lib/typed-names.ts fileText).
import { LEVEL_NAMES, isAreaLevel } from '../../figures/map-levels';
import { childrenByParent } from '../../model';
import { isEstimate, metricValue, type WorkforceSeries } from '../../figures/metrics';
import { ESTIMATE_MARK } from '../../figures/metric-notes';
import { fyLabel } from '../../lib/years';
import { toCsv, type CsvCell } from '../../lib/csv-text';

export interface CsvScenario {
  /** e.g. "Current trends", "Scenario", or a saved scenario's name. */
  label: string;
  series: WorkforceSeries;
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

const text = (value: string): CsvCell => ({ kind: 'text', value });
const num = (value: number | null | undefined, decimals: number): CsvCell => ({ kind: 'number', value: value ?? null, decimals });

export function projectionRows(args: {
  areas: readonly CsvArea[];
  scope: string;
  scenarios: readonly CsvScenario[];
  /** The years with recorded data (the rest are projected). */
  recordedYears: readonly number[];
}): CsvCell[][] {
  const { scenarios, recordedYears } = args;
  const inScope = areasInScope(args.areas, args.scope);
  const recorded = new Set(recordedYears);
  const rows: CsvCell[][] = [];
  for (const scenario of scenarios) {
    const { series } = scenario;
    for (const area of inScope) {
      const values = series.byArea.get(area.code);
      series.years.forEach((year, i) => {
        rows.push([
          text(scenario.label),
          text(area.code),
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

export function projectionCsv(args: Parameters<typeof projectionRows>[0]): string {
  return toCsv(CSV_HEADERS, projectionRows(args));
}
