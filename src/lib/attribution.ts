// The Open Government Licence attribution shown in the footer, printed on exports and in the print summary
// (wording from ../shared/raw/workforce/SOURCES.md and ../shared/raw/boundaries/SOURCES.md).
export const ATTRIBUTION = [
  'Contains public sector information licensed under the Open Government Licence v3.0 (NHS England / NHS Digital).',
  'Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0; contains OS data © Crown copyright and database right 2015–2023.',
] as const;
