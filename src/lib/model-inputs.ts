// From the loaded data files to the model's inputs, and from the scenario's choices to its levers.
// Pure functions: the same data and choices always give the same inputs.
import {
  AGE_BANDS,
  defaultLeverValues,
  defaultLeversForScope,
  type AgeProfile,
  type AreaBaseline,
  type LeverValues,
  type ScopeLevers,
} from '../model';
import type { Dataset } from '../data/dataset';
import type { AgeProfileFile, SnapshotFile } from '../data/schemas';
import type { Hierarchy } from './projection-series';

/** Years of registered patients given to the model for each area's own growth trend. */
const PATIENT_TREND_YEARS = 6;
/** The age snapshot nearest the end of the base year 2024/25. */
const AGE_SNAPSHOT = '2025-03-31';

export interface ModelInputs {
  baseYear: number;
  areas: readonly AreaBaseline[];
  ageProfile: AgeProfile;
  nationalFtePerHead: number;
  /** Every lever at its default, with FTE per GP at the observed national ratio. */
  defaults: LeverValues;
  hierarchy: Hierarchy;
  /** The sub-ICB codes of any area (England, region, ICB or sub-ICB). */
  subIcbsOf: (code: string) => readonly string[];
}

export function buildModelInputs(dataset: Dataset, snapshot: SnapshotFile, ageFile: AgeProfileFile): ModelInputs {
  const base = dataset.years.length - 1;
  const baseYear = dataset.years[base] ?? 0;
  // Trainees by area: the ICB's GPs in Training Grade (Oct 2025), split among its sub-ICBs by their GP FTE.
  // Sub-ICB trainee counts follow where training practices happen to be (0.05 to 0.87 trainees per
  // qualified FTE), which would send one area's newly qualified GPs to its neighbour; the ICB, where
  // training schemes are organised, is the steadier guide.
  const trainees = new Map(snapshot.areas.map((a) => [a.code, a.fte.trainees ?? 0]));
  const icbFte = new Map<string, number>();
  for (const a of dataset.atLevel.subicb) if (a.parent) icbFte.set(a.parent, (icbFte.get(a.parent) ?? 0) + (a.fte[base] ?? 0));
  const areas: AreaBaseline[] = dataset.atLevel.subicb.map((a) => {
    const parentFte = a.parent ? (icbFte.get(a.parent) ?? 0) : 0;
    const icbTrainees = a.parent ? trainees.get(a.parent) : undefined;
    const traineeFte =
      icbTrainees !== undefined && parentFte > 0 ? (icbTrainees * (a.fte[base] ?? 0)) / parentFte : (trainees.get(a.code) ?? 0);
    return {
      code: a.code,
      fte: a.fte[base] ?? 0,
      headcount: a.headcount[base] ?? 0,
      patientsSeries: a.patients.slice(-PATIENT_TREND_YEARS),
      traineeFte,
    };
  });
  const ageSnapshot =
    [...ageFile.snapshots].filter((s) => s.date <= AGE_SNAPSHOT).pop() ?? ageFile.snapshots[ageFile.snapshots.length - 1];
  const ageProfile = Object.fromEntries(
    AGE_BANDS.map((band) => [band, ageSnapshot?.bands.find((b) => b.band === band)?.fte ?? 0]),
  ) as AgeProfile;
  const england = dataset.atLevel.england[0];
  const nationalFtePerHead =
    england && england.headcount[base] ? (england.fte[base] ?? 0) / (england.headcount[base] ?? 1) : 0.74;

  const parentOf = new Map(dataset.areas.map((a) => [a.code, a.parent]));
  const children = new Map<string, string[]>();
  for (const a of dataset.areas) if (a.parent) children.set(a.parent, [...(children.get(a.parent) ?? []), a.code]);
  const subIcbCache = new Map<string, readonly string[]>();
  const subIcbsOf = (code: string): readonly string[] => {
    const cached = subIcbCache.get(code);
    if (cached) return cached;
    const kids = children.get(code);
    const result = kids ? kids.flatMap(subIcbsOf) : dataset.byCode.get(code)?.level === 'subicb' ? [code] : [];
    subIcbCache.set(code, result);
    return result;
  };
  return {
    baseYear,
    areas,
    ageProfile,
    nationalFtePerHead,
    // The same value as nationalFtePerHead, unrounded, so the defaults reproduce every area's baseline exactly.
    defaults: defaultLeverValues({ ftePerGp: nationalFtePerHead }),
    hierarchy: { parentOf },
    subIcbsOf,
  };
}

/** England's levers: defaults overlaid with the person's choices. */
export function englandLeverValues(inputs: ModelInputs, overrides: Partial<LeverValues>): LeverValues {
  return { ...inputs.defaults, ...overrides };
}

/** A scope's levers: its share of England's (flows) or England's (rates), overlaid with its own choices. */
export function scopeLeverValues(
  inputs: ModelInputs,
  scope: string,
  englandLevers: LeverValues,
  overrides: Partial<LeverValues> = {},
): LeverValues {
  return { ...defaultLeversForScope({ areas: inputs.areas, areaCodes: inputs.subIcbsOf(scope), englandLevers }), ...overrides };
}

export function resolveScopes(
  inputs: ModelInputs,
  englandLevers: LeverValues,
  scopeOverrides: Readonly<Record<string, Partial<LeverValues>>>,
): ScopeLevers[] {
  return Object.entries(scopeOverrides)
    .filter(([scope]) => inputs.subIcbsOf(scope).length > 0)
    .sort(([a], [b]) => inputs.subIcbsOf(b).length - inputs.subIcbsOf(a).length || a.localeCompare(b))
    .map(([scope, overrides]) => ({
      areaCodes: inputs.subIcbsOf(scope),
      levers: scopeLeverValues(inputs, scope, englandLevers, overrides),
    }));
}
