// Merging two copies of the saved-scenarios list (this tab's and the one in storage, which another tab may
// have changed), by scenario id. Pure functions over SavedDoc (scenarios.ts).
//
// The rules:
// - A scenario in only one copy is kept: a missing scenario is never taken as deleted. Only a tombstone deletes.
// - A scenario's versions are those both copies hold of it: each copy's scenario and its conflicting versions
//   (SavedDoc.conflicts). A version another lists as replaced (`prev`) is dropped; so is one a tombstone lists.
//   Of those left (none replaced the others: changed apart, e.g. renamed in two tabs at once), the later change
//   (by savedAt, then rev) is the scenario, and the others are its conflicting versions, kept apart and shown
//   under it until the person restores one as a scenario of its own or dismisses it (a tombstone listing just
//   those versions: `versionsOnly`). A conflicting version that says what the scenario says (name and choices)
//   is kept but not shown. The result is a function of the versions and tombstones the two copies hold, not of
//   which copy is "mine" or of the order merges happen in: every tab ends with the same scenario and the same
//   conflicting versions (commutative, associative, idempotent).
// - A tombstone deletes the versions it lists (the one the deleting tab saw, and those before it; a version it
//   deletes adds those it had replaced), so a tab that has not heard of the deletion cannot bring the scenario
//   back. A version it does not list was changed in another tab without seeing the deletion: that version is
//   kept (and reported, once), and so is the tombstone: tombstones only grow (until pruned), never dropped.
// - Tombstones are kept for TOMBSTONE_DAYS and at most MAX_TOMBSTONES of them (the newest).
// The list's order is storage's, with this tab's new scenarios after the one they followed here.
import { canonicalJson, copyChoices } from '../../model';

export { canonicalJson };
import { MAX_PREV, type SavedDoc, type StoredScenario, type Tombstone } from './scenarios';

export const TOMBSTONE_DAYS = 90;
export const MAX_TOMBSTONES = 200;

/** A conflicting version: scenario `id` (now named `kept`) and its losing version `rev`, named `name`. */
export interface Conflict {
  id: string;
  kept: string;
  rev: string;
  name: string;
}

export interface MergeResult {
  doc: SavedDoc;
  /** Conflicting versions this merge made (in neither input as one), that say something other than their scenario. */
  conflicts: Conflict[];
  /** Scenarios deleted in one copy but changed in the other without seeing the deletion: kept. */
  keptAfterDelete: { id: string; name: string }[];
}

/** What the person chose and named, without the bookkeeping (id, time, versions). */
function substance(s: StoredScenario): string {
  return canonicalJson({ name: s.name, ...copyChoices(s) });
}

/** Whether a conflicting version is worth showing: it says something its scenario does not. */
export const differs = (scenario: StoredScenario, version: StoredScenario): boolean =>
  scenario.name !== version.name || substance(scenario) !== substance(version);

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const samePrev = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r, i) => r === b[i]);
const sameVersion = (a: StoredScenario, b: StoredScenario) =>
  a === b || (a.rev === b.rev && a.name === b.name && a.savedAt === b.savedAt && samePrev(a.prev, b.prev));

/** Both lists' tokens, first's first, without repeats, at most MAX_PREV. */
export function joinPrev(first: readonly string[], second: readonly string[], own: string): string[] {
  return [...new Set([...first, ...second])].filter((r) => r !== own).slice(0, MAX_PREV);
}

/** Later change first (by savedAt, then by rev: the same answer in every tab). */
const laterFirst = (a: StoredScenario, b: StoredScenario) => compareText(b.savedAt, a.savedAt) || compareText(b.rev, a.rev);

/** One version held twice (one copy may remember more of its past, after a merge): keep what both remember. Symmetric. */
function joinSame(a: StoredScenario, b: StoredScenario): StoredScenario {
  if (sameVersion(a, b)) return a;
  const [first, second] =
    a.prev.length !== b.prev.length
      ? a.prev.length > b.prev.length
        ? [a, b]
        : [b, a]
      : canonicalJson(a) >= canonicalJson(b)
        ? [a, b]
        : [b, a];
  return { ...first, prev: joinPrev(first.prev, second.prev, first.rev) };
}

/**
 * One scenario's versions (from both copies, scenario and conflicting versions alike) resolved: those a tombstone
 * lists go (and the tombstone takes in what they had replaced, as another tab may still hold one of those), those
 * another lists as replaced go, and of the rest the later change is the scenario and the others its conflicting
 * versions (by token). A function of the set of versions and the tombstone, whatever order they came in.
 */
