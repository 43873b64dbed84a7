// Named scenarios kept in the browser's localStorage: the stored format and its validation. Pure functions
// over text. Reading never writes: anything that cannot be read is reported and kept as raw text, then set
// aside under BACKUP_KEY (never deleted) the next time the list is written (saved-scenarios-storage.ts).
//
// The format (version 2): { version: 2, scenarios: [...], conflicts: [...], deleted: [...] }. Each scenario
// carries `rev`, a token new with every change, and `prev`, the tokens of the versions it replaced (newest
// first); `conflicts` holds the losing versions of scenarios changed in two tabs at once (each with its
// scenario's id, its own name, choices, time, token and the tab that made it), shown under their scenario until
// the person restores or dismisses them; `deleted` holds tombstones, the ids and versions deleted and when.
// Other tabs merge by these (merge.ts). Files from before versions were kept have none of them: a scenario's rev
// is then a hash of its stored text, the same in every tab, and `deleted` is empty.
// Version 1 (before conflicts were kept apart) made the losing version a scenario of its own, "NAME
// (conflicting copy)": reading one turns each such copy back into a conflicting version of its original
// (migrateV1), when the original is still there.
import * as z from 'zod/mini';
import { PATIENT_GROWTH_RANGE } from '../stores/scenario-store';
import {
  DEMAND_CHOICES,
  TEAM_GROUPS,
  emptyTeamChoices,
  ENGLAND_SCOPE,
  LEVER_KEYS,
  clampToConfig,
  copyChoices,
  seededRandom,
  type ChoiceKey,
  isLeverKey,
  type KeyedLeverConfig,
  type LeverKey,
  type LeverValues,
  type ScenarioChoices,
  type TrainingPoint,
} from '../../model';
import { FIRST_DATA_YEAR, LAST_DATA_YEAR, LAST_PROJECTION_YEAR } from '../../lib/years';
import { cleanName, nameKey, uniqueName } from '../../lib/typed-names';

export type { ScenarioChoices };
export { MAX_NAME_LENGTH, cleanName, uniqueName } from '../../lib/typed-names';
export {
  BACKUP_KEY,
  QUOTA_MESSAGE,
  STORAGE_KEY,
  UNAVAILABLE_MESSAGE,
  backupText,
  browserStorage,
  readStored,
  writeStored,
  type StorageOutcome,
} from './storage';

export const FORMAT_VERSION = 2;
/** The stored format before conflicting versions were kept apart (read, and migrated: migrateV1). */
export const LEGACY_FORMAT_VERSION = 1;
/** What version 1 named a conflict's losing version, made a scenario of its own (id `k` + its token). */
export const LEGACY_COPY_SUFFIX = ' (conflicting copy)';
/** How many earlier versions a scenario remembers (more edits than this between two syncs look concurrent). */
export const MAX_PREV = 32;

export interface SavedScenario extends ScenarioChoices {
  id: string;
  name: string;
  /** ISO 8601 time it was saved or last changed. */
  savedAt: string;
}

/** A saved scenario as stored, with its version (see the header). */
export interface StoredScenario extends SavedScenario {
  rev: string;
  /** The versions this one replaced, newest first, at most MAX_PREV. */
  prev: string[];
  /** The tab (page) that made this version (a token new with each page), when known: for "made in this tab". */
  tab?: string;
}

/**
 * A deleted scenario: its id, the versions deleted (the one seen and those before it, sorted), and when.
 * `versionsOnly`: only conflicting versions were set aside (restored as scenarios of their own, or dismissed); the
 * scenario itself was not deleted.
 */
export interface Tombstone {
  id: string;
  revs: string[];
  /** ISO 8601. */
  deletedAt: string;
  versionsOnly?: true;
}

export interface SavedDoc {
  scenarios: StoredScenario[];
  /**
   * Losing versions of scenarios changed in two tabs at once, each with its scenario's id (`id`) and its own token
   * (`rev`): in the list's order of their scenarios, then by token. See merge.ts.
   */
  conflicts: StoredScenario[];
  deleted: Tombstone[];
}

export const EMPTY_DOC: SavedDoc = { scenarios: [], conflicts: [], deleted: [] };

