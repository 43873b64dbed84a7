// Each compared scenario's projection: the model run with its levers, joined to the recorded history.
// Derived, never stored; cached by lever choices, so renaming a scenario or ticking it again does not re-run the model.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../data/dataset';
import type { WorkforceSeries } from '../lib/metrics';
import { englandLeverValues, resolveScopes, type ModelInputs } from '../lib/model-inputs';
import { projectionSeries, sliceSeries } from '../lib/projection-series';
import { LAST_PROJECTION_YEAR, yearRange } from '../lib/years';
import type { ScenarioChoices, SavedScenario } from './saved-scenarios';
import { selectCompared, useSavedScenarios } from './saved-scenarios-store';
import { runProjection, type Workforce } from './use-workforce';

export interface ComparedScenario {
  scenario: SavedScenario;
  /** History, then this scenario's projection, for every area. */
  series: WorkforceSeries;
}

/** Shaped like the trend chart's TrendSource: key `cmp-<id>`, the scenario's name, its projected years. */
export interface ComparedSource {
  key: string;
  label: string;
  series: WorkforceSeries;
}

/** Projections kept per data load: a few scenarios' worth (each is ~130 areas x 21 years). */
const CACHE_SIZE = 8;
const cache = new WeakMap<ModelInputs, Map<string, WorkforceSeries>>();

export function scenarioSeries(dataset: Dataset, inputs: ModelInputs, choices: ScenarioChoices): WorkforceSeries {
  let byLevers = cache.get(inputs);
  if (!byLevers) {
    byLevers = new Map();
    cache.set(inputs, byLevers);
  }
  const key = JSON.stringify([choices.englandLevers, choices.scopeLevers, choices.patientGrowth ?? null]);
  const cached = byLevers.get(key);
  if (cached) return cached;
  const englandLevers = englandLeverValues(inputs, choices.englandLevers);
  const scopes = resolveScopes(inputs, englandLevers, choices.scopeLevers);
  const series = projectionSeries({
    history: dataset.history,
    projections: runProjection(inputs, englandLevers, scopes, choices.patientGrowth ?? null),
    hierarchy: inputs.hierarchy,
    projectedYears: yearRange(inputs.baseYear + 1, LAST_PROJECTION_YEAR),
  });
  if (byLevers.size >= CACHE_SIZE) byLevers.delete(byLevers.keys().next().value ?? '');
  byLevers.set(key, series);
  return series;
}

export function useComparedScenarios(workforce: Workforce | null): ComparedScenario[] {
  const compared = useSavedScenarios(useShallow(selectCompared));
  const projection = workforce?.projection ?? null;
  return useMemo(() => {
    if (!workforce || !projection) return [];
    return compared.map((scenario) => ({ scenario, series: scenarioSeries(workforce.dataset, projection.inputs, scenario) }));
  }, [workforce, projection, compared]);
}

/** The compared scenarios as extra lines for the trend chart (projected years only, from the base year). */
export function useComparedSources(workforce: Workforce | null): ComparedSource[] {
  const compared = useComparedScenarios(workforce);
  const baseYear = workforce?.projection?.inputs.baseYear;
  return useMemo(
    () =>
      baseYear === undefined
        ? []
        : compared.map(({ scenario, series }) => ({
            key: `cmp-${scenario.id}`,
            label: `Saved: ${scenario.name}`,
            series: sliceSeries(series, baseYear),
          })),
    [compared, baseYear],
  );
}
