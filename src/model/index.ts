/**
 * Public entry point of the projection engine: plain functions over plain data.
 *
 * Method, units and sources: see each module's header and MODEL.md at the repo root.
 */
export type { AgeBand, AgeProfile } from './age-bands';
export {
  AGE_BANDS,
  AGEING_FRACTION,
  ENTRY_BAND,
  LEAVER_RATE_SUB_BANDS,
  MAPPED_LEAVER_RATES,
  OBSERVED_LEAVER_RATE,
  ageShares,
  bandLeaverRates,
} from './age-bands';
export type { KeyedLeverConfig, LeverConfig, LeverKey, LeverValues } from './levers';
export { LEVERS, LEVER_KEYS, clampLever, clampToConfig, defaultLeverValues, leverConfig, snapToStep } from './levers';
export type { AreaBaseline, AreaProjection, ProjectedYear, ProjectionInput, ScopeLevers } from './types';
export { TREND_YEARS, compoundAnnualGrowth, ftePer100k, meanAnnualChange, patientGrowthRate } from './demand';
export type { FlowLeverKey } from './sharing';
export {
  FLOW_SHARE_BASIS,
  SHARING_RULE,
  defaultLeversForScope,
  isFlowLever,
  leverConfigForScope,
  scopeShares,
  sharesWithin,
} from './sharing';
export { NEW_GP_FTE_PER_HEAD, projectWorkforce } from './project';
export { sumProjections } from './aggregate';
export { calibrateReturners, firstYearChange } from './calibrate';
export type { GoalSeekInput, GoalSeekResult } from './goal-seek';
export { goalSeek } from './goal-seek';