const LEVER_KEY_SET = new Set<string>(LEVER_KEYS);
const leversSchema = z
  .record(z.string(), z.number())
  .check(z.refine((levers) => Object.keys(levers).every((key) => LEVER_KEY_SET.has(key)), 'unknown lever'));
const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hold'), year: z.int().check(z.gte(FIRST_DATA_YEAR), z.lte(LAST_DATA_YEAR)) }),
  z.object({ kind: z.literal('value'), ftePer100k: z.number().check(z.gte(0), z.lte(500)) }),
]);
const pathSchema = z
  .array(
    z.object({
      recruitmentYear: z.int().check(z.gte(FIRST_DATA_YEAR), z.lte(LAST_PROJECTION_YEAR)),
      places: z.number().check(z.gte(0)),
    }),
  )
  .check(z.maxLength(10));
const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
export const REV_PATTERN = /^[A-Za-z0-9_-]{1,24}$/;
/**
 * Each choice as a saved scenario (and a scenarios file) stores it: one schema per field of ScenarioChoices (a
 * record over ChoiceKey, so a new choice cannot be left out; see src/model/scenario.ts). A choice added later must
 * read files saved before it: give it a default here (as patientGrowth has).
 */
const teamValuesSchema = z.partialRecord(z.enum(TEAM_GROUPS), z.number().check(z.gte(-10_000), z.lte(10_000)));

const CHOICE_SCHEMAS = {
  englandLevers: leversSchema,
  scopeLevers: z.record(z.string().check(z.regex(/^[A-Za-z0-9]{1,20}$/)), leversSchema),
  target: targetSchema,
  targetYear: z.int().check(z.gt(LAST_DATA_YEAR), z.lte(LAST_PROJECTION_YEAR)),
  // Files from before patient growth was a choice have none: each area's own trend.
  patientGrowth: z._default(z.nullable(z.number().check(z.gte(PATIENT_GROWTH_RANGE.min), z.lte(PATIENT_GROWTH_RANGE.max))), null),
  // Files from before the training path and the demand choice have neither: the levers' ramp, demand by the lists.
  trainingPath: z._default(z.nullable(pathSchema), null),
  demand: z._default(z.enum(DEMAND_CHOICES as readonly ['lists', 'ageing']), 'lists'),
  // Files from before the PCN team levers have none: the defaults.
  team: z._default(
    z.object({
      england: teamValuesSchema,
      scopes: z.record(z.string().check(z.regex(/^[A-Za-z0-9]{1,20}$/)), teamValuesSchema),
      gpTimeReleased: teamValuesSchema,
    }),
    () => emptyTeamChoices(),
  ),
} satisfies { [K in ChoiceKey]: z.ZodMiniType<unknown> };

const scenarioSchema = z.object({
  id: z.string().check(z.regex(ID_PATTERN)),
  name: z.string(),
  ...CHOICE_SCHEMAS,
  savedAt: z.optional(z.string()),
  // Checked leniently below: a damaged version token is replaced, it never makes a scenario unreadable.
  rev: z.optional(z.unknown()),
  prev: z.optional(z.unknown()),
  tab: z.optional(z.unknown()),
});
const tombstoneSchema = z.object({
  id: z.string().check(z.regex(ID_PATTERN)),
  revs: z.array(z.string().check(z.regex(REV_PATTERN))),
  deletedAt: z.string(),
  versionsOnly: z.optional(z.boolean()),
});
const fileSchema = z.object({
  version: z.number(),
  scenarios: z.array(z.unknown()),
  conflicts: z.optional(z.array(z.unknown())),
  deleted: z.optional(z.array(z.unknown())),
});
/** A tab's token (newTabId). */
export const TAB_PATTERN = /^[A-Za-z0-9_-]{1,24}$/;

export interface ReadResult extends SavedDoc {
  /** Raw JSON text of whatever could not be read, to set aside on the next save. */
  unreadable: string[];
  /** Plain-language notices for the person (nothing is said when all went well). */
  notices: string[];
}

