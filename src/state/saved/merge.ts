// Merging two copies of the saved-scenarios list (this tab's and the one in storage, which another tab may
// have changed), by scenario id. Pure functions over SavedDoc (saved-scenarios.ts).
//
// The rules:
// - A scenario in only one copy is kept: a missing scenario is never taken as deleted. Only a tombstone deletes.
// - Two versions of one scenario: if one replaced the other (its `prev` lists the other's `rev`), the newer is kept.
// - Changed in both copies, neither having seen the other's change (e.g. renamed in two tabs at once): both are
//   kept. The later change (by savedAt, then rev) keeps the id and the name; the earlier is kept beside it as a
//   new scenario named "NAME (conflicting copy)" (unless the two say the same), and the merge reports it so the
//   person is told. The copy's id is derived from the version, so every tab makes the same copy.
// - A tombstone deletes the versions it lists (the one the deleting tab saw, and those before it; a version it
//   deletes adds those it had replaced), so a tab that has not heard of the deletion cannot bring the scenario
//   back. Deleted versions are dropped before two versions are compared, so they make no conflict copy. A
//   version it does not list was changed in another tab without seeing the deletion: that version is kept
//   (and reported, once), and so is the tombstone: tombstones only grow (until pruned), never dropped.
// - Tombstones are kept for TOMBSTONE_DAYS and at most MAX_TOMBSTONES of them (the newest).
// The result does not depend on which copy is "mine" (apart from the order of the list: storage's order, with
// this tab's new scenarios after the one they followed here), and merging it again with either copy changes
// nothing: two tabs that keep merging settle on the same list.
import { canonicalJson, copyChoices } from '../../model';
import { cleanName, withSuffix } from '../../lib/typed-names';

export { canonicalJson };
import { MAX_PREV, type SavedDoc, type StoredScenario, type Tombstone } from './scenarios';

export const COPY_SUFFIX = ' (conflicting copy)';
export const TOMBSTONE_DAYS = 90;
export const MAX_TOMBSTONES = 200;

/** Two versions of one scenario changed at the same time: `kept` (the later) and `copy` (the earlier, as a new scenario). */
export interface Conflict {
  id: string;
  kept: string;
  copyId: string;
  copy: string;
}

export interface MergeResult {
  doc: SavedDoc;
  /** Conflicts this merge resolved for the first time (the copy was in neither input). */
  conflicts: Conflict[];
  /** Scenarios deleted in one copy but changed in the other without seeing the deletion: kept. */
  keptAfterDelete: { id: string; name: string }[];
}

/** The conflict copy's id: from the version's token, so every tab that meets the conflict makes the same one. */
export const copyIdFor = (rev: string) => `k${rev}`;

/** "NAME (conflicting copy)", within 80 characters (a copy of a copy is not suffixed twice). */
export function copyName(name: string): string {
  return name.endsWith(COPY_SUFFIX) ? name : cleanName(withSuffix(name, COPY_SUFFIX));
}

/** What the person chose and named, without the bookkeeping (id, time, versions). */
function substance(s: StoredScenario): string {
  return canonicalJson({ name: s.name, ...copyChoices(s) });
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const samePrev = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r, i) => r === b[i]);

/** Both lists' tokens, first's first, without repeats, at most MAX_PREV. */
function joinPrev(first: readonly string[], second: readonly string[], own: string): string[] {
  return [...new Set([...first, ...second])].filter((r) => r !== own).slice(0, MAX_PREV);
}

/** The later change of two concurrent versions first (by savedAt, then by rev: the same answer in every tab). */
function laterFirst(a: StoredScenario, b: StoredScenario): [StoredScenario, StoredScenario] {
  const order = compareText(a.savedAt, b.savedAt) || compareText(a.rev, b.rev);
  return order >= 0 ? [a, b] : [b, a];
}

interface Resolved {
  version: StoredScenario;
  copy: StoredScenario | null;
}

