// The geography as it was ("CCG (as was)", "NHS England local office (as was)"): the map panel's heading, the map on
// that year's boundaries and its Areas table, for the year on the Year control. Its own chunk, with its data files:
// nothing here loads until an as-was level is chosen. Recorded years only: projections stay on today's geography.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { asWasBoundariesQuery, asWasQuery } from '../../data/as-was-queries';
import { QueryStatus } from '../../components/ui/QueryStatus';
import { ChoroplethMap } from '../../components/map/ChoroplethMap';
import { featuresForObject, type AreaFeatures } from '../../components/map/geo/area-features';
import { colourFor, sequentialBins } from '../../components/map/colours/bins';
import { changeBins, mapLegendTitle, mapPanelTitle, mapValueFormatter } from '../../components/map/colours/map-figure';
import { valueLine } from '../../components/map/area-tooltip';
import {
  asWasCsvRows,
  asWasMetric,
  asWasRows,
  asWasVintage,
  asWasYears,
  asWasYearsByLevel,
  changeText,
  type AsWasChangeCell,
  type AsWasRow,
} from '../../figures/as-was';
import { AS_WAS_NAMES, fyParam, nearestYear } from '../../figures/as-was-levels';
import { labelWithUnit } from '../../figures/metrics';
import { formatNumber, formatSigned } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { useViewStore } from '../../state/stores/view-store';
import './as-was.css';

/** Each as-was level's recorded years, for the Year control and for reading a link (the app asks through this chunk). */
export const loadAsWasYears = async (client: QueryClient) => asWasYearsByLevel(await client.fetchQuery(asWasQuery()));

/**
 * One part of the as-was view, as the dashboard places it (one lazy component for the three keeps the first
 * screen's code small). The heading, shown whenever an as-was level is, also moves a year the level lacks (from
 * today's levels, or the base year) to its nearest.
 */
export function AsWasPart({ part }: { part: 'heading' | 'map' | 'table' }) {
  if (part === 'map') return <AsWasMap />;
  if (part === 'table') return <AsWasTable />;
  return <AsWasHeading />;
}

/** The view's choices at an as-was level, and the level's file. */
function useAsWasView() {
  const view = useViewStore(
    useShallow((s) => ({
      level: s.asWas,
      year: s.year,
      baseYear: s.baseYear,
      metricKey: s.metric,
      selected: s.asWasArea,
      select: s.selectAsWasArea,
    })),
  );
  const file = useQuery(asWasQuery());
  const { metric, note } = useMemo(() => asWasMetric(view.metricKey), [view.metricKey]);
  const rows = useMemo(
    () =>
      file.data && view.level
        ? asWasRows(file.data, { level: view.level, year: view.year, baseYear: view.baseYear, metric: view.metricKey })
        : [],
    [file.data, view.level, view.year, view.baseYear, view.metricKey],
  );
  const vintage = file.data && view.level ? asWasVintage(file.data, view.level, view.year) : null;
  return { ...view, file, metric, metricNote: note, rows, vintage };
}

const PROJECTION_NOTE =
  'Recorded years only: projections, the levers and the trend chart use today’s geography (the ICBs of April 2026 and the sub-ICB locations).';

/** The map panel's heading: "GP FTE per 100,000 patients, 2016/17: CCGs as at April 2016". */
export function AsWasHeading() {
  const { level, metric, year, baseYear, vintage, file } = useAsWasView();
  const setYear = useViewStore((s) => s.setYear);
  const setBaseYear = useViewStore((s) => s.setBaseYear);
  const years = file.data && level ? asWasYears(file.data, level) : null;
  useEffect(() => {
    if (!years?.length) return;
    if (!years.includes(year)) setYear(nearestYear(years, year));
    if (!years.includes(baseYear)) setBaseYear(nearestYear(years, baseYear));
  }, [years, year, baseYear, setYear, setBaseYear]);
  return (
    <>
      {mapPanelTitle(metric, year, baseYear, year)}
      {vintage ? `: ${vintage.label}` : ''}
    </>
  );
}

const cellText = (cell: AsWasChangeCell, part: 'fte' | 'pct') =>
  changeText(cell, part, (n) => `${formatSigned(n, 1)}${part === 'pct' ? '%' : ''}`);

