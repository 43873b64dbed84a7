// Three tabs on one storage, over generated histories (fast-check): saves, renames, deletes, renames of one
// scenario in two tabs before either hears of the other's (conflicts), imports of many scenarios at once, and
// storage events delivered to tabs in any order, some late, some never until the end. Each tab acts as the store
// does (src/state/saved/store.ts): a change merges storage into its list, applies the change and writes once; told
// of a write, a tab merges it in and writes only if receiveStored says it holds something storage lacks.
// Writes are counted per tab and by cause. Racing writes (two tabs writing at once, the later not having seen
// the earlier, as Chromium's per-process copies of localStorage allow) are generated too.
//
// Properties: a change or an import costs its tab exactly one write; without racing writes no tab ever writes
// when told of another's (it never writes back what it read); after everyone is told, every tab shows the same
// scenarios (ids and versions) and the same conflicting versions as storage, each tab writing at most once more to
// mend a race, and that is the end's lists merged in another grouping; nothing a tab saved and nobody deleted is
// lost. TABS_RUNS=n runs n histories instead of RUNS (to look further, as FC_SEED does).
// The merge's order independence (associativity) over three lists is its own property, in
// scenarios.property.test.ts: version 1's conflict copies failed it at the 61st history of the seed, while these
// histories (each change merging storage first) passed 3,000 histories with version 1 too.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { receiveStored, mergeDocs, shownConflicts } from '../../../src/state/saved/merge';
import { addScenario, removeScenario, renameScenario } from '../../../src/state/saved/changes';
import type { SavedDoc } from '../../../src/state/saved/scenarios';
import { PROPERTY_SEED } from '../../support/property-seed';

const TABS = 3;
const RUNS = Number.parseInt(process.env.TABS_RUNS ?? '', 10) || 300;
const CHOICES = {
  englandLevers: {},
  scopeLevers: {},
  target: { kind: 'hold' as const, year: 2016 },
  targetYear: 2036,
  patientGrowth: null,
  trainingPath: null,
  demand: 'lists' as const,
};

type Op =
  | { kind: 'save' | 'remove'; tab: number; pick: number }
  | { kind: 'rename'; tab: number; pick: number; name: string }
  | { kind: 'conflict'; tabs: [number, number]; pick: number }
  | { kind: 'import'; tab: number; count: number }
  | { kind: 'tell'; tab: number }
  | { kind: 'race'; tab: number };
const tabArb = fc.nat(TABS - 1);
const pick = fc.nat(9);
const opArb = (races: boolean): fc.Arbitrary<Op> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('save' as const), tab: tabArb, pick }) },
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('rename' as const), tab: tabArb, pick, name: fc.constantFrom('X', 'Y') }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), tab: tabArb, pick }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('conflict' as const),
        tabs: fc.tuple(tabArb, tabArb).filter(([a, b]) => a !== b),
        pick,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('import' as const), tab: tabArb, count: fc.integer({ min: 2, max: 30 }) }),
    },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('tell' as const), tab: tabArb }) },
    { weight: races ? 1 : 0, arbitrary: fc.record({ kind: fc.constant('race' as const), tab: tabArb }) },
  );

const timeAt = (step: number) => new Date(Date.parse('2026-03-01T00:00:00.000Z') + step * 1000).toISOString();
const versions = (doc: SavedDoc) => doc.scenarios.map((s) => `${s.id}:${s.rev}`).sort();
/** The conflicting versions, by scenario and token. */
const losers = (doc: SavedDoc) => doc.conflicts.map((s) => `${s.id}:${s.rev}`).sort();
const empty = (): SavedDoc => ({ scenarios: [], conflicts: [], deleted: [] });

interface Tab {
  doc: SavedDoc;
  told: boolean;
}
interface Run {
  tabs: Tab[];
  storage: SavedDoc;
  changeWrites: number[];
  changes: number[];
  receiveWrites: number[];
  settleWrites: number[];
  /** Scenario ids each tab saved (they must survive unless deleted). */
  saved: Set<string>;
  /** The tabs' lists and storage at the end of the history, before anyone is told. */
  end: SavedDoc[];
}

