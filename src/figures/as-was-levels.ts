// The geography as it was (issue 21), what the first screen needs of it: the two levels' names on the Geography
// level control and in links, and reading a link's year. The rest (rows, CSV) is in as-was.ts, in the as-was chunk.
import type { AsWasLevel } from '../data/schemas';
import { isMonthKey } from '../lib/years';

export type { AsWasLevel };
export const AS_WAS_LEVEL_KEYS = ['ccg', 'localOffice'] as const satisfies readonly AsWasLevel[];

/** Each as-was level's names: on the Geography level control, in a link, in the CSV export's area_level column. */
export const AS_WAS_NAMES: Readonly<Record<AsWasLevel, { label: string; url: string; csv: string; plural: string }>> = {
  ccg: { label: 'CCG (as was)', url: 'ccg-as-was', csv: 'CCG (as was)', plural: 'CCGs' },
  localOffice: {
    label: 'NHS England local office (as was)',
    url: 'local-office-as-was',
    csv: 'NHS England local office (as was)',
    plural: 'local offices',
  },
};

/** The as-was level a link's `level` value names (any letter case), or undefined. */
export const asWasLevelFromUrl = (value: string): AsWasLevel | undefined =>
  AS_WAS_LEVEL_KEYS.find((level) => AS_WAS_NAMES[level].url === value.trim().toLowerCase());

/**
 * The year of `years` nearest to `year` (the later of two as near); a bulletin month (202510) counts as its
 * financial year. `years` must not be empty.
 */
export function nearestYear(years: readonly number[], year: number): number {
  const target = isMonthKey(year) ? Math.floor(year / 100) + (year % 100 >= 4 ? 1 : 0) : year;
  let best = years[0]!;
  for (const y of years)
    if (Math.abs(y - target) < Math.abs(best - target) || (Math.abs(y - target) === Math.abs(best - target) && y > best))
      best = y;
  return best;
}

/** A financial year as an as-was link writes it: 2017 (2016/17) is "2016-17". */
export const fyParam = (year: number): string => `${year - 1}-${String(year).slice(-2)}`;

/**
 * A link's year at an as-was level: "2016-17", "2016/17" or the year's end "2017" give 2017; anything else
 * (a month, "2016-18", text) gives null.
 */
export function parseFyParam(text: string): number | null {
  const t = text.trim();
  const pair = /^(\d{4})[-/](\d{2})$/.exec(t);
  if (pair) {
    const start = Number(pair[1]);
    return (start + 1) % 100 === Number(pair[2]) ? start + 1 : null;
  }
  return /^\d{4}$/.test(t) ? Number(t) : null;
}

/** Whether a link's query names an as-was level (the app then loads as-was.json before reading the link). */
export function linkNamesAsWas(search: string): boolean {
  try {
    for (const [name, value] of new URLSearchParams(search))
      if (name.trim().toLowerCase() === 'level' && asWasLevelFromUrl(value)) return true;
  } catch {
    return false;
  }
  return false;
}
