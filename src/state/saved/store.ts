// The saved scenarios the person has (read from localStorage once the data's lever defaults are known),
// and which of them they compare. Every change first reads storage again and merges it with this tab's
// list by scenario id (saved-scenarios-merge.ts), then writes the result, so a change made in another tab
// is never overwritten; other tabs' writes are merged in as they happen (listenToOtherTabs). If the browser
// will not store a change, it still holds on this page and `error` says why it was not kept.
import { create } from 'zustand';
import { copyChoices } from '../../model';
import { isolate, nameKey } from '../../lib/typed-names';
import {
  browserStorage,
  cleanName,
  newId,
  newRev,
  parseSaved,
  readStored,
  serialiseSaved,
  writeStored,
  STORAGE_KEY,
  type ConfigFor,
  type SavedDoc,
  type SavedScenario,
  type ScenarioChoices,
  type StoredScenario,
  type Tombstone,
} from './scenarios';
import { readCompared, writeCompared } from './storage';
import { mergeDocs, newConflicts, receiveStored, type Conflict, type MergeResult } from './merge';
import { addScenario, dismissConflict, removeScenario, renameScenario, restoreConflict, takenIds } from './changes';

/** Ids of the ready-made scenarios (use-saved-scenarios.ts). */
export const PRESET_PREFIX = 'preset-';

/** How many saved scenarios can be compared at once (more lines than this make the trend chart unreadable). */
export const MAX_COMPARED = 3;

export type ChangeResult = { ok: true; scenario: SavedScenario } | { ok: false; message: string };

export interface SavedScenariosState {
  /** Whether storage has been read (it waits for the data's lever defaults, which clamping needs). */
  hydrated: boolean;
  /** Whether what was read was clamped to the levers' ranges (false when read without them, e.g. a data file failed). */
  clamped: boolean;
  scenarios: StoredScenario[];
  /** Losing versions of scenarios changed in two tabs at once (SavedDoc.conflicts), until restored or dismissed. */
  conflicts: StoredScenario[];
  /** Tombstones of deleted scenarios, so that another tab's older copy cannot bring them back. */
  deleted: Tombstone[];
  /** Ready-made scenarios (from the model's presets): comparable like saved ones, never stored. */
  presets: SavedScenario[];
  compareIds: string[];
  /** Raw text of stored entries that could not be read, set aside under the backup key on the next write. */
  unreadable: string[];
  /**
   * What the person should know: what could not be read, and changes made in two tabs at once. Names in
   * them are wrapped in FSI...PDI (isolate()), shown on screen as <bdi>.
   */
  notices: string[];
  /** Why the last read or write did not reach storage, or null. */
  error: string | null;
  /** Reads storage; `null` reads it as stored (so the list can be seen and deleted while the projection is missing). */
  hydrate: (configFor: ConfigFor | null) => void;
  /** Merges in what another tab wrote (and writes back anything only this tab has). */
  receive: () => void;
  setPresets: (presets: SavedScenario[]) => void;
  save: (name: string, choices: ScenarioChoices) => ChangeResult;
  /**
   * Saves many at once (a scenarios file's import) as one change: one read, one merge and one write, however many
   * there are. Returns each entry's saved scenario (null for an entry without a name), in order.
   */
  saveMany: (entries: readonly { name: string; choices: ScenarioChoices }[]) => (SavedScenario | null)[];
  /** `fromRev`: the version the person began renaming; if another tab changed it since, both changes are kept. */
  rename: (id: string, name: string, fromRev?: string) => ChangeResult;
  duplicate: (id: string) => ChangeResult;
  remove: (id: string) => void;
  /** Scenario `id`'s conflicting version `rev` as a scenario of its own (just after it), no longer a conflicting version. */
  restoreConflict: (id: string, rev: string) => ChangeResult;
  /** Scenario `id`'s conflicting version `rev` set aside for good (in every tab). */
  dismissConflict: (id: string, rev: string) => void;
  toggleCompare: (id: string) => void;
  /** Ticks these too, in order, while there is room (one write of the ticks); returns how many were ticked. */
  addCompared: (ids: readonly string[]) => number;
  dismissNotices: () => void;
}