const KEPT = 'Nothing was deleted: they stay in this browser, and are set aside (not overwritten) when you next save.';
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** A 53-bit string hash (cyrb53): the same text gives the same number in every tab. */
export function hashText(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A new id not in `taken` (no crypto.randomUUID: it needs a secure context, and the app may be served over http). */
export function newId(taken: readonly string[] | ReadonlySet<string>, random: () => number = Math.random): string {
  const has = Array.isArray(taken) ? (id: string) => taken.includes(id) : (id: string) => (taken as ReadonlySet<string>).has(id);
  for (;;) {
    const id = `s${Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0')}`;
    if (!has(id)) return id;
  }
}

/** A new version token (random: two tabs changing the same scenario get different ones). */
export function newRev(random: () => number = Math.random): string {
  return `r${Math.floor(random() * 36 ** 10)
    .toString(36)
    .padStart(10, '0')}`;
}

/** A lever's config in a scope given England's choices (from the model, as the URL parser uses). */
export type ConfigFor = (scope: string, key: LeverKey, englandLevers: Partial<LeverValues>) => KeyedLeverConfig;

/** Lever values back inside their ranges in their scope, as the URL parser does (unchanged without configs). */
function clampLevers(
  levers: Record<string, number>,
  configFor: ConfigFor | null,
  scope: string,
  england: Partial<LeverValues>,
): Partial<LeverValues> {
  const clamped: Partial<LeverValues> = {};
  for (const [name, value] of Object.entries(levers)) {
    if (!isLeverKey(name)) continue;
    clamped[name] = configFor ? clampToConfig(configFor(scope, name, england), value) : value;
  }
  return clamped;
}

/** A training path as stored, its places clamped like the lever's, one point a year, in year order. */
function readPath(path: readonly TrainingPoint[] | null | undefined, configFor: ConfigFor | null): TrainingPoint[] | null {
  if (!path || path.length === 0) return null;
  const config = configFor ? configFor(ENGLAND_SCOPE, 'trainingPlaces', {}) : null;
  const byYear = new Map<number, number>();
  for (const p of path)
    if (!byYear.has(p.recruitmentYear)) byYear.set(p.recruitmentYear, config ? clampToConfig(config, p.places) : p.places);
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([recruitmentYear, places]) => ({ recruitmentYear, places }));
}

/** `prev` as stored, if it is a list of tokens; anything else is dropped (the version then looks new). */
function readPrev(value: unknown, rev: string): string[] {
  if (!Array.isArray(value)) return [];
  const tokens = value.filter((v): v is string => typeof v === 'string' && REV_PATTERN.test(v) && v !== rev);
  return [...new Set(tokens)].slice(0, MAX_PREV);
}

