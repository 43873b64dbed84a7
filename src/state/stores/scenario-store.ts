// The planner's scenario: lever values England-wide and per scope (region or ICB), and the target.
// Only departures from the defaults are stored, so defaults can come from data and URLs stay short.
// The choices themselves are the model's ScenarioChoices (src/model/scenario.ts says how to add one).
import { create } from 'zustand';
import {
  ENGLAND_SCOPE,
  TRAINING_PATH_LEVERS,
  copyChoices,
  defaultChoices,
  pickChoices,
  type DemandChoice,
  type LeverKey,
  type LeverValues,
  type ScenarioChoices,
  type Target,
  type TeamChoices,
  type TrainingPoint,
} from '../../model';
import { LAST_PROJECTION_YEAR, FIRST_DATA_YEAR } from '../../lib/years';

export { ENGLAND_SCOPE };
export type { Target };

export interface ScenarioState extends ScenarioChoices {
  /** England's intakes as a path of points (the LTWP preset), or null for the training levers' ramp. */
  trainingPath: readonly TrainingPoint[] | null;
  /** What demand grows with: registered lists, or need with an ageing population. */
  demand: DemandChoice;
  /** The scope whose levers the panel edits: England, or a region or ICB code. */
  scope: string;
  setScope: (scope: string) => void;
  /** Sets a lever in the scope being edited. */
  setLever: (key: LeverKey, value: number) => void;
  /** Sets a lever in a named scope (England, a region or an ICB), whichever scope is being edited. */
  setLeverIn: (scope: string, key: LeverKey, value: number) => void;
  resetLever: (key: LeverKey) => void;
  resetScope: () => void;
  setTarget: (target: Target) => void;
  setTargetYear: (year: number) => void;
  setPatientGrowth: (growth: number | null) => void;
  setDemand: (demand: DemandChoice) => void;
  /** Sets England's training path (null: the training levers' ramp). */
  setTrainingPath: (path: readonly TrainingPoint[] | null) => void;
  /** Replaces England's levers and training path (a preset, or a saved scenario's); each scope's own levers are kept. */
  setEnglandLevers: (levers: Partial<LeverValues>, trainingPath?: readonly TrainingPoint[] | null) => void;
  /** Replaces the PCN team levers (growth a year by group for England and scopes, GP time released). */
  setTeam: (team: TeamChoices) => void;
  /** Replaces every choice (loading a saved scenario). */
  loadChoices: (choices: ScenarioChoices) => void;
}

/** The scenario's choices, without the editing scope (what the URL, saved scenarios and the projection share). */
export const selectChoices = (s: ScenarioState): ScenarioChoices => pickChoices(s);

/** The range a planner may set for patient growth, a year (fractions). */
export const PATIENT_GROWTH_RANGE = { min: -0.02, max: 0.05 } as const;

/** Every choice at its default ("current trends", the target held at 2015/16's level in 2035/36). */
export const initialChoices = defaultChoices({
  firstDataYear: FIRST_DATA_YEAR,
  lastProjectionYear: LAST_PROJECTION_YEAR,
}) as ScenarioChoices & Pick<ScenarioState, 'trainingPath' | 'demand'>;

export const initialScenario: Pick<ScenarioState, 'scope' | keyof ScenarioChoices> = {
  scope: ENGLAND_SCOPE,
  ...initialChoices,
};

/** `record` without `key`. */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/**
 * The levers after setting `key` to `value` in `scope`. Moving England's training places, first intake or ramp
 * replaces a training path with the levers' ramp.
 */
const leverSet = (s: ScenarioChoices, scope: string, key: LeverKey, value: number): Partial<ScenarioChoices> =>
  scope === ENGLAND_SCOPE
    ? {
        englandLevers: { ...s.englandLevers, [key]: value },
        ...(TRAINING_PATH_LEVERS.includes(key) ? { trainingPath: null } : {}),
      }
    : { scopeLevers: { ...s.scopeLevers, [scope]: { ...s.scopeLevers[scope], [key]: value } } };

export const useScenarioStore = create<ScenarioState>()((set) => ({
  ...initialScenario,
  setScope: (scope) => set({ scope }),
  setLever: (key, value) => set((s) => leverSet(s, s.scope, key, value)),
  setLeverIn: (scope, key, value) => set((s) => leverSet(s, scope, key, value)),
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
  setTeam: (team) => set((s) => ({ team: copyChoices({ ...pickChoices(s), team }).team })),
  // copyChoices gives every choice its empty form when missing (no training path; demand by registered lists).
  loadChoices: (choices) => set(copyChoices(choices) as Pick<ScenarioState, keyof ScenarioChoices>),
}));
