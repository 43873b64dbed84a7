// The scenario's lever values as printable groups (England-wide, then each region / ICB with its own levers),
// read from the projection that is on screen and the scenario store's per-scope choices.
import { useMemo } from 'react';
import { useScenarioStore } from '../../state/stores/scenario-store';
import type { Workforce } from '../../state/workforce/use-workforce';
import { leverGroups, type LeverGroup } from './export-text';

export function useLeverGroups(workforce: Workforce): LeverGroup[] {
  const scopeOverrides = useScenarioStore((s) => s.scopeLevers);
  const trainingPath = useScenarioStore((s) => s.trainingPath);
  const demand = useScenarioStore((s) => s.demand);
  const { projection, dataset } = workforce;
  return useMemo(
    () =>
      projection
        ? leverGroups({
            englandLevers: projection.result.englandLevers,
            defaults: projection.prepared.defaults,
            scopeOverrides,
            nameOf: (code) => dataset.byCode.get(code)?.name ?? code,
            trainingPath,
            demand,
          })
        : [],
    [projection, scopeOverrides, dataset, trainingPath, demand],
  );
}
