// Selected areas against England across the years, per 100,000 patients or in FTE; projected years shaded; the
// measure's radios above the plot, its key below it and its figures as a table.
import { useId, useMemo } from 'react';
import { DataTableDisclosure, type Column } from '../ui/DataTableDisclosure';
import { formatNumber, formatRange } from '../../lib/format';
import {
  columnKey,
  rangeKey,
  TREND_MODES,
  type TrendChartInput,
  type TrendMode,
  type TrendRow,
} from '../../figures/trend-series';
import { trendMeasure } from '../../figures/trend-measure';
import { TrendKey } from './TrendKey';
import { TrendPlot } from './TrendPlot';
import { MONTH_SOURCE, trendModel } from './trend-model';

export interface TrendChartProps extends TrendChartInput {
  /** Chart height in px (presentation mode draws it taller). */
  height?: number;
  /** A change of measure (the view store holds it, so it is in the link). */
  onMode: (mode: TrendMode) => void;
}

export function TrendChart({ height = 300, onMode, ...input }: TrendChartProps) {
  // Its own radio group name: presentation mode draws a second chart while the dashboard's is still mounted.
  const radioName = `trend-mode-${useId()}`;
  const { years, areas: allAreas, englandCode, sources: allSources, mode, baseYear, basis, lastDataYear, target, month } = input;
  const model = useMemo(
    () =>
      trendModel({
        years,
        areas: allAreas,
        englandCode,
        sources: allSources,
        mode,
        baseYear,
        basis,
        lastDataYear,
        target,
        month,
      }),
    [years, allAreas, englandCode, allSources, mode, baseYear, basis, lastDataYear, target, month],
  );
  const { areas, sources, banded, measure, monthRow, monthPoints } = model;
  // The table has the month's row in its place among the years, in columns of its own (another source).
  const rows = monthRow ? [...model.rows, monthRow].sort((a, b) => a.year - b.year) : model.rows;

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
    ...(monthRow && month
      ? monthPoints.map((p) => ({
          key: columnKey(p.code, MONTH_SOURCE),
          header: `${p.name} (${month.label}, bulletin basis)`,
          numeric: true,
          cell: (r: TrendRow) => {
            const value = r[columnKey(p.code, MONTH_SOURCE)];
            return typeof value === 'number' ? formatNumber(value, 1) : '';
          },
        }))
      : []),
  ];

  return (
    <div className="trend">
      <div className="segmented" role="radiogroup" aria-label="Trend measure">
        {TREND_MODES.map((m) => (
          <label key={m}>
            <input type="radio" name={radioName} value={m} checked={mode === m} onChange={() => onMode(m)} />
            {trendMeasure(m, baseYear, basis).label}
          </label>
        ))}
      </div>
      {model.englandLeftOut && (
        <p className="hint">
          England is left out in FTE so the areas are not flattened against its scale; “{trendMeasure('fteIndex', baseYear).label}
          ” compares them with England on one scale.
        </p>
      )}
      {model.monthNote && <p className="hint">{model.monthNote}</p>}
      <div className="chart">
        <TrendPlot model={model} height={height} />
      </div>
      <TrendKey entries={model.legend} />
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
