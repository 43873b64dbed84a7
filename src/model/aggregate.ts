/**
 * Aggregation of area projections to ICBs, regions or England.
 *
 * Method: stocks (FTE, headcount, patients) and flows are summed year by year; FTE per 100,000
 * patients is recomputed from the sums (never averaged). Projections are assumed to share years,
 * as those from one `projectWorkforce` call do; the result follows the first one's years.
 * Units: as in types.ts.
 * Sources: none beyond the projections themselves.
 */
import type { AreaProjection, ProjectedYear } from './types';
import { ftePer100k } from './demand';

/**
 * Sums `projections` (all, or only those whose code is in `codes`) into one projection labelled
 * `code`. With no matching projection the result has no years.
 */
export function sumProjections(
  projections: readonly AreaProjection[],
  codes?: Iterable<string>,
  code: string = 'total',
): AreaProjection {
  const wanted = codes === undefined ? null : new Set(codes);
  const included = wanted === null ? projections : projections.filter((p) => wanted.has(p.code));
  const first = included[0];
  if (first === undefined) return { code, years: [] };
  const years: ProjectedYear[] = first.years.map((firstRow, index) => {
    let fte = 0;
    let headcount = 0;
    let patients = 0;
    let leavers = 0;
    let newGps = 0;
    let international = 0;
    let returners = 0;
    let participationChange = 0;
    for (const projection of included) {
      const row = projection.years[index];
      if (row === undefined) continue;
      fte += row.fte;
      headcount += row.headcount;
      patients += row.patients;
      leavers += row.leavers;
      newGps += row.newGps;
      international += row.international;
      returners += row.returners;
      participationChange += row.participationChange;
    }
    return {
      year: firstRow.year,
      fte,
      headcount,
      patients,
      ftePer100k: ftePer100k(fte, patients),
      leavers,
      newGps,
      international,
      returners,
      participationChange,
    };
  });
  return { code, years };
}
