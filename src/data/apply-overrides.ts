// Puts a planner's own sub-ICB figures (from an uploaded CSV, checked by features/upload/validate-rows.ts)
// into the areas file: each covered sub-ICB-year's GP FTE, headcount and patients are replaced; a year
// after the last one extends every series; then ICBs, regions and England are summed again from their
// sub-ICBs, as the pipeline does (scripts/data/build.mjs), so the levels always add up.
// Pure: returns a new file and never changes the one it was given.
import type { Area, AreasFile } from './schemas';

export interface SubIcbOverride {
  code: string;
  /** Financial-year end (2025 = 2024/25). */
  year: number;
  /** Qualified permanent GP FTE (stored to 2 dp, as in areas.json). */
  fte: number;
  /** GP headcount and registered patients (stored as whole numbers, as in areas.json). */
  headcount: number;
  patients: number;
  /** Practices summed for this figure (practice rows), or null (an area row: keep the baseline's count). */
  practices: number | null;
}

type Measure = 'fte' | 'headcount' | 'patients' | 'weightedPatients' | 'practices' | 'locumTraineeFte';
const MEASURES: readonly Measure[] = ['fte', 'headcount', 'patients', 'weightedPatients', 'practices', 'locumTraineeFte'];
/** Decimal places of each measure in areas.json (the pipeline's rounding). */
const DP: Record<Measure, number> = { fte: 2, headcount: 0, patients: 0, weightedPatients: 0, practices: 0, locumTraineeFte: 2 };
const round = (value: number, dp: number) => Number(value.toFixed(dp));

export function applyOverrides(file: AreasFile, overrides: readonly SubIcbOverride[]): AreasFile {
  if (overrides.length === 0) return file;
  const lastYear = file.years[file.years.length - 1] ?? 0;
  const subIcbs = file.areas.filter((a) => a.level === 'subicb');
  const subIcbCodes = new Set(subIcbs.map((a) => a.code));
  const unknown = overrides.find((o) => !subIcbCodes.has(o.code));
  if (unknown) throw new Error(`${unknown.code} is not a sub-ICB in the areas file`);

  // New years must follow on from the last one and cover every sub-ICB (the validator rejects anything else).
  const newYears = [...new Set(overrides.map((o) => o.year).filter((y) => y > lastYear))].sort((a, b) => a - b);
  newYears.forEach((year, i) => {
    if (year !== lastYear + i + 1) throw new Error(`adding ${year} would leave a gap after ${lastYear + i}`);
    const covered = new Set(overrides.filter((o) => o.year === year).map((o) => o.code));
    if (covered.size !== subIcbCodes.size) throw new Error(`${year} covers ${covered.size} of ${subIcbCodes.size} sub-ICBs`);
  });
  const years = [...file.years, ...newYears];
  const yearIndex = new Map(years.map((y, i) => [y, i]));

  const bySubIcb = new Map<string, SubIcbOverride[]>();
  for (const o of overrides) bySubIcb.set(o.code, [...(bySubIcb.get(o.code) ?? []), o]);

  const series = new Map<string, Pick<Area, Measure>>();
  for (const area of subIcbs) {
    const next = extend(area, newYears.length);
    for (const o of bySubIcb.get(area.code) ?? []) {
      const i = yearIndex.get(o.year);
      if (i === undefined) throw new Error(`${o.year} is before the areas file begins`);
      next.fte[i] = round(o.fte, DP.fte);
      next.headcount[i] = round(o.headcount, DP.headcount);
      next.patients[i] = round(o.patients, DP.patients);
      if (o.practices !== null) next.practices[i] = o.practices;
    }
    series.set(area.code, next);
  }

  const children = new Map<string, string[]>();
  for (const a of file.areas) if (a.parent) children.set(a.parent, [...(children.get(a.parent) ?? []), a.code]);
  const seriesFor = (code: string): Pick<Area, Measure> => {
    const known = series.get(code);
    if (known) return known;
    const kids = (children.get(code) ?? []).map(seriesFor);
    const total = Object.fromEntries(
      MEASURES.map((m) => [
        m,
        years.map((_, i) => {
          const values = kids.map((k) => k[m][i] ?? null);
          return values.some((v) => v === null)
            ? null
            : round(
                values.reduce<number>((s, v) => s + (v ?? 0), 0),
                DP[m],
              );
        }),
      ]),
    ) as Pick<Area, Measure>;
    series.set(code, total);
    return total;
  };

  return { ...file, years, areas: file.areas.map((area) => ({ ...area, ...seriesFor(area.code) })) };
}

/**
 * A copy of a sub-ICB's series with room for `extra` years. The upload fills GP FTE, headcount and patients
 * for them; it has no column for the rest: need-weighted patients stay missing (null), while practices and
 * locum + trainee FTE (which no screen shows) carry the last year's value, so the file keeps its shape.
 */
function extend(area: Area, extra: number): Pick<Area, Measure> {
  const carry = (values: readonly number[]) => [...values, ...new Array<number>(extra).fill(values[values.length - 1] ?? 0)];
  return {
    fte: carry(area.fte),
    headcount: carry(area.headcount),
    patients: carry(area.patients),
    weightedPatients: [...area.weightedPatients, ...new Array<null>(extra).fill(null)],
    practices: carry(area.practices),
    locumTraineeFte: carry(area.locumTraineeFte),
  };
}
