// Practice-years summed to areas: the measures every area file carries, their decimal places, and one summing
// rule shared by the geographies built beside areas.json (the 36 ICBs of April 2026, the CCGs as they were).
// A missing value counts as 0 while the row still counts the practice; a missing need-weighted figure adds
// nothing; need-weighted patients are null for a year with no weighted figures at all.

/** Per-year series on every area, in file order. */
export const MEASURES = [
  'fte',
  'headcount',
  'patients',
  'weightedPatients',
  'practices',
  'locumTraineeFte',
  'nurseFte',
  'dpcFte',
];
/** Decimal places of each measure in the files. */
export const DP = {
  fte: 2,
  headcount: 0,
  patients: 0,
  weightedPatients: 0,
  practices: 0,
  locumTraineeFte: 2,
  nurseFte: 2,
  dpcFte: 2,
};

export const round = (value, dp) => (value === null ? null : Number(value.toFixed(dp)));

/**
 * Sums practice-years to the area `assign` gives each (null: not placed, counted in `unplaced`).
 * @param {{ practiceYears: { practice: string, year: number, fte: number|null, headcount: number|null,
 *   patients: number|null, weightedPatients?: number|null, locumTraineeFte?: number|null, nurseFte?: number|null,
 *   dpcFte?: number|null }[], years: number[], weightedYears: Set<number>,
 *   assign: (py: object) => string|null }} input
 * @returns {{ series: Map<string, Record<string, (number|null)[]>>,
 *   unplaced: { practiceYears: number[], fte: number[], patients: number[] } }} series rounded, by area code
 *   (sorted); `unplaced` by year index, FTE to 2 dp
 */
export function sumPracticeYears({ practiceYears, years, weightedYears, assign }) {
  const raw = new Map();
  const unplaced = { practiceYears: years.map(() => 0), fte: years.map(() => 0), patients: years.map(() => 0) };
  for (const py of practiceYears) {
    const yi = years.indexOf(py.year);
    if (yi < 0) continue;
    const code = assign(py);
    if (code === null) {
      unplaced.practiceYears[yi] += 1;
      unplaced.fte[yi] += py.fte ?? 0;
      unplaced.patients[yi] += py.patients ?? 0;
      continue;
    }
    let s = raw.get(code);
    if (!s) {
      s = Object.fromEntries(MEASURES.map((m) => [m, years.map(() => 0)]));
      raw.set(code, s);
    }
    for (const m of MEASURES) s[m][yi] += m === 'practices' ? 1 : (py[m] ?? 0);
  }
  const series = new Map(
    [...raw.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, s]) => [
        code,
        Object.fromEntries(
          MEASURES.map((m) => [
            m,
            s[m].map((v, i) => (m === 'weightedPatients' && !weightedYears.has(years[i]) ? null : round(v, DP[m]))),
          ]),
        ),
      ]),
  );
  unplaced.fte = unplaced.fte.map((v) => round(v, 2));
  return { series, unplaced };
}

/** Adds rounded series (children of one parent); null where any child is null that year. */
export function addSeries(children, years) {
  return Object.fromEntries(
    MEASURES.map((m) => [
      m,
      years.map((_, i) =>
        children.length === 0 || children.some((c) => c[m][i] === null)
          ? null
          : round(
              children.reduce((sum, c) => sum + c[m][i], 0),
              DP[m],
            ),
      ),
    ]),
  );
}
