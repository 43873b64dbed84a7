// The changes a person makes to the saved-scenarios list, as pure functions over SavedDoc: each gives the new
// list with the versions and tombstones that let other tabs merge it (saved-scenarios-merge.ts). New ids,
// version tokens and times are passed in, so the store can use random ones and tests fixed ones.
import { copyChoices } from '../../model';
import { nameKey, uniqueName } from '../../lib/typed-names';
import { MAX_PREV, type SavedDoc, type SavedScenario, type StoredScenario, type Tombstone } from './scenarios';
import { differs, joinPrev, mergeDocs, pruneTombstones, type MergeResult } from './merge';

/** When a change is made (ISO 8601), the new version's token, and the tab making it (StoredScenario.tab). */
export interface Stamp {
  at: string;
  rev: string;
  tab?: string;
}

/** The stamp's tab, as a version's field (none when the stamp has none). */
const madeIn = (stamp: Stamp) => (stamp.tab === undefined ? {} : { tab: stamp.tab });

/** `s` without the tab that made it (a new version is made by the stamp's tab). */
function withoutTab(s: StoredScenario): StoredScenario {
  const copy = { ...s };
  delete copy.tab;
  return copy;
}

/** Ids in use or deleted (a deleted id is never reused, or its tombstone would delete the new scenario). */
export const takenIds = (doc: SavedDoc): string[] => [...doc.scenarios.map((s) => s.id), ...doc.deleted.map((t) => t.id)];

/** A changed version of `s`: a new token, the old one first among those it replaced. */
export function nextVersion(s: StoredScenario, change: Partial<SavedScenario>, stamp: Stamp): StoredScenario {
  return {
    ...withoutTab(s),
    ...change,
    savedAt: stamp.at,
    rev: stamp.rev,
    prev: [s.rev, ...s.prev].slice(0, MAX_PREV),
    ...madeIn(stamp),
  };
}

/**
 * `versions` (conflicting versions of scenario `id`) set aside: out of the list, and listed in the scenario's
 * tombstone (`versionsOnly` unless the scenario was deleted already) so that no tab brings them back.
 */
function setAside(doc: SavedDoc, id: string, versions: readonly StoredScenario[], at: string): SavedDoc {
  if (versions.length === 0) return doc;
  const gone = new Set(versions.map((v) => v.rev));
  const before = doc.deleted.find((t) => t.id === id);
  const revs = [...new Set([...(before?.revs ?? []), ...versions.flatMap((v) => [v.rev, ...v.prev])])].sort();
  const tombstone: Tombstone = {
    id,
    revs,
    deletedAt: before && before.deletedAt > at ? before.deletedAt : at,
    ...(before && !before.versionsOnly ? {} : { versionsOnly: true as const }),
  };
  // Beside a deletion (the scenario was kept over it), the scenario counts as having seen what it deletes, as a
  // merge makes it.
  const scenarios = tombstone.versionsOnly
    ? doc.scenarios
    : doc.scenarios.map((s) => (s.id === id ? { ...s, prev: joinPrev(s.prev, revs, s.rev) } : s));
  return {
    scenarios,
    conflicts: doc.conflicts.filter((c) => c.id !== id || !gone.has(c.rev)),
    deleted: pruneTombstones([...doc.deleted.filter((t) => t.id !== id), tombstone], at),
  };
}

/**
 * A new scenario (`fields` without its bookkeeping), named uniquely among the others, at the end of the list
 * or just after `afterId`. `nameKeys`: the others' names' keys (nameKey), when the caller keeps them (adding
 * many in a row); the new name's key is added to it.
 */
export function addScenario(
  doc: SavedDoc,
  fields: Omit<SavedScenario, 'savedAt'>,
  stamp: Stamp,
  afterId?: string,
  nameKeys?: Set<string>,
): { doc: SavedDoc; scenario: StoredScenario } {
  const name = uniqueName(fields.name, nameKeys ?? doc.scenarios.map((s) => s.name));
  nameKeys?.add(nameKey(name));
  const scenario: StoredScenario = {
    ...fields,
    name,
    savedAt: stamp.at,
    rev: stamp.rev,
    prev: [],
    ...madeIn(stamp),
  };
  const index = afterId === undefined ? -1 : doc.scenarios.findIndex((s) => s.id === afterId);
  const scenarios =
    index < 0
      ? [...doc.scenarios, scenario]
      : [...doc.scenarios.slice(0, index + 1), scenario, ...doc.scenarios.slice(index + 1)];
  return { doc: { ...doc, scenarios }, scenario };
}

/**
 * `id` renamed (uniquely among the others). `fromRev` is the version the person began renaming: if another
 * tab has changed the scenario since, the rename replaces that version alongside the other change rather
 * than on top of it, and the merge keeps both (reported in `merge`). Null when the scenario is not there.
 */