/** One scenario's two versions, by the rules in the header. Symmetric in a and b. */
function resolve(a: StoredScenario, b: StoredScenario): Resolved {
  // The same version in both (the usual case, by far): nothing to choose, and no text to compare.
  if (a === b || (a.rev === b.rev && a.name === b.name && a.savedAt === b.savedAt && samePrev(a.prev, b.prev)))
    return { version: a, copy: null };
  if (a.rev === b.rev) {
    // The same version; one copy may remember more of its past (after a merge): keep what both remember.
    const [first, second] =
      a.prev.length !== b.prev.length
        ? a.prev.length > b.prev.length
          ? [a, b]
          : [b, a]
        : canonicalJson(a) >= canonicalJson(b)
          ? [a, b]
          : [b, a];
    return { version: { ...first, prev: joinPrev(first.prev, second.prev, first.rev) }, copy: null };
  }
  const aSawB = a.prev.includes(b.rev);
  const bSawA = b.prev.includes(a.rev);
  // The newer replaces the older, and also what the older had replaced (another tab may still hold one of those).
  if (bSawA && !aSawB) return { version: { ...b, prev: joinPrev(b.prev, a.prev, b.rev) }, copy: null };
  if (aSawB && !bSawA) return { version: { ...a, prev: joinPrev(a.prev, b.prev, a.rev) }, copy: null };
  const [winner, loser] = laterFirst(a, b);
  // The winner now counts as having seen the loser, so this conflict is met only once.
  const version = { ...winner, prev: joinPrev(winner.prev, [loser.rev, ...loser.prev], winner.rev) };
  // Each saw the other (both absorbed the other in earlier merges, e.g. one as a conflict and the other over
  // a deletion): settled already, the later is kept. The same substance: one scenario is enough.
  if ((aSawB && bSawA) || substance(winner) === substance(loser)) return { version, copy: null };
  const copy: StoredScenario = { ...loser, id: copyIdFor(loser.rev), name: copyName(loser.name), prev: [] };
  return { version, copy };
}