function run(ops: readonly Op[]): Run {
  const r: Run = {
    tabs: Array.from({ length: TABS }, () => ({ doc: empty(), told: false })),
    storage: empty(),
    changeWrites: Array(TABS).fill(0) as number[],
    changes: Array(TABS).fill(0) as number[],
    receiveWrites: Array(TABS).fill(0) as number[],
    settleWrites: Array(TABS).fill(0) as number[],
    saved: new Set(),
    end: [],
  };
  let step = 0;
  /** Writes `doc` as tab `i`'s: storage takes it, every other tab has an event waiting. */
  const write = (i: number, doc: SavedDoc) => {
    r.storage = doc;
    r.tabs.forEach((t, j) => (t.told = t.told || j !== i));
  };
  /** A change in tab `i`, as the store's change(): merge storage in, apply, write once. `stale`: storage not read. */
  const change = (i: number, apply: (doc: SavedDoc, at: string) => SavedDoc | null, stale = false) => {
    step += 1;
    const at = timeAt(step);
    const tab = r.tabs[i]!;
    const base = stale ? tab.doc : mergeDocs(tab.doc, r.storage, at).doc;
    const next = apply(base, at);
    if (!next) return;
    tab.doc = next;
    r.changes[i]! += 1;
    r.changeWrites[i]! += 1;
    write(i, next);
  };
  /** Tab `i` is told of the last write (the storage event): receiveStored decides whether it writes. */
  const tell = (i: number, counts: number[]) => {
    const tab = r.tabs[i]!;
    if (!tab.told) return;
    tab.told = false;
    step += 1;
    const { merged, write: writes } = receiveStored(tab.doc, r.storage, timeAt(step));
    tab.doc = merged.doc;
    if (writes) {
      counts[i]! += 1;
      write(i, merged.doc);
    }
  };
  const picked = (doc: SavedDoc, n: number) => doc.scenarios[n % Math.max(doc.scenarios.length, 1)];
  const save = (doc: SavedDoc, at: string) => {
    const id = `s${step}`;
    r.saved.add(id);
    return addScenario(doc, { id, name: `N${step}`, ...CHOICES }, { at, rev: `r${step}` }).doc;
  };

  for (const op of ops) {
    switch (op.kind) {
      case 'save':
        change(op.tab, save);
        break;
      case 'import':
        // Many saves in one change (the store's saveMany): still one write.
        change(op.tab, (doc, at) => {
          let next = doc;
          for (let k = 0; k < op.count; k += 1) {
            const id = `s${step}i${k}`;
            r.saved.add(id);
            next = addScenario(next, { id, name: `I${step}`, ...CHOICES }, { at, rev: `r${step}i${k}` }).doc;
          }
          return next;
        });
        break;
      case 'rename':
      case 'remove': {
        // What the person acted on: the version this tab shows (it may not have heard of another's change).
        const shown = picked(r.tabs[op.tab]!.doc, op.pick);
        if (!shown) break;
        change(op.tab, (doc, at) =>
          op.kind === 'rename'
            ? (renameScenario(doc, shown.id, op.name, { at, rev: `r${step}` }, shown.rev)?.doc ?? null)
            : removeScenario(doc, shown.id, at, shown.rev).doc,
        );
        break;
      }
      case 'conflict': {
        // The same scenario renamed in two tabs, the second not yet told of the first's rename.
        const [a, b] = op.tabs;
        const shownA = picked(r.tabs[a]!.doc, op.pick);
        const shownB = shownA && r.tabs[b]!.doc.scenarios.find((s) => s.id === shownA.id);
        if (!shownA || !shownB) break;
        change(a, (doc, at) => renameScenario(doc, shownA.id, 'From A', { at, rev: `r${step}` }, shownA.rev)?.doc ?? null);
        change(b, (doc, at) => renameScenario(doc, shownB.id, 'From B', { at, rev: `r${step}` }, shownB.rev)?.doc ?? null);
        break;
      }
      case 'tell':
        tell(op.tab, r.receiveWrites);
        break;
      case 'race':
        // This tab's change lands on a storage it did not read (another tab's write had not reached it yet).
        change(op.tab, save, true);
        break;
    }
  }
  r.end = [...r.tabs.map((t) => t.doc), r.storage];
  // Everyone is told, in turn, until nobody has an event waiting (a write storm would never end: bounded).
  for (let round = 0; round < 10 && r.tabs.some((t) => t.told); round += 1)
    for (let i = 0; i < TABS; i += 1) tell(i, r.settleWrites);
  expect(
    r.tabs.some((t) => t.told),
    'tabs still writing after 10 rounds (a write storm)',
  ).toBe(false);
  return r;
}