export function renameScenario(
  doc: SavedDoc,
  id: string,
  name: string,
  stamp: Stamp,
  fromRev?: string,
): { doc: SavedDoc; scenario: StoredScenario; merge: MergeResult | null } | null {
  const current = doc.scenarios.find((s) => s.id === id);
  if (!current) return null;
  const newName = uniqueName(
    name,
    doc.scenarios.filter((s) => s.id !== id).map((s) => s.name),
  );
  if (fromRev === undefined || fromRev === current.rev) {
    const scenario = nextVersion(current, { name: newName }, stamp);
    // Conflicting versions that said what the scenario said (not shown) would differ from the new name: they go.
    const same = doc.conflicts.filter((c) => c.id === id && !differs(current, c));
    const renamed = setAside({ ...doc, scenarios: doc.scenarios.map((s) => (s.id === id ? scenario : s)) }, id, same, stamp.at);
    return { doc: renamed, scenario: renamed.scenarios.find((s) => s.id === id) ?? scenario, merge: null };
  }
  const from = current.prev.indexOf(fromRev);
  // The version begun from may be a conflicting version now (another tab's change won): it knows its own past.
  const begun = doc.conflicts.find((c) => c.id === id && c.rev === fromRev);
  const renamed: StoredScenario = {
    ...withoutTab(current),
    name: newName,
    savedAt: stamp.at,
    rev: stamp.rev,
    prev: begun ? [fromRev, ...begun.prev].slice(0, MAX_PREV) : from >= 0 ? current.prev.slice(from, from + MAX_PREV) : [fromRev],
    ...madeIn(stamp),
  };
  const merge = mergeDocs({ scenarios: [renamed], conflicts: [], deleted: [] }, doc, stamp.at);
  // Normally the rename is the later change and keeps the id; with clocks out of step it is a conflicting version.
  const scenario = merge.doc.scenarios.find((s) => s.rev === renamed.rev) ?? renamed;
  return { doc: merge.doc, scenario, merge };
}

/**
 * `id` deleted, leaving a tombstone for the version deleted and those before it. `seenRev` is the version the
 * person deleted: if another tab has changed the scenario since, that change is kept (and reported in `merge`).
 */
export function removeScenario(
  doc: SavedDoc,
  id: string,
  at: string,
  seenRev?: string,
): { doc: SavedDoc; merge: MergeResult | null } {
  const current = doc.scenarios.find((s) => s.id === id);
  if (!current) return { doc, merge: null };
  const before = doc.deleted.find((t) => t.id === id)?.revs ?? [];
  if (seenRev !== undefined && seenRev !== current.rev) {
    const from = current.prev.indexOf(seenRev);
    const revs = from >= 0 ? current.prev.slice(from) : [seenRev];
    const tombstone: Tombstone = { id, revs: [...new Set([...before, ...revs])].sort(), deletedAt: at };
    const merge = mergeDocs({ scenarios: [], conflicts: [], deleted: [tombstone] }, doc, at);
    return { doc: merge.doc, merge };
  }
  // The scenario's conflicting versions go with it.
  const losers = doc.conflicts.filter((c) => c.id === id);
  const revs = [current.rev, ...current.prev, ...losers.flatMap((c) => [c.rev, ...c.prev])];
  const tombstone: Tombstone = { id, revs: [...new Set([...before, ...revs])].sort(), deletedAt: at };
  return {
    doc: {
      scenarios: doc.scenarios.filter((s) => s.id !== id),
      conflicts: losers.length ? doc.conflicts.filter((c) => c.id !== id) : doc.conflicts,
      deleted: pruneTombstones([...doc.deleted.filter((t) => t.id !== id), tombstone], at),
    },
    merge: null,
  };
}

/** Scenario `id`'s conflicting version `rev` dismissed (set aside for good). Null when it is not there. */
export function dismissConflict(doc: SavedDoc, id: string, rev: string, at: string): SavedDoc | null {
  const version = doc.conflicts.find((c) => c.id === id && c.rev === rev);
  return version ? setAside(doc, id, [version], at) : null;
}

/**
 * Scenario `id`'s conflicting version `rev` restored as a scenario of its own (`newId`, named uniquely, just after
 * its scenario), and set aside as a conflicting version. Null when it is not there.
 */
export function restoreConflict(
  doc: SavedDoc,
  id: string,
  rev: string,
  newId: string,
  stamp: Stamp,
): { doc: SavedDoc; scenario: StoredScenario } | null {
  const version = doc.conflicts.find((c) => c.id === id && c.rev === rev);
  if (!version) return null;
  const fields = { id: newId, name: version.name, ...copyChoices(version) };
  return addScenario(setAside(doc, id, [version], stamp.at), fields, stamp, id);
}
