// The map's geography levels and their labels ("ICB (STP)": today's term with the former one).
export const MAP_LEVELS = ['region', 'icb', 'subicb'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];
export const LEVEL_LABELS: Record<MapLevel, string> = { region: 'Region', icb: 'ICB (STP)', subicb: 'Sub-ICB (CCG)' };
