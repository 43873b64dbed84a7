// The geography levels and what each is called: the one table of level names. The map offers three of them
// ("ICB (STP)": today's term with the former one); the CSV export and the upload's messages name all four.
// A type import only: the upload's worker reads these names, and must not pull in the data schemas (zod).
import type { AreaLevel } from '../data/schemas';

export const MAP_LEVELS = ['region', 'icb', 'subicb'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

/** Each level's names: `label` on controls and captions, `csv` in the export's area_level column, `phrase` in a sentence. */
export const LEVEL_NAMES: Readonly<Record<AreaLevel, { label: string; csv: string; phrase: string }>> = {
  england: { label: 'England', csv: 'England', phrase: 'England' },
  region: { label: 'Region', csv: 'Region', phrase: 'a region' },
  icb: { label: 'ICB (STP)', csv: 'ICB', phrase: 'an ICB' },
  subicb: { label: 'Sub-ICB (CCG)', csv: 'Sub-ICB location', phrase: 'a sub-ICB' },
};

export const LEVEL_LABELS: Readonly<Record<MapLevel, string>> = {
  region: LEVEL_NAMES.region.label,
  icb: LEVEL_NAMES.icb.label,
  subicb: LEVEL_NAMES.subicb.label,
};

export const isMapLevel = (level: string): level is MapLevel => (MAP_LEVELS as readonly string[]).includes(level);

/** Whether a level name is one of the four. */
export const isAreaLevel = (level: string): level is AreaLevel => Object.hasOwn(LEVEL_NAMES, level);

/** England first, then region, ICB, sub-ICB (LEVEL_NAMES' order): a level's place from the top. */
export const levelDepth = (level: AreaLevel): number => Object.keys(LEVEL_NAMES).indexOf(level);
