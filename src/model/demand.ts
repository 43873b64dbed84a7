/**
 * Demand and recent trends: registered patients projected on each area's own recent growth.
 *
 * Method: compound annual growth over the last TREND_YEARS year-on-year steps of an annual
 * series (fewer if the series is shorter), held constant for the projection, unless a single
 * national override is given. Also the mean annual change used to calibrate the returners default.
 * Units: patients are registered patients (headcount); growth is a fraction a year (0.01 = 1%);
 * changes are in the series' own unit (FTE for the workforce). The rate functions at the end take whichever
 * patients the caller counts demand in (registered, or need-weighted when the planner chooses that basis): the
 * model itself is the same on either basis.
 * Sources: registered patients per practice (NHS Digital GP Workforce practice files, via HEEC),
 * aggregated to areas by the data pipeline.
 */

/** Years of history that define "recent": the last five year-on-year steps. */
export const TREND_YEARS = 5;

function recentWindow(series: readonly number[], years: number): readonly number[] {
  const steps = Math.max(1, Math.floor(years));
  return series.slice(Math.max(0, series.length - steps - 1));
}

/**
 * Compound annual growth over the last `years` steps: (last / first)^(1 / steps) − 1.
 * Fewer than two points, or a non-positive or non-finite end, give 0 (no trend).
 */
export function compoundAnnualGrowth(series: readonly number[], years: number = TREND_YEARS): number {
  const window = recentWindow(series, years);
  const first = window[0] ?? 0;
  const last = window[window.length - 1] ?? 0;
  if (window.length < 2 || !(first > 0) || !(last > 0)) return 0;
  if (!Number.isFinite(first) || !Number.isFinite(last)) return 0;
  return Math.pow(last / first, 1 / (window.length - 1)) - 1;
}

/** Mean annual change over the last `years` steps: (last − first) / steps; 0 without two points. */
export function meanAnnualChange(series: readonly number[], years: number = TREND_YEARS): number {
  const window = recentWindow(series, years);
  if (window.length < 2) return 0;
  const change = ((window[window.length - 1] ?? 0) - (window[0] ?? 0)) / (window.length - 1);
  return Number.isFinite(change) ? change : 0;
}

/**
 * The growth rate used for an area: the override if it is a finite number, else the area's own
 * trend. Floored just above −100% so patients never go negative.
 */
export function patientGrowthRate(patientsSeries: readonly number[], patientGrowthOverride: number | null | undefined): number {
  const growth =
    typeof patientGrowthOverride === 'number' && Number.isFinite(patientGrowthOverride)
      ? patientGrowthOverride
      : compoundAnnualGrowth(patientsSeries);
  return Math.max(-0.99, growth);
}

/** GP FTE per 100,000 patients (registered or need-weighted, as passed); 0 when there are no patients. */
export function ftePer100k(fte: number, patients: number): number {
  return patients > 0 ? (fte / patients) * 100_000 : 0;
}

/**
 * The FTE that gives `per100k` GP FTE per 100,000 patients: per100k × patients ÷ 100,000, with `patients` on the
 * same basis as the rate (registered or need-weighted). The inverse of ftePer100k.
 */
export function fteForRate(per100k: number, patients: number): number {
  return (per100k * patients) / 100_000;
}

/** What demand grows with: registered lists, or need with an ageing population. */
export type DemandChoice = 'lists' | 'ageing';
export const DEMAND_CHOICES: readonly DemandChoice[] = ['lists', 'ageing'];

/**
 * The need for GPs the Health Foundation's REAL Centre projected (current-policy scenario, June 2022): about
 * 27,000 FTE fully qualified permanent GPs in post in 2021/22 and a shortfall of about 4,200, so about 31,200
 * needed, rising to 37,800 needed in 2030/31 with demographic change and morbidity ("pre-pandemic standards of
 * care"). That is (37,800 ÷ 31,200)^(1/9) − 1 = 2.15% a year.
 */
export const AGEING_NEED = {
  fromYear: 2022,
  toYear: 2031,
  fromFte: 27_000 + 4_200,
  toFte: 37_800,
  source:
    'The Health Foundation REAL Centre, Projections: General practice workforce in England (June 2022); “The GP shortfall in numbers”, health.org.uk',
} as const;

/** Need's growth a year on the REAL Centre's projection: 2.15%. */
export const AGEING_NEED_GROWTH = /*#__PURE__*/ yearlyGrowth(AGEING_NEED);

function yearlyGrowth(need: { fromYear: number; toYear: number; fromFte: number; toFte: number }): number {
  return Math.pow(need.toFte / need.fromFte, 1 / (need.toYear - need.fromYear)) - 1;
}

/**
 * How much faster need grows per registered patient with an ageing population: need's growth over England's
 * registered lists' own recent growth, (1 + 2.15%) ÷ (1 + lists' growth) − 1 (0.96% a year against the lists'
 * 1.18%). Never below 0.
 */
export function ageingPremium(listGrowth: number): number {
  return Math.max(0, (1 + AGEING_NEED_GROWTH) / (1 + (Number.isFinite(listGrowth) ? listGrowth : 0)) - 1);
}

/**
 * The demand index of a year: 1 on registered lists; with an ageing population, (1 + premium)^(year − base) after
 * the last recorded year (1 up to it), so a target per 100,000 registered patients rises by the premium a year.
 */
export function demandIndex(choice: DemandChoice | undefined, premium: number, baseYear: number, year: number): number {
  if (choice !== 'ageing' || year <= baseYear) return 1;
  return Math.pow(1 + premium, year - baseYear);
}
