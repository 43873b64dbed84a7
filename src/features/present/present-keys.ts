// Presentation mode's stepping rules, pure so they can be tested without a browser: which year or area an
// arrow key moves to, where "play" starts, and which key does what.
import type { LevelRow } from '../../figures/level-rows';
import { isMonthKey, monthOnYearAxis } from '../../lib/years';

export type Step = -1 | 1;

/** The year one step along `years` (history then projection), clamped at both ends. */
export function stepYear(years: readonly number[], year: number, step: Step): number {
  if (years.length === 0) return year;
  // The bulletin's month (Oct 2025) sits on the Year control between 2024/25 and 2025/26: a step goes to either.
  if (isMonthKey(year)) {
    const within = Math.ceil(monthOnYearAxis(year) - 0.5);
    const to = step > 0 ? years.find((y) => y >= within) : [...years].reverse().find((y) => y < within);
    return to ?? year;
  }
  const i = years.indexOf(year);
  // A year outside the list (e.g. a projected year before the projection has run) snaps to the nearer end.
  if (i < 0) return year < (years[0] ?? year) ? (years[0] ?? year) : (years[years.length - 1] ?? year);
  return years[Math.min(years.length - 1, Math.max(0, i + step))] ?? year;
}

/** Where play starts: from the current year, or from the first when already at the last (a replay). */
export function playStartYear(years: readonly number[], year: number): number {
  return year === years[years.length - 1] ? (years[0] ?? year) : year;
}

/**
 * Area codes in the Areas table's default order: rank 1 (highest value) first, unranked (no data) last,
 * ties by name. The same order as sortRows(rows, 'rank', 'ascending') in features/table.
 */
export function rankedCodes(rows: readonly LevelRow[]): string[] {
  return [...rows]
    .sort((a, b) => {
      if (a.rank === null || b.rank === null) {
        if (a.rank === b.rank) return a.name.localeCompare(b.name);
        return a.rank === null ? 1 : -1;
      }
      return a.rank - b.rank || a.name.localeCompare(b.name);
    })
    .map((r) => r.code);
}

/**
 * The area one step along the ranked list (↓ = +1 = further down the ranking), clamped at both ends.
 * With no area chosen (England) or one not at this level, ↓ starts at the top and ↑ at the bottom.
 */
export function stepArea(ranked: readonly string[], current: string | undefined, step: Step): string | undefined {
  if (ranked.length === 0) return current;
  const i = current === undefined ? -1 : ranked.indexOf(current);
  if (i < 0) return step === 1 ? ranked[0] : ranked[ranked.length - 1];
  return ranked[Math.min(ranked.length - 1, Math.max(0, i + step))];
}

/** Makes `code` the area the presentation follows, keeping any other areas chosen for comparison. */
export function withPrimary(selected: readonly string[], code: string): string[] {
  return [code, ...selected.slice(1).filter((c) => c !== code)];
}

export type PresentAction = 'previousYear' | 'nextYear' | 'previousArea' | 'nextArea' | 'togglePlay' | 'leave';

const KEY_ACTIONS: Readonly<Record<string, PresentAction>> = {
  ArrowLeft: 'previousYear',
  ArrowRight: 'nextYear',
  ArrowUp: 'previousArea',
  ArrowDown: 'nextArea',
  ' ': 'togglePlay',
  Escape: 'leave',
};

/** The action for a key, or null for keys presentation mode leaves alone (Tab, Enter, letters...). */
export function presentAction(key: string): PresentAction | null {
  return KEY_ACTIONS[key] ?? null;
}
