// Which practices an upload's practice rows leave out, per sub-ICB and year. The baseline's practices for a
// sub-ICB-year are those with a row in that year's workforce collection (data/practices/<code>.json, the
// practice-years areas.json sums). A year after the baseline has no practices of its own: it is compared with
// the practices of the baseline's last year, and the listed practices' baseline cannot be known for it.
// Pure and cheap: a few set look-ups per sub-ICB-year, on the page once the worker has read the file.
import type { PracticeFiguresFile } from '../../data/practice-figures';
import type { PracticeGroup } from './upload-format';

export interface Figures {
  fte: number;
  headcount: number;
  patients: number;
}

export interface MissingPractice {
  code: string;
  name: string | null;
}

export type Coverage =
  /** The rows list every practice the baseline has for the sub-ICB that year. */
  | { kind: 'complete' }
  | {
      kind: 'incomplete';
      /** Baseline practices the rows leave out, by code. */
      missing: MissingPractice[];
      /** Practices in the baseline for `comparedYear` (the group's year, or the baseline's last for a new year). */
      baselinePractices: number;
      comparedYear: number;
      /** The listed practices' own baseline figures summed, or null for a year after the baseline. */
      listedBaseline: Figures | null;
      /** How many of the listed practices are in the baseline for the group's year. */
      listedInBaseline: number;
    }
  /** The practice figures could not be loaded, so what is missing is not known. */
  | { kind: 'unknown'; reason: string };

export interface GroupCoverage extends PracticeGroup {
  coverage: Coverage;
}

export const groupKey = (g: { code: string; year: number }) => `${g.code}|${g.year}`;

/**
 * Sub-ICBs whose practice figures are needed: those with a sub-ICB-year whose rows do not list every practice
 * ever placed in it (data/practices.json). Listing all of them covers any year's baseline, with no fetch.
 */
export function subIcbsToCheck(groups: readonly PracticeGroup[], placed: Readonly<Record<string, readonly string[]>>): string[] {
  const codes = new Set<string>();
  for (const group of groups) {
    if (codes.has(group.code)) continue;
    const listed = new Set(group.practiceCodes);
    if ((placed[group.code] ?? []).some((practice) => !listed.has(practice))) codes.add(group.code);
  }
  return [...codes].sort();
}

/** What each practice group covers, given the practice figures of the sub-ICBs `subIcbsToCheck` named. */
export function practiceCoverage({
  groups,
  figures,
}: {
  groups: readonly PracticeGroup[];
  /** Sub-ICB code -> its practice figures, or the reason they could not be loaded; absent: nothing to check. */
  figures: ReadonlyMap<string, PracticeFiguresFile | { error: string }>;
}): GroupCoverage[] {
  return groups.map((group) => {
    const file = figures.get(group.code);
    if (!file) return { ...group, coverage: { kind: 'complete' } };
    if ('error' in file) return { ...group, coverage: { kind: 'unknown', reason: file.error } };
    const lastYear = file.years[file.years.length - 1] ?? group.year;
    const newYear = group.year > lastYear;
    const comparedYear = newYear ? lastYear : group.year;
    const yi = file.years.indexOf(comparedYear);
    const inBaseline = file.practices.filter((p) => (p.fte[yi] ?? null) !== null);
    const listed = new Set(group.practiceCodes);
    const missing = inBaseline.filter((p) => !listed.has(p.code)).map(({ code, name }) => ({ code, name }));
    if (missing.length === 0) return { ...group, coverage: { kind: 'complete' } };
    const listedInBaseline = inBaseline.filter((p) => listed.has(p.code));
    const sum = (measure: keyof Figures) => listedInBaseline.reduce((total, p) => total + (p[measure][yi] ?? 0), 0);
    return {
      ...group,
      coverage: {
        kind: 'incomplete',
        missing,
        baselinePractices: inBaseline.length,
        comparedYear,
        listedBaseline: newYear ? null : { fte: sum('fte'), headcount: sum('headcount'), patients: sum('patients') },
        listedInBaseline: newYear ? 0 : listedInBaseline.length,
      },
    };
  });
}
