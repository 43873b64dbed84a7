// Scenarios as a file a colleague can open: the saved scenarios (names and choices) and which of them are
// compared, as JSON. Reading one is validated like every other input, by the same reader as the browser's
// own store (parseSaved: shape, ranges clamped, names cleaned); a file that is not one is explained and
// changes nothing, and entries that cannot be read are counted and skipped.
import { copyChoices } from '../../model';
import { MAP_LEVELS, type MapLevel } from '../../figures/map-levels';
import { MAX_SELECTED } from '../stores/view-store';
import { FORMAT_VERSION, parseSaved, type ConfigFor, type SavedScenario, type ScenarioChoices } from './scenarios';

export const SCENARIO_FILE_FORMAT = 'gp-workforce-planner-scenarios';
/** A scenarios file's version (its own: the browser's stored format moved to version 2, files did not change). */
export const SCENARIO_FILE_VERSION = 1;

export interface ScenarioFileEntry extends ScenarioChoices {
  name: string;
}

/**
 * The choices as a file holds them: a training path or demand basis left at its default is left out, so a file
 * without them reads the same in this version and in one from before they were choices.
 */
function fileChoices(s: ScenarioChoices): Partial<ScenarioChoices> {
  const { trainingPath, demand, ...rest } = copyChoices(s);
  return { ...rest, ...(trainingPath ? { trainingPath } : {}), ...(demand && demand !== 'lists' ? { demand } : {}) };
}

/** The areas the scenarios were made for: the view's geography level and selected areas when the file was written. */
export interface ScenarioFileArea {
  level: MapLevel;
  selected: string[];
}

export function scenarioFileText(
  scenarios: readonly SavedScenario[],
  comparedIds: readonly string[],
  area?: ScenarioFileArea,
): string {
  return `${JSON.stringify(
    {
      format: SCENARIO_FILE_FORMAT,
      version: SCENARIO_FILE_VERSION,
      ...(area ? { area: { level: area.level, selected: [...area.selected] } } : {}),
      scenarios: scenarios.map((s) => ({ name: s.name, ...fileChoices(s), compared: comparedIds.includes(s.id) })),
    },
    null,
    2,
  )}\n`;
}

/** `area`: the file's level and selected areas, when it has them (files written before it carried them do not). */
export type ScenarioFileRead =
  | { ok: true; scenarios: ScenarioFileEntry[]; compared: string[]; skipped: number; area?: ScenarioFileArea }
  | { ok: false; message: string };

/** The file's area if it is one (a known level, and area codes as text, at most MAX_SELECTED); else undefined. */
function readArea(raw: unknown): ScenarioFileArea | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { level, selected } = raw as { level?: unknown; selected?: unknown };
  const known = MAP_LEVELS.find((l) => l === level);
  if (known === undefined || !Array.isArray(selected)) return undefined;
  const codes = selected.filter((c): c is string => typeof c === 'string' && /^[A-Za-z0-9]{1,12}$/.test(c));
  return { level: known, selected: [...new Set(codes)].slice(0, MAX_SELECTED) };
}

const NOT_OURS = 'This file is not a scenarios file from the GP Workforce Planner';
const NOTHING_CHANGED = 'Nothing was changed.';

export function readScenarioFile(text: string, configFor: ConfigFor | null): ScenarioFileRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: `${NOT_OURS}: it is not JSON. ${NOTHING_CHANGED}` };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== SCENARIO_FILE_FORMAT)
    return { ok: false, message: `${NOT_OURS} (its "format" is not "${SCENARIO_FILE_FORMAT}"). ${NOTHING_CHANGED}` };
  const file = json as { version?: unknown; scenarios?: unknown; area?: unknown };
  if (file.version !== SCENARIO_FILE_VERSION)
    return {
      ok: false,
      message: `This scenarios file is version ${String(file.version)}, which this version of the planner cannot read. ${NOTHING_CHANGED}`,
    };
  if (!Array.isArray(file.scenarios) || file.scenarios.length === 0)
    return { ok: false, message: `This scenarios file has no scenarios in it. ${NOTHING_CHANGED}` };
  // Each entry gets a stand-in id (f0000000, f0000001, …) so the store's own reader can check it.
  const entries = file.scenarios.map((entry: unknown, i) =>
    typeof entry === 'object' && entry !== null ? { ...entry, id: `f${String(i).padStart(7, '0')}` } : entry,
  );
  const read = parseSaved(JSON.stringify({ version: FORMAT_VERSION, scenarios: entries }), configFor);
  const compared = read.scenarios
    .filter((s) => {
      const index = Number(s.id.slice(1));
      const original = file.scenarios as unknown[];
      return (original[index] as { compared?: unknown } | undefined)?.compared === true;
    })
    .map((s) => s.name);
  const scenarios = read.scenarios.map((s): ScenarioFileEntry => ({ name: s.name, ...copyChoices(s) }));
  if (scenarios.length === 0)
    return { ok: false, message: `None of the scenarios in this file could be read. ${NOTHING_CHANGED}` };
  const area = readArea(file.area);
  return { ok: true, scenarios, compared, skipped: file.scenarios.length - scenarios.length, ...(area ? { area } : {}) };
}
