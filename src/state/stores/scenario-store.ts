// The planner's scenario: lever values England-wide and per scope (region or ICB), and the target.
// Only departures from the defaults are stored, so defaults can come from data and URLs stay short.
import { create } from 'zustand';
import {
  ENGLAND_SCOPE,
  TRAINING_PATH_LEVERS,
  type DemandChoice,
  type LeverKey,
  type LeverValues,
  type ScenarioChoices,
  type Target,
  type TrainingPoint,
} from '../../model';
import { LAST_PROJECTION_YEAR, FIRST_DATA_YEAR } from '../../lib/years';

export { ENGLAND_SCOPE };
export type { Target };

export interface ScenarioState {
  /** The scope whose levers the panel edits: England, or a region or ICB code. */
  scope: string;
  englandLevers: Partial<LeverValues>;
  /** Per-scope overrides; a scope with none follows England (its share of England's flows). */
  scopeLevers: Record<string, Partial<LeverValues>>;
  target: Target;
  targetYear: number;
  /** Registered patients' growth a year for every area (0.01 = 1%), or null for each area's own trend. */
  patientGrowth: number | null;
  /** England's intakes as a path of points (the LTWP preset), or null for the training levers' ramp. */
  trainingPath: readonly TrainingPoint[] | null;
  /** What demand grows with: registered lists, or need with an ageing population. */
  demand: DemandChoice;
  setScope: (scope: string) => void;
  setLever: (key: LeverKey, value: number) => void;
  resetLever: (key: LeverKey) => void;
  resetScope: () => void;
  setTarget: (target: Target) => void;
  setTargetYear: (year: number) => void;
  setPatientGrowth: (growth: number | null) => void;
  setDemand: (demand: DemandChoice) => void;
  /** Sets or clears England's training path. */
  setTrainingPath: (path: readonly TrainingPoint[] | null) => void;
  /** Replaces England's levers and training path (a preset); each scope's own levers are kept. */
  setEnglandLevers: (levers: Partial<LeverValues>, trainingPath?: readonly TrainingPoint[] | null) => void;
  /** Replaces every choice (loading a saved scenario). */
  loadChoices: (choices: ScenarioChoices) => void;
}

/** The scenario's choices, without the editing scope (what the URL, saved scenarios and the projection share). */
export const selectChoices = (s: ScenarioState): ScenarioChoices => ({
  englandLevers: s.englandLevers,
  scopeLevers: s.scopeLevers,
  patientGrowth: s.patientGrowth,
  target: s.target,
  targetYear: s.targetYear,
  trainingPath: s.trainingPath,
  demand: s.demand,
});

/** The range a planner may set for patient growth, a year (fractions). */
export const PATIENT_GROWTH_RANGE = { min: -0.02, max: 0.05 } as const;

export const initialScenario = {
  scope: ENGLAND_SCOPE,
  englandLevers: {} as Partial<LeverValues>,
  scopeLevers: {} as Record<string, Partial<LeverValues>>,
  target: { kind: 'hold', year: FIRST_DATA_YEAR } as Target,
  targetYear: LAST_PROJECTION_YEAR,
  patientGrowth: null as number | null,
  trainingPath: null as readonly TrainingPoint[] | null,
  demand: 'lists' as DemandChoice,
};

function without<T extends object>(record: T, key: keyof T): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const useScenarioStore = create<ScenarioState>()((set) => ({
  ...initialScenario,
  setScope: (scope) => set({ scope }),
  // Moving England's training places, first intake or ramp replaces a training path with the levers' ramp.
  setLever: (key, value) =>
    set((s) =>
      s.scope === ENGLAND_SCOPE
        ? {
            englandLevers: { ...s.englandLevers, [key]: value },
            ...(TRAINING_PATH_LEVERS.includes(key) ? { trainingPath: null } : {}),
          }
        : { scopeLevers: { ...s.scopeLevers, [s.scope]: { ...s.scopeLevers[s.scope], [key]: value } } },
    ),
  resetLever: (key) =>
    set((s) => {
      if (s.scope === ENGLAND_SCOPE) return { englandLevers: without(s.englandLevers, key) };
      const remaining = without(s.scopeLevers[s.scope] ?? {}, key);
      return {
        scopeLevers: Object.keys(remaining).length ? { ...s.scopeLevers, [s.scope]: remaining } : without(s.scopeLevers, s.scope),
      };
    }),
  resetScope: () =>
    set((s) =>
      s.scope === ENGLAND_SCOPE ? { englandLevers: {}, trainingPath: null } : { scopeLevers: without(s.scopeLevers, s.scope) },
    ),
  setTarget: (target) => set({ target }),
  setTargetYear: (targetYear) => set({ targetYear }),
  setPatientGrowth: (patientGrowth) => set({ patientGrowth }),
  setDemand: (demand) => set({ demand }),
  setTrainingPath: (trainingPath) => set({ trainingPath: trainingPath ? trainingPath.map((p) => ({ ...p })) : null }),
  setEnglandLevers: (levers, trainingPath = null) =>
    set({ englandLevers: { ...levers }, trainingPath: trainingPath ? trainingPath.map((p) => ({ ...p })) : null }),
  loadChoices: (choices) =>
    set({
      englandLevers: { ...choices.englandLevers },
      scopeLevers: Object.fromEntries(Object.entries(choices.scopeLevers).map(([code, levers]) => [code, { ...levers }])),
      target: { ...choices.target },
      targetYear: choices.targetYear,
      patientGrowth: choices.patientGrowth,
      trainingPath: choices.trainingPath ? choices.trainingPath.map((p) => ({ ...p })) : null,
      demand: choices.demand ?? 'lists',
    }),
}));
