/**
 * Public entry point of the projection engine: plain functions over plain data.
 *
 * Method, units and sources: see each module's header and MODEL.md at the repo root.
 */
export type { AgeBand, AgeProfile, BandValues } from './age-bands';
export {
  AGE_BANDS,
  AGEING_FRACTION,
  LEAVER_RATE_SUB_BANDS,
  MAPPED_LEAVER_RATES,
  OBSERVED_LEAVER_RATE,
  ageShares,
  bandLeaverRates,
} from './age-bands';
export type { KeyedLeverConfig, LeverConfig, LeverGroupKey, LeverKey, LeverUnit, LeverValues } from './levers';
export {
  LEVERS,
  LEVER_GROUPS,
  LEVER_KEYS,
  clampToConfig,
  defaultLeverValues,
  isLeverKey,
  leverConfig,
  snapToStep,
} from './levers';
export { childCodesByParent, childrenByParent } from './hierarchy';
export type { AgeSnapshot, AreaHistory, AreaLevel, BulletinSnapshot, Intake, ProjectionData } from './types';
export { TREND_YEARS, compoundAnnualGrowth, fteForRate, ftePer100k, meanAnnualChange, patientGrowthRate } from './demand';
export {
  NEW_GP_FTE_PER_HEAD,
  QUALIFY_AFTER_4_YEARS,
  QUALIFY_AFTER_5_YEARS,
  intakeOnPath,
  knownIntakes,
  latestIntake,
  qualifiers,
} from './training';
export type { EngineInput, EngineYear } from './engine';
export { runEngine } from './engine';
export type { Calibration, CalibrationInput } from './calibrate';
export { calibrate, snapshotAt, splitByBand } from './calibrate';
export type { JumpOff, PrepareOptions, Prepared, PreparedArea } from './prepare';
export {
  CALIBRATION_YEARS,
  DEFAULT_LAST_YEAR,
  SHARE_SPREAD_YEARS,
  TRAINEE_SHARE_YEARS,
  TRAINING_SHARE_BLEND,
  financialYearOf,
  prepareProjection,
} from './prepare';
export type { ChoiceKey, ChoiceYears, Preset, ResolvedScope, ScenarioChoices, ScopeShares, Target } from './scenario';
export {
  CHOICE_KEYS,
  ENGLAND_SCOPE,
  canonicalJson,
  choicesText,
  clampLevers,
  copyChoices,
  defaultChoices,
  englandLevers,
  pickChoices,
  presets,
  resolveScopes,
  sameChoices,
  scaleToScope,
  scopeDefaults,
  scopeLeverConfig,
  scopeShares,
} from './scenario';
export type { AreaPath, NationalSpread, ScenarioProjection } from './project-scenario';
export { ALLOCATION_RULE, Z_80, defaultEngland, projectScenario, runScope } from './project-scenario';
export { DEFAULT_DRAWS, UNCERTAINTY, nationalSpread, seededRandom } from './monte-carlo';
export type { Backtest, BacktestOptions, BlendScanRow, CoverageResult, LevelResult, OriginResult } from './backtest';
export { backtestOrigin, dataAsOf, gatedOrigins, nineYearTest, runBacktest, trainingBlendScan } from './backtest';
export type { GoalSeekInput, GoalSeekResult, LeverSolution } from './goal-seek';
export { goalSeek, solveLeverForTarget, withLever } from './goal-seek';
export type { RecordedRange } from './recorded-ranges';
export {
  FLOW_MARGIN,
  INTERNATIONAL_RECRUITED,
  LEAVER_RATE_2022,
  RECORDED_FTE_LEAVERS,
  RECORDED_UPTAKE,
  RETURNERS_RECORDED,
  beyondRecorded,
  recordedRange,
} from './recorded-ranges';
