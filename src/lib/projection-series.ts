// Joins recorded history and a projection into one WorkforceSeries for every area: sub-ICBs from the
// model, ICBs, regions and England as the sums of their sub-ICBs (so the levels always add up).
import type { AreaProjection } from '../model';
import type { WorkforceSeries } from './metrics';

export interface Hierarchy {
  /** Every area's parent code (England's is null). */
  parentOf: ReadonlyMap<string, string | null>;
}

export function projectionSeries(args: {
  history: WorkforceSeries;
  projections: readonly AreaProjection[];
  hierarchy: Hierarchy;
  /** Projected years to append after the history (the model's years after its base year). */
  projectedYears: readonly number[];
}): WorkforceSeries {
  const { history, projections, hierarchy, projectedYears } = args;
  const n = projectedYears.length;
  const sums = new Map<string, { fte: number[]; patients: number[] }>();
  const bucket = (code: string) => {
    let b = sums.get(code);
    if (!b) {
      b = { fte: new Array<number>(n).fill(0), patients: new Array<number>(n).fill(0) };
      sums.set(code, b);
    }
    return b;
  };
  for (const projection of projections) {
    const rows = projection.years;
    const offset = rows.length - n;
    for (let code: string | null | undefined = projection.code; code; code = hierarchy.parentOf.get(code)) {
      const b = bucket(code);
      for (let i = 0; i < n; i += 1) {
        const row = rows[offset + i];
        if (!row) continue;
        b.fte[i] = (b.fte[i] ?? 0) + row.fte;
        b.patients[i] = (b.patients[i] ?? 0) + row.patients;
      }
    }
  }
  const byArea = new Map<string, { fte: readonly (number | null)[]; patients: readonly (number | null)[] }>();
  for (const [code, past] of history.byArea) {
    const future = sums.get(code);
    byArea.set(code, {
      fte: [...past.fte, ...(future ? future.fte : new Array<null>(n).fill(null))],
      patients: [...past.patients, ...(future ? future.patients : new Array<null>(n).fill(null))],
    });
  }
  return { years: [...history.years, ...projectedYears], byArea };
}

/** The part of a series from `fromYear` on (e.g. a projection without the history before it). */
export function sliceSeries(series: WorkforceSeries, fromYear: number): WorkforceSeries {
  const start = Math.max(0, series.years.indexOf(fromYear));
  const byArea = new Map<string, { fte: readonly (number | null)[]; patients: readonly (number | null)[] }>();
  for (const [code, s] of series.byArea) byArea.set(code, { fte: s.fte.slice(start), patients: s.patients.slice(start) });
  return { years: series.years.slice(start), byArea };
}
