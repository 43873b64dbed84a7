// Sorting for the Areas table: missing values always last, whichever the direction.
import type { LevelRow } from '../../figures/level-rows';

export const SORT_KEYS = ['name', 'value', 'flagPer100k', 'rank', 'changeFte', 'changePct'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export function sortRows(rows: readonly LevelRow[], key: SortKey, direction: SortDirection): LevelRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * a.name.localeCompare(b.name);
    const av = a[key] ?? null;
    const bv = b[key] ?? null;
    if (av === null && bv === null) return a.name.localeCompare(b.name);
    if (av === null) return 1;
    if (bv === null) return -1;
    return sign * (av - bv) || a.name.localeCompare(b.name);
  });
}
