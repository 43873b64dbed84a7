// The workforce series the screens read: history from data/, followed (once the model runs) by projections.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery } from '../data/queries';
import { buildDataset, type Dataset } from '../data/dataset';
import { levelRows, type LevelRow } from '../lib/level-rows';
import type { WorkforceSeries } from '../lib/metrics';
import { useViewStore } from './view-store';

export const ENGLAND = 'ENG';

export interface Workforce {
  dataset: Dataset;
  /** What the map, table and headline show: history, then the scenario's projection. */
  series: WorkforceSeries;
  years: readonly number[];
}

export function useWorkforce(): Workforce | null {
  const { data } = useQuery(areasQuery());
  return useMemo(() => {
    if (!data) return null;
    const dataset = buildDataset(data);
    return { dataset, series: dataset.history, years: dataset.years };
  }, [data]);
}

export function useLevelRows(workforce: Workforce | null): LevelRow[] {
  const level = useViewStore((s) => s.level);
  const metric = useViewStore((s) => s.metric);
  const year = useViewStore((s) => s.year);
  const baseYear = useViewStore((s) => s.baseYear);
  return useMemo(() => {
    if (!workforce) return [];
    return levelRows({ areas: workforce.dataset.atLevel[level], series: workforce.series, metric, year, baseYear, englandCode: ENGLAND });
  }, [workforce, level, metric, year, baseYear]);
}
