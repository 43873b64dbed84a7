// The changes a person makes to the saved-scenarios list, as pure functions over SavedDoc: each gives the new
// list with the versions and tombstones that let other tabs merge it (saved-scenarios-merge.ts). New ids,
// version tokens and times are passed in, so the store can use random ones and tests fixed ones.
import { nameKey, uniqueName } from '../../lib/typed-names';
import { MAX_PREV, type SavedDoc, type SavedScenario, type StoredScenario, type Tombstone } from './scenarios';
import { mergeDocs, pruneTombstones, type MergeResult } from './merge';

/** When a change is made (ISO 8601) and the new version's token. */
export interface Stamp {
  at: string;
  rev: string;
}

/** Ids in use or deleted (a deleted id is never reused, or its tombstone would delete the new scenario). */
export const takenIds = (doc: SavedDoc): string[] => [...doc.scenarios.map((s) => s.id), ...doc.deleted.map((t) => t.id)];

/** A changed version of `s`: a new token, the old one first among those it replaced. */
export function nextVersion(s: StoredScenario, change: Partial<SavedScenario>, stamp: Stamp): StoredScenario {
  return { ...s, ...change, savedAt: stamp.at, rev: stamp.rev, prev: [s.rev, ...s.prev].slice(0, MAX_PREV) };
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
    return { doc: { ...doc, scenarios: doc.scenarios.map((s) => (s.id === id ? scenario : s)) }, scenario, merge: null };
  }
  const from = current.prev.indexOf(fromRev);
  const renamed: StoredScenario = {
    ...current,
    name: newName,
    savedAt: stamp.at,
    rev: stamp.rev,
    prev: from >= 0 ? current.prev.slice(from, from + MAX_PREV) : [fromRev],
  };
  const merge = mergeDocs({ scenarios: [renamed], deleted: [] }, doc, stamp.at);
  // Normally the rename is the later change and keeps the id; with clocks out of step it may be the copy.
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
    const merge = mergeDocs({ scenarios: [], deleted: [tombstone] }, doc, at);
    return { doc: merge.doc, merge };
  }
  const tombstone: Tombstone = { id, revs: [...new Set([...before, current.rev, ...current.prev])].sort(), deletedAt: at };
  return {
    doc: {
      scenarios: doc.scenarios.filter((s) => s.id !== id),
      deleted: pruneTombstones([...doc.deleted.filter((t) => t.id !== id), tombstone], at),
    },
    merge: null,
  };
}
