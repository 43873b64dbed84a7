// Selected areas against England across the years, per 100,000 patients or in FTE; projected years shaded.
import { useId } from 'react';
import { DataTableDisclosure, type Column } from '../ui/DataTableDisclosure';
import { formatNumber, formatRange } from '../../lib/format';
import { LAST_DATA_YEAR } from '../../lib/years';
import {
  buildTrendRows,
  columnKey,
  rangeKey,
  rowsExtent,
  TREND_MODES,
  type TrendMode,
  type TrendRow,
  type TrendSource,
} from '../../figures/trend-series';
import { areaColour, seriesStyles, trendLegend } from './trend-legend';
import { TrendKey } from './TrendKey';
import { trendMeasure } from '../../figures/trend-measure';
import { distinctSources } from './distinct-series';
import { niceTicks, yearTicks } from './nice-ticks';
import { TrendPlot, type PlotLine } from './TrendPlot';
import type { PatientBasis } from '../../figures/metric-basis';

export interface TrendChartProps {
  years: readonly number[];
  /** Areas to plot, England last; names for the legend. */
  areas: readonly { code: string; name: string }[];
  englandCode: string;
  sources: readonly TrendSource[];
  /** Chart height in px (presentation mode draws it taller). */
  height?: number;
  /** The last recorded year: later years are shaded as projected. */
  lastDataYear?: number;
  /** The year the FTE index is 100 in (the view's base year, named on the chart). */
  baseYear: number;
  /** The measure shown, and a change of it (the view store holds it, so it is in the link). */
  mode: TrendMode;
  onMode: (mode: TrendMode) => void;
  /** The patients "per 100,000" counts (the "Patients" control; default registered). */
  basis?: PatientBasis;
}

export { trendMeasure };
const MODE_ORDER: readonly TrendMode[] = TREND_MODES;
export function TrendChart({
  years,
  areas: allAreas,
  englandCode,
  sources: allSources,
  height = 300,
  lastDataYear = LAST_DATA_YEAR,
  baseYear,
  mode,
  onMode,
  basis = 'registered',
}: TrendChartProps) {
  // Its own radio group name: presentation mode draws a second chart while the dashboard's is still mounted.
  const radioName = `trend-mode-${useId()}`;
  // One scale only: in FTE, England (about 28,000) would flatten every area, so it is left out when areas are
  // chosen (the index compares them with England on one scale instead).
  const englandLeftOut = mode === 'fte' && allAreas.length > 1;
  const areas = englandLeftOut ? allAreas.filter((a) => a.code !== englandCode) : allAreas;
  const codes = areas.map((a) => a.code);
  const rows = buildTrendRows({ years, codes, sources: allSources, mode, baseYear, basis });
  // Only the lines that differ: a series identical to the scenario is drawn once, its key entry says so.
  const sources = distinctSources({ rows, codes, sources: allSources }).drawn;
  const measure = trendMeasure(mode, baseYear, basis);
  const lastYear = years[years.length - 1] ?? lastDataYear;
  const hasProjection = lastYear > lastDataYear;

  const styles = seriesStyles(sources.map((s) => s.key));
  // Round value ticks (30, 35, 40) over what is drawn, ranges included, and ticks at whole-year steps.
  const drawnKeys = codes.flatMap((code) => [
    ...sources.map((s) => columnKey(code, s.key)),
    ...(sources.some((s) => s.key === 'scenario') ? [rangeKey(code, 'scenario')] : []),
  ]);
  const extent = rowsExtent(rows, drawnKeys);
  const valueTicks = extent ? niceTicks(extent[0], extent[1], 6) : [];
  // The scenario's 80% range, shaded behind its line in the line's colour.
  const banded =
    sources.some((s) => s.key === 'scenario') && rows.some((r) => areas.some((a) => r[rangeKey(a.code, 'scenario')]));
  // Colour says which area (England black); pattern and weight which series (see the key).
  const lines: PlotLine[] = areas.flatMap((area, i) =>
    sources.map((source) => ({
      key: columnKey(area.code, source.key),
      code: area.code,
      sourceKey: source.key,
      name: `${area.name}${sources.length > 1 ? ` — ${source.label}` : ''}`,
      colour: areaColour(area.code, i, englandCode),
      style: styles.get(source.key) ?? { dash: [], width: 2 },
      range: banded && source.key === 'scenario' ? rangeKey(area.code, 'scenario') : undefined,
    })),
  );

  const columns: Column<TrendRow>[] = [
    { key: 'year', header: 'Year', cell: (r) => r.label },
    ...areas.flatMap((area) =>
      sources.map((source) => ({
        key: columnKey(area.code, source.key),
        header: `${area.name}${sources.length > 1 ? ` (${source.label})` : ''}`,
        numeric: true,
        cell: (r: TrendRow) => formatNumber(r[columnKey(area.code, source.key)] as number | null, 1),
      })),
    ),
    ...(banded
      ? areas.map((area) => ({
          key: rangeKey(area.code, 'scenario'),
          header: `${area.name} (scenario, 80% range)`,
          numeric: true,
          cell: (r: TrendRow) => {
            const range = r[rangeKey(area.code, 'scenario')];
            return Array.isArray(range) ? formatRange(range[0], range[1], 1) : '';
          },
        }))
      : []),
  ];

  return (
    <div className="trend" data-trend-label={measure.label} data-trend-unit={measure.unit}>
      <div className="segmented" role="radiogroup" aria-label="Trend measure">
        {MODE_ORDER.map((m) => (
          <label key={m}>
            <input type="radio" name={radioName} value={m} checked={mode === m} onChange={() => onMode(m)} />
            {trendMeasure(m, baseYear, basis).label}
          </label>
        ))}
      </div>
      {englandLeftOut && (
        <p className="hint">
          England is left out in FTE so the areas are not flattened against its scale; “{trendMeasure('fteIndex', baseYear).label}
          ” compares them with England on one scale.
        </p>
      )}
      <div className="chart">
        <TrendPlot
          rows={rows}
          lines={lines}
          valueTicks={valueTicks}
          yearTicks={yearTicks(years, 6)}
          projected={hasProjection ? { from: lastDataYear + 1, to: lastYear } : null}
          height={height}
          label={`Line chart of ${measure.label} by year for ${areas.map((a) => a.name).join(', ')}. The table below has the same figures.`}
        />
      </div>
      <TrendKey entries={trendLegend({ areas, englandCode, sources, banded })} />
      <DataTableDisclosure
        summary="Show the chart's figures as a table"
        caption={`${measure.label} by financial year`}
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.year)}
      />
    </div>
  );
}
