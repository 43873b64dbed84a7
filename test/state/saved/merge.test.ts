// Merging this tab's saved scenarios with storage's (another tab's), worked by hand: two tabs saving, a newer
// version replacing an older one, a rename in both tabs at once (the later kept as the scenario, the earlier as
// its conflicting version), the same whichever order three lists are merged in, deletions that stay deleted, a
// change that beat a deletion (its tombstone kept), and tombstones kept bounded. Then the list changes (save,
// rename, delete, restore or dismiss a conflicting version) that produce what the merge reads.
import { describe, expect, it } from 'vitest';
import {
  MAX_TOMBSTONES,
  canonicalJson,
  mergeDocs,
  newConflicts,
  pruneTombstones,
  sameDoc,
  shownConflicts,
} from '../../../src/state/saved/merge';
import {
  addScenario,
  dismissConflict,
  removeScenario,
  renameScenario,
  restoreConflict,
  takenIds,
} from '../../../src/state/saved/changes';
import type { SavedDoc, StoredScenario, Tombstone } from '../../../src/state/saved/scenarios';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-01T10:01:00.000Z';
const T2 = '2026-03-01T10:02:00.000Z';
const NOW = '2026-03-02T00:00:00.000Z';

const version = (id: string, name: string, rev: string, prev: string[] = [], savedAt = T0): StoredScenario => ({
  id,
  name,
  englandLevers: { internationalRecruitment: 800 },
  scopeLevers: {},
  target: { kind: 'hold', year: 2016 },
  targetYear: 2036,
  patientGrowth: null,
  savedAt,
  rev,
  prev,
});
const doc = (scenarios: StoredScenario[], deleted: Tombstone[] = [], conflicts: StoredScenario[] = []): SavedDoc => ({
  scenarios,
  conflicts,
  deleted,
});
const names = (d: SavedDoc) => d.scenarios.map((s) => s.name);
/** The conflicting versions: "scenario id: name (token)". */
const losers = (d: SavedDoc) => d.conflicts.map((c) => `${c.id}: ${c.name} (${c.rev})`);
/** The scenarios by id, whatever their order. */
const byId = (d: SavedDoc) => Object.fromEntries(d.scenarios.map((s) => [s.id, canonicalJson(s)]));

