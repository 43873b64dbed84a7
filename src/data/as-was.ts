// Reading the files beside areas.json (issue 21): the geography as it was in a year, change between two years on
// the same boundaries, and where an old (2022–2026) ICB code leads among the ICBs of April 2026.
import type { Icb2026File } from './schemas';
import type { AsWasArea, AsWasFile, AsWasLevel } from './as-was-schemas';

/** The measures an as-was area carries by year. */
export type AsWasMeasure =
  'fte' | 'headcount' | 'patients' | 'weightedPatients' | 'practices' | 'locumTraineeFte' | 'nurseFte' | 'dpcFte';

export interface AsWasYear {
  year: number;
  level: AsWasLevel;
  /** The object of as-was-boundaries.topo.json holding that year's boundaries (its geometry ids are area ids). */
  object: string;
  /** For the legend and title: "CCGs as at April 2017". */
  label: string;
  areas: AsWasArea[];
}

/** The areas of a level in a year (financial-year end), or null when the level did not exist then. */
export function asWasAt(file: AsWasFile, level: AsWasLevel, year: number): AsWasYear | null {
  const entry = file.levels[level].years.find((y) => y.year === year);
  if (!entry) return null;
  // An area stands from its first to its last year, without gaps (tested on the committed file).
  const areas = file.areas.filter((a) => a.level === level && a.firstYear <= year && a.lastYear >= year);
  return { year, level, object: entry.object, label: entry.label, areas };
}

export interface AsWasChange {
  area: AsWasArea;
  from: number;
  to: number;
  change: number;
  /** change ÷ from, or null when from is 0. */
  share: number | null;
}

/**
 * Change in a measure between two years for every area of a level that existed, on the same boundary, in both
 * (an area is one boundary: a code whose boundary changed is another area); largest fall first.
 */
export function asWasChanges(
  file: AsWasFile,
  { level, from, to, measure }: { level: AsWasLevel; from: number; to: number; measure: AsWasMeasure },
): AsWasChange[] {
  const fi = file.years.indexOf(from);
  const ti = file.years.indexOf(to);
  if (fi < 0 || ti < 0) return [];
  return file.areas
    .filter((a) => a.level === level)
    .flatMap((area) => {
      const a = area[measure][fi];
      const b = area[measure][ti];
      if (a === null || a === undefined || b === null || b === undefined) return [];
      return [{ area, from: a, to: b, change: b - a, share: a === 0 ? null : (b - a) / a }];
    })
    .sort((x, y) => (x.share ?? 0) - (y.share ?? 0) || x.area.id.localeCompare(y.area.id));
}

/**
 * Where an ICB code leads among the ICBs of April 2026: itself if it is one (a 2026 code, or a 2022 code kept in
 * 2026), else the 2026 ICB that took most of that 2022 ICB's patients. `notice` says the link named an ICB that
 * no longer exists as it was (merged, split or redrawn), so the app can say so.
 */
export function icb2026For(file: Icb2026File, code: string): { code: string; notice: boolean } | null {
  const upper = code.toUpperCase();
  const icb = file.icbs.find((i) => i.code === upper);
  const former = file.fromIcb2022[upper];
  if (icb) return { code: icb.code, notice: former !== undefined && !icb.sameAs2022 };
  if (former?.[0]) return { code: former[0].code, notice: true };
  return null;
}
