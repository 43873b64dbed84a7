// Puts a planner's own sub-ICB figures (from an uploaded CSV, checked by features/upload/validate-rows.ts)
// into the areas file: each covered sub-ICB-year's GP FTE, headcount and patients are replaced; a year
// after the last one extends every series; then ICBs, regions and England are summed again from their
// sub-ICBs, as the pipeline does (scripts/data/build.mjs), so the levels always add up.
// Pure: returns a new file and never changes the one it was given.
import { childCodesByParent } from '../model';
import type { Area, AreasFile } from './schemas';
import { inTree } from './icb-2026';

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
/** Series an areas file may lack (files written before issue 9); kept when present, null for an added year. */
type OptionalMeasure = 'nurseFte' | 'dpcFte';
const OPTIONAL_MEASURES: readonly OptionalMeasure[] = ['nurseFte', 'dpcFte'];
type Series = Pick<Area, Measure | OptionalMeasure>;
/** Sums children's values year by year (null if any child's is), to `dp` decimal places. */
const sumSeries = (kids: readonly (readonly (number | null | undefined)[])[], length: number, dp: number) =>
  Array.from({ length }, (_, i) => {
    const values = kids.map((k) => k[i] ?? null);
    return values.some((v) => v === null)
      ? null
      : round(
          values.reduce<number>((s, v) => s + (v ?? 0), 0),
          dp,
        );
  });

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

  const series = new Map<string, Series>();
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

  const children = childCodesByParent(file.areas.filter(inTree));
  const byCode = new Map(file.areas.map((a) => [a.code, a]));
  const seriesFor = (code: string): Series => {
    const known = series.get(code);
    if (known) return known;
    const area = byCode.get(code);
    if (area?.parts) {
      const own = changedByParts(area, area.parts, years.length, (c) => [byCode.get(c), seriesFor(c)]);
      series.set(code, own);
      return own;
    }
    const kids = (children.get(code) ?? []).map(seriesFor);
    const total = Object.fromEntries(
      MEASURES.map((m) => [
        m,
        sumSeries(
          kids.map((k) => k[m]),
          years.length,
          DP[m],
        ),
      ]),
    ) as Series;
    for (const m of OPTIONAL_MEASURES) {
      const kidSeries = kids.map((k) => k[m]);
      if (kidSeries.every((values) => values !== undefined)) total[m] = sumSeries(kidSeries, years.length, 2);
    }
    series.set(code, total);
    return total;
  };

  return { ...file, years, areas: file.areas.map((area) => ({ ...area, ...seriesFor(area.code) })) };
}

/**
 * A copy of a sub-ICB's series with room for `extra` years. The upload fills GP FTE, headcount and patients
 * for them; it has no column for the rest: need-weighted patients, nurse and direct patient care FTE stay
 * missing (null), while practices and locum + trainee FTE carry the last year's value, so the file keeps its shape.
 */
function extend(area: Area, extra: number): Series {
  const carry = (values: readonly number[]) => [...values, ...new Array<number>(extra).fill(values[values.length - 1] ?? 0)];
  const unknown = (values: readonly (number | null)[] | undefined) =>
    values === undefined ? undefined : [...values, ...new Array<null>(extra).fill(null)];
  return {
    nurseFte: unknown(area.nurseFte),
    dpcFte: unknown(area.dpcFte),
    fte: carry(area.fte),
    headcount: carry(area.headcount),
    patients: carry(area.patients),
    weightedPatients: [...area.weightedPatients, ...new Array<null>(extra).fill(null)],
    practices: carry(area.practices),
    locumTraineeFte: carry(area.locumTraineeFte),
  };
}

/**
 * An area made of parts of sub-ICBs (an ICB of April 2026) with its sub-ICBs' figures replaced: its own recorded
 * figures plus each part's change (part × (new − old)); in an added year, the parts' new figures. FTE, headcount and
 * patients by their own parts; the other measures by the FTE part.
 */
function changedByParts(
  area: Area,
  parts: NonNullable<Area['parts']>,
  length: number,
  sub: (code: string) => [Area | undefined, Series],
): Series {
  const partOf = (p: NonNullable<Area['parts']>[number], m: Measure | OptionalMeasure) =>
    m === 'headcount' ? p.headcount : m === 'patients' ? p.patients : p.fte;
  const one = (m: Measure | OptionalMeasure, dp: number): (number | null)[] | undefined => {
    const own = area[m];
    if (own === undefined) return undefined;
    return Array.from({ length }, (_, i) => {
      let total: number | null = i < own.length ? (own[i] ?? null) : 0;
      for (const p of parts) {
        const [before, after] = sub(p.code);
        const next = after[m]?.[i];
        const prev = i < own.length ? before?.[m]?.[i] : 0;
        if (total === null || next === null || next === undefined || prev === null || prev === undefined) return null;
        total += partOf(p, m) * (next - prev);
      }
      return total === null ? null : round(total, dp);
    });
  };
  const out = Object.fromEntries(MEASURES.map((m) => [m, one(m, DP[m])])) as Series;
  for (const m of OPTIONAL_MEASURES) {
    const values = one(m, 2);
    if (values !== undefined) out[m] = values;
  }
  return out;
}