const histories = (races: boolean) => fc.array(opArb(races), { minLength: 10, maxLength: 80, size: 'max' });

function assertConverged(r: Run) {
  for (const tab of r.tabs) {
    expect(versions(tab.doc)).toEqual(versions(r.storage));
    expect(losers(tab.doc)).toEqual(losers(r.storage));
  }
  // Nothing saved is lost: each saved id is in storage, or a tombstone deletes it (a scenario's conflicting
  // versions keep its id).
  const deleted = new Set(r.storage.deleted.map((t) => t.id));
  const ids = new Set(r.storage.scenarios.map((s) => s.id));
  for (const id of r.saved) expect(ids.has(id) || deleted.has(id), `${id} was lost`).toBe(true);
}

describe('saved scenarios in three tabs, over generated histories', () => {
  it('without racing writes: one write per change, none when told of another tab’s, and all tabs agree', () => {
    const met = { conflicts: 0, imports: 0, tells: 0 };
    fc.assert(
      fc.property(histories(false), (ops) => {
        const r = run(ops);
        expect(r.changeWrites).toEqual(r.changes);
        expect(r.receiveWrites).toEqual([0, 0, 0]);
        expect(r.settleWrites).toEqual([0, 0, 0]);
        assertConverged(r);
        // What all agree on is the end's lists merged in another grouping (storage into tab 2's, then tab 1's, then
        // 0's): telling merges, and the merge's result does not depend on the order.
        const [t0, t1, t2, stored] = r.end as [SavedDoc, SavedDoc, SavedDoc, SavedDoc];
        const at = timeAt(100_000);
        const joined = mergeDocs(t0, mergeDocs(t1, mergeDocs(t2, stored, at).doc, at).doc, at).doc;
        expect(versions(joined)).toEqual(versions(r.storage));
        expect(losers(joined)).toEqual(losers(r.storage));
        if (shownConflicts(r.storage).length > 0) met.conflicts += 1;
        if (ops.some((op) => op.kind === 'import')) met.imports += 1;
        if (ops.filter((op) => op.kind === 'tell').length > 3) met.tells += 1;
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    );
    // The generator meets the cases this is about (a generator that stopped making conflicts would fail here).
    expect(met.conflicts).toBeGreaterThan(RUNS / 10);
    expect(met.imports).toBeGreaterThan(RUNS / 4);
    expect(met.tells).toBeGreaterThan(RUNS / 2);
  });

  it('with racing writes: a tab writes when told only to mend what a race lost, at most once each as they settle; all agree', () => {
    let mended = 0;
    fc.assert(
      fc.property(histories(true), (ops) => {
        const r = run(ops);
        expect(r.changeWrites).toEqual(r.changes);
        const races = ops.filter((op) => op.kind === 'race').length;
        // Mending writes during the history: at most one per tab per race.
        for (const n of r.receiveWrites) expect(n).toBeLessThanOrEqual(races);
        for (const n of r.settleWrites) expect(n).toBeLessThanOrEqual(1);
        if (r.receiveWrites.some((n) => n > 0) || r.settleWrites.some((n) => n > 0)) mended += 1;
        assertConverged(r);
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    );
    expect(mended).toBeGreaterThan(RUNS / 10);
  });
});
