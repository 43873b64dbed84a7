/**
 * Shared types of the projection engine.
 *
 * Units: FTE is full-time equivalent GPs (1 FTE = 37.5 hours a week); headcount is people;
 * patients are registered patients; years are financial-year ends (2025 = 2024/25).
 * Sources: see MODEL.md; the baseline comes from the data pipeline (data/areas.json).
 */
import type { AgeProfile } from './age-bands';
import type { LeverValues } from './levers';

/** One sub-ICB area in the base year. */
export interface AreaBaseline {
  readonly code: string;
  /** Fully qualified permanent GP FTE (practice-reported), base year. */
  readonly fte: number;
  /** Headcount of the same GPs, base year. */
  readonly headcount: number;
  /** Registered patients by year, oldest first, ending with the base year (at least 1 value). */
  readonly patientsSeries: readonly number[];
  /** GPs in Training Grade FTE, Oct 2025 bulletin table 6a: where trainees are. */
  readonly traineeFte: number;
}

/**
 * Levers for a region or ICB. Flow levers (training places, international recruitment,
 * returners) are totals for the scope's areas; the rates apply to each of them.
 */
export interface ScopeLevers {
  readonly areaCodes: readonly string[];
  readonly levers: LeverValues;
}

export interface ProjectionInput {
  readonly areas: readonly AreaBaseline[];
  /** England-wide levers; they govern every area no scope claims. Flows are England totals. */
  readonly englandLevers: LeverValues;
  /** Later scopes win for an area listed in more than one. */
  readonly scopes?: readonly ScopeLevers[];
  /** National FTE (or shares) by age band in the base year, applied to every area. */
  readonly ageProfile: AgeProfile;
  /** Observed national FTE per head in the base year: the "FTE per GP" value that changes nothing. */
  readonly nationalFtePerHead: number;
  /** Base (data) year, e.g. 2025 for 2024/25. */
  readonly fromYear: number;
  /** Last projected year, e.g. 2036 for 2035/36. */
  readonly toYear: number;
  /** Patient growth a year for every area (0.01 = 1%), or null for each area's own trend. */
  readonly patientGrowthOverride?: number | null;
}

/**
 * One year of an area's projection. Flows are those during the year that ends in `year`
 * (zero in the base year), in FTE, so that
 * fte = previous fte − leavers + newGps + international + returners + participationChange.
 */
export interface ProjectedYear {
  readonly year: number;
  readonly fte: number;
  readonly headcount: number;
  readonly patients: number;
  readonly ftePer100k: number;
  readonly leavers: number;
  readonly newGps: number;
  readonly international: number;
  readonly returners: number;
  /** One-off change from the "FTE per GP" lever, in the first projected year only. */
  readonly participationChange: number;
}

export interface AreaProjection {
  readonly code: string;
  /** fromYear (the observed baseline) to toYear, one entry a year. */
  readonly years: readonly ProjectedYear[];
}
