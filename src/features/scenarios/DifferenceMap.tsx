// Scenario A minus scenario B in GP FTE per 100,000 patients, per area at the map's level, on a diverging
// ColorBrewer palette (PuOr: purple = A has more GPs per patient, orange = fewer), with its table alternative.
// The scenarios' names go into its strings isolated (isolate()), shown as <bdi> by the legend, caption and table.
import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { boundariesQuery } from '../../data/queries';
import { DataTableDisclosure, type Column } from '../../components/ui/DataTableDisclosure';
import { QueryStatus } from '../../components/ui/QueryStatus';
import { colourFor, differenceBins } from '../../components/map/colours/bins';
import { formatNumber, formatSigned } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { isolate } from '../../lib/typed-names';
import { LEVEL_LABELS, useViewStore } from '../../state/stores/view-store';
import type { Workforce } from '../../state/workforce/use-workforce';
import { ChoroplethMap } from '../../components/map/ChoroplethMap';
import { labelLayoutsFor } from '../../components/map/labels/short-names';
import { featuresForLevel } from '../../components/map/geo/area-features';
import { londonFeatures } from '../../components/map/colours/map-figure';
import { differenceRows, type DifferenceRow } from './compare-figures';
import type { ComparedScenario } from '../../state/workforce/compare-series';

const UNIT = 'FTE per 100,000 patients';
const formatDifference = (n: number) => formatSigned(n, 1);
/**
 * The legend's breaks as they are (two significant figures, at least one decimal): "−0.05", not "−0.1", for the
 * edge of "no difference", so "−0.9 to under −0.05" does not seem to leave out −0.1 to −0.05.
 */
const formatBreak = (n: number) =>
  formatSigned(n, Math.max(1, String(Number(Math.abs(n).toPrecision(2))).split('.')[1]?.length ?? 0));
/** Differences that show as 0.0 on screen (one decimal) are "no difference", not "more" or "fewer". */
const NO_DIFFERENCE = 0.05;

export function DifferenceMap({
  workforce,
  a,
  b,
  year,
}: {
  workforce: Workforce;
  a: ComparedScenario;
  b: ComparedScenario;
  year: number;
}) {
  const boundaries = useQuery(boundariesQuery());
  const level = useViewStore((s) => s.level);
  const selected = useViewStore((s) => s.selected);
  const selectArea = useViewStore((s) => s.selectArea);
  const { dataset } = workforce;

  const rows = useMemo(
    () => differenceRows({ areas: dataset.atLevel[level], seriesA: a.series, seriesB: b.series, year }),
    [dataset, level, a.series, b.series, year],
  );
  const bins = useMemo(
    () =>
      differenceBins(
        rows.map((r) => r.difference),
        NO_DIFFERENCE,
        (n) => formatNumber(n, 2),
      ),
    [rows],
  );
  const colourByCode = useMemo(
    () => new Map(rows.filter((r) => r.difference !== null).map((r) => [r.code, colourFor(r.difference, bins)])),
    [rows, bins],
  );
  const rowByCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const features = useMemo(
    () => (boundaries.data ? featuresForLevel(boundaries.data, level, dataset.icb2026Codes) : null),
    [boundaries.data, level, dataset],
  );
  const london = useMemo(() => (features ? londonFeatures(features, dataset.byCode) : null), [features, dataset]);

  const labelLayouts = useMemo(() => labelLayoutsFor((code) => dataset.byCode.get(code)?.name), [dataset]);

  const aName = isolate(a.scenario.name);
  const bName = isolate(b.scenario.name);
  const describe = useCallback(
    (code: string) => {
      const row = rowByCode.get(code);
      const name = dataset.byCode.get(code)?.name ?? code;
      if (!row) return [name, 'no data'];
      return [
        name,
        `${aName}: ${formatNumber(row.a, 1)} ${UNIT}`,
        `${bName}: ${formatNumber(row.b, 1)} ${UNIT}`,
        `Difference: ${row.difference === null ? 'no data' : formatDifference(row.difference)}`,
      ];
    },
    [rowByCode, dataset, aName, bName],
  );

  const largest = rows.reduce((m, r) => Math.max(m, Math.abs(r.difference ?? 0)), 0);
  const columns: Column<DifferenceRow>[] = [
    { key: 'area', header: 'Area', cell: (r) => r.name },
    { key: 'a', header: aName, numeric: true, cell: (r) => formatNumber(r.a, 1) },
    { key: 'b', header: bName, numeric: true, cell: (r) => formatNumber(r.b, 1) },
    { key: 'diff', header: 'Difference (first minus second)', numeric: true, cell: (r) => formatSigned(r.difference, 1) },
  ];

  if (!features || !london) return <QueryStatus query={boundaries} what="The map's boundaries (boundaries.topo.json)" />;
  const title = `${aName} minus ${bName}, ${fyLabel(year)} (${UNIT})`;
  return (
    <div className="difference-map">
      {largest < 0.05 && (
        <p className="hint">These two scenarios give the same GP FTE per 100,000 patients in every area in {fyLabel(year)}.</p>
      )}
      <ChoroplethMap
        label="Difference map"
        features={features}
        londonFeatures={london}
        colourByCode={colourByCode}
        bins={bins}
        legendTitle={title}
        formatValue={formatBreak}
        describe={describe}
        selected={selected}
        onSelect={selectArea}
        labelLayouts={labelLayouts}
        caption={`${LEVEL_LABELS[level]} areas, ${fyLabel(year)} (projected): purple where “${aName}” has more GP FTE per 100,000 patients than “${bName}”, orange where it has fewer, near-white where they differ by less than ${formatNumber(NO_DIFFERENCE, 2)}`}
      />
      <DataTableDisclosure
        summary="Show the difference map's figures as a table"
        caption={`GP FTE per 100,000 patients by ${LEVEL_LABELS[level]} area, ${fyLabel(year)} (projected): ${aName}, ${bName} and the difference`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
      />
    </div>
  );
}
