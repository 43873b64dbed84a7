// Pure search for the area picker: which regions, ICBs and sub-ICBs match what the person typed,
// by today's name, former CCG name, ODS code (QT6, 11N) or ONS code (E54000036), best matches first.
import type { Area } from '../../data/schemas';

/** The picker lists this many at most; typing more narrows the list. */
export const MAX_RESULTS = 12;

export interface AreaMatch {
  area: Area;
  /** Set when the match was on the former CCG name, so the option can say why it is listed. */
  viaFormerName: boolean;
}

const LEVEL_ORDER: Record<Area['level'], number> = { england: 0, region: 1, icb: 2, subicb: 3 };

// Lower is better: an exact code, then a name that starts with the query, then one with a word that does,
// then one that contains it anywhere, then a former name that contains it.
function score(area: Area, query: string): { rank: number; viaFormerName: boolean } | null {
  const name = area.name.toLowerCase();
  if (area.code.toLowerCase() === query || area.onsCode.toLowerCase() === query) return { rank: 0, viaFormerName: false };
  if (name.startsWith(query)) return { rank: 1, viaFormerName: false };
  if (name.split(/[\s\-()]+/).some((word) => word.startsWith(query))) return { rank: 2, viaFormerName: false };
  if (name.includes(query)) return { rank: 3, viaFormerName: false };
  if (area.formerName?.toLowerCase().includes(query)) return { rank: 4, viaFormerName: true };
  return null;
}

/** Areas (England itself excluded) matching the query, best first; ties by level, then name. */
export function matchAreas(areas: readonly Area[], typed: string): { matches: AreaMatch[]; total: number } {
  const query = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  if (query === '') return { matches: [], total: 0 };
  const scored: { area: Area; rank: number; viaFormerName: boolean }[] = [];
  for (const area of areas) {
    if (area.level === 'england') continue;
    const s = score(area, query);
    if (s) scored.push({ area, ...s });
  }
  scored.sort(
    (a, b) => a.rank - b.rank || LEVEL_ORDER[a.area.level] - LEVEL_ORDER[b.area.level] || a.area.name.localeCompare(b.area.name),
  );
  return {
    matches: scored.slice(0, MAX_RESULTS).map(({ area, viaFormerName }) => ({ area, viaFormerName })),
    total: scored.length,
  };
}
