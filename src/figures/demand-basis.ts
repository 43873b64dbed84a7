// Demand on the chosen patients basis: the "Patients" control (registered or need-weighted) decides which patients
// the headline's per-100,000 figures, the target, the gap to it, goal-seek and the trend chart divide by, as it does
// for the under-doctored flag. Need-weighted patients are the Carr-Hill weighted list sizes of NHS Payments to
// General Practice; in projected years each sub-ICB's latest weighted ÷ registered ratio × its projected registered
// patients (WEIGHTED_PROJECTION_RULE, src/figures/projection-series.ts). Pure: the model projects registered patients
// and FTE, and the caller picks the basis.
import type { PatientBasis } from './metric-basis';
import { ageingPremium, demandIndex, type DemandChoice, type Prepared } from '../model';
import type { WorkforceSeries } from './metrics';

/** The patients, in labels: "patients" stays the registered basis's word, as the app has always said it. */
export const DEMAND_PATIENTS: Record<PatientBasis, string> = { registered: 'patients', weighted: 'need-weighted patients' };

/** "GP FTE per 100,000 patients" or "GP FTE per 100,000 need-weighted patients". */
export const per100kLabel = (basis: PatientBasis) => `GP FTE per 100,000 ${DEMAND_PATIENTS[basis]}`;

/** "FTE per 100,000 patients" or "FTE per 100,000 need-weighted patients" (the target box, the chart's unit). */
export const per100kUnit = (basis: PatientBasis) => `FTE per 100,000 ${DEMAND_PATIENTS[basis]}`;

/** An area's patients on the basis in a year (recorded, estimated or projected), or null. */
export function patientsOnBasis(series: WorkforceSeries, code: string, year: number, basis: PatientBasis): number | null {
  const area = series.byArea.get(code);
  const yi = series.years.indexOf(year);
  if (!area || yi < 0) return null;
  return (basis === 'weighted' ? area.weightedPatients?.[yi] : area.patients[yi]) ?? null;
}

/**
 * How much more need a patient brings in `year` than in the last recorded year, on the scenario's demand choice:
 * 1 when demand grows with the registered lists alone; with an ageing population, (1 + premium)^(years after),
 * the premium being the REAL Centre's 2.15% a year of need over England's own recent list growth (model/demand.ts).
 */
export function needIndexFor(prepared: Prepared, demand: DemandChoice | undefined, year: number): number {
  const englandGrowth = prepared.areas.find((a) => a.level === 'england')?.patientGrowth ?? 0;
  return demandIndex(demand, ageingPremium(englandGrowth), prepared.baseYear, year);
}

/** The demand choice in words, for labels. */
export const DEMAND_LABEL: Record<DemandChoice, string> = {
  lists: 'need growing with the registered lists',
  ageing: 'need growing with an ageing population',
};
