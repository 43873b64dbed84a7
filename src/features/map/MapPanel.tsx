// The map panel: joins the level's rows to its boundaries, bins the values, and describes each area.
import { useCallback, useEffect, useId, useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { boundariesQuery } from '../../data/queries';
import { QueryStatus } from '../../components/ui/QueryStatus';
import { flagLine, metricConfig } from '../../figures/metrics';
import { figureNotes } from '../../figures/metric-notes';
import { fyLabel } from '../../lib/years';
import { pcnQuery } from '../../data/pcn';
import { teamStaffLabel, withStaffLabel, yearSuffix } from '../../figures/team-series';
import { LEVEL_LABELS, useMapView, useViewStore } from '../../state/stores/view-store';
import { ENGLAND, type Workforce } from '../../state/workforce/use-workforce';
import { useMapScale } from './use-map-scale';
import { dropFirstMapPicture } from '../../lib/first-map-picture';
import { latestBulletinNotes } from '../../figures/latest-bulletin';
import { ChoroplethMap } from '../../components/map/ChoroplethMap';
import { labelLayoutsFor } from '../../components/map/labels/short-names';
import { featuresForLevel, type AreaFeatures } from '../../components/map/geo/area-features';
import {
  londonFeatures as londonOnly,
  mapLegendTitle,
  mapPanelTitle,
  mapValueFormatter,
} from '../../components/map/colours/map-figure';
import { areaAccessibleName, areaTooltipLines } from '../../components/map/area-tooltip';

/** The map panel's heading: the metric and year on show ("GP FTE per 100,000 patients, 2024/25"). */
export function MapPanelTitle({ lastDataYear }: { lastDataYear: number }) {
  const staff = useViewStore((s) => s.teamStaff);
  // The PCN file's labels once a team metric has loaded it (never fetched from here).
  const pcn = useQuery({ ...pcnQuery(), enabled: false });
  const metric = withStaffLabel(metricConfig(useViewStore((s) => s.metric)), teamStaffLabel(pcn.data ?? null, staff));
  const year = useViewStore((s) => s.year);
  const baseYear = useViewStore((s) => s.baseYear);
  return <>{mapPanelTitle(metric, year, baseYear, lastDataYear)}</>;
}

/** "Same colour scale for every year": one set of class breaks for all years of the level and metric. */
function SameScaleCheckbox() {
  const sameScale = useViewStore((s) => s.sameScale);
  const setSameScale = useViewStore((s) => s.setSameScale);
  const id = useId();
  return (
    <label htmlFor={id}>
      <input id={id} type="checkbox" checked={sameScale} onChange={(e) => setSameScale(e.target.checked)} />
      Same colour scale for every year
    </label>
  );
}

/** `overlay`: layers drawn over the areas on the main map (the Practice view's points). */
export function MapPanel({ workforce, overlay }: { workforce: Workforce; overlay?: ReactNode }) {
  const boundaries = useQuery(boundariesQuery());
  // Without boundaries there is no map: the pre-rendered first map goes, and the message says why.
  useEffect(() => {
    if (boundaries.isError) dropFirstMapPicture();
  }, [boundaries.isError]);
  const level = useViewStore((s) => s.level);
  const year = useViewStore((s) => s.year);
  const baseYear = useViewStore((s) => s.baseYear);
  const selected = useViewStore((s) => s.selected);
  const selectArea = useViewStore((s) => s.selectArea);
  const { mapView, setMapView } = useMapView();
  const basis = useViewStore((s) => s.patientBasis);
  const { bins, colourByCode, note, rows, series, latest, month, bulletin, metric, lastDataYear } = useMapScale(workforce);
  const rowByCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);

  const features = useMemo(
    () => (boundaries.data ? featuresForLevel(boundaries.data, level, workforce.dataset.icb2026Codes) : null),
    [boundaries.data, level, workforce],
  );
  const londonFeatures = useMemo<AreaFeatures | null>(
    () => (features ? londonOnly(features, workforce.dataset.byCode) : null),
    [features, workforce],
  );

  const formatValue = useMemo(() => mapValueFormatter(metric), [metric]);
  // Names do not change with a lever or the year: the labels keep their places while the colours change.
  const { dataset } = workforce;
  const labelLayouts = useMemo(() => labelLayoutsFor((code) => dataset.byCode.get(code)?.name), [dataset]);
  const describe = useCallback(
    (code: string) =>
      areaTooltipLines({
        name: dataset.byCode.get(code)?.name ?? code,
        row: rowByCode.get(code),
        areaCount: rows.length,
        metric,
        series,
        year,
        baseYear,
        lastDataYear,
        englandCode: ENGLAND,
        basis,
      }),
    [rowByCode, dataset, metric, series, year, baseYear, lastDataYear, rows.length, basis],
  );
  const nameOf = useCallback(
    (code: string) =>
      areaAccessibleName({ name: dataset.byCode.get(code)?.name ?? code, row: rowByCode.get(code), metric, baseYear }),
    [rowByCode, dataset, metric, baseYear],
  );

  if (!features || !londonFeatures) return <QueryStatus query={boundaries} what="The map's boundaries (boundaries.topo.json)" />;
  if (month && !latest) return <QueryStatus query={bulletin} what="The latest bulletin's figures (bulletin-latest.json)" />;
  const legendTitle = mapLegendTitle(metric, year, baseYear);
  const monthNotes = month && latest ? latestBulletinNotes(latest.file) : [];
  const legendNotes = figureNotes(
    metric,
    basis,
    {
      year,
      lastDataYear,
      estimatedWeightedYears: workforce.series.estimated?.weightedPatients ?? [],
      flagThreshold: flagLine({ series, englandCode: ENGLAND, basis, flagYear: lastDataYear }).threshold,
    },
    { flagged: rows.filter((r) => r.underDoctored).length, of: rows.length },
  );
  if (monthNotes.length) legendNotes.unshift(...monthNotes);
  return (
    <ChoroplethMap
      features={features}
      londonFeatures={londonFeatures}
      colourByCode={colourByCode}
      bins={bins}
      legendTitle={legendTitle}
      legendNote={note}
      legendControl={<SameScaleCheckbox />}
      legendNotes={legendNotes}
      formatValue={formatValue}
      describe={describe}
      nameOf={nameOf}
      selected={selected}
      onSelect={selectArea}
      labelLayouts={labelLayouts}
      view={mapView}
      onViewChange={setMapView}
      caption={`${LEVEL_LABELS[level]} areas, ${fyLabel(year)}${yearSuffix(metric, year, lastDataYear)}`}
    >
      {overlay}
    </ChoroplethMap>
  );
}
