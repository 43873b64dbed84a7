// The saved scenarios the person has (read from localStorage once the data's lever defaults are known),
// and which of them they compare. Every change is written straight back; if the browser will not store
// it, the change still holds on this page and `error` says why it was not kept.
import { create } from 'zustand';
import {
  browserStorage,
  cleanName,
  newId,
  parseSaved,
  readStored,
  uniqueName,
  writeStored,
  type SavedScenario,
  type ConfigFor,
  type ScenarioChoices,
} from './saved-scenarios';

/** How many saved scenarios can be compared at once (more lines than this make the trend chart unreadable). */
export const MAX_COMPARED = 3;

export type ChangeResult = { ok: true; scenario: SavedScenario } | { ok: false; message: string };

export interface SavedScenariosState {
  /** Whether storage has been read (it waits for the data's lever defaults, which clamping needs). */
  hydrated: boolean;
  scenarios: SavedScenario[];
  /** Ready-made scenarios (from the model's presets): comparable like saved ones, never stored. */
  presets: SavedScenario[];
  compareIds: string[];
  /** Raw text of stored entries that could not be read, set aside under the backup key on the next write. */
  unreadable: string[];
  /** What could not be read, for the person. */
  notices: string[];
  /** Why the last read or write did not reach storage, or null. */
  error: string | null;
  hydrate: (configFor: ConfigFor) => void;
  setPresets: (presets: SavedScenario[]) => void;
  save: (name: string, choices: ScenarioChoices) => ChangeResult;
  rename: (id: string, name: string) => ChangeResult;
  duplicate: (id: string) => ChangeResult;
  remove: (id: string) => void;
  toggleCompare: (id: string) => void;
  dismissNotices: () => void;
}

export const initialSavedScenarios = {
  hydrated: false,
  scenarios: [] as SavedScenario[],
  presets: [] as SavedScenario[],
  compareIds: [] as string[],
  unreadable: [] as string[],
  notices: [] as string[],
  error: null as string | null,
};

const NO_NAME = 'Give the scenario a name.';
const NOT_FOUND = 'That scenario is no longer saved.';

/** A copy of the choices, so later lever moves never change what was saved. */
function snapshot(choices: ScenarioChoices): ScenarioChoices {
  return {
    englandLevers: { ...choices.englandLevers },
    scopeLevers: Object.fromEntries(Object.entries(choices.scopeLevers).map(([code, levers]) => [code, { ...levers }])),
    target: { ...choices.target },
    targetYear: choices.targetYear,
    patientGrowth: choices.patientGrowth ?? null,
  };
}

export const useSavedScenarios = create<SavedScenariosState>()((set, get) => {
  /** Applies the new list on this page, then tries to store it. */
  const commit = (scenarios: SavedScenario[]) => {
    const { unreadable, compareIds, presets } = get();
    const outcome = writeStored(browserStorage(), scenarios, unreadable);
    set({
      scenarios,
      compareIds: compareIds.filter((id) => scenarios.some((s) => s.id === id) || presets.some((p) => p.id === id)),
      unreadable: outcome.ok || outcome.setAside ? [] : unreadable,
      error: outcome.ok ? null : outcome.message,
    });
  };
  const now = () => new Date().toISOString();

  return {
    ...initialSavedScenarios,
    hydrate: (configFor) => {
      const read = readStored(browserStorage());
      if ('error' in read) {
        set({ hydrated: true, error: read.error });
        return;
      }
      const { scenarios, unreadable, notices } = parseSaved(read.text, configFor);
      set({ hydrated: true, scenarios, unreadable, notices, error: null, compareIds: [] });
    },
    setPresets: (presets) =>
      set((s) => ({
        presets,
        compareIds: s.compareIds.filter((id) => s.scenarios.some((x) => x.id === id) || presets.some((p) => p.id === id)),
      })),
    save: (name, choices) => {
      const clean = cleanName(name);
      if (!clean) return { ok: false, message: NO_NAME };
      const { scenarios } = get();
      const scenario: SavedScenario = {
        id: newId(scenarios.map((s) => s.id)),
        name: uniqueName(
          clean,
          scenarios.map((s) => s.name),
        ),
        ...snapshot(choices),
        savedAt: now(),
      };
      commit([...scenarios, scenario]);
      return { ok: true, scenario };
    },
    rename: (id, name) => {
      const clean = cleanName(name);
      if (!clean) return { ok: false, message: NO_NAME };
      const { scenarios } = get();
      const current = scenarios.find((s) => s.id === id);
      if (!current) return { ok: false, message: NOT_FOUND };
      const others = scenarios.filter((s) => s.id !== id).map((s) => s.name);
      const scenario = { ...current, name: uniqueName(clean, others), savedAt: now() };
      commit(scenarios.map((s) => (s.id === id ? scenario : s)));
      return { ok: true, scenario };
    },
    duplicate: (id) => {
      const { scenarios } = get();
      const index = scenarios.findIndex((s) => s.id === id);
      const original = scenarios[index];
      if (!original) return { ok: false, message: NOT_FOUND };
      const scenario: SavedScenario = {
        ...original,
        ...snapshot(original),
        id: newId(scenarios.map((s) => s.id)),
        name: uniqueName(
          original.name,
          scenarios.map((s) => s.name),
        ),
        savedAt: now(),
      };
      commit([...scenarios.slice(0, index + 1), scenario, ...scenarios.slice(index + 1)]);
      return { ok: true, scenario };
    },
    remove: (id) => commit(get().scenarios.filter((s) => s.id !== id)),
    toggleCompare: (id) =>
      set((s) => {
        if (s.compareIds.includes(id)) return { compareIds: s.compareIds.filter((c) => c !== id) };
        if (s.compareIds.length >= MAX_COMPARED || ![...s.scenarios, ...s.presets].some((x) => x.id === id)) return {};
        return { compareIds: [...s.compareIds, id] };
      }),
    dismissNotices: () => set({ notices: [] }),
  };
});

/** The compared scenarios, in the order they were ticked. */
export const selectCompared = (s: SavedScenariosState): SavedScenario[] =>
  s.compareIds
    .map((id) => s.scenarios.find((x) => x.id === id) ?? s.presets.find((x) => x.id === id))
    .filter((x): x is SavedScenario => x !== undefined);
