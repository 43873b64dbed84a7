// Each compared scenario's projection: the model run with its levers, joined to the recorded history.
// Derived, never stored; cached by the scenario's choices, so renaming a scenario or ticking it again does not re-run the model.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { choicesText, projectScenario, type Prepared, type ScenarioChoices } from '../../model';
import type { Dataset } from '../../data/dataset';
import type { WorkforceSeries } from '../../data/series';
import { projectionSeries, sliceSeries } from '../../figures/projection-series';
import { isolate } from '../../lib/typed-names';
import type { SavedScenario } from '../saved/scenarios';
import { selectCompared, useSavedScenarios } from '../saved/store';
import type { Workforce } from './use-workforce';
import { spreadClient } from './national-spread';

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
const cache = new WeakMap<Prepared, Map<string, WorkforceSeries>>();

export function scenarioSeries(dataset: Dataset, prepared: Prepared, choices: ScenarioChoices): WorkforceSeries {
  let byLevers = cache.get(prepared);
  if (!byLevers) {
    byLevers = new Map();
    cache.set(prepared, byLevers);
  }
  const key = choicesText(choices);
  const cached = byLevers.get(key);
  if (cached) return cached;
  // Compared scenarios are drawn as lines without ranges (the chart's band is the scenario on screen).
  const series = projectionSeries(dataset.history, projectScenario(prepared, choices));
  if (byLevers.size >= CACHE_SIZE) byLevers.delete(byLevers.keys().next().value ?? '');
  byLevers.set(key, series);
  return series;
}

/**
 * A scenario's projection with its 80% range (England's Monte Carlo spread for its own levers, from the worker),
 * for exports that give every scenario its range; `englandLevers`: England's levers as the model ran them.
 */
export async function scenarioWithRanges(
  dataset: Dataset,
  prepared: Prepared,
  choices: ScenarioChoices,
): Promise<{ series: WorkforceSeries; englandLevers: ReturnType<typeof projectScenario>['englandLevers'] }> {
  const spread = await spreadClient.whenReady(prepared, choices.englandLevers, choices.trainingPath ?? null);
  const result = projectScenario(prepared, choices, spread);
  return { series: projectionSeries(dataset.history, result), englandLevers: result.englandLevers };
}

export function useComparedScenarios(workforce: Workforce | null): ComparedScenario[] {
  const compared = useSavedScenarios(useShallow(selectCompared));
  const projection = workforce?.projection ?? null;
  return useMemo(() => {
    if (!workforce || !projection) return [];
    return compared.map((scenario) => ({ scenario, series: scenarioSeries(workforce.dataset, projection.prepared, scenario) }));
  }, [workforce, projection, compared]);
}

/** The compared scenarios as extra lines for the trend chart (projected years only, from the base year). */
export function useComparedSources(workforce: Workforce | null): ComparedSource[] {
  const compared = useComparedScenarios(workforce);
  const baseYear = workforce?.projection?.prepared.baseYear;
  return useMemo(
    () =>
      baseYear === undefined
        ? []
        : compared.map(({ scenario, series }) => ({
            key: `cmp-${scenario.id}`,
            // Isolated: the chart shows the name in a <bdi>, its tooltip between FSI and PDI.
            label: `Saved: ${isolate(scenario.name)}`,
            series: sliceSeries(series, baseYear),
          })),
    [compared, baseYear],
  );
}
