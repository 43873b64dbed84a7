// Two tabs of the planner on one localStorage (jsdom's): two separate instances of the saved-scenarios
// store, as two tabs have. "Telling" a tab of the other's write is what the browser's storage event does
// (listenToOtherTabs); here it is called directly, or the event is dispatched, so each step is explicit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realConfigFor } from '../../support/real-data';
import {
  BACKUP_KEY,
  STORAGE_KEY,
  type SavedScenario,
  type ScenarioChoices,
  type StoredScenario,
} from '../../../src/state/saved/scenarios';
import type * as StoreModule from '../../../src/state/saved/store';

type Tab = (typeof StoreModule)['useSavedScenarios'];

const choices: ScenarioChoices = {
  englandLevers: { internationalRecruitment: 800 },
  scopeLevers: {},
  target: { kind: 'hold', year: 2016 },
  targetYear: 2036,
  patientGrowth: null,
};

/** A tab: a fresh copy of the store module (its own state), hydrated from storage as a page load does. */
async function openTab(): Promise<{ tab: Tab; module: typeof StoreModule }> {
  vi.resetModules();
  const module = await import('../../../src/state/saved/store');
  module.useSavedScenarios.getState().hydrate(realConfigFor);
  return { tab: module.useSavedScenarios, module };
}

const names = (tab: Tab) => tab.getState().scenarios.map((s) => s.name);
const conflictNames = (tab: Tab) => tab.getState().conflicts.map((s) => s.name);
const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { scenarios: SavedScenario[] };
const storedNames = () => stored().scenarios.map((s) => s.name);
const idOf = (tab: Tab, name: string) => tab.getState().scenarios.find((s) => s.name === name)?.id ?? '';
/** Notices as the person reads them (the FSI/PDI around names are shown as <bdi>). */
const notices = (tab: Tab) => tab.getState().notices.map((n) => n.replace(/[\u2068\u2069]/g, ''));