function unionTombstones(a: readonly Tombstone[], b: readonly Tombstone[]): Map<string, Tombstone> {
  const byId = new Map<string, Tombstone>();
  for (const t of [...a, ...b]) {
    const before = byId.get(t.id);
    byId.set(
      t.id,
      before
        ? {
            id: t.id,
            revs: [...new Set([...before.revs, ...t.revs])].sort(compareText),
            deletedAt: before.deletedAt > t.deletedAt ? before.deletedAt : t.deletedAt,
          }
        : { id: t.id, revs: [...t.revs].sort(compareText), deletedAt: t.deletedAt },
    );
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

/**
 * One side's version of a scenario, unless a tombstone deletes it (it lists the version): then the tombstone
 * takes in what that version had replaced too, as another tab may still hold one of those.
 */
function unlessDeleted(version: StoredScenario | undefined, tombstones: Map<string, Tombstone>): StoredScenario | undefined {
  if (!version) return undefined;
  const tombstone = tombstones.get(version.id);
  if (!tombstone?.revs.includes(version.rev)) return version;
  tombstones.set(version.id, {
    ...tombstone,
    revs: [...new Set([...tombstone.revs, ...version.prev])].sort(compareText),
  });
  return undefined;
}

/** `mine` (this tab's list) and `theirs` (storage's) as one list, by the rules in the header. `now` is ISO 8601. */
export function mergeDocs(mine: SavedDoc, theirs: SavedDoc, now: string): MergeResult {
  const tombstones = unionTombstones(mine.deleted, theirs.deleted);
  const mineById = new Map(mine.scenarios.map((s) => [s.id, s]));
  const theirsById = new Map(theirs.scenarios.map((s) => [s.id, s]));
  const seen = new Set([...mineById.keys(), ...theirsById.keys()]);
  const mineTombstones = new Map(mine.deleted.map((t) => [t.id, t]));
  const theirsTombstones = new Map(theirs.deleted.map((t) => [t.id, t]));

  // Every id's version, then the conflict copies beside the scenario they came from. Deleted versions go
  // first, whichever copy their tombstone came in, so a deleted version never makes a conflict copy: the
  // result is then the same whichever two of three lists are merged first.
  const versions = new Map<string, StoredScenario>();
  const copiesAfter = new Map<string, StoredScenario>();
  const order = mergeOrder(
    theirs.scenarios.map((s) => s.id),
    mine.scenarios.map((s) => s.id),
  );
  for (const id of order) {
    const a = unlessDeleted(theirsById.get(id), tombstones);
    const b = unlessDeleted(mineById.get(id), tombstones);
    const { version, copy } = a && b ? resolve(a, b) : { version: a ?? b, copy: null };
    if (version) versions.set(id, version);
    if (copy) copiesAfter.set(id, copy);
  }
  const met: Conflict[] = [];
  const finalOrder: string[] = [];
  const placed = new Set<string>();
  for (const id of order) {
    if (placed.has(id)) continue;
    finalOrder.push(id);
    placed.add(id);
    const copy = copiesAfter.get(id);
    if (!copy) continue;
    const existing = versions.get(copy.id);
    // The copy may be there already (another tab met this conflict first, and perhaps renamed the copy since).
    versions.set(copy.id, existing ? resolve(existing, copy).version : copy);
    if (!existing && !placed.has(copy.id)) {
      finalOrder.push(copy.id);
      placed.add(copy.id);
    }
    if (!seen.has(copy.id)) met.push({ id, kept: versions.get(id)?.name ?? '', copyId: copy.id, copy: copy.name });
  }

  const scenarios: StoredScenario[] = [];
  const keptAfterDelete: MergeResult['keptAfterDelete'] = [];
  for (const id of finalOrder) {
    const version = versions.get(id);
    if (!version) continue;
    if (!unlessDeleted(version, tombstones)) continue;
    const tombstone = tombstones.get(id);
    if (!tombstone) {
      scenarios.push(version);
      continue;
    }
    // Changed where the deletion was not seen: keep the change, and the tombstone too (dropping it would
    // lose what it deletes and when, and a tab still holding it would bring it back with another time, so
    // tabs would not settle). The change counts as having seen the deleted versions. Told once: when the
    // list it came from did not have this tombstone yet.
    scenarios.push({ ...version, prev: joinPrev(version.prev, tombstone.revs, version.rev) });
    const knew = [mineById, theirsById].flatMap((side, i) =>
      side.get(id)?.rev === version.rev ? ((i === 0 ? mineTombstones : theirsTombstones).get(id)?.revs ?? []) : [],
    );
    if (tombstone.revs.some((r) => !knew.includes(r))) keptAfterDelete.push({ id, name: version.name });
  }
  // A copy deleted earlier (its tombstone lists it) is not a conflict to tell anyone about.
  const ids = new Set(scenarios.map((s) => s.id));
  const conflicts = met.filter((c) => ids.has(c.copyId));
  return { doc: { scenarios, deleted: pruneTombstones(tombstones.values(), now) }, conflicts, keptAfterDelete };
}

/**
 * Whether `stored` holds everything `merged` has: every scenario's version (by id and token) and every version a
 * tombstone deletes (or storage's version of it replaced). Order and the versions each remembers are not compared: a tab that holds nothing more than
 * storage does has nothing to write (writing would only echo what it read, and set the other tabs writing too).
 */
export function holdsAll(stored: SavedDoc, merged: SavedDoc): boolean {
  const versions = new Map(stored.scenarios.map((s) => [s.id, s]));
  if (merged.scenarios.some((s) => versions.get(s.id)?.rev !== s.rev)) return false;
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

/** Whether two lists are the same, scenarios (in order), versions and tombstones alike. */
export function sameDoc(a: SavedDoc, b: SavedDoc): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Conflict copies in `merged` of versions this tab had in `mine` (another tab met the conflict and merged
 * first): for telling the person here that their change was kept as a copy.
 */
export function copiesOfMine(mine: SavedDoc, merged: SavedDoc): Conflict[] {
  const mineIds = new Set(mine.scenarios.map((s) => s.id));
  const byId = new Map(merged.scenarios.map((s) => [s.id, s]));
  return mine.scenarios.flatMap((s) => {
    const copy = byId.get(copyIdFor(s.rev));
    if (!copy || mineIds.has(copy.id)) return [];
    return [{ id: s.id, kept: byId.get(s.id)?.name ?? '', copyId: copy.id, copy: copy.name }];
  });
}
