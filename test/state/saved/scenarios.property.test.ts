// Properties of the saved-scenario storage, over generated inputs (fast-check):
// - reading any stored text never throws, and whatever is not read is kept and explained;
// - writing then reading loses nothing, and what was read once reads back the same;
// - merging tabs' lists (after random saves, renames, duplicates, deletes, syncs and racing writes in up to
//   three tabs) gives the same scenarios and conflicting versions whichever list is "mine" and whichever order
//   three lists are merged in, changes nothing when repeated, keeps every change that was not deliberately deleted
//   (as the scenario or one of its conflicting versions), brings back nothing deleted, and lets all tabs settle.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_PREV,
  REV_PATTERN,
  parseSaved,
  serialiseSaved,
  type SavedDoc,
  type StoredScenario,
  type Tombstone,
} from '../../../src/state/saved/scenarios';
import { canonicalJson, mergeDocs, sameDoc } from '../../../src/state/saved/merge';
import { addScenario, removeScenario, renameScenario } from '../../../src/state/saved/changes';
import { PATIENT_GROWTH_RANGE } from '../../../src/state/stores/scenario-store';
import { cleanName, nameKey } from '../../../src/lib/typed-names';
import { LEVER_KEYS } from '../../../src/model';
import { FIRST_DATA_YEAR, LAST_DATA_YEAR, LAST_PROJECTION_YEAR } from '../../../src/lib/years';
import { PROPERTY_SEED } from '../../support/property-seed';

/** Runs per property: enough to meet rare shapes, few enough for a shared 2-core machine (about a second each). */
const RUNS = { strings: 1000, roundTrip: 300, merge: 400 } as const;

