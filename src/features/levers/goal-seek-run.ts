// What "What would it take?" measures for one trial projection: an area's GP FTE per 100,000 patients in the target
// year, on the basis the caller chooses (ftePer100k: registered; ftePerWeighted100k: need-weighted, projected from
// registered patients by WEIGHTED_PROJECTION_RULE). Pure, so goal-seek on either basis is tested without React.
import type { ScenarioProjection } from '../../model';
import { metricValue, type MetricKey, type WorkforceSeries } from '../../figures/metrics';
import { projectionSeries } from '../../figures/projection-series';

/** The metric of `code` in `year` once `projection` is joined to `history`; NaN when it has no value. */
export function demandAt(args: {
  history: WorkforceSeries;
  projection: ScenarioProjection;
  code: string;
  year: number;
  metric: MetricKey;
}): number {
  const { history, projection, code, year, metric } = args;
  return metricValue(projectionSeries(history, projection), code, metric, year, year) ?? Number.NaN;
}
