// recharts' Tooltip with the app's own content: the point's title (a year, a month) and one row per series, each
// with a swatch drawn as its line or area is (colour, weight and dash), so the reader can tell "Kent — Scenario"
// from "Kent — Current trends" without the key. The same words go to the chart's live region (ChartFrame), which
// reads them out when the keyboard moved the tooltip. The cursor is a thin dark line at the point.
import { useContext, useEffect } from 'react';
import { Tooltip, type TooltipContentProps } from 'recharts';
import { SayContext } from './ChartFrame';
import type { LegendSwatch } from './trend-legend';

export interface TooltipRow {
  key: string;
  label: string;
  value: string;
  swatch: LegendSwatch;
}

export interface TooltipContent {
  title: string;
  rows: readonly TooltipRow[];
}

/** What the tooltip says about the point at `index` of the chart's data. */
export type DescribePoint = (index: number) => TooltipContent | null;

/** "2025/26: Kent — Scenario 44.0 (80% range 43.0–45.0); England — Scenario 51.0". */
export function spokenText(content: TooltipContent | null): string {
  return content ? `${content.title}: ${content.rows.map((r) => `${r.label} ${r.value}`).join('; ')}` : '';
}

function Swatch({ swatch }: { swatch: LegendSwatch }) {
  return (
    <svg className="chart-tooltip-swatch" width="20" height="10" viewBox="0 0 20 10" aria-hidden="true">
      {swatch.kind === 'fill' ? (
        <rect x="1" y="1" width="18" height="8" fill={swatch.colour} fillOpacity={0.75} />
      ) : (
        <line
          x1="1"
          y1="5"
          x2="19"
          y2="5"
          stroke={swatch.colour}
          strokeWidth={Math.min(swatch.width, 3)}
          strokeDasharray={swatch.dash.length ? swatch.dash.map((d) => Math.max(1, d / 2)).join(' ') : undefined}
        />
      )}
    </svg>
  );
}

type BoxProps = Partial<Pick<TooltipContentProps, 'active' | 'activeIndex'>> & { describe: DescribePoint };

/** The tooltip's box (recharts clones it with `active` and `activeIndex` as the pointer or keyboard moves). */
function TooltipBox({ active, activeIndex, describe }: BoxProps) {
  const say = useContext(SayContext);
  const index = active && activeIndex !== null && activeIndex !== undefined ? Number(activeIndex) : NaN;
  const content = Number.isInteger(index) ? describe(index) : null;
  const spoken = spokenText(content);
  useEffect(() => say(spoken), [say, spoken]);
  if (!content) return null;
  return (
    <div className="chart-tooltip" aria-hidden="true">
      <p className="chart-tooltip-title">{content.title}</p>
      <ul>
        {content.rows.map((row) => (
          <li key={row.key}>
            <Swatch swatch={row.swatch} />
            <span>
              <bdi>{row.label}</bdi>: <span className="chart-tooltip-value">{row.value}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ChartTooltip({ describe }: { describe: DescribePoint }) {
  return (
    <Tooltip
      content={<TooltipBox describe={describe} />}
      isAnimationActive={false}
      // At the top of the plot, beside the point (recharts keeps it inside the chart, on the side with room).
      position={{ y: 8 }}
      cursor={{ stroke: '#1b1b1b', strokeWidth: 1 }}
    />
  );
}
