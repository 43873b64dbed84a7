// Sorting for the practice and PCN tables: missing values always last, whichever the direction; ties by name.
export type SortDirection = 'ascending' | 'descending';

export function sortBy<T extends { name: string }, K extends keyof T & string>(
  rows: readonly T[],
  key: K,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const av = a[key];
    const bv = b[key];
    if (typeof av === 'string' || typeof bv === 'string') {
      if (av === null || av === undefined) return bv === null || bv === undefined ? a.name.localeCompare(b.name) : 1;
      if (bv === null || bv === undefined) return -1;
      return sign * String(av).localeCompare(String(bv)) || a.name.localeCompare(b.name);
    }
    const an = typeof av === 'number' && Number.isFinite(av) ? av : null;
    const bn = typeof bv === 'number' && Number.isFinite(bv) ? bv : null;
    if (an === null && bn === null) return a.name.localeCompare(b.name);
    if (an === null) return 1;
    if (bn === null) return -1;
    return sign * (an - bn) || a.name.localeCompare(b.name);
  });
}