export const initialSavedScenarios = {
  hydrated: false,
  clamped: false,
  scenarios: [] as StoredScenario[],
  conflicts: [] as StoredScenario[],
  deleted: [] as Tombstone[],
  presets: [] as SavedScenario[],
  compareIds: [] as string[],
  unreadable: [] as string[],
  notices: [] as string[],
  error: null as string | null,
};

const NO_NAME = 'Give the scenario a name.';
const NOT_FOUND = 'That scenario is no longer saved.';
const GONE = 'That conflicting version is no longer kept (it was restored or dismissed, perhaps in another tab).';

const quoted = (name: string) => `“${isolate(name)}”`;
export const conflictNotice = (c: Conflict) =>
  `A scenario was changed in two tabs at the same time: ${quoted(c.kept)} (the later change) is kept, and the other version, ${quoted(c.name)}, is kept beside it as a conflicting version. Restore it as a scenario of its own or dismiss it in the saved scenarios list.`;
export const keptAfterDeleteNotice = (name: string) =>
  `${quoted(name)} was deleted in one tab while it was changed in another, so the changed version is kept. Delete it again if you do not need it.`;

/** What a merge tells the person of changes kept over a deletion (conflicting versions: newConflicts). */
function deleteNotices(merged: MergeResult | null): string[] {
  return merged ? merged.keptAfterDelete.map((k) => keptAfterDeleteNotice(k.name)) : [];
}

/** This page's token, stamped on the versions it makes (StoredScenario.tab): "made in this tab". */
export const THIS_TAB = `t${Math.floor(Math.random() * 36 ** 8)
  .toString(36)
  .padStart(8, '0')}`;

/** A copy of the choices, so later lever moves never change what was saved. */
const snapshot = (choices: ScenarioChoices): ScenarioChoices => copyChoices(choices);

/** One change: the new list, and what the action returns (no list: nothing to write). */
type Change<T> = { doc: SavedDoc | null; value: T; notices?: string[] };

