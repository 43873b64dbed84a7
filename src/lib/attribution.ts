// The Open Government Licence attribution shown in the footer, printed on exports and in the print summary
// (wording from ../shared/raw/workforce/SOURCES.md and ../shared/raw/boundaries/SOURCES.md).
export const ATTRIBUTION = [
  'Contains public sector information licensed under the Open Government Licence v3.0 (NHS England / NHS Digital).',
  'Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0; contains OS data © Crown copyright and database right 2015–2023.',
] as const;

/** What every GP figure counts, said wherever figures are shown. */
export const FIGURE_BASIS =
  'GP FTE: fully qualified permanent GPs (partners, salaried GPs and retainers; not registrars or locums), practice-level ' +
  'figures (they leave out NHS estimates, so sit a little below the national bulletin); per 100,000 registered patients. ' +
  'Projections: 80% ranges. 1 FTE = 37.5 hours a week.';
