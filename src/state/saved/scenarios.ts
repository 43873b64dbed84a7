// Named scenarios kept in the browser's localStorage: the stored format and its validation. Pure functions
// over text. Reading never writes: anything that cannot be read is reported and kept as raw text, then set
// aside under BACKUP_KEY (never deleted) the next time the list is written (saved-scenarios-storage.ts).
//
// The format (version 1): { version: 1, scenarios: [...], deleted: [...] }. Each scenario carries `rev`, a
// token new with every change, and `prev`, the tokens of the versions it replaced (newest first); `deleted`
// holds tombstones, the ids and versions deleted and when. Other tabs merge by these (saved-scenarios-merge.ts).
// Files from before versions were kept have neither: a scenario's rev is then a hash of its stored text, the
// same in every tab, and `deleted` is empty.
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

export const FORMAT_VERSION = 1;
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
}

/** A deleted scenario: its id, the versions deleted (the one seen and those before it, sorted), and when. */
export interface Tombstone {
  id: string;
  revs: string[];
  /** ISO 8601. */
  deletedAt: string;
}

export interface SavedDoc {
  scenarios: StoredScenario[];
  deleted: Tombstone[];
}

export const EMPTY_DOC: SavedDoc = { scenarios: [], deleted: [] };

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
});
const tombstoneSchema = z.object({
  id: z.string().check(z.regex(ID_PATTERN)),
  revs: z.array(z.string().check(z.regex(REV_PATTERN))),
  deletedAt: z.string(),
});
const fileSchema = z.object({
  version: z.number(),
  scenarios: z.array(z.unknown()),
  deleted: z.optional(z.array(z.unknown())),
});

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
    const { id, revs, deletedAt } = parsed.data;
    const before = byId.get(id);
    byId.set(id, {
      id,
      revs: [...new Set([...(before?.revs ?? []), ...revs])].sort(),
      deletedAt: before && before.deletedAt > deletedAt ? before.deletedAt : deletedAt,
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

/**
 * Reads the stored text. Never throws: bad JSON, a wrong shape, an unknown version or a bad entry is skipped
 * and reported. `configFor` clamps lever values into their ranges (null: values are kept as stored).
 */
export function parseSaved(raw: string | null, configFor: ConfigFor | null): ReadResult {
  const nothing = { scenarios: [], deleted: [] };
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
  if (file.data.version !== FORMAT_VERSION)
    return {
      ...nothing,
      unreadable: [raw],
      notices: [
        `The saved scenarios in this browser are in a format this version of the planner cannot read (version ${String(file.data.version)}) and were skipped. ${KEPT}`,
      ],
    };
  const scenarios: StoredScenario[] = [];
  const unreadable: string[] = [];
  // Ids and names taken so far, so a repeat is found in constant time (a list of 1,000 reads in milliseconds).
  const ids = new Set<string>();
  const nameKeys = new Set<string>();
  const cache = entryCache(configFor);
  for (const entry of file.data.scenarios) {
    const text = JSON.stringify(entry);
    const read = cache.get(text) ?? readEntry(entry, text, configFor);
    if (read === null) {
      unreadable.push(text);
      continue;
    }
    // Also by the text it has once written back (the store writes what it read): the next read of a list
    // this or another tab wrote finds it, whatever the form it was first stored in.
    if (!cache.has(text)) {
      cache.set(text, read);
      cache.set(JSON.stringify(read), read);
    }
    // A repeated id (never written by the planner) gets a new one derived from the entry (seeded by its text:
    // the model's mulberry32), the same in every tab.
    const id = ids.has(read.id) ? newId(ids, seededRandom(hashText(text, 1))) : read.id;
    const name = nameKeys.has(nameKey(read.name)) ? uniqueName(read.name, nameKeys) : read.name;
    ids.add(id);
    nameKeys.add(nameKey(name));
    scenarios.push(id === read.id && name === read.name ? read : { ...read, id, name });
  }
  const n = unreadable.length;
  const notices = n
    ? [
        `${n} saved ${plural(n, 'scenario', 'scenarios')} could not be read and ${plural(n, 'was', 'were')} skipped. Nothing was deleted: ${plural(n, 'it stays', 'they stay')} in this browser, and ${plural(n, 'is', 'are')} set aside (not overwritten) when you next save.`,
      ]
    : [];
  return { scenarios, deleted: readTombstones(file.data.deleted ?? []), unreadable, notices };
}

/** The stored text for a list of scenarios (with their versions, if they have them) and tombstones. */
export function serialiseSaved(scenarios: readonly SavedScenario[], deleted: readonly Tombstone[] = []): string {
  return JSON.stringify({ version: FORMAT_VERSION, scenarios, deleted });
}
