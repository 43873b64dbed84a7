// The open Practice view's data: the area (the first selected ICB or sub-ICB), its sub-ICB files (one query each,
// fetched only now), the practices joined into one series, and their rows for the practice year.
import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { practiceFiguresFile, practiceFiguresQuery, type PracticeFiguresFile } from '../../data/practice-figures';
import { subIcbsWithin, type Dataset } from '../../data/dataset';
import type { Area } from '../../data/schemas';
import { colourFor, divergingBins, sequentialBins, type Bins } from '../../lib/bins';
import { metricConfig, type MetricConfig } from '../../lib/metrics';
import { practiceData, practiceRows, practiceYear, type PracticeData, type PracticeRow } from '../../lib/practice-rows';
import { useViewStore } from '../../state/view-store';

/** The area whose practices the view shows: the first selected area, if it is an ICB or sub-ICB. */
export function practiceArea(dataset: Dataset, selected: readonly string[]): Area | null {
  const area = selected[0] === undefined ? undefined : dataset.byCode.get(selected[0]);
  return area && (area.level === 'icb' || area.level === 'subicb') ? area : null;
}

export interface AreaPractices {
  area: Area;
  /** Files still loading. */
  pending: number;
  /** Files that failed, each named with its reason. */
  failed: { file: string; message: string }[];
  data: PracticeData | null;
  /** The year the practices show (the latest recorded year when the map's year is projected). */
  year: number;
  /** The map's own year, to say when the practices show an earlier one. */
  mapYear: number;
  rows: PracticeRow[];
  metric: MetricConfig;
  bins: Bins;
  colourByCode: Map<string, string>;
}

export function useAreaPractices(dataset: Dataset): AreaPractices | null {
  const selected = useViewStore((s) => s.selected);
  const metricKey = useViewStore((s) => s.metric);
  const mapYear = useViewStore((s) => s.year);
  const baseYear = useViewStore((s) => s.baseYear);
  const area = practiceArea(dataset, selected);
  const subIcbs = useMemo(() => (area ? subIcbsWithin(dataset, area.code) : []), [dataset, area]);
  const results = useQueries({ queries: subIcbs.map((code) => practiceFiguresQuery(code)) });

  const files = results.map((r) => r.data).filter((d): d is PracticeFiguresFile => d !== undefined);
  const fileKey = files.map((f) => f.subIcb).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the files change only when fileKey does (react-query keeps data stable)
  const data = useMemo(() => (files.length > 0 ? practiceData(files) : null), [fileKey]);
  const failed = results.flatMap((r, i) =>
    r.isError
      ? [{ file: practiceFiguresFile(subIcbs[i] ?? ''), message: r.error instanceof Error ? r.error.message : String(r.error) }]
      : [],
  );
  const pending = results.filter((r) => r.isPending).length;

  const metric = metricConfig(metricKey);
  const year = data ? practiceYear(mapYear, data.years) : mapYear;
  const rows = useMemo(
    () => (data ? practiceRows({ data, metric: metricKey, year, baseYear }) : []),
    [data, metricKey, year, baseYear],
  );
  const { bins, colourByCode } = useMemo(() => {
    const values = rows.map((r) => r.value);
    const b = metric.scale === 'diverging' ? divergingBins(values) : sequentialBins(values);
    const colours = new Map<string, string>();
    for (const row of rows) if (row.value !== null) colours.set(row.code, colourFor(row.value, b));
    return { bins: b, colourByCode: colours };
  }, [rows, metric.scale]);

  if (!area) return null;
  return { area, pending, failed, data, year, mapYear, rows, metric, bins, colourByCode };
}
