// The comparison's numbers, as pure functions over the compared scenarios' series: one headline row per
// scenario, and per area the difference between two scenarios in GP FTE per 100,000 patients.
import { headlineFigures } from '../../figures/headline-figures';
import { metricValue, type WorkforceSeries } from '../../figures/metrics';
import type { SavedScenario } from '../../state/saved/scenarios';
import type { PatientBasis } from '../../figures/metric-basis';

export interface HeadlineRow {
  id: string;
  name: string;
  /** Each scenario is read in its own target year, against its own target. */
  targetYear: number;
  fte: number | null;
  changeFromBase: number | null;
  per100k: number | null;
  targetPer100k: number | null;
  /** FTE needed on top of the projection to meet the target (negative: above target). */
  gapFte: number | null;
}

export function headlineRows(args: {
  compared: readonly { scenario: SavedScenario; series: WorkforceSeries }[];
  /** "Current trends", which headlineFigures also reads (not shown here). */
  trendSeries: WorkforceSeries;
  code: string;
  baseYear: number;
  /** The patients per 100,000 counts, as in the headline (default registered). */
  basis?: PatientBasis;
  /** Each scenario's need index in its target year (its demand choice; default 1). */
  needIndex?: (scenario: SavedScenario) => number;
}): HeadlineRow[] {
  const { compared, trendSeries, code, baseYear, basis, needIndex } = args;
  return compared.map(({ scenario, series }) => {
    const h = headlineFigures({
      series,
      trendSeries,
      code,
      year: scenario.targetYear,
      baseYear,
      target: scenario.target,
      basis,
      needIndex: needIndex?.(scenario),
    });
    return {
      id: scenario.id,
      name: scenario.name,
      targetYear: scenario.targetYear,
      fte: h.fte,
      changeFromBase: h.changeFromBase,
      per100k: h.per100k,
      targetPer100k: h.targetPer100k,
      gapFte: h.gapFte,
    };
  });
}

/** The year the difference map shows: the Year control's if it is projected, otherwise the target year (history is the same in every scenario). */
export function differenceYear(viewYear: number, baseYear: number, targetYear: number): number {
  return viewYear > baseYear ? viewYear : targetYear;
}

export interface DifferenceRow {
  code: string;
  name: string;
  /** GP FTE per 100,000 patients in scenario A and B. */
  a: number | null;
  b: number | null;
  /** a - b, FTE per 100,000 patients; null if either is missing. */
  difference: number | null;
}

export function differenceRows(args: {
  areas: readonly { code: string; name: string }[];
  seriesA: WorkforceSeries;
  seriesB: WorkforceSeries;
  year: number;
}): DifferenceRow[] {
  const { areas, seriesA, seriesB, year } = args;
  const rows = areas.map(({ code, name }) => {
    const a = metricValue(seriesA, code, 'ftePer100k', year, year);
    const b = metricValue(seriesB, code, 'ftePer100k', year, year);
    return { code, name, a, b, difference: a !== null && b !== null ? a - b : null };
  });
  // Largest difference (either way) first, then by name; areas without one last.
  const size = (r: DifferenceRow) => (r.difference === null ? -1 : Math.abs(r.difference));
  return rows.sort((x, y) => size(y) - size(x) || x.name.localeCompare(y.name));
}
