// Merging this tab's saved scenarios with storage's (another tab's), worked by hand: two tabs saving, a newer
// version replacing an older one, a rename in both tabs at once (both kept), deletions that stay deleted,
// a change that beat a deletion (its tombstone kept), and tombstones kept bounded. Then the list changes
// (save, rename, delete) that produce the versions and tombstones the merge reads.
import { describe, expect, it } from 'vitest';
import {
  COPY_SUFFIX,
  MAX_TOMBSTONES,
  canonicalJson,
  copiesOfMine,
  copyIdFor,
  copyName,
  mergeDocs,
  pruneTombstones,
  sameDoc,
} from '../../../src/state/saved/merge';
import { addScenario, removeScenario, renameScenario, takenIds } from '../../../src/state/saved/changes';
import { MAX_NAME_LENGTH, type SavedDoc, type StoredScenario, type Tombstone } from '../../../src/state/saved/scenarios';

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
const doc = (scenarios: StoredScenario[], deleted: Tombstone[] = []): SavedDoc => ({ scenarios, deleted });
const names = (d: SavedDoc) => d.scenarios.map((s) => s.name);
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

  it('renamed in two tabs at once: both are kept, the later as the scenario and the earlier as a copy', () => {
    // Both tabs had "Plan" (r0). Tab 1 renamed it "Plan X" at 10:01, tab 2 "Plan Y" at 10:02.
    const tab1 = doc([version('p', 'Plan X', 'r1', ['r0'], T1)]);
    const tab2 = doc([version('p', 'Plan Y', 'r2', ['r0'], T2)]);
    const result = mergeDocs(tab1, tab2, NOW);
    expect(names(result.doc)).toEqual(['Plan Y', 'Plan X (conflicting copy)']);
    const [kept, copy] = result.doc.scenarios;
    // The later change keeps the id, and now counts as having seen the earlier one (r1).
    expect(kept).toMatchObject({ id: 'p', rev: 'r2', prev: ['r0', 'r1'] });
    // The copy's id comes from the earlier version's token: "k" + "r1", the same in every tab.
    expect(copy).toMatchObject({ id: 'kr1', rev: 'r1', prev: [], savedAt: T1 });
    expect(copy?.englandLevers).toEqual({ internationalRecruitment: 800 });
    expect(result.conflicts).toEqual([{ id: 'p', kept: 'Plan Y', copyId: 'kr1', copy: 'Plan X (conflicting copy)' }]);

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
    expect(names(mergeDocs(doc([a]), doc([b]), NOW).doc)).toEqual(['From B', 'From A (conflicting copy)']);
  });

  it('makes no copy when both tabs made the same change', () => {
    const a = version('p', 'Plan X', 'r1', ['r0'], T1);
    const b = version('p', 'Plan X', 'r2', ['r0'], T2);
    const result = mergeDocs(doc([a]), doc([b]), NOW);
    expect(names(result.doc)).toEqual(['Plan X']);
    expect(result.doc.scenarios[0]?.prev).toEqual(['r0', 'r1']);
    expect(result.conflicts).toEqual([]);
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

  it('a tab still holding the deleted version makes no conflict copy of the change kept over the deletion', () => {
    // Tab A renamed "Plan" (r0) to "Plan A" (r1); tab B renamed it to "Plan B" (r2) and then deleted it.
    // Storage has A's change, kept over B's deletion (with the tombstone); tab C still has "Plan B".
    const a = doc([version('p', 'Plan A', 'r1', ['r0'], T1)]);
    const storage = mergeDocs(a, doc([], [{ id: 'p', revs: ['r0', 'r2'], deletedAt: T2 }]), NOW).doc;
    const c = doc([version('p', 'Plan B', 'r2', ['r0'], T2)]);
    const result = mergeDocs(c, storage, NOW);
    expect(names(result.doc)).toEqual(['Plan A']);
    expect(result.conflicts).toEqual([]);
    expect(result.keptAfterDelete).toEqual([]);
    expect(sameDoc(result.doc, storage)).toBe(true);
  });

  it('does not make again a conflict copy that was deleted', () => {
    // Tab 3 still has "Plan X" (r1); storage has "Plan Y" (r2) from before the conflict was met, and the
    // copy "kr1" was deleted.
    const storage = doc([version('p', 'Plan Y', 'r2', ['r0'], T2)], [{ id: 'kr1', revs: ['r1'], deletedAt: T2 }]);
    const result = mergeDocs(doc([version('p', 'Plan X', 'r1', ['r0'], T1)]), storage, NOW);
    expect(names(result.doc)).toEqual(['Plan Y']);
    expect(result.conflicts).toEqual([]);
  });

  it('tells this tab that its version became a copy when another tab met the conflict first', () => {
    const mine = doc([version('p', 'Plan X', 'r1', ['r0'], T1)]);
    const merged = mergeDocs(mine, doc([version('p', 'Plan Y', 'r2', ['r0'], T2)]), NOW).doc;
    expect(mergeDocs(mine, merged, NOW).conflicts).toEqual([]);
    expect(copiesOfMine(mine, merged)).toEqual([{ id: 'p', kept: 'Plan Y', copyId: 'kr1', copy: 'Plan X (conflicting copy)' }]);
    expect(copiesOfMine(merged, merged)).toEqual([]);
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

  it('names a copy within 80 characters, and not twice', () => {
    expect(copyName('Plan')).toBe(`Plan${COPY_SUFFIX}`);
    const long = copyName('x'.repeat(MAX_NAME_LENGTH));
    expect(Array.from(long)).toHaveLength(MAX_NAME_LENGTH);
    expect(long.endsWith(COPY_SUFFIX)).toBe(true);
    expect(copyName(`Plan${COPY_SUFFIX}`)).toBe(`Plan${COPY_SUFFIX}`);
    expect(copyIdFor('r1')).toBe('kr1');
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
    expect(names(renamed?.doc ?? empty)).toEqual(['Plan Y', 'Plan X (conflicting copy)']);
    expect(renamed?.scenario).toMatchObject({ id: 'p', name: 'Plan Y', rev: 'r2' });
    expect(renamed?.merge?.conflicts).toEqual([{ id: 'p', kept: 'Plan Y', copyId: 'kr1', copy: 'Plan X (conflicting copy)' }]);
    // Begun from the version shown: an ordinary rename.
    expect(names(renameScenario(now, 'p', 'Plan Y', { at: T2, rev: 'r2' }, 'r1')?.doc ?? empty)).toEqual(['Plan Y']);
  });

  it('deleting leaves a tombstone listing the version deleted and those before it, and its id is not reused', () => {
    const start = doc([version('p', 'Plan', 'r2', ['r1', 'r0'])]);
    const after = removeScenario(start, 'p', T2).doc;
    expect(after).toEqual({ scenarios: [], deleted: [{ id: 'p', revs: ['r0', 'r1', 'r2'], deletedAt: T2 }] });
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
});