describe('merging two tabs’ lists', () => {
  it('keeps a scenario saved in each tab: one missing from a copy is not taken as deleted', () => {
    // Tab 1 saved "A" (it is in storage); tab 2, open since before, saved "B" without having read "A".
    const storage = doc([version('a', 'A', 'ra')]);
    const tab2 = doc([version('b', 'B', 'rb', [], T1)]);
    const { doc: merged, conflicts, keptAfterDelete } = mergeDocs(tab2, storage, NOW);
    expect(names(merged)).toEqual(['A', 'B']);
    expect(conflicts).toEqual([]);
    expect(keptAfterDelete).toEqual([]);
    // And the other way round: the same two scenarios.
    expect(byId(mergeDocs(storage, tab2, NOW).doc)).toEqual(byId(merged));
  });

  it("keeps storage's order, with this tab's new scenarios after the one they follow here", () => {
    const p = version('p', 'P', 'rp');
    const storage = doc([p, version('q', 'Q', 'rq')]);
    // A duplicate of P made here goes just after P, not after Q.
    expect(names(mergeDocs(doc([p, version('d', 'P (2)', 'rd')]), storage, NOW).doc)).toEqual(['P', 'P (2)', 'Q']);
  });

  it('a newer version replaces the one it was made from, whichever copy has it', () => {
    const old = version('p', 'Plan', 'r0');
    const renamed = version('p', 'Plan X', 'r1', ['r0'], T1);
    expect(names(mergeDocs(doc([old]), doc([renamed]), NOW).doc)).toEqual(['Plan X']);
    expect(names(mergeDocs(doc([renamed]), doc([old]), NOW).doc)).toEqual(['Plan X']);
    // Two renames in a row in one tab (r0 -> r1 -> r2) still replace r0 in the other.
    const twice = version('p', 'Plan Z', 'r2', ['r1', 'r0'], T2);
    expect(names(mergeDocs(doc([old]), doc([twice]), NOW).doc)).toEqual(['Plan Z']);
  });

  it('renamed in two tabs at once: the later is the scenario, the earlier its conflicting version (not a scenario)', () => {
    // Both tabs had "Plan" (r0). Tab 1 renamed it "Plan X" at 10:01, tab 2 "Plan Y" at 10:02.
    const tab1 = doc([version('p', 'Plan X', 'r1', ['r0'], T1)]);
    const tab2 = doc([version('p', 'Plan Y', 'r2', ['r0'], T2)]);
    const result = mergeDocs(tab1, tab2, NOW);
    expect(names(result.doc)).toEqual(['Plan Y']);
    // The later change is the scenario, and does not count the earlier as replaced (it never saw it).
    expect(result.doc.scenarios[0]).toMatchObject({ id: 'p', rev: 'r2', prev: ['r0'] });
    // The earlier is kept whole, under the scenario's id, with its own name, time and token.
    expect(result.doc.conflicts).toEqual([version('p', 'Plan X', 'r1', ['r0'], T1)]);
    expect(result.conflicts).toEqual([{ id: 'p', kept: 'Plan Y', rev: 'r1', name: 'Plan X' }]);

    // The same answer with the tabs swapped, so two tabs settle on one list.
    expect(byId(mergeDocs(tab2, tab1, NOW).doc)).toEqual(byId(result.doc));
    // Merging the result with either tab's old list again changes nothing and reports nothing new.
    for (const tab of [tab1, tab2]) {
      const again = mergeDocs(tab, result.doc, NOW);
      expect(sameDoc(again.doc, result.doc)).toBe(true);
      expect(again.conflicts).toEqual([]);
    }
  });

  it('at the same moment, the larger version token wins (the same in every tab)', () => {
    const a = version('p', 'From A', 'r5', ['r0'], T1);
    const b = version('p', 'From B', 'r9', ['r0'], T1);
    const result = mergeDocs(doc([a]), doc([b]), NOW).doc;
    expect(names(result)).toEqual(['From B']);
    expect(losers(result)).toEqual(['p: From A (r5)']);
  });

  it('the same scenario and conflicting versions whichever order three tabs’ lists are merged in (the old flaw)', () => {
    // All had "Plan" (r0). Tab A renamed it "A" (r1, 10:01); tab B renamed it "B" (r2, 10:02); tab C had A's
    // "A" and renamed it again "C" (r3, 10:03, replacing r1 and r0).
    // Version 1 merged A with B first: B won and A's r1 became a copy "A (conflicting copy)"; merging C then
    // made a second copy (of B) and kept the first, although C had replaced r1. Merged B with C first, r1 never
    // made a copy: two lists, so the tabs did not agree. Now both orders hold the versions no other replaced,
    // r2 and r3: C (latest, 10:03) is the scenario, B its one conflicting version, r1 gone.
    const a = doc([version('p', 'A', 'r1', ['r0'], T1)]);
    const b = doc([version('p', 'B', 'r2', ['r0'], T2)]);
    const c = doc([version('p', 'C', 'r3', ['r1', 'r0'], '2026-03-01T10:03:00.000Z')]);
    const abThenC = mergeDocs(mergeDocs(a, b, NOW).doc, c, NOW).doc;
    const aThenBc = mergeDocs(a, mergeDocs(b, c, NOW).doc, NOW).doc;
    const acThenB = mergeDocs(mergeDocs(c, a, NOW).doc, b, NOW).doc;
    for (const merged of [abThenC, aThenBc, acThenB]) {
      expect(names(merged)).toEqual(['C']);
      expect(merged.scenarios[0]?.rev).toBe('r3');
      expect(losers(merged)).toEqual(['p: B (r2)']);
    }
  });

  it('keeps, but does not show, a conflicting version that says what the scenario says', () => {
    const a = version('p', 'Plan X', 'r1', ['r0'], T1);
    const b = version('p', 'Plan X', 'r2', ['r0'], T2);
    const result = mergeDocs(doc([a]), doc([b]), NOW);
    expect(names(result.doc)).toEqual(['Plan X']);
    expect(result.doc.scenarios[0]?.rev).toBe('r2');
    // Kept (so that the result does not depend on the order of merges), not shown nor reported.
    expect(losers(result.doc)).toEqual(['p: Plan X (r1)']);
    expect(shownConflicts(result.doc)).toEqual([]);
    expect(result.conflicts).toEqual([]);
    // Renaming the scenario sets it aside (else it would show, now that it says something else).
    const renamed = renameScenario(result.doc, 'p', 'Plan Z', { at: NOW, rev: 'r3' });
    expect(losers(renamed?.doc ?? doc([]))).toEqual([]);
    expect(renamed?.doc.deleted).toEqual([{ id: 'p', revs: ['r0', 'r1'], deletedAt: NOW, versionsOnly: true }]);
  });

  it('a deletion stays deleted: a tab that still has the old version cannot bring it back', () => {
    // Tab 1 deleted "Plan" (r0); tab 2 never heard, and saves "B".
    const storage = doc([], [{ id: 'p', revs: ['r0'], deletedAt: T1 }]);
    const tab2 = doc([version('p', 'Plan', 'r0'), version('b', 'B', 'rb', [], T2)]);
    const result = mergeDocs(tab2, storage, NOW);
    expect(names(result.doc)).toEqual(['B']);
    expect(result.doc.deleted).toEqual([{ id: 'p', revs: ['r0'], deletedAt: T1 }]);
    expect(result.keptAfterDelete).toEqual([]);
  });

  it('keeps a change made in a tab that had not seen the deletion, says so once, and keeps the tombstone', () => {
    // Tab 1 deleted "Plan" (r0) while tab 2 renamed it (r1).
    const tombstone = { id: 'p', revs: ['r0'], deletedAt: T1 };
    const storage = doc([], [tombstone]);
    const tab2 = doc([version('p', 'Plan X', 'r1', ['r0'], T2)]);
    const result = mergeDocs(tab2, storage, NOW);
    expect(names(result.doc)).toEqual(['Plan X']);
    expect(result.keptAfterDelete).toEqual([{ id: 'p', name: 'Plan X' }]);
    // The tombstone stays (it still deletes r0), so a tab that has it cannot change the list again.
    expect(result.doc.deleted).toEqual([tombstone]);
    for (const side of [tab2, storage]) {
      const again = mergeDocs(side, result.doc, NOW);
      expect(sameDoc(again.doc, result.doc)).toBe(true);
      expect(again.keptAfterDelete).toEqual([]);
    }
    // The old version cannot come back either.
    expect(names(mergeDocs(doc([version('p', 'Plan', 'r0')]), result.doc, NOW).doc)).toEqual(['Plan X']);
  });

  it('a tab still holding the deleted version makes no conflicting version of the change kept over the deletion', () => {
    // Tab A renamed "Plan" (r0) to "Plan A" (r1); tab B renamed it to "Plan B" (r2) and then deleted it.
    // Storage has A's change, kept over B's deletion (with the tombstone); tab C still has "Plan B".
    const a = doc([version('p', 'Plan A', 'r1', ['r0'], T1)]);
    const storage = mergeDocs(a, doc([], [{ id: 'p', revs: ['r0', 'r2'], deletedAt: T2 }]), NOW).doc;
    const c = doc([version('p', 'Plan B', 'r2', ['r0'], T2)]);
    const result = mergeDocs(c, storage, NOW);
    expect(names(result.doc)).toEqual(['Plan A']);
    expect(result.doc.conflicts).toEqual([]);
    expect(result.conflicts).toEqual([]);
    expect(result.keptAfterDelete).toEqual([]);
    expect(sameDoc(result.doc, storage)).toBe(true);
  });

  it('does not bring back a conflicting version that was dismissed, nor report it', () => {
    // Tab 3 still has "Plan X" (r1); storage has "Plan Y" (r2), and r1, its conflicting version, was dismissed.
    const storage = doc(
      [version('p', 'Plan Y', 'r2', ['r0'], T2)],
      [{ id: 'p', revs: ['r0', 'r1'], deletedAt: T2, versionsOnly: true }],
    );
    const result = mergeDocs(doc([version('p', 'Plan X', 'r1', ['r0'], T1)]), storage, NOW);
    expect(names(result.doc)).toEqual(['Plan Y']);
    expect(result.doc.conflicts).toEqual([]);
    expect(result.conflicts).toEqual([]);
    // A dismissal is not a deletion: nothing to say about a change kept over one.
    expect(result.keptAfterDelete).toEqual([]);
    expect(sameDoc(result.doc, storage)).toBe(true);
  });

  it('tells this tab that its version became a conflicting version when another tab met the conflict first', () => {
    const mine = doc([version('p', 'Plan X', 'r1', ['r0'], T1)]);
    const merged = mergeDocs(mine, doc([version('p', 'Plan Y', 'r2', ['r0'], T2)]), NOW).doc;
    // The merge of mine with it makes nothing new; but to this tab it is new.
    expect(mergeDocs(mine, merged, NOW).conflicts).toEqual([]);
    expect(newConflicts(mine, merged)).toEqual([{ id: 'p', kept: 'Plan Y', rev: 'r1', name: 'Plan X' }]);
    expect(newConflicts(merged, merged)).toEqual([]);
  });

  it('a deletion of the scenario outweighs a dismissal when their tombstones meet', () => {
    const dismissed = { id: 'p', revs: ['r1'], deletedAt: T1, versionsOnly: true as const };
    const deleted = { id: 'p', revs: ['r0', 'r2'], deletedAt: T2 };
    for (const [x, y] of [
      [dismissed, deleted],
      [deleted, dismissed],
    ])
      expect(mergeDocs(doc([], [x!]), doc([], [y!]), NOW).doc.deleted).toEqual([
        { id: 'p', revs: ['r0', 'r1', 'r2'], deletedAt: T2 },
      ]);
  });

  it('keeps tombstones for 90 days and at most 200 of them, the newest', () => {
    const old = { id: 'old', revs: ['r'], deletedAt: '2025-12-01T00:00:00.000Z' }; // 91 days before NOW
    const recent = { id: 'recent', revs: ['r'], deletedAt: '2025-12-03T00:00:00.000Z' }; // 89 days
    expect(pruneTombstones([old, recent], NOW)).toEqual([recent]);
    const many = Array.from({ length: 250 }, (_, i) => ({
      id: `t${String(i).padStart(3, '0')}`,
      revs: ['r'],
      deletedAt: new Date(Date.parse(NOW) - i * 60_000).toISOString(),
    }));
    const kept = pruneTombstones(many, NOW);
    expect(kept).toHaveLength(MAX_TOMBSTONES);
    // The newest 200 are t000..t199 (one a minute before NOW).
    expect(kept.map((t) => t.id)).toEqual(many.slice(0, 200).map((t) => t.id));
  });

  it('unites two tabs’ tombstones for one scenario', () => {
    const a = { id: 'p', revs: ['r1', 'r0'], deletedAt: T1 };
    const b = { id: 'p', revs: ['r2', 'r0'], deletedAt: T2 };
    expect(mergeDocs(doc([], [a]), doc([], [b]), NOW).doc.deleted).toEqual([
      { id: 'p', revs: ['r0', 'r1', 'r2'], deletedAt: T2 },
    ]);
  });
});

