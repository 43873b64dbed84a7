// The workforce series the screens read: recorded history, followed by the model's projections ("current
// trends" with every lever at its default, and the scenario), each with its 80% range. Projections are derived
// by the one projection function (src/model/project-scenario.ts), never stored.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import {
  ENGLAND_SCOPE,
  prepareProjection,
  projectScenario,
  type NationalSpread,
  type Prepared,
  type ScenarioChoices,
  type ScenarioProjection,
  type TeamBase,
} from '../../model';
import { ageProfileQuery, areasQuery, bulletinLatestQuery, nationalQuery, trainingQuery } from '../../data/queries';
import { buildDataset, type Dataset } from '../../data/dataset';
import { projectionData } from '../../data/projection-data';
import type { AreasFile, TrainingFile } from '../../data/schemas';
import type { WorkforceSeries } from '../../data/series';
import { applyOverrides, type SubIcbOverride } from '../../data/apply-overrides';
import { levelRows, type LevelRow } from '../../figures/level-rows';
import { projectionSeries } from '../../figures/projection-series';
import { isTeamMetric } from '../../figures/metrics';
import { withTeam } from '../../figures/team-series';
import { latestBulletin, type LatestBulletin } from '../../figures/latest-bulletin';
import { isMonthKey } from '../../lib/years';
import { practiceStaffQuery, teamBaseOf } from '../../data/pcn';
import { usePcnFile } from './use-pcn-file';
import { useViewStore } from '../stores/view-store';
import { initialChoices, selectChoices, useScenarioStore } from '../stores/scenario-store';
import { useUploadStore } from '../stores/upload-store';
import { useNationalSpread } from './national-spread';

/** England's area code: the model's ENGLAND_SCOPE (one constant). */
export const ENGLAND = ENGLAND_SCOPE;

/** "Current trends": every choice at its default. */
export const CURRENT_TRENDS: ScenarioChoices = initialChoices;

export interface Projection {
  prepared: Prepared;
  training: TrainingFile;
  choices: ScenarioChoices;
  /** The scenario's projection (national flows, scopes, every area with its range) and as a series. */
  result: ScenarioProjection;
  series: WorkforceSeries;
  /** History + "current trends". */
  trendSeries: WorkforceSeries;
  /** Whether the scenario's range is for its own levers (false while the worker computes it). */
  rangeCurrent: boolean;
  /** England's spread the ranges were drawn with (null before the worker's first result). */
  spread: NationalSpread | null;
  /** The PCN team's base the team was projected from (null until the PCN file is loaded). */
  teamBase: TeamBase | null;
}

export interface Workforce {
  dataset: Dataset;
  /** What the map, table and headline show: history, then the scenario's projection (once it has run). */
  series: WorkforceSeries;
  years: readonly number[];
  projection: Projection | null;
}

// The baseline with the planner's confirmed upload laid over it, one object per (baseline, upload), so every
// caller shares it (and buildDataset's cache).
const withUpload = new WeakMap<readonly SubIcbOverride[], { base: AreasFile; file: AreasFile }>();
function overridden(base: AreasFile, overrides: readonly SubIcbOverride[]): AreasFile {
  const hit = withUpload.get(overrides);
  if (hit?.base === base) return hit.file;
  const file = applyOverrides(base, overrides);
  withUpload.set(overrides, { base, file });
  return file;
}

const preparedCache = new WeakMap<object, Prepared>();

/** The recorded data (with any upload) and the projection's prepared inputs, once every file has loaded. */
export function useProjectionInputs(): { dataset: Dataset | null; prepared: Prepared | null; training: TrainingFile | null } {
  const areas = useQuery(areasQuery());
  const national = useQuery(nationalQuery());
  const ages = useQuery(ageProfileQuery());
  const training = useQuery(trainingQuery());
  const overrides = useUploadStore((s) => s.applied?.overrides);
  const areasFile = useMemo(
    () => (areas.data ? (overrides ? overridden(areas.data, overrides) : areas.data) : null),
    [areas.data, overrides],
  );
  const dataset = useMemo(() => (areasFile ? buildDataset(areasFile) : null), [areasFile]);
  const prepared = useMemo(() => {
    if (!areasFile || !national.data || !ages.data || !training.data) return null;
    const data = projectionData({ areas: areasFile, national: national.data, ages: ages.data, training: training.data });
    let hit = preparedCache.get(data);
    if (!hit) {
      hit = prepareProjection(data);
      preparedCache.set(data, hit);
    }
    return hit;
  }, [areasFile, national.data, ages.data, training.data]);
  return { dataset, prepared, training: training.data ?? null };
}

const trendCache = new WeakMap<Prepared, Map<NationalSpread | null, WorkforceSeries>>();
function trendSeriesFor(dataset: Dataset, prepared: Prepared, spread: NationalSpread | null): WorkforceSeries {
  let bySpread = trendCache.get(prepared);
  if (!bySpread) {
    bySpread = new Map();
    trendCache.set(prepared, bySpread);
  }
  let series = bySpread.get(spread);
  if (!series) {
    series = projectionSeries(dataset.history, projectScenario(prepared, CURRENT_TRENDS, spread));
    bySpread.clear();
    bySpread.set(spread, series);
  }
  return series;
}

/**
 * The projection's series, made once per GP projection: a PCN team lever leaves the GP projection as it was
 * (projectScenario reuses it), so the series, and everything memoised on it, stays the same object.
 */
const seriesCache = new WeakMap<ScenarioProjection['byArea'], { history: WorkforceSeries; series: WorkforceSeries }>();
function seriesOf(history: WorkforceSeries, result: ScenarioProjection): WorkforceSeries {
  const hit = seriesCache.get(result.byArea);
  if (hit && hit.history === history) return hit.series;
  const series = projectionSeries(history, result);
  seriesCache.set(result.byArea, { history, series });
  return series;
}