/** Any UTF-16 text, lone surrogates and control characters included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: anyUnit }), fc.json());

// JSON keeps -0 as 0: generate 0 only.
const finite = (min?: number, max?: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));
const leversArb = fc.dictionary(fc.constantFrom(...LEVER_KEYS), finite(), { maxKeys: 4 });
const targetArb = fc.oneof(
  fc.record({ kind: fc.constant('hold' as const), year: fc.integer({ min: FIRST_DATA_YEAR, max: LAST_DATA_YEAR }) }),
  fc.record({ kind: fc.constant('value' as const), ftePer100k: finite(0, 500) }),
);
const revArb = fc.stringMatching(REV_PATTERN);
const choicesArb = fc.record({
  englandLevers: leversArb,
  scopeLevers: fc.dictionary(fc.stringMatching(/^[A-Za-z0-9]{1,20}$/), leversArb, { maxKeys: 2 }),
  target: targetArb,
  targetYear: fc.integer({ min: LAST_DATA_YEAR + 1, max: LAST_PROJECTION_YEAR }),
  patientGrowth: fc.option(finite(PATIENT_GROWTH_RANGE.min, PATIENT_GROWTH_RANGE.max), { nil: null }),
  trainingPath: fc.constant(null),
  demand: fc.constantFrom('lists' as const, 'ageing' as const),
  team: fc.constant({ england: {}, scopes: {}, gpTimeReleased: {} }),
});

/** A list as the planner writes it: unique ids, names already clean and unique, versions and tombstones. */
const docArb: fc.Arbitrary<SavedDoc> = fc
  .record({
    names: fc.uniqueArray(fc.string({ unit: 'binary' }).map(cleanName).filter(Boolean), { selector: nameKey, maxLength: 5 }),
    ids: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), { minLength: 10, maxLength: 10 }),
    bodies: fc.array(
      fc.record({
        choices: choicesArb,
        savedAt: fc.string(),
        rev: revArb,
        prev: fc.uniqueArray(revArb, { maxLength: MAX_PREV }),
      }),
      { minLength: 5, maxLength: 5 },
    ),
    deleted: fc.array(fc.record({ revs: fc.uniqueArray(revArb, { maxLength: 4 }), deletedAt: fc.string() }), { maxLength: 5 }),
  })
  .map(({ names, ids, bodies, deleted }) => ({
    // The last scenario's body also makes a conflicting version of the first (as a merge keeps one).
    conflicts:
      names.length > 1
        ? [
            {
              id: ids[0]!,
              name: 'Other',
              ...bodies[4]!.choices,
              savedAt: bodies[4]!.savedAt,
              rev: `${bodies[4]!.rev.slice(0, 23)}c`,
              prev: [],
            },
          ]
        : [],
    scenarios: names.map((name, i): StoredScenario => {
      const body = bodies[i]!;
      return {
        id: ids[i]!,
        name,
        ...body.choices,
        savedAt: body.savedAt,
        rev: body.rev,
        prev: body.prev.filter((r) => r !== body.rev),
      };
    }),
    // Tombstones for ids not in use, one per id, sorted by id as they are read back.
    deleted: deleted
      .map((t, i): Tombstone => ({ id: ids[5 + i]!, revs: [...t.revs].sort(), deletedAt: t.deletedAt }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  }));

describe('reading stored text', () => {
  it('never throws on any text, and gives a reason for whatever it could not read', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const result = parseSaved(raw, null);
        expect(result.unreadable.length > 0).toBe(result.notices.length > 0);
        for (const notice of result.notices) expect(notice).toMatch(/could not be read|cannot read/);
        if (raw !== '' && result.scenarios.length === 0 && result.unreadable.length === 0) {
          // Nothing read and nothing set aside: only an empty list can be that.
          expect(JSON.parse(raw)).toMatchObject({ version: 1, scenarios: [] });
        }
      }),
      { numRuns: RUNS.strings, seed: PROPERTY_SEED },
    );
  });

  it('accounts for every stored entry: each is read or kept as raw text to set aside', () => {
    const entry = fc.oneof(
      fc.anything(),
      choicesArb.map((c) => ({ id: 's1', name: 'Plan', ...c })),
      fc.record({ id: fc.string(), name: anyText, englandLevers: fc.anything(), targetYear: fc.integer() }),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        const raw = JSON.stringify({ version: 1, scenarios: entries });
        // The entries as stored (JSON turns undefined into null, drops functions...).
        const stored = (JSON.parse(raw) as { scenarios: unknown[] }).scenarios.map((e) => JSON.stringify(e));
        const result = parseSaved(raw, null);
        expect(result.scenarios.length + result.unreadable.length).toBe(entries.length);
        for (const text of result.unreadable) expect(stored).toContain(text);
      }),
      { numRuns: RUNS.strings, seed: PROPERTY_SEED },
    );
  });

  it('a whole file it cannot read is kept whole, with the notice', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        fc.pre(raw !== '');
        let json: unknown = undefined;
        try {
          json = JSON.parse(raw);
        } catch {
          // not JSON: exactly the case under test
        }
        const isFile = typeof json === 'object' && json !== null && Array.isArray((json as { scenarios?: unknown }).scenarios);
        fc.pre(!isFile);
        const result = parseSaved(raw, null);
        expect(result.scenarios).toEqual([]);
        expect(result.unreadable).toEqual([raw]);
        expect(result.notices).toHaveLength(1);
      }),
      { numRuns: RUNS.strings, seed: PROPERTY_SEED },
    );
  });
});

describe('writing then reading', () => {
  it('loses nothing: names, levers, targets, versions and tombstones come back as written', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const read = parseSaved(serialiseSaved(doc.scenarios, doc.deleted, doc.conflicts), null);
        expect(read.notices).toEqual([]);
        expect(read.unreadable).toEqual([]);
        expect(read.scenarios).toEqual(doc.scenarios);
        expect(read.conflicts).toEqual(doc.conflicts);
        expect(read.deleted).toEqual(doc.deleted);
      }),
      { numRuns: RUNS.roundTrip, seed: PROPERTY_SEED },
    );
  });

  it('what was read from any text reads back the same once written', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          docArb.map((d) => serialiseSaved(d.scenarios, d.deleted, d.conflicts)),
        ),
        (raw) => {
          const once = parseSaved(raw, null);
          const twice = parseSaved(serialiseSaved(once.scenarios, once.deleted, once.conflicts), null);
          expect(twice.scenarios).toEqual(once.scenarios);
          expect(twice.conflicts).toEqual(once.conflicts);
          expect(twice.deleted).toEqual(once.deleted);
          expect(twice.unreadable).toEqual([]);
        },
      ),
      { numRuns: RUNS.roundTrip, seed: PROPERTY_SEED },
    );
  });
});

