// The open Practice view's data: the area (the first selected ICB or sub-ICB), its sub-ICB files (one query each,
// fetched only now), the practices joined into one series, and their rows for the practice year.
import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { practiceFiguresFile, practiceFiguresQuery, type PracticeFiguresFile } from '../../data/practice-figures';
import { subIcbsWithin, type Dataset } from '../../data/dataset';
import type { Area } from '../../data/schemas';
import type { Bins } from '../../components/map/colours/bins';
import { mapScale } from '../../components/map/colours/map-figure';
import { PER_100K_METRIC, UNDER_DOCTORED_SHARE, metricConfig, metricValue, type MetricConfig } from '../../figures/metrics';
import type { PatientBasis } from '../../figures/metric-basis';
import { figureNotes } from '../../figures/metric-notes';
import { practiceData, practiceRows, practiceYear, type PracticeData, type PracticeRow } from './practice-rows';
import { ENGLAND } from '../../state/workforce/use-workforce';
import { useViewStore } from '../../state/stores/view-store';

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
  /** The patients the under-doctored flag counts (the "Patients" control). */
  basis: PatientBasis;
  /** England's GP FTE per 100,000 patients on that basis in the practice year (areas.json), or null. */
  englandFlagPer100k: number | null;
  /** The map's legend rules applied to the practices: same scale across years, the flag's class, "no change". */
  bins: Bins;
  colourByCode: Map<string, string>;
  /** Which years the breaks come from ("Same scale for 2015/16–2024/25"). */
  scaleNote: string;
  /** What the figures count, estimates, and the flag's rule on its basis, under the legend. */
  notes: string[];
}

export function useAreaPractices(dataset: Dataset): AreaPractices | null {
  const selected = useViewStore((s) => s.selected);
  const metricKey = useViewStore((s) => s.metric);
  const mapYear = useViewStore((s) => s.year);
  const baseYear = useViewStore((s) => s.baseYear);
  const basis = useViewStore((s) => s.patientBasis);
  const sameScale = useViewStore((s) => s.sameScale);
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
  // The under-doctored line is England's rate in the latest recorded year, as on the area map (flagLine).
  const lastDataYear = dataset.years[dataset.years.length - 1] ?? year;
  const englandFlagPer100k = metricValue(dataset.history, ENGLAND, PER_100K_METRIC[basis], lastDataYear, lastDataYear);
  const rows = useMemo(
    () => (data ? practiceRows({ data, metric: metricKey, year, baseYear, basis, englandFlagPer100k }) : []),
    [data, metricKey, year, baseYear, basis, englandFlagPer100k],
  );
  // The choropleth's own rules (mapScale), over the practices' series, against England's recorded value.
  const scale = useMemo(
    () =>
      data
        ? mapScale({
            rows,
            metric,
            series: data.series,
            year,
            baseYear,
            sameScale,
            englandCode: ENGLAND,
            basis,
            englandSeries: dataset.history,
            flagYear: lastDataYear,
          })
        : mapScale({
            rows: [],
            metric,
            series: dataset.history,
            year,
            baseYear,
            sameScale: false,
            englandCode: ENGLAND,
            flagYear: lastDataYear,
          }),
    [data, rows, metric, year, baseYear, sameScale, basis, dataset, lastDataYear],
  );
  const notes = figureNotes(metric, basis, {
    year,
    lastDataYear,
    estimatedWeightedYears: dataset.weightedEstimatedYears,
    flagThreshold: englandFlagPer100k === null ? null : UNDER_DOCTORED_SHARE * englandFlagPer100k,
  });

  if (!area) return null;
  return {
    area,
    pending,
    failed,
    data,
    year,
    mapYear,
    rows,
    metric,
    basis,
    englandFlagPer100k,
    bins: scale.bins,
    colourByCode: scale.colourByCode,
    scaleNote: scale.note,
    notes,
  };
}