export function useWorkforce(): Workforce | null {
  const { dataset, prepared, training } = useProjectionInputs();
  const choices = useScenarioStore(useShallow(selectChoices));
  const { spread: scenarioSpread, current: rangeCurrent } = useNationalSpread(
    prepared,
    choices.englandLevers,
    choices.trainingPath,
  );
  const { spread: trendSpread } = useNationalSpread(prepared, CURRENT_TRENDS.englandLevers, null);
  const team = useTeamFiles(hasTeamChoices(choices));
  const teamBase = team ? teamBaseOf(team.pcn) : null;

  const projection = useMemo<Projection | null>(() => {
    if (!dataset || !prepared || !training) return null;
    const result = projectScenario(prepared, choices, scenarioSpread, teamBase);
    return {
      prepared,
      training,
      choices,
      result,
      series: seriesOf(dataset.history, result),
      trendSeries: trendSeriesFor(dataset, prepared, trendSpread),
      rangeCurrent,
      spread: scenarioSpread,
      teamBase,
    };
  }, [dataset, prepared, training, choices, scenarioSpread, rangeCurrent, trendSpread, teamBase]);

  return useMemo(() => {
    if (!dataset) return null;
    const lay = (series: WorkforceSeries) =>
      team?.show ? withTeam(series, team.pcn, team.practiceStaff, team.staff, ENGLAND, projection?.result.team ?? null) : series;
    if (!projection) return { dataset, series: lay(dataset.history), years: dataset.years, projection: null };
    const series = lay(projection.series);
    return { dataset, series, years: series.years, projection };
  }, [dataset, projection, team]);
}

/**
 * The PCN files and the staff choice while a team metric is on show: the files load when one is first chosen (never
 * on the first screen) and stay loaded; the series carry the team figures only while a team metric is shown, so the
 * GP levers' repaint does not pay for them otherwise. Null while loading, after a failure, or for other metrics.
 */
export function useTeamFiles(teamChoices = false) {
  const metric = useViewStore((s) => s.metric);
  const staff = useViewStore((s) => s.teamStaff);
  const show = isTeamMetric(metric);
  const wanted = show || teamChoices;
  const pcn = usePcnFile(wanted);
  const practiceStaff = useQuery({ ...practiceStaffQuery(), enabled: wanted });
  const practiceSettled = practiceStaff.isSuccess || practiceStaff.isError;
  // Once the PCN file is loaded (by a team metric, a lever, or the team chart asking for it), the projection carries
  // the team: the team chart reads it without the practice staff file, which only the team metrics need.
  const ready = wanted ? practiceSettled : true;
  return useMemo(
    () => (pcn.data && ready ? { pcn: pcn.data, practiceStaff: practiceStaff.data ?? null, staff, show } : null),
    [pcn.data, ready, practiceStaff.data, staff, show],
  );
}

/** Whether a scenario sets any PCN team lever (then the PCN file loads for its projection). */
export function hasTeamChoices(choices: Pick<ScenarioChoices, 'team'>): boolean {
  const t = choices.team;
  return (
    !!t && (Object.keys(t.england).length > 0 || Object.keys(t.scopes).length > 0 || Object.keys(t.gpTimeReleased).length > 0)
  );
}

/**
 * The latest monthly bulletin ("Oct 2025 (latest bulletin)") as a one-point series. Fetched once `wanted` (the app
 * asks once the first map is on screen, or as soon as a link opens the month): never part of the first screen.
 */
export function useLatestBulletin(wanted = true): { latest: LatestBulletin | null; failed: boolean } {
  const year = useViewStore((s) => s.year);
  const query = useQuery({ ...bulletinLatestQuery(), enabled: wanted || isMonthKey(year) });
  return useMemo(
    () => ({ latest: query.data ? latestBulletin(query.data) : null, failed: query.isError }),
    [query.data, query.isError],
  );
}

const NO_YEARS: WorkforceSeries = { years: [], byArea: new Map() };

/**
 * The series the map, its tooltips and the Areas table read for the year on show: the workforce series, or, when the
 * Year control is on the bulletin's month, the bulletin's one-point series (empty until it has loaded) with `latest`.
 */
export function useShownSeries(workforce: Workforce | null): { series: WorkforceSeries; latest: LatestBulletin | null } {
  const year = useViewStore((s) => s.year);
  const month = isMonthKey(year);
  const { latest } = useLatestBulletin(month);
  return useMemo(() => {
    if (!month) return { series: workforce?.series ?? NO_YEARS, latest: null };
    return { series: latest?.key === year ? latest.series : NO_YEARS, latest };
  }, [month, workforce, latest, year]);
}

export function useLevelRows(workforce: Workforce | null): LevelRow[] {
  const level = useViewStore((s) => s.level);
  const metric = useViewStore((s) => s.metric);
  const year = useViewStore((s) => s.year);
  const baseYear = useViewStore((s) => s.baseYear);
  const basis = useViewStore((s) => s.patientBasis);
  const { series } = useShownSeries(workforce);
  return useMemo(() => {
    if (!workforce) return [];
    return levelRows({
      areas: workforce.dataset.atLevel[level],
      series,
      metric,
      year,
      baseYear,
      englandCode: ENGLAND,
      basis,
      // The under-doctored line is England's rate in the latest recorded year, for every year (flagLine).
      flagYear: workforce.dataset.years[workforce.dataset.years.length - 1] ?? year,
    });
  }, [workforce, series, level, metric, year, baseYear, basis]);
}
