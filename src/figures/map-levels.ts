// The geography levels and what each is called: the one table of level names. The map offers four of them;
// the CSV export and the upload's messages name all five.
// A type import only: the upload's worker reads these names, and must not pull in the data schemas (zod).
import type { AreaLevel } from '../data/schemas';

// "ICB" is the 36 ICBs of April 2026 (level key 'icb2026', `level=icb` in a link); "ICB (2022–2026)" the 42 of
// July 2022 to March 2026 that the bulletins to October 2025 report on (key 'icb', `level=icb2022` in a link).
export const MAP_LEVELS = ['region', 'icb2026', 'icb', 'subicb'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

/** Each level's names: `label` on controls and captions, `csv` in the export's area_level column, `phrase` in a sentence. */
export const LEVEL_NAMES: Readonly<Record<AreaLevel, { label: string; csv: string; phrase: string }>> = {
  england: { label: 'England', csv: 'England', phrase: 'England' },
  region: { label: 'Region', csv: 'Region', phrase: 'a region' },
  icb2026: { label: 'ICB', csv: 'ICB (April 2026)', phrase: 'an ICB of April 2026' },
  icb: { label: 'ICB (2022–2026)', csv: 'ICB (2022-2026)', phrase: 'an ICB' },
  subicb: { label: 'Sub-ICB (CCG)', csv: 'Sub-ICB location', phrase: 'a sub-ICB' },
};

export const LEVEL_LABELS: Readonly<Record<MapLevel, string>> = {
  region: LEVEL_NAMES.region.label,
  icb2026: LEVEL_NAMES.icb2026.label,
  icb: LEVEL_NAMES.icb.label,
  subicb: LEVEL_NAMES.subicb.label,
};

/** Each map level's value in a link: `level=icb` is today's 36 ICBs, as old links with `level=icb` meant "the ICBs". */
export const LEVEL_URL_VALUES: Readonly<Record<MapLevel, string>> = {
  region: 'region',
  icb2026: 'icb',
  icb: 'icb2022',
  subicb: 'subicb',
};
export const URL_VALUES = MAP_LEVELS.map((level) => LEVEL_URL_VALUES[level]);
/** The map level a link's `level` value names (already matched ignoring case), or undefined. */
export const levelFromUrl = (value: string): MapLevel | undefined =>
  MAP_LEVELS.find((level) => LEVEL_URL_VALUES[level] === value);

export const isMapLevel = (level: string): level is MapLevel => (MAP_LEVELS as readonly string[]).includes(level);

/** Whether a level name is one of the four. */
export const isAreaLevel = (level: string): level is AreaLevel => Object.hasOwn(LEVEL_NAMES, level);

/** England first, then region, ICB (2026, then 2022–2026), sub-ICB (LEVEL_NAMES' order): a level's place from the top. */
export const levelDepth = (level: AreaLevel): number => Object.keys(LEVEL_NAMES).indexOf(level);
