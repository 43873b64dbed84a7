// Saved scenarios in localStorage (jsdom's): the stored format, what happens to damaged or foreign data,
// names, and a browser that is full or refuses storage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realConfigFor, realPrepared } from '../../support/real-data';
import {
  BACKUP_KEY,
  MAX_NAME_LENGTH,
  QUOTA_MESSAGE,
  STORAGE_KEY,
  UNAVAILABLE_MESSAGE,
  cleanName,
  parseSaved,
  serialiseSaved,
  uniqueName,
  type SavedScenario,
  type ScenarioChoices,
} from '../../../src/state/saved/scenarios';
import { initialSavedScenarios, MAX_COMPARED, useSavedScenarios } from '../../../src/state/saved/store';

// Configs (ranges, steps, data defaults) per scope, from the model on the committed data.
const defaults = realConfigFor;
// The data's observed FTE per head is off the lever's 0.01 grid; it must survive a round trip.
const observedFtePerGp = realPrepared().defaults.ftePerGp;
const choices = (over: Partial<ScenarioChoices> = {}): ScenarioChoices => ({
  englandLevers: { internationalRecruitment: 400 },
  scopeLevers: {},
  target: { kind: 'hold', year: 2016 },
  targetYear: 2036,
  patientGrowth: null,
  trainingPath: null,
  demand: 'lists',
  team: { england: {}, scopes: {}, gpTimeReleased: {} },
  ...over,
});
const stored = (name: string, id = 'a1', over: Partial<SavedScenario> = {}): SavedScenario => ({
  id,
  name,
  savedAt: '2026-01-01T00:00:00.000Z',
  ...choices(),
  ...over,
});
const store = () => useSavedScenarios.getState();
const storedJson = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { version: number; scenarios: SavedScenario[] };
const XSS = '<img src=x onerror=alert(1)>';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('names', () => {
  it('trims, folds white space and cuts to 80 characters', () => {
    expect(cleanName('  Plan \n\t A  ')).toBe('Plan A');
    expect(cleanName('x'.repeat(200))).toHaveLength(MAX_NAME_LENGTH);
    expect(cleanName('   ')).toBe('');
    // 79 letters then an emoji (two UTF-16 units) is 80 characters, kept whole.
    expect(cleanName(`${'a'.repeat(79)}😀zz`)).toBe(`${'a'.repeat(79)}😀`);
  });

  it('numbers a name already taken, ignoring case, and keeps it within 80 characters', () => {
    expect(uniqueName('Plan', [])).toBe('Plan');
    expect(uniqueName('Plan', ['plan'])).toBe('Plan (2)');
    expect(uniqueName('Plan', ['Plan', 'Plan (2)'])).toBe('Plan (3)');
    expect(uniqueName('Plan (2)', ['Plan', 'Plan (2)'])).toBe('Plan (3)');
    const long = 'y'.repeat(80);
    expect(uniqueName(long, [long])).toBe(`${'y'.repeat(76)} (2)`);
  });
});

