// Named scenarios kept in the browser's localStorage: the stored format, its validation, and the names.
// Pure functions over text and a Storage object. Reading never writes: anything that cannot be read is
// reported and kept as raw text, then set aside under BACKUP_KEY (never deleted) the next time the person saves.
import * as z from 'zod/mini';
import { PATIENT_GROWTH_RANGE } from './scenario-store';
import {
  ENGLAND_SCOPE,
  LEVER_KEYS,
  clampToConfig,
  isLeverKey,
  type KeyedLeverConfig,
  type LeverKey,
  type LeverValues,
  type ScenarioChoices,
} from '../model';
import { FIRST_DATA_YEAR, LAST_DATA_YEAR, LAST_PROJECTION_YEAR } from '../lib/years';

export type { ScenarioChoices };

export const STORAGE_KEY = 'gpw.savedScenarios';
/** Raw text of entries that could not be read, set aside so that saving never destroys them. */
export const BACKUP_KEY = 'gpw.savedScenarios.unreadable';
export const FORMAT_VERSION = 1;
export const MAX_NAME_LENGTH = 80;

export interface SavedScenario extends ScenarioChoices {
  id: string;
  name: string;
  /** ISO 8601 time it was saved or last changed. */
  savedAt: string;
}

const LEVER_KEY_SET = new Set<string>(LEVER_KEYS);
const leversSchema = z
  .record(z.string(), z.number())
  .check(z.refine((levers) => Object.keys(levers).every((key) => LEVER_KEY_SET.has(key)), 'unknown lever'));
const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hold'), year: z.int().check(z.gte(FIRST_DATA_YEAR), z.lte(LAST_DATA_YEAR)) }),
  z.object({ kind: z.literal('value'), ftePer100k: z.number().check(z.gte(0), z.lte(500)) }),
]);
const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
const scenarioSchema = z.object({
  id: z.string().check(z.regex(ID_PATTERN)),
  name: z.string(),
  englandLevers: leversSchema,
  scopeLevers: z.record(z.string().check(z.regex(/^[A-Za-z0-9]{1,20}$/)), leversSchema),
  target: targetSchema,
  targetYear: z.int().check(z.gt(LAST_DATA_YEAR), z.lte(LAST_PROJECTION_YEAR)),
  patientGrowth: z.optional(z.nullable(z.number().check(z.gte(PATIENT_GROWTH_RANGE.min), z.lte(PATIENT_GROWTH_RANGE.max)))),
  savedAt: z.optional(z.string()),
});
const fileSchema = z.object({ version: z.number(), scenarios: z.array(z.unknown()) });

export interface ReadResult {
  scenarios: SavedScenario[];
  /** Raw JSON text of whatever could not be read, to set aside on the next save. */
  unreadable: string[];
  /** Plain-language notices for the person (nothing is said when all went well). */
  notices: string[];
}

const KEPT = 'Nothing was deleted: they stay in this browser, and are set aside (not overwritten) when you next save.';
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Trims, folds runs of white space (including new lines) to one space, and cuts to 80 characters. */
export function cleanName(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  // Array.from counts characters, not UTF-16 units, so an emoji is never cut in half.
  return Array.from(folded).slice(0, MAX_NAME_LENGTH).join('').trim();
}

/** `name`, or "name (2)", "name (3)", ... if another scenario has it already (ignoring case). */
export function uniqueName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLocaleLowerCase('en-GB')));
  if (!lower.has(name.toLocaleLowerCase('en-GB'))) return name;
  const base = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${Array.from(base)
      .slice(0, MAX_NAME_LENGTH - suffix.length)
      .join('')
      .trimEnd()}${suffix}`;
    if (!lower.has(candidate.toLocaleLowerCase('en-GB'))) return candidate;
  }
}

/** A new id not in `taken` (no crypto.randomUUID: it needs a secure context, and the app may be served over http). */
export function newId(taken: readonly string[], random: () => number = Math.random): string {
  for (;;) {
    const id = `s${Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0')}`;
    if (!taken.includes(id)) return id;
  }
}

/** A lever's config in a scope given England's choices (from the model, as the URL parser uses). */
export type ConfigFor = (scope: string, key: LeverKey, englandLevers: Partial<LeverValues>) => KeyedLeverConfig;

/** Lever values back inside their ranges in their scope, as the URL parser does. */
function clampLevers(
  levers: Record<string, number>,
  configFor: ConfigFor,
  scope: string,
  england: Partial<LeverValues>,
): Partial<LeverValues> {
  const clamped: Partial<LeverValues> = {};
  for (const [name, value] of Object.entries(levers)) {
    if (!isLeverKey(name)) continue;
    clamped[name] = clampToConfig(configFor(scope, name, england), value);
  }
  return clamped;
}

