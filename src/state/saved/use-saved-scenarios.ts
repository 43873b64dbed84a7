// The saved scenarios made ready where the app starts, not by the panel that lists them (a lazily loaded chunk
// that may load late or fail): storage is read (as stored while the projection cannot run, so the list can be
// seen and deleted; again, clamped to the levers' ranges, once it can), other tabs' changes are merged in as
// they are written, and the ready-made scenarios are derived from the model's presets.
import { useEffect, useMemo } from 'react';
import { presets as modelPresets, scopeLeverConfig, type Prepared } from '../../model';
import type { TrainingFile } from '../../data/schemas';
import { initialChoices } from '../stores/scenario-store';
import type { SavedScenario } from './scenarios';
import { PRESET_PREFIX, listenToOtherTabs, useSavedScenarios } from './store';

/** The model's ready-made scenarios as comparable (never stored) scenarios, with every other choice at its default. */
export function presetScenarios(prepared: Prepared, training: TrainingFile): SavedScenario[] {
  return modelPresets(prepared, training.longTermWorkforcePlan.points, training.longTermWorkforcePlan.firstExtra).map((p) => ({
    id: `${PRESET_PREFIX}${p.key}`,
    name: p.label,
    ...initialChoices,
    englandLevers: p.englandLevers,
    trainingPath: p.trainingPath ?? null,
    savedAt: '',
  }));
}

/** Keeps the saved-scenarios store ready: `inputs` are the projection's prepared data and training file, once loaded. */
export function useSavedScenariosReady(inputs: { prepared: Prepared; training: TrainingFile } | null): void {
  const hydrated = useSavedScenarios((s) => s.hydrated);
  const clamped = useSavedScenarios((s) => s.clamped);
  const hydrate = useSavedScenarios((s) => s.hydrate);
  const setPresets = useSavedScenarios((s) => s.setPresets);
  const prepared = inputs?.prepared ?? null;
  const training = inputs?.training ?? null;
  useEffect(() => {
    // Clamping a stored lever needs its range and default in its scope; without them the list is read as stored
    // (and read again, clamped, once the projection's data are there).
    if (prepared) {
      if (!clamped) hydrate((scope, key, england) => scopeLeverConfig(prepared, scope, key, england));
    } else if (!hydrated) hydrate(null);
  }, [prepared, hydrated, clamped, hydrate]);
  useEffect(() => listenToOtherTabs(), []);
  const presets = useMemo(() => (prepared && training ? presetScenarios(prepared, training) : []), [prepared, training]);
  useEffect(() => setPresets(presets), [setPresets, presets]);
}