describe('parseSaved', () => {
  it('reads saves from before patient growth could be set as following each area’s own trend', () => {
    const old: Record<string, unknown> = { ...stored('Old plan') };
    delete old.patientGrowth;
    const { scenarios, notices } = parseSaved(JSON.stringify({ version: 1, scenarios: [old] }), defaults);
    expect(notices).toEqual([]);
    expect(scenarios[0]?.patientGrowth).toBeNull();
  });

  it('keeps a set patient growth', () => {
    const { scenarios } = parseSaved(
      JSON.stringify({ version: 1, scenarios: [stored('Growth', 'g1', { patientGrowth: 0.012 })] }),
      defaults,
    );
    expect(scenarios[0]?.patientGrowth).toBe(0.012);
  });

  it('reads its own output back, lever values and versions and all', () => {
    const scenarios = [
      { ...stored('Plan A'), rev: 'ra1', prev: [] },
      {
        ...stored('Plan B', 'b2', { englandLevers: { ftePerGp: observedFtePerGp, leaverRate: 0.07 } }),
        rev: 'rb2',
        prev: ['rb1', 'rb0'],
      },
    ];
    const result = parseSaved(serialiseSaved(scenarios), defaults);
    expect(result.notices).toEqual([]);
    expect(result.unreadable).toEqual([]);
    expect(result.scenarios).toEqual(scenarios);
  });

  it('clamps lever values back into range and onto their steps', () => {
    const raw = serialiseSaved([
      stored('Wild', 'w1', {
        englandLevers: { leaverRate: 0.5, trainingPlaces: 4023.6, returners: -10 },
        scopeLevers: { QE1: { internationalRecruitment: -5, traineeUptake: 2 } },
      }),
    ]);
    const [scenario] = parseSaved(raw, defaults).scenarios;
    // England: 0.5 -> max 0.15; 4,023.6 -> whole places = 4,024; -10 -> min 0.
    expect(scenario?.englandLevers).toEqual({ leaverRate: 0.15, trainingPlaces: 4024, returners: 0 });
    // A scope's flows are its own totals, from 0 in whole units; uptake at most 100%.
    expect(scenario?.scopeLevers).toEqual({ QE1: { internationalRecruitment: 0, traineeUptake: 1 } });
  });

  it('skips damaged JSON with a notice, keeping the raw text to set aside', () => {
    const result = parseSaved('{"version":1,"scenarios":[', defaults);
    expect(result.scenarios).toEqual([]);
    expect(result.unreadable).toEqual(['{"version":1,"scenarios":[']);
    expect(result.notices[0]).toMatch(/could not be read and were skipped/);
  });

  it('skips the wrong shape', () => {
    expect(parseSaved('[1,2,3]', defaults).notices[0]).toMatch(/could not be read/);
    expect(parseSaved('{"version":1}', defaults).unreadable).toEqual(['{"version":1}']);
  });

  it('skips one bad scenario among good ones, saying how many', () => {
    const raw = JSON.stringify({
      version: 1,
      scenarios: [stored('Good 1'), { id: 'b', name: 'Bad', englandLevers: { noSuchLever: 3 } }, stored('Good 2', 'g2')],
    });
    const result = parseSaved(raw, defaults);
    expect(result.scenarios.map((s) => s.name)).toEqual(['Good 1', 'Good 2']);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toMatch(/^1 saved scenario could not be read and was skipped\./);
    expect(JSON.parse(result.unreadable[0] ?? '')).toEqual({ id: 'b', name: 'Bad', englandLevers: { noSuchLever: 3 } });
  });

  it('skips an unknown version with a notice naming it, keeping the text to set aside', () => {
    const raw = JSON.stringify({ version: 3, scenarios: [stored('Future')] });
    const result = parseSaved(raw, defaults);
    expect(result.scenarios).toEqual([]);
    expect(result.unreadable).toEqual([raw]);
    expect(result.notices[0]).toMatch(/cannot read \(version 3\)/);
  });
});

