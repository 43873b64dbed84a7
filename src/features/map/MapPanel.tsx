// The map panel: joins the level's rows to its boundaries, bins the values, and describes each area.
import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { boundariesQuery } from '../../data/queries';
import { QueryStatus } from '../../components/QueryStatus';
import { metricConfig } from '../../lib/metrics';
import { metricCountsShort, PATIENT_BASIS_LABELS } from '../../lib/metric-basis';
import { ESTIMATE_MARK, figureNotes } from '../../lib/metric-notes';
import { fyLabel, isProjectedYear } from '../../lib/years';
import { LEVEL_LABELS, useViewStore } from '../../state/view-store';
import { useLevelRows, type Workforce } from '../../state/use-workforce';
import { ChoroplethMap } from '../../components/map/ChoroplethMap';
import { labelLayoutsFor } from '../../lib/area-names';
import { featuresForLevel, type AreaFeatures } from '../../lib/geometry';
import { londonFeatures as londonOnly, mapColouring, mapLegendTitle, mapValueFormatter } from '../../lib/map-figure';

export function MapPanel({ workforce }: { workforce: Workforce }) {
  const boundaries = useQuery(boundariesQuery());
  const level = useViewStore((s) => s.level);
  const metricKey = useViewStore((s) => s.metric);
  const year = useViewStore((s) => s.year);
  const baseYear = useViewStore((s) => s.baseYear);
  const selected = useViewStore((s) => s.selected);
  const selectArea = useViewStore((s) => s.selectArea);
  const mapView = useViewStore((s) => s.mapView);
  const setMapView = useViewStore((s) => s.setMapView);
  const basis = useViewStore((s) => s.patientBasis);
  const rows = useLevelRows(workforce);
  const metric = metricConfig(metricKey);
  const lastDataYear = workforce.dataset.years[workforce.dataset.years.length - 1] ?? year;

  const { bins, colourByCode } = useMemo(() => mapColouring(rows, metric), [rows, metric]);
  const rowByCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);

  const features = useMemo(() => (boundaries.data ? featuresForLevel(boundaries.data, level) : null), [boundaries.data, level]);
  const londonFeatures = useMemo<AreaFeatures | null>(
    () => (features ? londonOnly(features, workforce.dataset.byCode) : null),
    [features, workforce],
  );

  const formatValue = useMemo(() => mapValueFormatter(metric), [metric]);
  // Names do not change with a lever or the year: the labels keep their places while the colours change.
  const { dataset } = workforce;
  const labelLayouts = useMemo(() => labelLayoutsFor((code) => dataset.byCode.get(code)?.name), [dataset]);
  const describe = useCallback(
    (code: string) => {
      const row = rowByCode.get(code);
      const name = workforce.dataset.byCode.get(code)?.name ?? code;
      const counts = metricCountsShort(metric);
      const noValue = !metric.projected && isProjectedYear(year, lastDataYear) ? 'recorded years only' : 'no data';
      if (!row || row.value === null) return [name, `${metric.label}: ${noValue}`, counts];
      return [
        name,
        `${metric.label}: ${formatValue(row.value)}${metric.unit === '%' ? '%' : ` ${metric.unit}`}${row.estimated ? ` ${ESTIMATE_MARK}` : ''}`,
        counts,
        ...(row.range ? [`80% range ${formatValue(row.range.low)} to ${formatValue(row.range.high)}`] : []),
        `Rank ${row.rank} of ${rows.length} (1 = highest)`,
        ...(row.underDoctored ? [`Under-doctored (${PATIENT_BASIS_LABELS[basis].toLowerCase()} patients)`] : []),
      ];
    },
    [rowByCode, workforce, metric, formatValue, rows.length, year, lastDataYear, basis],
  );

  if (!features || !londonFeatures) return <QueryStatus query={boundaries} what="The map's boundaries (boundaries.topo.json)" />;
  const legendTitle = mapLegendTitle(metric, year, baseYear);
  const legendNotes = figureNotes(
    metric,
    basis,
    { year, lastDataYear, estimatedWeightedYears: workforce.series.estimated?.weightedPatients ?? [] },
    { flagged: rows.filter((r) => r.underDoctored).length, of: rows.length },
  );
  return (
    <ChoroplethMap
      features={features}
      londonFeatures={londonFeatures}
      colourByCode={colourByCode}
      bins={bins}
      legendTitle={legendTitle}
      legendNotes={legendNotes}
      formatValue={formatValue}
      describe={describe}
      selected={selected}
      onSelect={selectArea}
      labelLayouts={labelLayouts}
      view={mapView}
      onViewChange={setMapView}
      caption={`${LEVEL_LABELS[level]} areas, ${fyLabel(year)}${isProjectedYear(year, workforce.dataset.years[workforce.dataset.years.length - 1]) ? ' (projected)' : ''}`}
    />
  );
}
