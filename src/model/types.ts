/**
 * Shared types of the projection engine.
 *
 * Units: FTE is full-time equivalent GPs (1 FTE = 37.5 hours a week); heads are people (practice-level
 * headcount counts a GP once per practice); patients are registered patients; years are financial-year ends
 * (2025 = 2024/25); bulletin dates are 'YYYY-MM'; age snapshot dates are 'YYYY-MM-DD'.
 * Sources: see MODEL.md; the data come from the pipeline (data/areas.json, national.json, age-profile.json,
 * training.json).
 */
import type { BandValues } from './age-bands';

/** 'icb2026': an ICB of April 2026 that is not one of the 2022 ICBs as it was; it has `parts`, not children. */
export type AreaLevel = 'england' | 'region' | 'icb' | 'subicb' | 'icb2026';

/** A sub-ICB's part in an area made of parts: the share of its FTE, headcount and patients that lies there. */
export interface AreaPart {
  readonly code: string;
  readonly fte: number;
  readonly headcount: number;
  readonly patients: number;
}

/** One area's recorded series, at any level. England, regions and ICBs are sums of their sub-ICBs. */
export interface AreaHistory {
  readonly code: string;
  readonly level: AreaLevel;
  readonly parent: string | null;
  /** Fully qualified permanent GP FTE (practice-level), one value per data year. */
  readonly fte: readonly number[];
  /** Headcount of the same GPs (practice-level). */
  readonly headcount: readonly number[];
  /** Registered patients. */
  readonly patients: readonly number[];
  /** Locum and registrar FTE (practice-level): where GP trainees are. */
  readonly traineeFte: readonly number[];
  /**
   * An area that is not a sum of whole sub-ICBs (an ICB of April 2026 holding part of a split sub-ICB): its
   * sub-ICBs with their parts. Its projection is the sum of their paths times the parts; lever scopes govern the
   * sub-ICBs it holds most of (part ≥ ½ of FTE).
   */
  readonly parts?: readonly AreaPart[];
}

/** A national snapshot from the monthly GP workforce bulletin: fully qualified permanent GPs. */
export interface BulletinSnapshot {
  readonly date: string;
  readonly fte: number;
  readonly headcount: number;
}

/** Partners and salaried GPs by age band (Under 40, 40-49, 50-59, 60 and over) at a date. */
export interface AgeSnapshot {
  readonly date: string;
  readonly heads: BandValues;
  readonly fte: BandValues;
}

/** Partners and salaried GPs by age band in a financial year: the mean of its snapshots (the data pipeline). */
export interface AgeYear {
  /** Financial-year end. */
  readonly year: number;
  readonly heads: BandValues;
  readonly fte: BandValues;
}

/** GP specialty training acceptances (England) of a recruitment year. */
export interface Intake {
  readonly recruitmentYear: number;
  readonly places: number;
}

/** Everything the projection reads, as recorded. `dataAsOf` cuts it to what was known at an earlier date. */
export interface ProjectionData {
  /** Data years (financial-year ends), ascending; every area series has one value per year. */
  readonly years: readonly number[];
  readonly areas: readonly AreaHistory[];
  readonly bulletin: readonly BulletinSnapshot[];
  readonly ageSnapshots: readonly AgeSnapshot[];
  /** Complete financial years' means of the age snapshots, ascending. */
  readonly ageYears: readonly AgeYear[];
  /** Recorded intakes only; years without a figure are filled by the model's stated rule. */
  readonly intakes: readonly Intake[];
}

export interface ShockModel {
  /** Whether the spreads come from the data given (three or more one-year errors). */
  readonly estimated: boolean;
  readonly years: readonly number[];
  /** One-year errors of heads and of FTE per head (log), by year. */
  readonly headsErrors: readonly number[];
  readonly participationErrors: readonly number[];
  /** Standard deviation of the heads errors and the participation errors. */
  readonly headsSpread: number;
  readonly participationSpread: number;
  /** σ of the log leaver-rate multiplier, of joiners as a fraction of heads, of the participation trend. */
  readonly leaver: number;
  readonly joiners: number;
  readonly participation: number;
  /** AR(1) persistence of leaving and joining (from the heads errors) and of participation. */
  readonly headsPersistence: number;
  readonly participationPersistence: number;
}
