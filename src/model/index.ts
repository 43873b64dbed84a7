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
export type { AgeSnapshot, AgeYear, AreaHistory, AreaLevel, BulletinSnapshot, Intake, ProjectionData } from './types';
export type { DemandChoice } from './demand';
export {
  AGEING_NEED,
  AGEING_NEED_GROWTH,
  DEMAND_CHOICES,
  TREND_YEARS,
  ageingPremium,
  compoundAnnualGrowth,
  demandIndex,
  fteForRate,
  ftePer100k,
  meanAnnualChange,
  patientGrowthRate,
} from './demand';
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
export { DEFAULT_LAST_YEAR, SHARE_SPREAD_FLOOR, TRAINEE_SHARE_YEARS, financialYearOf, prepareProjection } from './prepare';
export { dataAsOf, englandStart } from './england';
export type { AgeFit } from './age-fit';
export { fitAgeing } from './age-fit';
export type { ModelSettings, SettingChoice } from './settings';
export { FALLBACK_SETTINGS, SETTING_GRID, selectSettings } from './settings';
export type { ShockModel } from './shocks';
export { LEAVER_LOG_SPREAD, RECORDED_LEAVERS, estimateShocks, lastingShare, shocksFor } from './shocks';
export type {
  ChoiceKey,
  ChoiceYears,
  PlanExtra,
  Preset,
  ResolvedScope,
  ScenarioChoices,
  ScopeShares,
  Target,
  TrainingPoint,
} from './scenario';
export {
  CHOICE_KEYS,
  ENGLAND_SCOPE,
  TRAINING_PATH_LEVERS,
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
  trainingIntake,
} from './scenario';
export type { AreaPath, NationalSpread, ScenarioProjection } from './project-scenario';
export { Z_80, allocationRule, defaultEngland, projectScenario, runScope } from './project-scenario';
export type { SpreadOptions } from './monte-carlo';
export { DEFAULT_DRAWS, SHOCK_SCALE, UNCERTAINTY, nationalSpread, seededRandom } from './monte-carlo';
export type {
  AreaCoverage,
  Backtest,
  BacktestOptions,
  BlendScanRow,
  EnglandPair,
  HorizonSummary,
  LevelResult,
  LeverTest,
  OriginResult,
} from './backtest';
export { byHorizon, gatedOrigins, leverTest, leverTestYears, nineYearTest, runBacktest, trainingBlendScan } from './backtest';
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
export type { TeamBase, TeamChoices, TeamGroup, TeamGroupValues, TeamProjection } from './team';
export {
  GP_TIME_RANGE,
  TEAM_GROUPS,
  TEAM_GROWTH_RANGE,
  emptyTeamChoices,
  gpFteEquivalent,
  projectTeam,
  scopeTeamDefault,
  teamBaseOf,
} from './team';
