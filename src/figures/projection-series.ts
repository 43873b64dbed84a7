// Joins recorded history and a projection into one WorkforceSeries for every area: the model's projected
// FTE, patients and 80% range of FTE after the recorded years (ICBs, regions and England are already the
// sums of their sub-ICBs in the projection, so the levels add up). Need-weighted patients are projected from
// registered ones (WEIGHTED_PROJECTION_RULE); the wider practice team is not projected (null after the history).
import type { ScenarioProjection } from '../model';
import type { AreaSeries, WorkforceSeries } from '../data/series';

/** The latest recorded weighted ÷ registered ratio of an area, or null if no year has both. */
export function latestWeightedRatio(area: AreaSeries): number | null {
  const weighted = area.weightedPatients;
  if (!weighted) return null;
  for (let i = Math.min(weighted.length, area.patients.length) - 1; i >= 0; i--) {
    const w = weighted[i] ?? null;
    const p = area.patients[i] ?? null;
    if (w !== null && p) return w / p;
  }
  return null;
}

/**
 * Projected need-weighted patients per area: each area without children (a sub-ICB) takes its latest
 * weighted ÷ registered ratio × its projected registered patients; an area with children sums theirs (null if any
 * child has none). Without a hierarchy every area uses its own ratio.
 */
export function projectWeightedPatients(args: {
  history: WorkforceSeries;
  projectedPatients: ReadonlyMap<string, readonly (number | null)[]>;
  length: number;
}): Map<string, (number | null)[]> {
  const { history, projectedPatients, length } = args;
  const children = history.childrenOf ?? new Map<string, readonly string[]>();
  const out = new Map<string, (number | null)[]>();
  const nulls = () => new Array<number | null>(length).fill(null);
  const weightedOf = (code: string): (number | null)[] => {
    const known = out.get(code);
    if (known) return known;
    const kids = children.get(code);
    let values: (number | null)[];
    if (kids?.length) {
      const parts = kids.map(weightedOf);
      values = Array.from({ length }, (_, i) =>
        parts.some((p) => p[i] === null) ? null : parts.reduce((sum, p) => sum + (p[i] ?? 0), 0),
      );
    } else {
      const area = history.byArea.get(code);
      const ratio = area ? latestWeightedRatio(area) : null;
      const patients = projectedPatients.get(code);
      values =
        ratio === null || !patients
          ? nulls()
          : Array.from({ length }, (_, i) => (patients[i] == null ? null : ratio * patients[i]));
    }
    out.set(code, values);
    return values;
  };
  for (const code of history.byArea.keys()) weightedOf(code);
  return out;
}

export function projectionSeries(history: WorkforceSeries, projection: ScenarioProjection): WorkforceSeries {
  const n = projection.years.length;
  const pastNulls = new Array<null>(history.years.length).fill(null);
  const futureNulls = new Array<null>(n).fill(null);
  const projectedPatients = new Map([...projection.byArea].map(([code, path]) => [code, path.patients]));
  const weighted = projectWeightedPatients({ history, projectedPatients, length: n });
  const notProjected = (past: readonly (number | null)[] | undefined) => (past ? [...past, ...futureNulls] : undefined);
  const byArea = new Map<string, AreaSeries>();
  for (const [code, past] of history.byArea) {
    const future = projection.byArea.get(code);
    byArea.set(code, {
      fte: [...past.fte, ...(future ? future.fte : futureNulls)],
      patients: [...past.patients, ...(future ? future.patients : futureNulls)],
      fteLow: [...pastNulls, ...(future?.low ?? futureNulls)],
      fteHigh: [...pastNulls, ...(future?.high ?? futureNulls)],
      weightedPatients: past.weightedPatients ? [...past.weightedPatients, ...(weighted.get(code) ?? futureNulls)] : undefined,
      locumTraineeFte: notProjected(past.locumTraineeFte),
      nurseFte: notProjected(past.nurseFte),
      dpcFte: notProjected(past.dpcFte),
    });
  }
  return { ...history, years: [...history.years, ...projection.years], byArea };
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
      weightedPatients: s.weightedPatients?.slice(start),
      locumTraineeFte: s.locumTraineeFte?.slice(start),
      nurseFte: s.nurseFte?.slice(start),
      dpcFte: s.dpcFte?.slice(start),
    });
  return { ...series, years: series.years.slice(start), byArea };
}
