// FTE and patients per area, aligned to years: recorded history, optionally followed by projected years with
// their 80% ranges of FTE. Map, table, charts, headline and exports all read this shape.

export interface AreaSeries {
  readonly fte: readonly (number | null)[];
  readonly patients: readonly (number | null)[];
  /** The 80% range of FTE in projected years (null in recorded years, or while the range is computed). */
  readonly fteLow?: readonly (number | null)[];
  readonly fteHigh?: readonly (number | null)[];
}

export interface WorkforceSeries {
  readonly years: readonly number[];
  readonly byArea: ReadonlyMap<string, AreaSeries>;
}