export function AsWasMap() {
  const { level, year, baseYear, selected, select, file, metric, metricNote, rows, vintage } = useAsWasView();
  const boundaries = useQuery(asWasBoundariesQuery());
  const features = useMemo<AreaFeatures | null>(
    () => (boundaries.data && vintage ? featuresForObject(boundaries.data, vintage.object) : null),
    [boundaries.data, vintage],
  );
  const rowById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const londonFeatures = useMemo<AreaFeatures | null>(
    () =>
      features && {
        type: 'FeatureCollection',
        features: features.features.filter((f) => rowById.get(f.properties.code)?.london),
      },
    [features, rowById],
  );
  const bins = useMemo(() => {
    const values = rows.map((r) => r.value);
    return metric.scale === 'diverging' ? changeBins(values, metric.decimals) : sequentialBins(values);
  }, [rows, metric]);
  const colourByCode = useMemo(() => new Map(rows.map((r) => [r.id, colourFor(r.value, bins)])), [rows, bins]);
  const formatValue = useMemo(() => mapValueFormatter(metric), [metric]);
  const describe = useCallback(
    (id: string) => {
      const row = rowById.get(id);
      if (!row) return [id];
      return [
        row.name,
        `${fyLabel(year)}${vintage ? `, ${vintage.label}` : ''}`,
        row.value === null
          ? `${metric.label.replace('base year', fyLabel(baseYear))}: ${row.valueNote ?? 'no figure'}`
          : valueLine(metric, row.value, baseYear),
        `GP FTE: ${formatNumber(row.fte, 1)}; patients: ${formatNumber(row.patients, 0)}`,
        `Change in GP FTE since ${fyLabel(year - 1)}: ${cellText(row.sincePrevious, 'pct')}`,
        `Change in GP FTE since ${fyLabel(baseYear)}: ${cellText(row.sinceBase, 'pct')}`,
      ];
    },
    [rowById, year, vintage, metric, baseYear],
  );
  const nameOf = useCallback(
    (id: string) => {
      const row = rowById.get(id);
      if (!row) return id;
      return `${row.name}: ${row.value === null ? (row.valueNote ?? 'no figure') : `${formatValue(row.value)} ${metric.unit}`}`;
    },
    [rowById, formatValue, metric],
  );

  if (!file.data) return <QueryStatus query={file} what="The geography as it was (as-was.json)" />;
  if (!features || !londonFeatures)
    return <QueryStatus query={boundaries} what="The boundaries as they were (as-was-boundaries.topo.json)" />;
  if (!level || !vintage) return null;
  const missing = rows.filter((r) => r.value === null).length;
  const notes = [
    PROJECTION_NOTE,
    ...(metricNote ? [metricNote] : []),
    ...(missing > 0
      ? [
          `Grey: ${missing} ${missing === 1 ? 'area' : 'areas'} with no figure (${rows.find((r) => r.value === null)?.valueNote ?? 'not recorded'}).`,
        ]
      : []),
    'Practice-level figures: fully qualified permanent GPs, each practice counted in its CCG of that year.',
  ];
  return (
    <ChoroplethMap
      features={features}
      londonFeatures={londonFeatures}
      colourByCode={colourByCode}
      bins={bins}
      legendTitle={`${mapLegendTitle(metric, year, baseYear)}: ${vintage.label}`}
      legendNote={`Scale for ${fyLabel(year)} only`}
      legendNotes={notes}
      formatValue={formatValue}
      describe={describe}
      nameOf={nameOf}
      selected={selected ? [selected] : []}
      onSelect={select}
      caption={`${AS_WAS_NAMES[level].label} areas, ${fyLabel(year)}: ${vintage.label}`}
    />
  );
}

type SortKey = 'name' | 'value' | 'fte' | 'patients' | 'per100k' | 'previousFte' | 'previousPct' | 'baseFte' | 'basePct';
type Direction = 'ascending' | 'descending';

const changeOf = (cell: AsWasChangeCell, part: 'fte' | 'pct'): number | null =>
  cell.kind === 'change' ? (part === 'fte' ? cell.fte : cell.pct) : null;