// Version 1 (before conflicting versions were kept apart) made the losing version of a conflict a scenario named
// "NAME (conflicting copy)", id "k" + its token, and the winner listed that token among those it replaced.
describe('reading version 1: conflict copies become conflicting versions of their original', () => {
  const v = (name: string, id: string, rev: string, prev: string[] = []) => ({ ...stored(name, id), rev, prev });
  const tombstone = { id: 'd1', revs: ['rd'], deletedAt: '2026-01-02T00:00:00.000Z' };

  it('a copy whose original is there becomes its conflicting version, under the name it had; the rest is kept', () => {
    // "Plan Y" (r2) won over "Plan X" (r1), both made from r0: version 1 listed r1 in r2's prev and kept r1 as
    // the scenario kr1, "Plan X (conflicting copy)".
    const raw = JSON.stringify({
      version: 1,
      scenarios: [v('Plan Y', 'p', 'r2', ['r1', 'r0']), v('Other', 'o', 'ro'), v('Plan X (conflicting copy)', 'kr1', 'r1')],
      deleted: [tombstone],
    });
    const result = parseSaved(raw, defaults);
    expect(result.notices).toEqual([]);
    expect(result.unreadable).toEqual([]);
    // r2 no longer counts r1 as replaced (else the merge would drop it).
    expect(result.scenarios).toEqual([v('Plan Y', 'p', 'r2', ['r0']), v('Other', 'o', 'ro')]);
    expect(result.conflicts).toEqual([v('Plan X', 'p', 'r1')]);
    expect(result.deleted).toEqual([tombstone]);
    // Written back, it is version 2, and reads the same.
    const again = parseSaved(serialiseSaved(result.scenarios, result.deleted, result.conflicts), defaults);
    expect(JSON.parse(serialiseSaved(result.scenarios, result.deleted, result.conflicts))).toMatchObject({ version: 2 });
    expect(again.scenarios).toEqual(result.scenarios);
    expect(again.conflicts).toEqual(result.conflicts);
  });

  it('a copy whose original is gone, a copy renamed since, and a scenario merely named like a copy stay scenarios', () => {
    const scenarios = [
      // Nobody lists r9: its original was deleted.
      v('Gone (conflicting copy)', 'kr9', 'r9'),
      // The person renamed the copy of r3 (r4 replaced r3): it is their own scenario now.
      v('Plan', 'p', 'r5', ['r3', 'r0']),
      v('Mine now', 'kr3', 'r4', ['r3']),
      // Named so by the person: not a copy (its id is not "k" + a token another lists).
      v('Draft (conflicting copy)', 's1', 'r6'),
    ];
    const result = parseSaved(JSON.stringify({ version: 1, scenarios }), defaults);
    expect(result.scenarios).toEqual(scenarios);
    expect(result.conflicts).toEqual([]);
  });

  it('a copy of a copy goes to the first original, and two copies of one scenario are both kept', () => {
    // p (r2) won over r1 (copy kr1); kr1, renamed in two tabs, became r8 over r7 (copy kr7); p also won over r5.
    const raw = JSON.stringify({
      version: 1,
      scenarios: [
        v('Plan', 'p', 'r2', ['r5', 'r1', 'r0']),
        v('A (conflicting copy)', 'kr1', 'r8', ['r7', 'r1']),
        v('B (conflicting copy)', 'kr7', 'r7', []),
        v('C (conflicting copy)', 'kr5', 'r5', []),
      ],
    });
    const result = parseSaved(raw, defaults);
    expect(result.scenarios).toEqual([v('Plan', 'p', 'r2', ['r0'])]);
    expect(result.conflicts.map((c) => [c.id, c.name, c.rev, c.prev])).toEqual([
      ['p', 'C', 'r5', []],
      ['p', 'B', 'r7', []],
      ['p', 'A', 'r8', []],
    ]);
  });

  it('a corrupt version-1 store is reported and kept, as any unreadable store is', () => {
    const raw = '{"version":1,"scenarios":[{"id":"kr1","name":"Plan X (conflicting copy)"';
    const result = parseSaved(raw, defaults);
    expect(result.scenarios).toEqual([]);
    expect(result.unreadable).toEqual([raw]);
    expect(result.notices[0]).toMatch(/could not be read and were skipped/);
  });

  it('the store reads version 1 once and writes version 2 with its next change; another tab reads it the same', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        scenarios: [v('Plan Y', 'p', 'r2', ['r1', 'r0']), v('Plan X (conflicting copy)', 'kr1', 'r1')],
      }),
    );
    store().hydrate(defaults);
    expect(store().scenarios.map((s) => s.name)).toEqual(['Plan Y']);
    expect(store().conflicts.map((s) => [s.id, s.name])).toEqual([['p', 'Plan X']]);
    // Reading writes nothing.
    expect(storedJson().version).toBe(1);
    store().save('New', choices());
    expect(storedJson().version).toBe(2);
    const reread = parseSaved(localStorage.getItem(STORAGE_KEY), defaults);
    expect(reread.scenarios.map((s) => s.name)).toEqual(['Plan Y', 'New']);
    expect(reread.conflicts.map((s) => [s.id, s.name, s.rev])).toEqual([['p', 'Plan X', 'r1']]);
  });
});

