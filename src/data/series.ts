// FTE and patients per area, aligned to years: recorded history, optionally followed by projected years with
// their 80% ranges of FTE. Map, table, charts, headline and exports all read this shape.

export interface AreaSeries {
  /** Fully qualified permanent GPs, FTE (what the model projects). */
  readonly fte: readonly (number | null)[];
  /** Registered patients. */
  readonly patients: readonly (number | null)[];
  /** The 80% range of FTE in projected years (null in recorded years, or while the range is computed). */
  readonly fteLow?: readonly (number | null)[];
  readonly fteHigh?: readonly (number | null)[];
  /**
   * Need-weighted (Carr-Hill) patients: recorded (2023/24 estimated, see WorkforceSeries.estimated), then
   * projected as the latest weighted/registered ratio × projected registered patients (figures/projection-series.ts).
   */
  readonly weightedPatients?: readonly (number | null)[];
  /** Locum and registrar (GP in training) FTE; all GPs = fte + this. Recorded years only. */
  readonly locumTraineeFte?: readonly (number | null)[];
  /** Practice nurses FTE. Recorded years only. */
  readonly nurseFte?: readonly (number | null)[];
  /** Direct patient care staff FTE (pharmacists, physiotherapists, paramedics, HCAs, …). Recorded years only. */
  readonly dpcFte?: readonly (number | null)[];
  /** PCN staff FTE for the series' team staff choice (figures/team-series.ts), at the years a PCN file falls in. */
  readonly pcnFte?: readonly (number | null)[];
  /** Whole practice team FTE (practice + PCN staff) for the team staff choice. */
  readonly teamFte?: readonly (number | null)[];
  /** Share of the area's PCNs that reported staff (0-1) at the PCN figures' dates. */
  readonly pcnCoverage?: readonly (number | null)[];
}

export interface WorkforceSeries {
  readonly years: readonly number[];
  readonly byArea: ReadonlyMap<string, AreaSeries>;
  /** Recorded years whose figures are estimates, by series (2023/24 need-weighted patients). */
  readonly estimated?: { readonly weightedPatients?: readonly number[] };
  /** Each area's children's codes (England → regions → ICBs → sub-ICBs), so projected need-weighted patients add up. */
  readonly childrenOf?: ReadonlyMap<string, readonly string[]>;
  /** The staff choice the team figures (pcnFte, teamFte) count, once the PCN files have been laid in. */
  readonly teamStaff?: string;
  /** The staff choice in words ("Pharmacists"). */
  readonly teamStaffLabel?: string;
}