/** Reads the stored text. Never throws: bad JSON, a wrong shape, an unknown version or a bad entry is skipped and reported. */
export function parseSaved(raw: string | null, configFor: ConfigFor): ReadResult {
  if (raw === null || raw === '') return { scenarios: [], unreadable: [], notices: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const file = fileSchema.safeParse(json);
  if (!file.success)
    return {
      scenarios: [],
      unreadable: [raw],
      notices: [`The saved scenarios in this browser could not be read and were skipped. ${KEPT}`],
    };
  if (file.data.version !== FORMAT_VERSION)
    return {
      scenarios: [],
      unreadable: [raw],
      notices: [
        `The saved scenarios in this browser are in a format this version of the planner cannot read (version ${String(file.data.version)}) and were skipped. ${KEPT}`,
      ],
    };
  const scenarios: SavedScenario[] = [];
  const unreadable: string[] = [];
  for (const entry of file.data.scenarios) {
    const parsed = scenarioSchema.safeParse(entry);
    const name = parsed.success ? cleanName(parsed.data.name) : '';
    if (!parsed.success || name === '') {
      unreadable.push(JSON.stringify(entry));
      continue;
    }
    const s = parsed.data;
    const ids = scenarios.map((x) => x.id);
    const englandLevers = clampLevers(s.englandLevers, configFor, ENGLAND_SCOPE, {});
    scenarios.push({
      id: ids.includes(s.id) ? newId(ids) : s.id,
      name: uniqueName(
        name,
        scenarios.map((x) => x.name),
      ),
      englandLevers,
      scopeLevers: Object.fromEntries(
        Object.entries(s.scopeLevers).map(([code, l]) => [code, clampLevers(l, configFor, code, englandLevers)]),
      ),
      target: s.target,
      targetYear: s.targetYear,
      patientGrowth: s.patientGrowth ?? null,
      savedAt: s.savedAt ?? '',
    });
  }
  const n = unreadable.length;
  const notices = n
    ? [
        `${n} saved ${plural(n, 'scenario', 'scenarios')} could not be read and ${plural(n, 'was', 'were')} skipped. Nothing was deleted: ${plural(n, 'it stays', 'they stay')} in this browser, and ${plural(n, 'is', 'are')} set aside (not overwritten) when you next save.`,
      ]
    : [];
  return { scenarios, unreadable, notices };
}

export function serialiseSaved(scenarios: readonly SavedScenario[]): string {
  return JSON.stringify({ version: FORMAT_VERSION, scenarios });
}

/** The backup key's new text: what it held already (even if that is not JSON) followed by the newly unreadable entries. */
export function backupText(existing: string | null, unreadable: readonly string[]): string {
  let kept: string[] = [];
  if (existing !== null) {
    try {
      const parsed: unknown = JSON.parse(existing);
      kept = Array.isArray(parsed) && parsed.every((p) => typeof p === 'string') ? (parsed as string[]) : [existing];
    } catch {
      kept = [existing];
    }
  }
  return JSON.stringify([...kept, ...unreadable]);
}

/** `setAside`: the unreadable entries reached the backup key (so they need not be written again). */
export type StorageOutcome = { ok: true } | { ok: false; message: string; setAside: boolean };

export const UNAVAILABLE_MESSAGE =
  'This browser is not letting the planner keep scenarios (storage is turned off or blocked). Scenarios you save now last until you close or reload the page.';
export const QUOTA_MESSAGE =
  "This browser's storage is full, so the change was not kept after the page closes. Your scenarios are still here on this page: delete some saved scenarios, or free space in the browser, then save again.";

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** The page's localStorage, or null where the browser refuses it (private modes, blocked site data). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The stored text, or an error message when storage cannot be read. */
export function readStored(storage: Storage | null): { text: string | null } | { error: string } {
  if (!storage) return { error: UNAVAILABLE_MESSAGE };
  try {
    return { text: storage.getItem(STORAGE_KEY) };
  } catch {
    return { error: UNAVAILABLE_MESSAGE };
  }
}

/** Writes the scenarios, after first setting aside any unreadable entries (if that fails, nothing is overwritten). */
export function writeStored(
  storage: Storage | null,
  scenarios: readonly SavedScenario[],
  unreadable: readonly string[],
): StorageOutcome {
  if (!storage) return { ok: false, message: UNAVAILABLE_MESSAGE, setAside: false };
  let setAside = unreadable.length === 0;
  try {
    if (!setAside) storage.setItem(BACKUP_KEY, backupText(storage.getItem(BACKUP_KEY), unreadable));
    setAside = true;
    storage.setItem(STORAGE_KEY, serialiseSaved(scenarios));
    return { ok: true };
  } catch (error) {
    return { ok: false, message: isQuotaError(error) ? QUOTA_MESSAGE : UNAVAILABLE_MESSAGE, setAside };
  }
}
