// Loads what is needed to say which practices an upload's practice rows leave out: the practice lookup
// (data/practices.json, already fetched to read the file) and, only for the sub-ICBs whose rows do not list
// every practice ever placed there, their per-practice figures (data/practices/<code>.json).
import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { practicesQuery } from '../../data/practices';
import { practiceFiguresQuery, type PracticeFiguresFile } from '../../data/practice-figures';
import { practiceCoverage, subIcbsToCheck, type GroupCoverage } from './practice-coverage';
import type { PracticeGroup } from './upload-format';

export type CoverageState = { status: 'checking' } | { status: 'ready'; groups: GroupCoverage[] };

const NO_GROUPS: GroupCoverage[] = [];

interface Loaded {
  data: PracticeFiguresFile | undefined;
  error: string | null;
  pending: boolean;
}
/** Module-level, so react-query keeps the combined array stable (structurally shared) between renders. */
const combine = (results: { data?: PracticeFiguresFile; error: Error | null; isPending: boolean }[]): Loaded[] =>
  results.map(({ data, error, isPending }) => ({ data, error: error ? error.message : null, pending: isPending }));

export function usePracticeCoverage(groups: readonly PracticeGroup[]): CoverageState {
  const any = groups.length > 0;
  const placed = useQuery({ ...practicesQuery(), enabled: any });
  const toCheck = useMemo(() => (placed.data ? subIcbsToCheck(groups, placed.data.subIcbs) : []), [groups, placed.data]);
  const files = useQueries({ queries: toCheck.map((code) => practiceFiguresQuery(code)), combine });
  const settled = files.every((f) => !f.pending);
  const coverage = useMemo(() => {
    if (!any || !settled) return NO_GROUPS;
    const figures = new Map<string, PracticeFiguresFile | { error: string }>();
    toCheck.forEach((code, i) => {
      const file = files[i];
      if (file?.data) figures.set(code, file.data);
      else figures.set(code, { error: file?.error ?? 'it did not load' });
    });
    return practiceCoverage({ groups, figures });
  }, [any, settled, toCheck, files, groups]);

  if (!any) return { status: 'ready', groups: NO_GROUPS };
  if (placed.error)
    return {
      status: 'ready',
      groups: groups.map((g) => ({ ...g, coverage: { kind: 'unknown', reason: placed.error.message } })),
    };
  if (placed.isPending || !settled) return { status: 'checking' };
  return { status: 'ready', groups: coverage };
}