// A simulation of tabs. Each op acts on one tab's list alone (a tab not yet told of the others' changes),
// or merges a tab with storage and writes the result (what every change and storage event does), or writes
// a tab's list over storage without merging (two writes that raced: the later one did not see the earlier).
type Op =
  | { kind: 'save' | 'duplicate' | 'remove' | 'sync' | 'overwrite'; tab: number; pick: number }
  | { kind: 'rename'; tab: number; pick: number; name: string };
const TABS = 3;
const tabArb = fc.nat(TABS - 1);
const pickArb = fc.nat(9);
// Weighted so that tabs often share scenarios (sync) and then change the same ones apart (rename, remove).
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('save' as const), tab: tabArb, pick: pickArb }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), tab: tabArb, pick: pickArb }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      tab: tabArb,
      pick: pickArb,
      name: fc.constantFrom('X', 'Y', 'Z'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), tab: tabArb, pick: pickArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), tab: tabArb, pick: pickArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('overwrite' as const), tab: tabArb, pick: pickArb }) },
);
const CHOICES = {
  englandLevers: {},
  scopeLevers: {},
  target: { kind: 'hold' as const, year: 2016 },
  targetYear: 2036,
  patientGrowth: null,
  trainingPath: null,
  demand: 'lists' as const,
};
const NOW = '2026-03-02T00:00:00.000Z';
const timeAt = (step: number) => new Date(Date.parse('2026-03-01T00:00:00.000Z') + step * 1000).toISOString();

function simulate(ops: readonly Op[]): { tabs: SavedDoc[]; storage: SavedDoc } {
  const tabs: SavedDoc[] = Array.from({ length: TABS }, () => ({ scenarios: [], conflicts: [], deleted: [] }));
  let storage: SavedDoc = { scenarios: [], conflicts: [], deleted: [] };
  ops.forEach((op, step) => {
    const tab = tabs[op.tab]!;
    const picked = tab.scenarios[op.pick % Math.max(tab.scenarios.length, 1)];
    const stamp = { at: timeAt(step), rev: `r${step}` };
    switch (op.kind) {
      case 'save':
        tabs[op.tab] = addScenario(tab, { id: `s${step}`, name: `N${step}`, ...CHOICES }, stamp).doc;
        break;
      case 'duplicate':
        if (picked) tabs[op.tab] = addScenario(tab, { ...picked, id: `s${step}` }, stamp, picked.id).doc;
        break;
      case 'rename':
        if (picked) tabs[op.tab] = renameScenario(tab, picked.id, op.name, stamp)?.doc ?? tab;
        break;
      case 'remove':
        if (picked) tabs[op.tab] = removeScenario(tab, picked.id, stamp.at).doc;
        break;
      case 'sync':
        storage = mergeDocs(tab, storage, stamp.at).doc;
        tabs[op.tab] = storage;
        break;
      case 'overwrite':
        storage = tab;
        break;
    }
  });
  return { tabs, storage };
}

const byId = (d: SavedDoc) => Object.fromEntries(d.scenarios.map((s) => [s.id, canonicalJson(s)]));
/** What must agree between tabs: each scenario's version (id, token, name) and each conflicting version's. */
const agreed = (d: SavedDoc) => ({
  scenarios: d.scenarios.map((s) => `${s.id}:${s.rev}:${s.name}`).sort(),
  conflicts: d.conflicts.map((s) => `${s.id}:${s.rev}:${s.name}`).sort(),
});

/**
 * Each live version in `a` (a scenario or a conflicting version) is in `merged` (as either), replaced by a version
 * of `b` (which lists it), or deleted by a tombstone that lists it.
 */