function resolveVersions(
  versions: readonly StoredScenario[],
  tombstones: Map<string, Tombstone>,
  id: string,
): { version: StoredScenario | undefined; losers: StoredScenario[] } {
  const byRev = new Map<string, StoredScenario>();
  for (const v of versions) {
    const before = byRev.get(v.rev);
    byRev.set(v.rev, before ? joinSame(before, v) : v);
  }
  const tombstone = tombstones.get(id);
  if (tombstone) {
    const revs = new Set(tombstone.revs);
    const size = revs.size;
    for (let changed = true; changed;) {
      changed = false;
      for (const [rev, v] of byRev) {
        if (!revs.has(rev)) continue;
        byRev.delete(rev);
        for (const r of v.prev) if (!revs.has(r)) revs.add(r);
        changed = true;
      }
    }
    if (revs.size !== size) tombstones.set(id, { ...tombstone, revs: [...revs].sort(compareText) });
  }
  const live = [...byRev.values()];
  if (live.length <= 1) return { version: live[0], losers: [] };
  const replaced = new Set(live.flatMap((v) => v.prev));
  let heads = live.filter((v) => !replaced.has(v.rev));
  // Each replaced by another (possible only in lists older merges wrote): the later change alone.
  if (heads.length === 0) heads = live;
  heads.sort(laterFirst);
  const [version, ...losers] = heads;
  return { version, losers: losers.sort((a, b) => compareText(a.rev, b.rev)) };
}

/** Two tombstones of one id as one: the versions of both, the later time; a deletion outweighs `versionsOnly`. */
function joinTombstones(before: Tombstone, t: Tombstone): Tombstone {
  return {
    id: t.id,
    revs: [...new Set([...before.revs, ...t.revs])].sort(compareText),
    deletedAt: before.deletedAt > t.deletedAt ? before.deletedAt : t.deletedAt,
    ...(before.versionsOnly && t.versionsOnly ? { versionsOnly: true as const } : {}),
  };
}

function unionTombstones(a: readonly Tombstone[], b: readonly Tombstone[]): Map<string, Tombstone> {
  const byId = new Map<string, Tombstone>();
  for (const t of [...a, ...b]) {
    const before = byId.get(t.id);
    byId.set(t.id, before ? joinTombstones(before, t) : { ...t, revs: [...t.revs].sort(compareText) });
  }
  return byId;
}

/** Storage's order, then each of this tab's own scenarios just after the one it follows here (or at the end). */
function mergeOrder(theirs: readonly string[], mine: readonly string[]): string[] {
  const order = [...theirs];
  const placed = new Set(order);
  // Nothing of this tab's own to place (the usual case): storage's order as it is.
  if (mine.every((id) => placed.has(id))) return order;
  let anchor: number | null = null;
  for (const id of mine) {
    if (placed.has(id)) {
      anchor = order.indexOf(id);
      continue;
    }
    const at: number = anchor === null ? order.length : anchor + 1;
    order.splice(at, 0, id);
    placed.add(id);
    anchor = at;
  }
  return order;
}

/** Tombstones younger than TOMBSTONE_DAYS before `now`, the newest MAX_TOMBSTONES, sorted by id. */
export function pruneTombstones(tombstones: Iterable<Tombstone>, now: string): Tombstone[] {
  const cutoff = new Date(Date.parse(now) - TOMBSTONE_DAYS * 86_400_000).toISOString();
  return [...tombstones]
    .filter((t) => Number.isNaN(Date.parse(now)) || t.deletedAt >= cutoff)
    .sort((a, b) => compareText(b.deletedAt, a.deletedAt) || compareText(a.id, b.id))
    .slice(0, MAX_TOMBSTONES)
    .sort((a, b) => compareText(a.id, b.id));
}

/** Conflicting versions by their scenario's id. */
function losersById(conflicts: readonly StoredScenario[]): Map<string, StoredScenario[]> {
  const byId = new Map<string, StoredScenario[]>();
  for (const c of conflicts) {
    const list = byId.get(c.id);
    if (list) list.push(c);
    else byId.set(c.id, [c]);
  }
  return byId;
}

const NONE: readonly StoredScenario[] = [];
const key = (c: { id: string; rev: string }) => `${c.id} ${c.rev}`;

