// Joins recorded history and a projection into one WorkforceSeries for every area: the model's projected
// FTE, patients and 80% range of FTE after the recorded years (ICBs, regions and England are already the
// sums of their sub-ICBs in the projection, so the levels add up).
import type { ScenarioProjection } from '../model';
import type { AreaSeries, WorkforceSeries } from '../data/series';

export function projectionSeries(history: WorkforceSeries, projection: ScenarioProjection): WorkforceSeries {
  const n = projection.years.length;
  const pastNulls = new Array<null>(history.years.length).fill(null);
  const futureNulls = new Array<null>(n).fill(null);
  const byArea = new Map<string, AreaSeries>();
  for (const [code, past] of history.byArea) {
    const future = projection.byArea.get(code);
    byArea.set(code, {
      fte: [...past.fte, ...(future ? future.fte : futureNulls)],
      patients: [...past.patients, ...(future ? future.patients : futureNulls)],
      fteLow: [...pastNulls, ...(future?.low ?? futureNulls)],
      fteHigh: [...pastNulls, ...(future?.high ?? futureNulls)],
    });
  }
  return { years: [...history.years, ...projection.years], byArea };
}

/** The part of a series from `fromYear` on (e.g. a projection without the history before it). */
export function sliceSeries(series: WorkforceSeries, fromYear: number): WorkforceSeries {
  const start = Math.max(0, series.years.indexOf(fromYear));
  const byArea = new Map<string, AreaSeries>();
  for (const [code, s] of series.byArea)
    byArea.set(code, {
      fte: s.fte.slice(start),
      patients: s.patients.slice(start),
      fteLow: s.fteLow?.slice(start),
      fteHigh: s.fteHigh?.slice(start),
    });
  return { years: series.years.slice(start), byArea };
}