function sortValue(row: AsWasRow, key: Exclude<SortKey, 'name'>): number | null {
  switch (key) {
    case 'previousFte':
      return changeOf(row.sincePrevious, 'fte');
    case 'previousPct':
      return changeOf(row.sincePrevious, 'pct');
    case 'baseFte':
      return changeOf(row.sinceBase, 'fte');
    case 'basePct':
      return changeOf(row.sinceBase, 'pct');
    default:
      return row[key];
  }
}
/** Missing values last, whichever the direction. */
function sortAsWas(rows: readonly AsWasRow[], key: SortKey, direction: Direction): AsWasRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * a.name.localeCompare(b.name);
    const av = sortValue(a, key);
    const bv = sortValue(b, key);
    if (av === null && bv === null) return a.name.localeCompare(b.name);
    if (av === null) return 1;
    if (bv === null) return -1;
    return sign * (av - bv) || a.name.localeCompare(b.name);
  });
}

/** The Areas table at an as-was level: that year's areas, their figures and changes on the same boundary, and a CSV. */
export function AsWasTable() {
  const { level, year, baseYear, selected, select, file, metric, rows, vintage } = useAsWasView();
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: 'name', direction: 'ascending' });
  if (!file.data) return <QueryStatus query={file} what="The geography as it was (as-was.json)" />;
  if (!level || !vintage) return null;
  const sorted = sortAsWas(rows, sort.key, sort.direction);
  const previous = fyLabel(year - 1);
  const base = fyLabel(baseYear);
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const next: Direction = active && sort.direction === 'ascending' ? 'descending' : 'ascending';
    return (
      <th scope="col" aria-sort={active ? sort.direction : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, direction: next })}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  const download = async () => {
    const { headers, cells } = asWasCsvRows(rows, { level, year, baseYear, vintage: vintage.label });
    // The CSV writer and the download are shared with the exports' own chunks: loaded when first used, as there.
    const [{ toCsv }, { csvBlob, downloadBlob }] = await Promise.all([
      import('../../lib/csv-text'),
      import('../../lib/download'),
    ]);
    downloadBlob(csvBlob(toCsv(headers, cells)), `gp-areas-${AS_WAS_NAMES[level].url}-${fyParam(year)}.csv`);
  };
  const valueText = (row: AsWasRow) =>
    row.value === null
      ? (row.valueNote ?? '–')
      : metric.scale === 'diverging'
        ? formatSigned(row.value, metric.decimals)
        : formatNumber(row.value, metric.decimals);
  return (
    <div className="as-was-table">
      <p className="as-was-note">
        {PROJECTION_NOTE} {rows.length} {AS_WAS_NAMES[level].plural} in {fyLabel(year)} ({vintage.label}). Changes are on the same
        boundary only: an area that did not stand on it in the earlier year says so.{' '}
        <button type="button" className="button secondary" onClick={() => void download()}>
          Download table as CSV
        </button>
      </p>
      <div className="table-scroll">
        <table className="areas-table">
          <caption>
            Areas at {AS_WAS_NAMES[level].label} level, {fyLabel(year)} ({vintage.label}):{' '}
            {metric.label.replace('base year', base)}. Practice-level figures, fully qualified permanent GPs.
          </caption>
          <thead>
            <tr>
              {header('name', 'Area')}
              {header('value', labelWithUnit(metric).replace('base year', base))}
              {header('fte', 'GP FTE')}
              {header('patients', 'Patients')}
              {header('per100k', 'GP FTE per 100,000 patients')}
              {header('previousFte', `Change in FTE since the previous year (${previous})`)}
              {header('previousPct', `Change since the previous year (%)`)}
              {header('baseFte', `Change in FTE since ${base}`)}
              {header('basePct', `Change since ${base} (%)`)}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.id} aria-selected={selected === row.id} className={selected === row.id ? 'selected' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => select(row.id)} aria-pressed={selected === row.id}>
                    {row.name}
                  </button>{' '}
                  <span className="as-was-code">{row.code}</span>
                </th>
                <td className="num">{valueText(row)}</td>
                <td className="num">{formatNumber(row.fte, 1)}</td>
                <td className="num">{formatNumber(row.patients, 0)}</td>
                <td className="num">{formatNumber(row.per100k, 1)}</td>
                <td className="num">{changeText(row.sincePrevious, 'fte', (n) => formatSigned(n, 1))}</td>
                <td className="num">{changeText(row.sincePrevious, 'pct', (n) => formatSigned(n, 1))}</td>
                <td className="num">{changeText(row.sinceBase, 'fte', (n) => formatSigned(n, 1))}</td>
                <td className="num">{changeText(row.sinceBase, 'pct', (n) => formatSigned(n, 1))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