function assertNothingLost(a: SavedDoc, b: SavedDoc, merged: SavedDoc) {
  const deleted = [...a.deleted, ...b.deleted];
  const held = new Set([...merged.scenarios, ...merged.conflicts].map((s) => `${s.id} ${s.rev}`));
  for (const v of [...a.scenarios, ...a.conflicts]) {
    if ([...b.scenarios, ...b.conflicts].some((s) => s.id === v.id && s.prev.includes(v.rev))) continue;
    if (deleted.some((t) => t.id === v.id && t.revs.includes(v.rev))) continue;
    expect(held.has(`${v.id} ${v.rev}`), `version ${v.rev} of ${v.id} (${v.name}) was lost`).toBe(true);
  }
}

describe('merging tabs’ lists', () => {
  // Long histories: short ones seldom get two tabs to change the same scenario apart.
  const histories = fc.array(opArb, { minLength: 10, maxLength: 60, size: 'max' });

  it('gives the same scenarios and tombstones whichever list is this tab’s', () => {
    fc.assert(
      fc.property(histories, fc.nat(TABS), fc.nat(TABS), (ops, i, j) => {
        const { tabs, storage } = simulate(ops);
        const docs = [...tabs, storage];
        const [a, b] = [docs[i]!, docs[j]!];
        const ab = mergeDocs(a, b, NOW).doc;
        const ba = mergeDocs(b, a, NOW).doc;
        expect(byId(ab)).toEqual(byId(ba));
        expect(ab.conflicts.map((c) => canonicalJson(c)).sort()).toEqual(ba.conflicts.map((c) => canonicalJson(c)).sort());
        expect(ab.deleted).toEqual(ba.deleted);
      }),
      { numRuns: RUNS.merge, seed: PROPERTY_SEED },
    );
  });

  it('is idempotent: a list merged with itself, or a merge merged again with either list, does not change', () => {
    fc.assert(
      fc.property(histories, fc.nat(TABS), fc.nat(TABS), (ops, i, j) => {
        const { tabs, storage } = simulate(ops);
        const docs = [...tabs, storage];
        const [a, b] = [docs[i]!, docs[j]!];
        expect(sameDoc(mergeDocs(a, a, NOW).doc, a)).toBe(true);
        const merged = mergeDocs(a, b, NOW);
        for (const side of [a, b]) {
          const again = mergeDocs(side, merged.doc, NOW);
          expect(sameDoc(again.doc, merged.doc)).toBe(true);
          expect(again.conflicts).toEqual([]);
        }
      }),
      { numRuns: RUNS.merge, seed: PROPERTY_SEED },
    );
  });

  it('is associative: three tabs’ lists merged in any grouping give the same scenarios and conflicting versions', () => {
    // Version 1 failed this (a conflict copy made early stayed when merged one way round and was never made the
    // other): with this seed at the 61st history, shrunk to 13 steps. This version passes the 400 (69 of which end
    // with a conflicting version; 65 with FC_SEED=1), and 3,000 when tried. The runs that meet a conflict are
    // counted, so that a generator that stopped making them would fail here.
    let conflicted = 0;
    fc.assert(
      fc.property(histories, fc.nat(TABS), fc.nat(TABS), fc.nat(TABS), (ops, i, j, k) => {
        const { tabs, storage } = simulate(ops);
        const docs = [...tabs, storage];
        const [a, b, c] = [docs[i]!, docs[j]!, docs[k]!];
        const left = mergeDocs(mergeDocs(a, b, NOW).doc, c, NOW).doc;
        const right = mergeDocs(a, mergeDocs(b, c, NOW).doc, NOW).doc;
        const outer = mergeDocs(mergeDocs(a, c, NOW).doc, b, NOW).doc;
        expect(agreed(right)).toEqual(agreed(left));
        expect(agreed(outer)).toEqual(agreed(left));
        expect(right.deleted.map((t) => t.id)).toEqual(left.deleted.map((t) => t.id));
        if (left.conflicts.length > 0) conflicted += 1;
      }),
      { numRuns: RUNS.merge, seed: PROPERTY_SEED },
    );
    expect(conflicted).toBeGreaterThan(RUNS.merge / 40);
  });

  it('loses no change that was not deleted, and brings back nothing that was', () => {
    // How many runs met the cases this is about, so a generator that stopped producing them would fail.
    const met = { conflicts: 0, keptAfterDelete: 0 };
    fc.assert(
      fc.property(histories, fc.nat(TABS), fc.nat(TABS), (ops, i, j) => {
        const { tabs, storage } = simulate(ops);
        const docs = [...tabs, storage];
        const [a, b] = [docs[i]!, docs[j]!];
        const result = mergeDocs(a, b, NOW);
        const merged = result.doc;
        if (merged.conflicts.length > 0) met.conflicts += 1;
        if (result.keptAfterDelete.length > 0) met.keptAfterDelete += 1;
        assertNothingLost(a, b, merged);
        assertNothingLost(b, a, merged);
        for (const t of [...a.deleted, ...b.deleted])
          for (const w of [...merged.scenarios, ...merged.conflicts]) if (w.id === t.id) expect(t.revs).not.toContain(w.rev);
        expect(new Set(merged.scenarios.map((s) => s.id)).size).toBe(merged.scenarios.length);
        // Every conflicting version belongs to a scenario in the list, once.
        const ids = new Set(merged.scenarios.map((s) => s.id));
        for (const c of merged.conflicts) expect(ids.has(c.id)).toBe(true);
        expect(new Set(merged.conflicts.map((c) => `${c.id} ${c.rev}`)).size).toBe(merged.conflicts.length);
      }),
      { numRuns: RUNS.merge, seed: PROPERTY_SEED },
    );
    // About 1 run in 10 has a conflicting version and 1 in 12 a change kept over a deletion (measured over 400 runs).
    expect(met.conflicts).toBeGreaterThan(RUNS.merge / 40);
    expect(met.keptAfterDelete).toBeGreaterThan(RUNS.merge / 40);
  });

  /** The property below's check for one history: each tab merges with storage and writes, then each is told. */
  function assertSettles(ops: readonly Op[]) {
    const { tabs, storage: start } = simulate(ops);
    let storage = start;
    // Each tab writes its merge (a change), then each is told of the last write (the storage event).
    const settled = tabs.map((tab) => {
      storage = mergeDocs(tab, storage, NOW).doc;
      return storage;
    });
    for (const tab of settled) expect(sameDoc(mergeDocs(tab, storage, NOW).doc, storage)).toBe(true);
  }

  it('settles when a change kept over one deletion is deleted again by a tab holding an older tombstone', () => {
    // Found by the property below (fast-check seed -109295331, shrunk). Tab 0 deletes "X" at r10 (a tombstone
    // of 00:00:12); tab 1 still has r3, which that tombstone does not list; tab 2 deleted r3 at 00:00:08.
    // Merged in turn, tab 1's r3 was kept over tab 0's tombstone, which was then dropped, and tab 2's older
    // tombstone came back in its place: tab 0, told of that, merged to a different deletion time.
    const rename = (tab: number): Op => ({ kind: 'rename', tab, pick: 0, name: 'X' });
    const op = (kind: 'save' | 'sync' | 'remove' | 'overwrite', tab: number): Op => ({ kind, tab, pick: 0 });
    assertSettles([
      op('save', 0),
      op('sync', 0),
      op('sync', 2),
      rename(2),
      op('save', 0),
      rename(0),
      op('sync', 2),
      rename(0),
      op('remove', 2),
      op('sync', 1),
      rename(0),
      op('overwrite', 0),
      op('remove', 0),
      rename(0),
    ]);
  });

  it('lets every tab settle on one list: each merges with storage and writes, then each is told', () => {
    fc.assert(
      fc.property(histories, (ops) => assertSettles(ops)),
      { numRuns: RUNS.merge, seed: PROPERTY_SEED },
    );
  });
});
