// A chart's grid and axes in SVG: light grid lines at the ticks, an axis line along the plot's left and bottom
// edges with 6 px tick marks, and tick labels outside the plot. Ticks come worked out (components/chart/geometry.ts
// places them; components/chart/nice-ticks.ts picks round values), so every chart, on screen and exported, reads the same way.
import type { PlotBox } from './geometry';

export interface Tick {
  /** Pixel position along the axis (x for the x axis, y for the y axis). */
  at: number;
  label: string;
}

const TICK = 6;
const AXIS = '#666666';
/** Tick labels: 7:1 on white. */
const LABEL = '#595959';

export function Grid({ plot, x, y }: { plot: PlotBox; x: readonly Tick[]; y: readonly Tick[] }) {
  return (
    <g className="chart-grid" stroke="#e0e0e0" aria-hidden="true">
      <g className="chart-grid-x">
        {x.map((t) => (
          <line key={t.label} x1={t.at} x2={t.at} y1={plot.top} y2={plot.bottom} />
        ))}
      </g>
      <g className="chart-grid-y">
        {y.map((t) => (
          <line key={t.label} x1={plot.left} x2={plot.right} y1={t.at} y2={t.at} />
        ))}
      </g>
    </g>
  );
}

export function XAxis({ plot, ticks }: { plot: PlotBox; ticks: readonly Tick[] }) {
  return (
    <g className="chart-axis chart-axis-x" aria-hidden="true">
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={AXIS} />
      {ticks.map((t) => (
        <g key={t.label} className="chart-tick">
          <line x1={t.at} x2={t.at} y1={plot.bottom} y2={plot.bottom + TICK} stroke={AXIS} />
          <text x={t.at} y={plot.bottom + TICK + 2} dy="0.8em" textAnchor="middle" fill={LABEL}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

export function YAxis({ plot, ticks }: { plot: PlotBox; ticks: readonly Tick[] }) {
  return (
    <g className="chart-axis chart-axis-y" aria-hidden="true">
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={AXIS} />
      {ticks.map((t) => (
        <g key={t.label} className="chart-tick">
          <line x1={plot.left - TICK} x2={plot.left} y1={t.at} y2={t.at} stroke={AXIS} />
          <text x={plot.left - TICK - 3} y={t.at} dy="0.35em" textAnchor="end" fill={LABEL}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}