describe('changes to the list', () => {
  const empty = doc([]);

  it('saves with a unique name, at the end or after a scenario, with a fresh version', () => {
    const one = addScenario(empty, { ...version('a', 'Plan', 'x') }, { at: T0, rev: 'ra' });
    expect(one.scenario).toMatchObject({ id: 'a', name: 'Plan', rev: 'ra', prev: [], savedAt: T0 });
    const two = addScenario(one.doc, { ...version('b', 'plan', 'x') }, { at: T1, rev: 'rb' });
    const three = addScenario(two.doc, { ...version('c', 'Plan', 'x') }, { at: T2, rev: 'rc' }, 'a');
    expect(names(three.doc)).toEqual(['Plan', 'Plan (3)', 'plan (2)']);
  });

  it('renaming makes a new version that replaces the old one', () => {
    const start = doc([version('p', 'Plan', 'r0')]);
    const renamed = renameScenario(start, 'p', 'Plan X', { at: T1, rev: 'r1' });
    expect(renamed?.scenario).toMatchObject({ name: 'Plan X', rev: 'r1', prev: ['r0'], savedAt: T1 });
    expect(renamed?.merge).toBeNull();
    expect(renameScenario(start, 'gone', 'X', { at: T1, rev: 'r1' })).toBeNull();
  });

  it('a rename begun before another tab renamed the scenario keeps both names', () => {
    // The person began renaming "Plan" (r0); meanwhile another tab renamed it "Plan X" (r1), which this tab
    // has merged in. The rename to "Plan Y" replaces r0, beside r1, not r1 itself.
    const now = doc([version('p', 'Plan X', 'r1', ['r0'], T1)]);
    const renamed = renameScenario(now, 'p', 'Plan Y', { at: T2, rev: 'r2' }, 'r0');
    expect(names(renamed?.doc ?? empty)).toEqual(['Plan Y']);
    expect(losers(renamed?.doc ?? empty)).toEqual(['p: Plan X (r1)']);
    expect(renamed?.scenario).toMatchObject({ id: 'p', name: 'Plan Y', rev: 'r2' });
    expect(renamed?.merge?.conflicts).toEqual([{ id: 'p', kept: 'Plan Y', rev: 'r1', name: 'Plan X' }]);
    // Begun from the version shown: an ordinary rename.
    expect(names(renameScenario(now, 'p', 'Plan Y', { at: T2, rev: 'r2' }, 'r1')?.doc ?? empty)).toEqual(['Plan Y']);
  });

  it('deleting leaves a tombstone listing the version deleted and those before it, and its id is not reused', () => {
    const start = doc([version('p', 'Plan', 'r2', ['r1', 'r0'])]);
    const after = removeScenario(start, 'p', T2).doc;
    expect(after).toEqual({ scenarios: [], conflicts: [], deleted: [{ id: 'p', revs: ['r0', 'r1', 'r2'], deletedAt: T2 }] });
    expect(takenIds(after)).toEqual(['p']);
    expect(removeScenario(after, 'p', T2).doc).toBe(after);
  });

  it('deleting the version shown, when another tab has changed it since, keeps that change and says so', () => {
    // This tab showed "Plan" (r0) and deleted it; storage already had "Plan X" (r1) from another tab.
    const now = doc([version('p', 'Plan X', 'r1', ['r0'], T1)]);
    const removed = removeScenario(now, 'p', T2, 'r0');
    expect(names(removed.doc)).toEqual(['Plan X']);
    expect(removed.doc.deleted).toEqual([{ id: 'p', revs: ['r0'], deletedAt: T2 }]);
    expect(removed.merge?.keptAfterDelete).toEqual([{ id: 'p', name: 'Plan X' }]);
    // Deleting the version shown deletes it.
    expect(names(removeScenario(now, 'p', T2, 'r1').doc)).toEqual([]);
  });

  it('deleting a scenario deletes its conflicting versions too', () => {
    const start = doc([version('p', 'Plan Y', 'r2', ['r0'], T2)], [], [version('p', 'Plan X', 'r1', ['r0'], T1)]);
    const after = removeScenario(start, 'p', NOW).doc;
    expect(after).toEqual({ scenarios: [], conflicts: [], deleted: [{ id: 'p', revs: ['r0', 'r1', 'r2'], deletedAt: NOW }] });
    // A tab still holding either version cannot bring it back.
    expect(mergeDocs(start, after, NOW).doc).toEqual(after);
  });

  it('dismissing a conflicting version sets it aside for good, in every tab, and keeps the scenario', () => {
    const start = doc([version('p', 'Plan Y', 'r2', ['r0'], T2)], [], [version('p', 'Plan X', 'r1', ['r0'], T1)]);
    const after = dismissConflict(start, 'p', 'r1', NOW);
    expect(after).toEqual({
      scenarios: start.scenarios,
      conflicts: [],
      deleted: [{ id: 'p', revs: ['r0', 'r1'], deletedAt: NOW, versionsOnly: true }],
    });
    // Merged with a tab that still shows it (either way round): it stays dismissed, and nothing is reported.
    for (const merged of [mergeDocs(start, after!, NOW), mergeDocs(after!, start, NOW)]) {
      expect(merged.doc).toEqual(after);
      expect(merged.keptAfterDelete).toEqual([]);
    }
    expect(dismissConflict(after!, 'p', 'r1', NOW)).toBeNull();
  });

  it('restoring a conflicting version makes it a scenario of its own, after its original, and sets it aside', () => {
    const x = version('p', 'Plan X', 'r1', ['r0'], T1);
    const start = doc([version('p', 'Plan Y', 'r2', ['r0'], T2), version('q', 'Q', 'rq')], [], [x]);
    const restored = restoreConflict(start, 'p', 'r1', 'n1', { at: NOW, rev: 'rn', tab: 't1' });
    expect(names(restored?.doc ?? empty)).toEqual(['Plan Y', 'Plan X', 'Q']);
    expect(restored?.scenario).toMatchObject({
      id: 'n1',
      name: 'Plan X',
      englandLevers: { internationalRecruitment: 800 },
      savedAt: NOW,
      rev: 'rn',
      prev: [],
      tab: 't1',
    });
    expect(restored?.doc.conflicts).toEqual([]);
    expect(restored?.doc.deleted).toEqual([{ id: 'p', revs: ['r0', 'r1'], deletedAt: NOW, versionsOnly: true }]);
    // Merged with a tab that still has it as a conflicting version: one "Plan X", the restored one.
    expect(names(mergeDocs(start, restored!.doc, NOW).doc)).toEqual(['Plan Y', 'Plan X', 'Q']);
    expect(mergeDocs(start, restored!.doc, NOW).doc.conflicts).toEqual([]);
    expect(restoreConflict(restored!.doc, 'p', 'r1', 'n2', { at: NOW, rev: 'rm' })).toBeNull();
  });
});
