// Small hand-built baselines shared by the model tests, and an index helper for noUncheckedIndexedAccess.
import type { LeverValues } from '../../src/model/levers';
import type { AreaBaseline } from '../../src/model/types';

/** Three areas with round numbers, so hand-worked shares are easy: FTE 600 / 300 / 100, trainees 30 / 10 / 10. */
export const THREE_AREAS: readonly AreaBaseline[] = [
  { code: 'A', fte: 600, headcount: 800, patientsSeries: [1000000, 1020000], traineeFte: 30 },
  { code: 'B', fte: 300, headcount: 360, patientsSeries: [500000, 495000], traineeFte: 10 },
  { code: 'C', fte: 100, headcount: 125, patientsSeries: [200000, 204000], traineeFte: 10 },
];

/** England-wide levers for THREE_AREAS. */
export const ENGLAND_3: LeverValues = {
  trainingPlaces: 1000,
  traineeUptake: 0.5,
  leaverRate: 0.059,
  internationalRecruitment: 100,
  returners: 50,
  ftePerGp: 0.8,
};

/** Everyone aged 40-49: that band's leaver rate equals the lever exactly. */
export const FORTIES = { 'Under 40': 0, '40-49': 1, '50-59': 0, '60 and over': 0 };

/** items[index], failing loudly if it is missing (the config has noUncheckedIndexedAccess). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`nothing at index ${index}`);
  return item;
}
