// Selected areas against England across the years, per 100,000 patients or in FTE; projected years shaded.
import { useState } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DataTableDisclosure, type Column } from './DataTableDisclosure';
import { IsolatedText } from './IsolatedText';
import { formatNumber, formatRange } from '../lib/format';
import { ENGLAND_COLOUR, lineColour } from '../lib/palette';
import { fyLabel, LAST_DATA_YEAR } from '../lib/years';
import { buildTrendRows, columnKey, rangeKey, type TrendMode, type TrendRow, type TrendSource } from '../lib/trend-series';

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
}

const MODES: Record<TrendMode, string> = { ftePer100k: 'GP FTE per 100,000 patients', fte: 'GP FTE' };
const DASH: Record<string, string | undefined> = { history: undefined, trend: '6 4', scenario: undefined };
/** Any other source (a compared saved scenario) gets its own pattern, unlike the three above and England's.
 * The legend draws each line's pattern (legendType plainline), so the patterns are told apart there too. */
const EXTRA_DASHES = ['12 3 3 3', '16 5', '6 2 2 2 2 2'] as const;

export function TrendChart({ years, areas, englandCode, sources, height = 300, lastDataYear = LAST_DATA_YEAR }: TrendChartProps) {
  const [mode, setMode] = useState<TrendMode>('ftePer100k');
  const codes = areas.map((a) => a.code);
  const rows = buildTrendRows({ years, codes, sources, mode });
  const lastYear = years[years.length - 1] ?? lastDataYear;
  const hasProjection = lastYear > lastDataYear;
  // In FTE mode England would flatten every area's line, so it moves to its own axis on the right.
  const englandOnRight = mode === 'fte' && areas.length > 1;

  const extraIndex = new Map(sources.filter((s) => !Object.hasOwn(DASH, s.key)).map((s, i) => [s.key, i]));
  // The scenario's 80% range, shaded behind its line in the line's colour.
  const banded =
    sources.some((s) => s.key === 'scenario') && rows.some((r) => areas.some((a) => r[rangeKey(a.code, 'scenario')]));
  const bands = banded
    ? areas.map((area, i) => (
        <Area
          key={rangeKey(area.code, 'scenario')}
          type="linear"
          dataKey={rangeKey(area.code, 'scenario')}
          name={`${area.name} — 80% range`}
          stroke="none"
          fill={area.code === englandCode ? ENGLAND_COLOUR : lineColour(i)}
          fillOpacity={0.15}
          legendType="square"
          isAnimationActive={false}
          connectNulls={false}
          yAxisId={area.code === englandCode && englandOnRight ? 'right' : 'left'}
        />
      ))
    : [];
  const lines = areas.flatMap((area, i) =>
    sources.map((source) => {
      const isEngland = area.code === englandCode;
      const extra = extraIndex.get(source.key);
      return (
        <Line
          key={columnKey(area.code, source.key)}
          type="linear"
          dataKey={columnKey(area.code, source.key)}
          name={`${area.name}${sources.length > 1 ? ` — ${source.label}` : ''}`}
          stroke={isEngland ? ENGLAND_COLOUR : lineColour(i)}
          strokeWidth={source.key === 'scenario' ? 3 : source.key === 'history' ? 2.5 : 2}
          // England is told apart by colour (black); recorded, current trends and scenario by pattern and weight.
          strokeDasharray={extra !== undefined ? EXTRA_DASHES[extra % EXTRA_DASHES.length] : DASH[source.key]}
          dot={false}
          legendType="plainline"
          isAnimationActive={false}
          connectNulls={false}
          yAxisId={isEngland && englandOnRight ? 'right' : 'left'}
        />
      );
    }),
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
    <div className="trend">
      <div className="segmented" role="radiogroup" aria-label="Trend measure">
        {(Object.keys(MODES) as TrendMode[]).map((m) => (
          <label key={m}>
            <input type="radio" name="trend-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {MODES[m]}
          </label>
        ))}
      </div>
      <div
        className="chart"
        role="img"
        aria-label={`Line chart of ${MODES[mode]} by year for ${areas.map((a) => a.name).join(', ')}. The table below has the same figures.`}
      >
        <ResponsiveContainer width="100%" height={height}>
          <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#e0e0e0" />
            <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={16} />
            <YAxis yAxisId="left" width={64} tickFormatter={(v: number) => formatNumber(v)} domain={['auto', 'auto']} />
            {englandOnRight && (
              <YAxis yAxisId="right" orientation="right" width={64} tickFormatter={(v: number) => formatNumber(v)} />
            )}
            {hasProjection && (
              <ReferenceArea
                yAxisId="left"
                x1={fyLabel(lastDataYear + 1)}
                x2={fyLabel(lastYear)}
                fill="#f0f0f0"
                fillOpacity={0.7}
                label={{ value: 'Projected', position: 'insideTop' }}
              />
            )}
            <Tooltip
              formatter={(v) =>
                typeof v === 'number'
                  ? formatNumber(v, 1)
                  : Array.isArray(v)
                    ? formatRange(Number(v[0]), Number(v[1]), 1)
                    : String(v)
              }
            />
            {/* A compared scenario's name in a line's name is isolated (isolate()): shown in a <bdi>. */}
            <Legend formatter={(value: unknown) => <IsolatedText text={String(value)} />} />
            {bands}
            {lines}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <DataTableDisclosure
        summary="Show the chart's figures as a table"
        caption={`${MODES[mode]} by financial year`}
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.year)}
      />
    </div>
  );
}