/** Tombstones as stored: bad ones are dropped (they are bookkeeping, not the person's scenarios); one per id. */
function readTombstones(entries: readonly unknown[]): Tombstone[] {
  const byId = new Map<string, Tombstone>();
  for (const entry of entries) {
    const parsed = tombstoneSchema.safeParse(entry);
    if (!parsed.success) continue;
    const { id, revs, deletedAt, versionsOnly } = parsed.data;
    const before = byId.get(id);
    // A deletion of the scenario outweighs a setting aside of some of its versions.
    const onlyVersions = versionsOnly === true && (before === undefined || before.versionsOnly === true);
    byId.set(id, {
      id,
      revs: [...new Set([...(before?.revs ?? []), ...revs])].sort(),
      deletedAt: before && before.deletedAt > deletedAt ? before.deletedAt : deletedAt,
      ...(onlyVersions ? { versionsOnly: true as const } : {}),
    });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * One stored entry read and checked (null if it cannot be read). `text` is its JSON, from which a version
 * token is derived when it has none.
 */
function readEntry(entry: unknown, text: string, configFor: ConfigFor | null): StoredScenario | null {
  const parsed = scenarioSchema.safeParse(entry);
  const name = parsed.success ? cleanName(parsed.data.name) : '';
  if (!parsed.success || name === '') return null;
  const s = parsed.data;
  const rev = typeof s.rev === 'string' && REV_PATTERN.test(s.rev) ? s.rev : `h${hashText(text).toString(36)}`;
  const englandLevers = clampLevers(s.englandLevers, configFor, ENGLAND_SCOPE, {});
  return {
    id: s.id,
    name,
    ...copyChoices({
      ...s,
      englandLevers,
      scopeLevers: Object.fromEntries(
        Object.entries(s.scopeLevers).map(([code, l]) => [code, clampLevers(l, configFor, code, englandLevers)]),
      ),
      trainingPath: readPath(s.trainingPath, configFor),
    }),
    savedAt: s.savedAt ?? '',
    rev,
    prev: readPrev(s.prev, rev),
    ...(typeof s.tab === 'string' && TAB_PATTERN.test(s.tab) ? { tab: s.tab } : {}),
  };
}

/**
 * Entries read before, by their stored text, for the same lever ranges: another tab's write re-reads only the
 * entries it changed (checking and clamping 1,000 entries takes hundreds of milliseconds; looking them up, a few).
 * Entries are never changed once read (the store replaces, never edits, a scenario), so sharing them is safe.
 */
const CACHE_LIMIT = 20_000;
let cacheFor: { configFor: ConfigFor | null; entries: Map<string, StoredScenario> } | null = null;
function entryCache(configFor: ConfigFor | null): Map<string, StoredScenario> {
  if (cacheFor?.configFor !== configFor || cacheFor.entries.size > CACHE_LIMIT) cacheFor = { configFor, entries: new Map() };
  return cacheFor.entries;
}

/** The name a version-1 conflict copy had before " (conflicting copy)" was added (cut to fit, if it was long). */
function legacyCopyBase(name: string): string {
  return cleanName(name.slice(0, name.length - LEGACY_COPY_SUFFIX.length)) || name;
}

/**
 * Version 1's list as version 2's. Version 1 kept a conflict's losing version as a scenario of its own: id `k`
 * followed by the losing version's token, named "NAME (conflicting copy)", and the winner listed that token among
 * the versions it replaced. Each such copy whose original is still there (a scenario listing the token; followed
 * back if the original was itself a copy) becomes a conflicting version of that original, with the name it had
 * before the suffix, and the original no longer counts the token as replaced (else the merge would drop it). A
 * copy renamed since (no suffix) is the person's own scenario now; a copy whose original is gone stays a scenario.
 * Tombstones are kept as they are. The same text gives the same result in every tab.
 */
export function migrateV1(scenarios: readonly StoredScenario[]): { scenarios: StoredScenario[]; conflicts: StoredScenario[] } {
  // Which scenario lists each token as replaced (the first that does).
  const replacedBy = new Map<string, StoredScenario>();
  for (const s of scenarios) for (const r of s.prev) if (!replacedBy.has(r)) replacedBy.set(r, s);
  const copyOf = (s: StoredScenario): StoredScenario | undefined => {
    if (!s.name.endsWith(LEGACY_COPY_SUFFIX) || !s.id.startsWith('k')) return undefined;
    const original = replacedBy.get(s.id.slice(1));
    return original === s ? undefined : original;
  };
  /** The original a copy belongs to, following copies of copies back (at most 20 steps), or undefined. */
  const rootOf = (s: StoredScenario): StoredScenario | undefined => {
    let original = copyOf(s);
    for (let step = 0; original && step < 20; step += 1) {
      const further = copyOf(original);
      if (!further) return original;
      original = further;
    }
    return undefined;
  };
  const roots = new Map<StoredScenario, StoredScenario>();
  for (const s of scenarios) {
    const root = rootOf(s);
    if (root) roots.set(s, root);
  }
  if (roots.size === 0) return { scenarios: [...scenarios], conflicts: [] };
  // The tokens the copies were made of (their ids'): nobody counts them as replaced any more.
  const made = new Set([...roots.keys()].map((c) => c.id.slice(1)));
  const unlisted = (s: StoredScenario) =>
    s.prev.some((r) => made.has(r)) ? { ...s, prev: s.prev.filter((r) => !made.has(r)) } : s;
  const kept = scenarios.filter((s) => !roots.has(s)).map(unlisted);
  const byOriginal = new Map<string, StoredScenario[]>();
  for (const [copy, root] of roots) {
    const record = unlisted({ ...copy, id: root.id, name: legacyCopyBase(copy.name) });
    byOriginal.set(root.id, [...(byOriginal.get(root.id) ?? []), record]);
  }
  const byRev = (a: StoredScenario, b: StoredScenario) => (a.rev < b.rev ? -1 : a.rev > b.rev ? 1 : 0);
  return { scenarios: kept, conflicts: kept.flatMap((s) => (byOriginal.get(s.id) ?? []).sort(byRev)) };
}

/**
 * Reads the stored text. Never throws: bad JSON, a wrong shape, an unknown version or a bad entry is skipped
 * and reported. `configFor` clamps lever values into their ranges (null: values are kept as stored). Version 1
 * is read and migrated (migrateV1).
 */
export function parseSaved(raw: string | null, configFor: ConfigFor | null): ReadResult {
  const nothing = { scenarios: [], conflicts: [], deleted: [] };
  if (raw === null || raw === '') return { ...nothing, unreadable: [], notices: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const file = fileSchema.safeParse(json);
  if (!file.success)
    return {
      ...nothing,
      unreadable: [raw],
      notices: [`The saved scenarios in this browser could not be read and were skipped. ${KEPT}`],
    };
  const { version } = file.data;
  if (version !== FORMAT_VERSION && version !== LEGACY_FORMAT_VERSION)
    return {
      ...nothing,
      unreadable: [raw],
      notices: [
        `The saved scenarios in this browser are in a format this version of the planner cannot read (version ${String(version)}) and were skipped. ${KEPT}`,
      ],
    };
  let scenarios: StoredScenario[] = [];
  const unreadable: string[] = [];
  // Ids and names taken so far, so a repeat is found in constant time (a list of 1,000 reads in milliseconds).
  const ids = new Set<string>();
  const nameKeys = new Set<string>();
  const cache = entryCache(configFor);
  const read = (entry: unknown): StoredScenario | null => {
    const text = JSON.stringify(entry);
    const found = cache.get(text) ?? readEntry(entry, text, configFor);
    if (found === null) {
      unreadable.push(text);
      return null;
    }
    // Also by the text it has once written back (the store writes what it read): the next read of a list
    // this or another tab wrote finds it, whatever the form it was first stored in.
    if (!cache.has(text)) {
      cache.set(text, found);
      cache.set(JSON.stringify(found), found);
    }
    return found;
  };
  for (const entry of file.data.scenarios) {
    const found = read(entry);
    if (found === null) continue;
    const text = JSON.stringify(entry);
    // A repeated id (never written by the planner) gets a new one derived from the entry (seeded by its text:
    // the model's mulberry32), the same in every tab.
    const id = ids.has(found.id) ? newId(ids, seededRandom(hashText(text, 1))) : found.id;
    const name = nameKeys.has(nameKey(found.name)) ? uniqueName(found.name, nameKeys) : found.name;
    ids.add(id);
    nameKeys.add(nameKey(name));
    scenarios.push(id === found.id && name === found.name ? found : { ...found, id, name });
  }
  let conflicts: StoredScenario[] = [];
  if (version === LEGACY_FORMAT_VERSION) ({ scenarios, conflicts } = migrateV1(scenarios));
  else {
    // Conflicting versions: one per scenario and token; one whose scenario is missing (never written by the
    // planner) becomes a scenario, as a merge would make it, so that it is in sight.
    const versions = new Set<string>();
    for (const entry of file.data.conflicts ?? []) {
      const found = read(entry);
      if (found === null || versions.has(`${found.id} ${found.rev}`)) continue;
      versions.add(`${found.id} ${found.rev}`);
      if (ids.has(found.id)) conflicts.push(found);
      else {
        const name = nameKeys.has(nameKey(found.name)) ? uniqueName(found.name, nameKeys) : found.name;
        ids.add(found.id);
        nameKeys.add(nameKey(name));
        scenarios.push(name === found.name ? found : { ...found, name });
      }
    }
  }
  const n = unreadable.length;
  const notices = n
    ? [
        `${n} saved ${plural(n, 'scenario', 'scenarios')} could not be read and ${plural(n, 'was', 'were')} skipped. Nothing was deleted: ${plural(n, 'it stays', 'they stay')} in this browser, and ${plural(n, 'is', 'are')} set aside (not overwritten) when you next save.`,
      ]
    : [];
  return { scenarios, conflicts, deleted: readTombstones(file.data.deleted ?? []), unreadable, notices };
}

/** The stored text for a list of scenarios (with their versions, if they have them), tombstones and conflicting versions. */
export function serialiseSaved(
  scenarios: readonly SavedScenario[],
  deleted: readonly Tombstone[] = [],
  conflicts: readonly StoredScenario[] = [],
): string {
  return JSON.stringify({ version: FORMAT_VERSION, scenarios, conflicts, deleted });
}
