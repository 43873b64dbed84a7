// The workforce series the screens read: recorded history, followed by the model's projections
// ("current trends" with every lever at its default, and the scenario). Projections are derived, never stored.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { projectWorkforce, type AreaProjection, type LeverValues, type ScopeLevers } from '../model';
import { ageProfileQuery, areasQuery, snapshotQuery } from '../data/queries';
import { buildDataset, type Dataset } from '../data/dataset';
import { levelRows, type LevelRow } from '../lib/level-rows';
import type { WorkforceSeries } from '../lib/metrics';
import { buildModelInputs, englandLeverValues, resolveScopes, type ModelInputs } from '../lib/model-inputs';
import { projectionSeries } from '../lib/projection-series';
import { LAST_PROJECTION_YEAR, yearRange } from '../lib/years';
import { useViewStore } from './view-store';
import { useScenarioStore } from './scenario-store';
import { useUploadStore } from './upload-store';
import { applyOverrides, type SubIcbOverride } from '../data/apply-overrides';
import type { AreasFile } from '../data/schemas';

export const ENGLAND = 'ENG';

export interface Projection {
  inputs: ModelInputs;
  englandLevers: LeverValues;
  scopes: ScopeLevers[];
  /** The scenario's sub-ICB projections (with flows), and history + projection for every area. */
  areas: readonly AreaProjection[];
  series: WorkforceSeries;
  /** History + "current trends" (all levers at their defaults). */
  trendSeries: WorkforceSeries;
}

export interface Workforce {
  dataset: Dataset;
  /** What the map, table and headline show: history, then the scenario's projection (once it has run). */
  series: WorkforceSeries;
  years: readonly number[];
  projection: Projection | null;
}

export function runProjection(
  inputs: ModelInputs,
  englandLevers: LeverValues,
  scopes: ScopeLevers[],
  /** Patient growth a year for every area, or null (the default) for each area's own recent trend. */
  patientGrowth: number | null = null,
): AreaProjection[] {
  return projectWorkforce({
    areas: inputs.areas,
    englandLevers,
    scopes,
    ageProfile: inputs.ageProfile,
    nationalFtePerHead: inputs.nationalFtePerHead,
    fromYear: inputs.baseYear,
    toYear: LAST_PROJECTION_YEAR,
    patientGrowthOverride: patientGrowth,
  });
}

// The baseline with the planner's confirmed upload laid over it, one object per (baseline, upload), so every
// caller of useModelInputs shares it (and buildDataset's cache).
const withUpload = new WeakMap<readonly SubIcbOverride[], { base: AreasFile; file: AreasFile }>();
function overridden(base: AreasFile, overrides: readonly SubIcbOverride[]): AreasFile {
  const hit = withUpload.get(overrides);
  if (hit?.base === base) return hit.file;
  const file = applyOverrides(base, overrides);
  withUpload.set(overrides, { base, file });
  return file;
}

export function useModelInputs(): { dataset: Dataset | null; inputs: ModelInputs | null } {
  const areas = useQuery(areasQuery());
  const snapshot = useQuery(snapshotQuery());
  const ages = useQuery(ageProfileQuery());
  const overrides = useUploadStore((s) => s.applied?.overrides);
  const dataset = useMemo(
    () => (areas.data ? buildDataset(overrides ? overridden(areas.data, overrides) : areas.data) : null),
    [areas.data, overrides],
  );
  const inputs = useMemo(
    () => (dataset && snapshot.data && ages.data ? buildModelInputs(dataset, snapshot.data, ages.data) : null),
    [dataset, snapshot.data, ages.data],
  );
  return { dataset, inputs };
}

export function useWorkforce(): Workforce | null {
  const { dataset, inputs } = useModelInputs();
  const englandOverrides = useScenarioStore((s) => s.englandLevers);
  const scopeOverrides = useScenarioStore((s) => s.scopeLevers);
  const patientGrowth = useScenarioStore((s) => s.patientGrowth);

  const trendSeries = useMemo(() => {
    if (!dataset || !inputs) return null;
    const projections = runProjection(inputs, inputs.defaults, []);
    return projectionSeries({
      history: dataset.history,
      projections,
      hierarchy: inputs.hierarchy,
      projectedYears: yearRange(inputs.baseYear + 1, LAST_PROJECTION_YEAR),
    });
  }, [dataset, inputs]);

  const projection = useMemo<Projection | null>(() => {
    if (!dataset || !inputs || !trendSeries) return null;
    const englandLevers = englandLeverValues(inputs, englandOverrides);
    const scopes = resolveScopes(inputs, englandLevers, scopeOverrides);
    const areas = runProjection(inputs, englandLevers, scopes, patientGrowth);
    const series = projectionSeries({
      history: dataset.history,
      projections: areas,
      hierarchy: inputs.hierarchy,
      projectedYears: yearRange(inputs.baseYear + 1, LAST_PROJECTION_YEAR),
    });
    return { inputs, englandLevers, scopes, areas, series, trendSeries };
  }, [dataset, inputs, trendSeries, englandOverrides, scopeOverrides, patientGrowth]);

  return useMemo(() => {
    if (!dataset) return null;
    if (!projection) return { dataset, series: dataset.history, years: dataset.years, projection: null };
    return { dataset, series: projection.series, years: projection.series.years, projection };
  }, [dataset, projection]);
}

export function useLevelRows(workforce: Workforce | null): LevelRow[] {
  const level = useViewStore((s) => s.level);
  const metric = useViewStore((s) => s.metric);
  const year = useViewStore((s) => s.year);
  const baseYear = useViewStore((s) => s.baseYear);
  return useMemo(() => {
    if (!workforce) return [];
    return levelRows({
      areas: workforce.dataset.atLevel[level],
      series: workforce.series,
      metric,
      year,
      baseYear,
      englandCode: ENGLAND,
    });
  }, [workforce, level, metric, year, baseYear]);
}