/** Moves the clock on a second: which of two changes is later decides which keeps the scenario's id. */
const later = () => vi.setSystemTime(Date.now() + 1000);

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-01T10:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('saved scenarios in two tabs', () => {
  it('tab 1 saves "A", tab 2 (open since before) saves "B": both are kept, and a reload lists both', async () => {
    const { tab: tab1 } = await openTab();
    const { tab: tab2 } = await openTab();
    expect(tab1.getState().save('A', choices).ok).toBe(true);
    // Tab 2 has not been told: it still shows nothing, and saves "B" on top of what it read at load.
    expect(names(tab2)).toEqual([]);
    expect(tab2.getState().save('B', choices).ok).toBe(true);
    expect(storedNames()).toEqual(['A', 'B']);
    expect(names(tab2)).toEqual(['A', 'B']);
    // Reloading tab 1 reads both.
    const { tab: reloaded } = await openTab();
    expect(names(reloaded)).toEqual(['A', 'B']);
  });

  it('a tab shows the other tab’s save when told of it, without a reload', async () => {
    const { tab: tab1 } = await openTab();
    const { tab: tab2, module } = await openTab();
    tab1.getState().save('A', choices);
    const stop = module.listenToOtherTabs();
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: localStorage.getItem(STORAGE_KEY) }));
    stop();
    expect(names(tab2)).toEqual(['A']);
  });

  it('saving in both at once loses neither: a write that overwrote the other’s is mended when told of it', async () => {
    const { tab: tab1 } = await openTab();
    const { tab: tab2 } = await openTab();
    tab1.getState().save('A', choices);
    // Tab 2's write lands on top of a storage that does not have "A" (the two writes raced).
    const withoutA = localStorage.getItem(STORAGE_KEY);
    localStorage.clear();
    tab2.getState().save('B', choices);
    expect(storedNames()).toEqual(['B']);
    expect(withoutA).not.toBeNull();
    // Tab 1 is told of tab 2's write: it merges, and writes back "A".
    tab1.getState().receive();
    expect(names(tab1)).toEqual(['B', 'A']);
    expect(storedNames()).toEqual(['B', 'A']);
    tab2.getState().receive();
    expect(names(tab2)).toEqual(['B', 'A']);
  });

  it('an import of 300 is one write; the other tab, told of it, shows them all and writes nothing', async () => {
    const { tab: tab1 } = await openTab();
    const { tab: tab2 } = await openTab();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const entries = Array.from({ length: 300 }, (_, i) => ({ name: `Imported ${i}`, choices }));
    const saved = tab1.getState().saveMany([...entries, { name: '\u200B', choices }]);
    expect(saved.filter((s) => s !== null)).toHaveLength(300);
    expect(saved[300]).toBeNull();
    expect(setItem.mock.calls.filter(([key]) => key === STORAGE_KEY)).toHaveLength(1);
    expect(storedNames()).toHaveLength(300);
    tab2.getState().receive();
    expect(names(tab2)).toEqual(names(tab1));
    // Told again of the same write (a repeated event), or told with nothing new: still no write.
    tab2.getState().receive();
    expect(setItem).toHaveBeenCalledTimes(1);
  });

  it('a scenario deleted in one tab goes from the other, and a later save there does not bring it back', async () => {
    const { tab: tab1 } = await openTab();
    tab1.getState().save('Keep', choices);
    tab1.getState().save('Drop', choices);
    const { tab: tab2 } = await openTab();
    expect(names(tab2)).toEqual(['Keep', 'Drop']);
    tab1.getState().remove(idOf(tab1, 'Drop'));
    // Before tab 2 is told, it saves: its old copy of "Drop" must not come back.
    tab2.getState().save('New', choices);
    expect(storedNames()).toEqual(['Keep', 'New']);
    expect(names(tab2)).toEqual(['Keep', 'New']);
    tab1.getState().receive();
    expect(names(tab1)).toEqual(['Keep', 'New']);
  });

  it('renamed in both tabs at once: the later name is the scenario, the other its conflicting version, and both tabs say so', async () => {
    const { tab: tab1 } = await openTab();
    tab1.getState().save('Plan', choices);
    const { tab: tab2 } = await openTab();
    const id = idOf(tab1, 'Plan');
    // Neither tab has heard of the other's rename when it makes its own; tab 2's is a second later.
    later();
    tab1.getState().rename(id, 'Plan X');
    later();
    tab2.getState().rename(id, 'Plan Y');
    expect(names(tab2)).toEqual(['Plan Y']);
    expect(conflictNames(tab2)).toEqual(['Plan X']);
    expect(notices(tab2)).toEqual([
      'A scenario was changed in two tabs at the same time: “Plan Y” (the later change) is kept, and the other version, “Plan X”, is kept beside it as a conflicting version. Restore it as a scenario of its own or dismiss it in the saved scenarios list.',
    ]);
    tab1.getState().receive();
    expect(names(tab1)).toEqual(['Plan Y']);
    expect(conflictNames(tab1)).toEqual(['Plan X']);
    expect(notices(tab1)).toHaveLength(1);
    expect(storedNames()).toEqual(['Plan Y']);
    // Stored apart from the scenarios, under the scenario's id, made in tab 1.
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { version: number; conflicts: StoredScenario[] };
    expect(stored.version).toBe(2);
    expect(stored.conflicts).toMatchObject([{ id, name: 'Plan X' }]);
    expect(stored.conflicts[0]?.tab).toMatch(/^t/);

    // Tab 1 restores it as a scenario of its own; tab 2, told, shows the same and writes nothing.
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const restored = tab1.getState().restoreConflict(id, tab1.getState().conflicts[0]!.rev);
    expect(restored).toMatchObject({ ok: true, scenario: { name: 'Plan X' } });
    expect(names(tab1)).toEqual(['Plan Y', 'Plan X']);
    expect(conflictNames(tab1)).toEqual([]);
    tab2.getState().receive();
    expect(names(tab2)).toEqual(['Plan Y', 'Plan X']);
    expect(conflictNames(tab2)).toEqual([]);
    expect(setItem.mock.calls.filter(([key]) => key === STORAGE_KEY)).toHaveLength(1);
    setItem.mockRestore();
  });

  it('a rename begun before the other tab renamed the scenario keeps both names', async () => {
    const { tab: tab1 } = await openTab();
    tab1.getState().save('Plan', choices);
    const { tab: tab2 } = await openTab();
    const id = idOf(tab1, 'Plan');
    // Tab 2's person opens "Rename" on version shown now...
    const shown = tab2.getState().scenarios[0]?.rev;
    // ...tab 1 renames it, and tab 2 is told (its list now says "Plan X")...
    later();
    tab1.getState().rename(id, 'Plan X');
    tab2.getState().receive();
    expect(names(tab2)).toEqual(['Plan X']);
    // ...then tab 2's person submits the name they typed.
    later();
    const result = tab2.getState().rename(id, 'Plan Y', shown);
    expect(result).toMatchObject({ ok: true, scenario: { name: 'Plan Y' } });
    expect(names(tab2)).toEqual(['Plan Y']);
    expect(conflictNames(tab2)).toEqual(['Plan X']);
    expect(notices(tab2)).toHaveLength(1);
    // Dismissed here, it goes in the other tab too, and does not come back.
    tab2.getState().dismissConflict(id, tab2.getState().conflicts[0]!.rev);
    expect(conflictNames(tab2)).toEqual([]);
    tab1.getState().receive();
    expect(names(tab1)).toEqual(['Plan Y']);
    expect(conflictNames(tab1)).toEqual([]);
    expect(notices(tab1)).toEqual([]);
  });

  it('a rename of a scenario deleted in another tab says it is no longer saved', async () => {
    const { tab: tab1 } = await openTab();
    tab1.getState().save('Plan', choices);
    const { tab: tab2 } = await openTab();
    const id = idOf(tab1, 'Plan');
    tab1.getState().remove(id);
    expect(tab2.getState().rename(id, 'Plan X')).toEqual({ ok: false, message: 'That scenario is no longer saved.' });
    expect(names(tab2)).toEqual([]);
  });

  it('storage another tab left unreadable is reported, not overwritten when told, and set aside on the next save', async () => {
    const { tab: tab1 } = await openTab();
    tab1.getState().save('Mine', choices);
    localStorage.setItem(STORAGE_KEY, '{"version":1,"scenarios":[');
    tab1.getState().receive();
    expect(names(tab1)).toEqual(['Mine']);
    expect(notices(tab1)[0]).toMatch(/could not be read and were skipped/);
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{"version":1,"scenarios":[');
    tab1.getState().save('Next', choices);
    expect(storedNames()).toEqual(['Mine', 'Next']);
    expect(JSON.parse(localStorage.getItem(BACKUP_KEY) ?? '[]')).toEqual(['{"version":1,"scenarios":[']);
  });

  it('a storage event for another key is ignored', async () => {
    const { tab, module } = await openTab();
    const receive = vi.spyOn(tab.getState(), 'receive');
    const stop = module.listenToOtherTabs();
    window.dispatchEvent(new StorageEvent('storage', { key: 'something.else', newValue: 'x' }));
    stop();
    expect(receive).not.toHaveBeenCalled();
  });
});