describe('the saved-scenarios store', () => {
  it('saves, renames, duplicates and deletes, writing each change to localStorage', () => {
    store().hydrate(defaults);
    const saved = store().save('  Plan A ', choices());
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(storedJson().version).toBe(2);
    expect(storedJson().scenarios).toMatchObject([{ name: 'Plan A', englandLevers: { internationalRecruitment: 400 } }]);

    expect(store().save('plan a', choices()).ok).toBe(true);
    expect(storedJson().scenarios.map((s) => s.name)).toEqual(['Plan A', 'plan a (2)']);

    expect(store().rename(saved.scenario.id, 'Plan Z').ok).toBe(true);
    expect(store().rename(saved.scenario.id, '   ')).toEqual({ ok: false, message: 'Give the scenario a name.' });
    expect(store().duplicate(saved.scenario.id).ok).toBe(true);
    expect(storedJson().scenarios.map((s) => s.name)).toEqual(['Plan Z', 'Plan Z (2)', 'plan a (2)']);

    store().toggleCompare(saved.scenario.id);
    store().remove(saved.scenario.id);
    expect(storedJson().scenarios.map((s) => s.name)).toEqual(['Plan Z (2)', 'plan a (2)']);
    expect(store().compareIds).toEqual([]);
  });

  it('a saved scenario does not change when the levers move on', () => {
    const levers = { internationalRecruitment: 400 };
    store().save('Plan', choices({ englandLevers: levers }));
    levers.internationalRecruitment = 2000;
    expect(store().scenarios[0]?.englandLevers).toEqual({ internationalRecruitment: 400 });
  });

  it(`compares at most ${MAX_COMPARED}`, () => {
    for (const name of ['A', 'B', 'C', 'D']) store().save(name, choices());
    for (const s of store().scenarios) store().toggleCompare(s.id);
    expect(store().compareIds).toHaveLength(MAX_COMPARED);
  });

  it('loads the good scenarios from damaged storage, and overwrites nothing until the person saves', () => {
    const raw = JSON.stringify({ version: 1, scenarios: [stored('Good'), 'not a scenario'] });
    localStorage.setItem(STORAGE_KEY, raw);
    store().hydrate(defaults);
    expect(store().scenarios.map((s) => s.name)).toEqual(['Good']);
    expect(store().notices[0]).toMatch(/^1 saved scenario could not be read and was skipped/);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();

    store().save('New', choices());
    expect(storedJson().scenarios.map((s) => s.name)).toEqual(['Good', 'New']);
    // The unreadable entry is set aside under the backup key, not deleted.
    expect(JSON.parse(localStorage.getItem(BACKUP_KEY) ?? '[]')).toEqual([JSON.stringify('not a scenario')]);
  });

  it('sets aside storage it cannot parse at all, or from another version, on the next save', () => {
    localStorage.setItem(STORAGE_KEY, '{oops');
    localStorage.setItem(BACKUP_KEY, 'older junk');
    store().hydrate(defaults);
    expect(store().scenarios).toEqual([]);
    expect(store().notices).toHaveLength(1);
    store().save('Fresh', choices());
    expect(JSON.parse(localStorage.getItem(BACKUP_KEY) ?? '[]')).toEqual(['older junk', '{oops']);
    expect(storedJson().scenarios.map((s) => s.name)).toEqual(['Fresh']);
  });

  it('keeps the change on the page with a clear message when storage is full', () => {
    store().hydrate(defaults);
    store().save('Kept', choices());
    const before = localStorage.getItem(STORAGE_KEY);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = store().save('Too much', choices());
    expect(result.ok).toBe(true);
    expect(store().scenarios.map((s) => s.name)).toEqual(['Kept', 'Too much']);
    expect(store().error).toBe(QUOTA_MESSAGE);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);

    vi.restoreAllMocks();
    store().save('Room again', choices());
    expect(store().error).toBeNull();
    expect(storedJson().scenarios.map((s) => s.name)).toEqual(['Kept', 'Too much', 'Room again']);
  });

  it('works on the page alone, saying so, when the browser refuses storage', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access denied', 'SecurityError');
    });
    store().hydrate(defaults);
    expect(store().error).toBe(UNAVAILABLE_MESSAGE);
    expect(store().save('Here only', choices()).ok).toBe(true);
    expect(store().scenarios.map((s) => s.name)).toEqual(['Here only']);
  });

  it('keeps the compare ticks through a reload, dropping those of deleted scenarios and unknown presets', () => {
    store().hydrate(defaults);
    const a = store().save('A', choices());
    const b = store().save('B', choices());
    const c = store().save('C', choices());
    if (!a.ok || !b.ok || !c.ok) throw new Error('not saved');
    store().setPresets([stored('Ready-made', 'preset-ltwp')]);
    store().toggleCompare(c.scenario.id);
    store().toggleCompare('preset-ltwp');
    store().toggleCompare(a.scenario.id);
    store().toggleCompare(a.scenario.id); // ticked, then unticked
    store().toggleCompare(b.scenario.id);
    // A reload: the page starts empty, reads storage, then the ready-made scenarios arrive.
    const reload = (presets: SavedScenario[]) => {
      useSavedScenarios.setState(initialSavedScenarios);
      store().hydrate(defaults);
      store().setPresets(presets);
    };
    reload([stored('Ready-made', 'preset-ltwp')]);
    expect(store().compareIds).toEqual([c.scenario.id, 'preset-ltwp', b.scenario.id]);

    store().remove(c.scenario.id);
    reload([]);
    expect(store().compareIds).toEqual([b.scenario.id]);

    // Storage holding something else gives no ticks, and no error.
    localStorage.setItem('gpw.comparedScenarios', '{"not":"a list"');
    reload([]);
    expect(store().compareIds).toEqual([]);
    expect(store().error).toBeNull();
  });

  it('keeps names that look like HTML as literal text, in memory and in storage', () => {
    store().save(XSS, choices());
    expect(store().scenarios[0]?.name).toBe(XSS);
    expect(storedJson().scenarios[0]?.name).toBe(XSS);
    useSavedScenarios.setState(initialSavedScenarios);
    store().hydrate(defaults);
    expect(store().scenarios[0]?.name).toBe(XSS);
  });
});