/** `mine` (this tab's list) and `theirs` (storage's) as one list, by the rules in the header. `now` is ISO 8601. */
export function mergeDocs(mine: SavedDoc, theirs: SavedDoc, now: string): MergeResult {
  const tombstones = unionTombstones(mine.deleted, theirs.deleted);
  const mineById = new Map(mine.scenarios.map((s) => [s.id, s]));
  const theirsById = new Map(theirs.scenarios.map((s) => [s.id, s]));
  const mineLosers = losersById(mine.conflicts);
  const theirsLosers = losersById(theirs.conflicts);
  const mineTombstones = new Map(mine.deleted.map((t) => [t.id, t]));
  const theirsTombstones = new Map(theirs.deleted.map((t) => [t.id, t]));

  const order = mergeOrder(
    theirs.scenarios.map((s) => s.id),
    mine.scenarios.map((s) => s.id),
  );
  // Conflicting versions whose scenario neither list has (never written so by the planner): their id at the end.
  if (mineLosers.size + theirsLosers.size > 0) {
    const placed = new Set(order);
    const orphans = [...new Set([...theirsLosers.keys(), ...mineLosers.keys()])].filter((id) => !placed.has(id));
    order.push(...orphans.sort(compareText));
  }

  const scenarios: StoredScenario[] = [];
  const conflicts: StoredScenario[] = [];
  const keptAfterDelete: MergeResult['keptAfterDelete'] = [];
  for (const id of order) {
    const a = theirsById.get(id);
    const b = mineById.get(id);
    const la = theirsLosers.get(id) ?? NONE;
    const lb = mineLosers.get(id) ?? NONE;
    let version: StoredScenario | undefined;
    let losers: readonly StoredScenario[] = NONE;
    // The same version in both, or in one only, with nothing else to weigh (the usual case, by far): no sets built.
    if (la.length === 0 && lb.length === 0 && !tombstones.has(id) && (!a || !b || sameVersion(a, b))) version = a ?? b;
    else ({ version, losers } = resolveVersions([...(a ? [a] : []), ...(b ? [b] : []), ...la, ...lb], tombstones, id));
    if (!version) continue;
    conflicts.push(...losers);
    const tombstone = tombstones.get(id);
    if (!tombstone || tombstone.versionsOnly) {
      scenarios.push(version);
      continue;
    }
    // Changed where the deletion was not seen: keep the change, and the tombstone too (dropping it would
    // lose what it deletes and when, and a tab still holding it would bring it back with another time, so
    // tabs would not settle). The change counts as having seen the deleted versions. Told once: when the
    // list it came from did not have this tombstone yet.
    scenarios.push({ ...version, prev: joinPrev(version.prev, tombstone.revs, version.rev) });
    const holds = (side: Map<string, StoredScenario>, losers: Map<string, StoredScenario[]>) =>
      side.get(id)?.rev === version.rev || (losers.get(id) ?? NONE).some((v) => v.rev === version.rev);
    const knew = [
      ...(holds(mineById, mineLosers) ? (mineTombstones.get(id)?.revs ?? []) : []),
      ...(holds(theirsById, theirsLosers) ? (theirsTombstones.get(id)?.revs ?? []) : []),
    ];
    if (tombstone.revs.some((r) => !knew.includes(r))) keptAfterDelete.push({ id, name: version.name });
  }
  const doc = { scenarios, conflicts, deleted: pruneTombstones(tombstones.values(), now) };
  const before = new Set([...mine.conflicts, ...theirs.conflicts].map(key));
  return { doc, conflicts: shownConflicts(doc).filter((c) => !before.has(key(c))), keptAfterDelete };
}

/** The conflicting versions worth showing (differs), each with its scenario's name, in the list's order. */
export function shownConflicts(doc: SavedDoc): Conflict[] {
  if (doc.conflicts.length === 0) return [];
  const byId = new Map(doc.scenarios.map((s) => [s.id, s]));
  return doc.conflicts.flatMap((c) => {
    const scenario = byId.get(c.id);
    return scenario && differs(scenario, c) ? [{ id: c.id, kept: scenario.name, rev: c.rev, name: c.name }] : [];
  });
}

/**
 * Whether `stored` holds everything `merged` has: every scenario's version (by id and token), every conflicting
 * version, and every version a tombstone deletes (or storage's version of it replaced). Order and the versions each
 * remembers are not compared: a tab that holds nothing more than storage does has nothing to write (writing would
 * only echo what it read, and set the other tabs writing too).
 */
export function holdsAll(stored: SavedDoc, merged: SavedDoc): boolean {
  const versions = new Map(stored.scenarios.map((s) => [s.id, s]));
  if (merged.scenarios.some((s) => versions.get(s.id)?.rev !== s.rev)) return false;
  if (merged.conflicts.length > 0) {
    const held = new Set(stored.conflicts.map(key));
    if (merged.conflicts.some((c) => !held.has(key(c)))) return false;
  }
  const deleted = new Map(stored.deleted.map((t) => [t.id, new Set(t.revs)]));
  // A deleted version storage's tombstone does not list is still no news if storage's version replaced it.
  return merged.deleted.every((t) => {
    const revs = deleted.get(t.id);
    const replaced = versions.get(t.id)?.prev ?? [];
    return revs !== undefined && t.revs.every((r) => revs.has(r) || replaced.includes(r));
  });
}

/**
 * What a tab does when told that storage changed: merges it with its own list, and writes the result only if it
 * holds something storage lacks (never what it has just read). The store's receive and the property tests both
 * use this.
 */
export function receiveStored(mine: SavedDoc, stored: SavedDoc, now: string): { merged: MergeResult; write: boolean } {
  const merged = mergeDocs(mine, stored, now);
  return { merged, write: !holdsAll(stored, merged.doc) };
}

/** Whether two lists are the same, scenarios (in order), conflicting versions and tombstones alike. */
export function sameDoc(a: SavedDoc, b: SavedDoc): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Conflicting versions shown in `after` that `before` (this tab's list before a change or a merge) did not have as
 * conflicting versions: another tab's change met this tab's, or this tab's change lost to another's. For telling
 * the person here.
 */
export function newConflicts(before: SavedDoc, after: SavedDoc): Conflict[] {
  if (after.conflicts.length === 0) return [];
  const had = new Set(before.conflicts.map(key));
  return shownConflicts(after).filter((c) => !had.has(key(c)));
}
