// A chart's drawing surface: an SVG at the width its box is laid out at, and a tooltip for the point under the
// pointer or, from the keyboard, the point chosen with the arrow keys (Home and End for the first and last, Escape
// to close). The surface is one image with an accessible name; what the keyboard reads is also said through a
// polite live region. Every chart keeps a table alternative beside it (components/ui/DataTableDisclosure).
// The SVG has its size in px as attributes and a matching viewBox: the chart PNG export clones it from the page
// (features/export/chart-image.ts), and print scales it to its column.
import { useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { nearestIndex, type PlotBox } from './geometry';
import { useWidth } from './use-width';
import type { LegendSwatch } from './trend-legend';
import './chart.css';

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

export interface Dot {
  key: string;
  x: number;
  y: number;
  colour: string;
}

/** What a chart draws at a given width. */
export interface Drawing {
  plot: PlotBox;
  /** The x (px) of each point a reader can step to, ascending. */
  xs: readonly number[];
  /** Everything drawn: grid, axes, shading, lines. */
  marks: ReactNode;
  /** The points marked on the lines at step `index` while the tooltip shows it. */
  dots?: (index: number) => readonly Dot[];
}

export interface ChartSurfaceProps {
  height: number;
  /** The chart's accessible name: what it shows, and that the table below has the figures. */
  label: string;
  /** What one step is ("year", "month"), for the keyboard hint in the name. */
  step: string;
  draw: (width: number) => Drawing;
  tooltip: (index: number) => TooltipContent;
  /** Width drawn at until the box has been laid out. */
  fallbackWidth?: number;
}

type Active = { index: number; from: 'pointer' | 'keyboard' } | null;

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

export function ChartSurface({ height, label, step, draw, tooltip, fallbackWidth = 640 }: ChartSurfaceProps) {
  const [ref, width] = useWidth<HTMLDivElement>(fallbackWidth);
  const [active, setActive] = useState<Active>(null);
  const drawing = draw(width);
  const { xs, plot } = drawing;
  const last = xs.length - 1;
  const index = active && active.index <= last ? active.index : null;
  const content = index === null ? null : tooltip(index);

  // The pointer's x in the SVG's own units (print or zoom may draw it at another size).
  const pointerIndex = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) * width) / (box.width || width);
    return nearestIndex(xs, x);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const at = pointerIndex(event);
    if (at >= 0 && (active?.index !== at || active.from !== 'pointer')) setActive({ index: at, from: 'pointer' });
  };
  const onPointerLeave = (event: PointerEvent<HTMLDivElement>) => {
    if (active?.from === 'pointer' && document.activeElement !== event.currentTarget) setActive(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (last < 0) return;
    const from = index ?? last;
    const next: Record<string, number> = {
      ArrowLeft: Math.max(0, from - 1),
      ArrowDown: Math.max(0, from - 1),
      ArrowRight: Math.min(last, from + 1),
      ArrowUp: Math.min(last, from + 1),
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape' && index !== null) {
      event.stopPropagation();
      setActive(null);
      return;
    }
    const to = next[event.key];
    if (to === undefined) return;
    event.preventDefault();
    setActive({ index: to, from: 'keyboard' });
  };

  const x = index === null ? 0 : (xs[index] ?? 0);
  // The tooltip sits beside the marked point, on the side with more room.
  const onRight = x < width / 2;
  const room = (space: number) => Math.min(360, Math.max(160, space - 16));
  const tooltipStyle = onRight ? { left: x + 12, maxWidth: room(width - x) } : { right: width - x + 12, maxWidth: room(x) };
  const spoken = content ? `${content.title}: ${content.rows.map((r) => `${r.label} ${r.value}`).join('; ')}` : '';

  return (
    <>
      <div
        ref={ref}
        className="chart-plot"
        style={{ height }}
        role="img"
        aria-label={`${label} Arrow keys step through the ${step}s.`}
        tabIndex={0}
        onPointerMove={onPointerMove}
        onPointerDown={onPointerMove}
        onPointerLeave={onPointerLeave}
        onFocus={() => setActive((a) => a ?? (last >= 0 ? { index: last, from: 'keyboard' } : null))}
        onBlur={() => setActive(null)}
        onKeyDown={onKeyDown}
      >
        <svg className="chart-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          {drawing.marks}
          {index !== null && (
            <g className="chart-transient">
              <line className="chart-cursor" x1={x} x2={x} y1={plot.top} y2={plot.bottom} stroke="#1b1b1b" strokeWidth={1} />
              {drawing.dots?.(index).map((d) => (
                <circle key={d.key} cx={d.x} cy={d.y} r={4} fill={d.colour} stroke="#ffffff" strokeWidth={2} />
              ))}
            </g>
          )}
        </svg>
        {content && (
          <div className="chart-tooltip" style={{ ...tooltipStyle, top: plot.top + 4 }} aria-hidden="true">
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
        )}
      </div>
      <p className="chart-live" aria-live="polite">
        {active?.from === 'keyboard' ? spoken : ''}
      </p>
    </>
  );
}
