// The Open Government Licence attribution shown in the footer, printed on exports and in the print summary
// (wording from ../shared/raw/workforce/SOURCES.md, ../shared/raw/boundaries/SOURCES.md and
// ../shared/raw/locations/SOURCES.md). Each export credits what it shows: the boundaries only where a map is
// drawn, the practice locations only beside the Practice view (no export draws practices).
const WORKFORCE_CREDIT =
  'Contains public sector information licensed under the Open Government Licence v3.0 (NHS England / NHS Digital).';
const BOUNDARIES_CREDIT =
  'Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0; contains OS data © Crown copyright and database right 2015–2023.';

/**
 * Practice locations (the Practice view's points): postcodes from NHS Payments to General Practice, placed with
 * OS Code-Point Open, whose licence requires these three sentences word for word.
 */
export const LOCATIONS_CREDIT =
  'Practice locations: OS Code-Point Open. Contains OS data © Crown copyright and database right 2025. Contains Royal Mail ' +
  'data © Royal Mail copyright and database right 2025. Contains National Statistics data © Crown copyright and database ' +
  'right 2025.';

/** Everything the app draws on: the footer and "About the data". */
export const ATTRIBUTION = [WORKFORCE_CREDIT, BOUNDARIES_CREDIT, LOCATIONS_CREDIT] as const;

/** What an export is: a chart shows no boundaries; a map and the print summary (which has a map) do. */
export type ExportKind = 'chart' | 'map' | 'print';

/** The credits for one kind of export: only the sources it shows (areas' boundaries on a map, never practices). */
export function attributionFor(kind: ExportKind): readonly string[] {
  return kind === 'chart' ? [WORKFORCE_CREDIT] : [WORKFORCE_CREDIT, BOUNDARIES_CREDIT];
}

/** What every GP figure counts, said wherever figures are shown; `patients`: which patients per 100,000 counts. */
export function figureBasis(patients = 'registered patients'): string {
  return (
    'GP FTE: fully qualified permanent GPs (partners, salaried GPs and retainers; not registrars or locums), practice-level ' +
    `figures (they leave out NHS estimates, so sit a little below the national bulletin); per 100,000 ${patients}. ` +
    'Projections: 80% ranges. 1 FTE = 37.5 hours a week.'
  );
}
export const FIGURE_BASIS = figureBasis();
