// The trend chart's key below its plot (never over it), as HTML lists that wrap: areas by colour, series by
// pattern. The chart PNG draws the same entries (trend-model.ts's legend).
import type { TrendLegendEntry } from './trend-legend';
import './chart.css';

function Sample({ entry }: { entry: TrendLegendEntry }) {
  const { swatch } = entry;
  return (
    <svg className="trend-key-sample" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
      {swatch.kind === 'fill' ? (
        <rect x="1" y="1" width="26" height="10" fill={swatch.colour} />
      ) : (
        <line
          x1="1"
          y1="6"
          x2="27"
          y2="6"
          stroke={swatch.colour}
          strokeWidth={swatch.width}
          strokeDasharray={swatch.dash.length ? swatch.dash.join(' ') : undefined}
        />
      )}
    </svg>
  );
}

function Item({ entry }: { entry: TrendLegendEntry }) {
  return (
    <li className="trend-key-item">
      <Sample entry={entry} />
      <bdi className="trend-key-label">{entry.label}</bdi>
    </li>
  );
}

export function TrendKey({ entries }: { entries: readonly TrendLegendEntry[] }) {
  const areas = entries.filter((e) => e.group === 'area');
  const series = entries.filter((e) => e.group === 'series');
  return (
    <div className="trend-key">
      <ul aria-label="Areas, by colour">
        {areas.map((e, i) => (
          <Item key={`a-${i}`} entry={e} />
        ))}
      </ul>
      <ul aria-label="Series, by pattern">
        {series.map((e, i) => (
          <Item key={`s-${i}`} entry={e} />
        ))}
      </ul>
    </div>
  );
}