export const useSavedScenarios = create<SavedScenariosState>()((set, get) => {
  /** Lever ranges for clamping what is read (from hydrate; null until then, when values are read as stored). */
  let configFor: ConfigFor | null = null;
  const now = () => new Date().toISOString();
  const local = (): SavedDoc => ({ scenarios: get().scenarios, conflicts: get().conflicts, deleted: get().deleted });
  const withNotices = (added: readonly string[]) => [...new Set([...get().notices, ...added])];
  /** The version of `id` this tab shows (what the person acted on). */
  const seenRev = (id: string) => get().scenarios.find((s) => s.id === id)?.rev;

  /**
   * The stored text this tab's list was last read from or written as: when storage still holds it, this tab's
   * list is what storage holds, and a change need not read and merge it again (nor a storage event, for this
   * tab's own write echoed back by a bfcache return).
   */
  let synced: { text: string | null; doc: SavedDoc } | null = null;
  /** Whether storage holds `text` as this tab last saw it, and this tab's list is still the one it saw it as. */
  const inStep = (text: string | null) =>
    text !== null &&
    synced?.text === text &&
    synced.doc.scenarios === get().scenarios &&
    synced.doc.conflicts === get().conflicts &&
    synced.doc.deleted === get().deleted;
  const remember = (text: string | null) => {
    synced = { text, doc: local() };
  };

  /** Shows `doc` on this page, keeping only the ticks of scenarios that are still there. */
  const show = (doc: SavedDoc) => {
    const { compareIds, presets } = get();
    const ids = new Set(doc.scenarios.map((s) => s.id));
    return {
      scenarios: doc.scenarios,
      conflicts: doc.conflicts,
      deleted: doc.deleted,
      compareIds: compareIds.filter((id) => ids.has(id) || presets.some((p) => p.id === id)),
    };
  };

  /** Reads storage, merges it with this tab's list, applies `apply` to the result and writes that. */
  const change = <T>(apply: (doc: SavedDoc, at: string) => Change<T>): T => {
    const storage = browserStorage();
    const read = readStored(storage);
    const at = now();
    const before = local();
    let base = before;
    let unreadable = get().unreadable;
    const notices: string[] = [];
    // Storage as this tab last saw it: this tab's list is storage's, nothing to read or merge.
    if ('text' in read && !inStep(read.text)) {
      const stored = parseSaved(read.text, configFor);
      const merged = mergeDocs(base, stored, at);
      base = merged.doc;
      // Whatever storage holds that cannot be read now is set aside before it is overwritten.
      unreadable = stored.unreadable;
      notices.push(...deleteNotices(merged));
    }
    const result = apply(base, at);
    notices.push(...(result.notices ?? []), ...newConflicts(before, result.doc ?? base).map(conflictNotice));
    if (!result.doc) {
      set({ ...show(base), notices: withNotices(notices) });
      return result.value;
    }
    const text = serialiseSaved(result.doc.scenarios, result.doc.deleted, result.doc.conflicts);
    const outcome = writeStored(storage, text, unreadable);
    set({
      ...show(result.doc),
      unreadable: outcome.ok || outcome.setAside ? [] : unreadable,
      error: outcome.ok ? null : outcome.message,
      notices: withNotices(notices),
    });
    remember(outcome.ok ? text : null);
    return result.value;
  };

  return {
    ...initialSavedScenarios,
    hydrate: (config) => {
      configFor = config;
      const read = readStored(browserStorage());
      if ('error' in read) {
        set({ hydrated: true, clamped: config !== null, error: read.error });
        return;
      }
      const { scenarios, conflicts, deleted, unreadable, notices } = parseSaved(read.text, config);
      // The ticks kept from last time, of scenarios still saved (or ready-made ones: the presets arrive after this,
      // and setPresets drops any that are not among them).
      const compareIds = readCompared(browserStorage())
        .filter((id) => scenarios.some((s) => s.id === id) || id.startsWith(PRESET_PREFIX))
        .slice(0, MAX_COMPARED);
      set({
        hydrated: true,
        clamped: config !== null,
        scenarios,
        conflicts,
        deleted,
        unreadable,
        notices,
        error: null,
        compareIds,
      });
      remember(read.text);
    },
    receive: () => {
      if (!get().hydrated) return;
      const storage = browserStorage();
      const read = readStored(storage);
      if ('error' in read || inStep(read.text)) return;
      const stored = parseSaved(read.text, configFor);
      const mine = local();
      const { merged, write } = receiveStored(mine, stored, now());
      const notices = [...stored.notices, ...deleteNotices(merged), ...newConflicts(mine, merged.doc).map(conflictNotice)];
      let { error } = get();
      let text = read.text;
      // Never write back what was read: write only when this tab holds a version or a deletion that storage
      // lacks (e.g. a save that another tab's racing write overwrote a moment later), so one change costs the
      // other tabs no writes at all. Never over text that cannot be read: that waits for the person's next
      // change, which sets it aside.
      if (stored.unreadable.length === 0 && write) {
        const written = serialiseSaved(merged.doc.scenarios, merged.doc.deleted, merged.doc.conflicts);
        const outcome = writeStored(storage, written, []);
        error = outcome.ok ? null : outcome.message;
        text = outcome.ok ? written : null;
      }
      set({ ...show(merged.doc), unreadable: stored.unreadable, error, notices: withNotices(notices) });
      remember(text);
    },
    setPresets: (presets) =>
      set((s) => ({
        presets,
        compareIds: s.compareIds.filter((id) => s.scenarios.some((x) => x.id === id) || presets.some((p) => p.id === id)),
      })),
    save: (name, choices) => {
      const clean = cleanName(name);
      if (!clean) return { ok: false, message: NO_NAME };
      return change((doc, at) => {
        const added = addScenario(
          doc,
          { id: newId(takenIds(doc)), name: clean, ...snapshot(choices) },
          { at, rev: newRev(), tab: THIS_TAB },
        );
        return { doc: added.doc, value: { ok: true, scenario: added.scenario } };
      });
    },
    saveMany: (entries) =>
      change((doc, at) => {
        const taken = new Set(takenIds(doc));
        const nameKeys = new Set(doc.scenarios.map((s) => nameKey(s.name)));
        const saved: (StoredScenario | null)[] = [];
        let next = doc;
        for (const { name, choices } of entries) {
          const clean = cleanName(name);
          if (!clean) {
            saved.push(null);
            continue;
          }
          const id = newId(taken);
          taken.add(id);
          const added = addScenario(
            next,
            { id, name: clean, ...snapshot(choices) },
            { at, rev: newRev(), tab: THIS_TAB },
            undefined,
            nameKeys,
          );
          next = added.doc;
          saved.push(added.scenario);
        }
        return { doc: next === doc ? null : next, value: saved };
      }),
    rename: (id, name, fromRev) => {
      const clean = cleanName(name);
      if (!clean) return { ok: false, message: NO_NAME };
      // What the person renamed: the version they began from, or else the one this tab showed (storage may
      // hold another tab's newer change that this tab has not been told of yet).
      const seen = fromRev ?? seenRev(id);
      return change<ChangeResult>((doc, at) => {
        const renamed = renameScenario(doc, id, clean, { at, rev: newRev(), tab: THIS_TAB }, seen);
        if (!renamed) return { doc: null, value: { ok: false, message: NOT_FOUND } };
        return {
          doc: renamed.doc,
          value: { ok: true, scenario: renamed.scenario },
          notices: deleteNotices(renamed.merge),
        };
      });
    },
    duplicate: (id) =>
      change<ChangeResult>((doc, at) => {
        const original = doc.scenarios.find((s) => s.id === id);
        if (!original) return { doc: null, value: { ok: false, message: NOT_FOUND } };
        const fields = { id: newId(takenIds(doc)), name: original.name, ...snapshot(original) };
        const added = addScenario(doc, fields, { at, rev: newRev(), tab: THIS_TAB }, id);
        return { doc: added.doc, value: { ok: true, scenario: added.scenario } };
      }),
    remove: (id) => {
      const seen = seenRev(id);
      change((doc, at) => {
        const removed = removeScenario(doc, id, at, seen);
        return { doc: removed.doc, value: undefined, notices: deleteNotices(removed.merge) };
      });
    },
    restoreConflict: (id, rev) =>
      change<ChangeResult>((doc, at) => {
        const restored = restoreConflict(doc, id, rev, newId(takenIds(doc)), { at, rev: newRev(), tab: THIS_TAB });
        if (!restored) return { doc: null, value: { ok: false, message: GONE } };
        return { doc: restored.doc, value: { ok: true, scenario: restored.scenario } };
      }),
    dismissConflict: (id, rev) => change((doc, at) => ({ doc: dismissConflict(doc, id, rev, at), value: undefined })),
    toggleCompare: (id) => {
      set((s) => {
        if (s.compareIds.includes(id)) return { compareIds: s.compareIds.filter((c) => c !== id) };
        if (s.compareIds.length >= MAX_COMPARED || ![...s.scenarios, ...s.presets].some((x) => x.id === id)) return {};
        return { compareIds: [...s.compareIds, id] };
      });
      writeCompared(browserStorage(), get().compareIds);
    },
    addCompared: (ids) => {
      const before = get().compareIds.length;
      set((s) => {
        const known = new Set([...s.scenarios, ...s.presets].map((x) => x.id));
        const compareIds = [...s.compareIds];
        for (const id of ids)
          if (compareIds.length < MAX_COMPARED && known.has(id) && !compareIds.includes(id)) compareIds.push(id);
        return { compareIds };
      });
      const ticked = get().compareIds.length - before;
      if (ticked > 0) writeCompared(browserStorage(), get().compareIds);
      return ticked;
    },
    dismissNotices: () => set({ notices: [] }),
  };
});

/** The compared scenarios, in the order they were ticked. */
export const selectCompared = (s: SavedScenariosState): SavedScenario[] =>
  s.compareIds
    .map((id) => s.scenarios.find((x) => x.id === id) ?? s.presets.find((x) => x.id === id))
    .filter((x): x is SavedScenario => x !== undefined);

/**
 * Merges in other tabs' changes as they are written (the `storage` event fires in every other tab of this
 * origin), and on coming back to a page the browser had put aside (back/forward cache), which misses events.
 * Returns the function that stops listening.
 */
export function listenToOtherTabs(target: Window = window): () => void {
  const receive = () => useSavedScenarios.getState().receive();
  const onStorage = (event: StorageEvent) => {
    // key null: storage was cleared.
    if (event.key === STORAGE_KEY || event.key === null) receive();
  };
  const onShow = (event: PageTransitionEvent) => {
    if (event.persisted) receive();
  };
  target.addEventListener('storage', onStorage);
  target.addEventListener('pageshow', onShow);
  return () => {
    target.removeEventListener('storage', onStorage);
    target.removeEventListener('pageshow', onShow);
  };
}
