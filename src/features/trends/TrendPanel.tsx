import { memo } from 'react';
// The trend panel: the selected areas (or England alone) across history and projection.
import type { Workforce } from '../../state/workforce/use-workforce';
import { useTrendChart } from '../../state/workforce/use-trend-chart';
import { useViewStore } from '../../state/stores/view-store';
import { TrendChart } from '../../components/chart/TrendChart';
import type { TrendSource } from '../../figures/trend-series';
import { WEIGHTED_ESTIMATE_RULE, WEIGHTED_PROJECTION_RULE } from '../../figures/metric-basis';
import './trends.css';

export const TrendPanel = memo(function TrendPanel({
  workforce,
  sources,
}: {
  workforce: Workforce;
  sources: readonly TrendSource[];
}) {
  const setMeasure = useViewStore((s) => s.setMeasure);
  // The same input the chart PNG is drawn from (ChartPngButton).
  const input = useTrendChart(workforce, sources);
  const picked = input.areas.filter((a) => a.code !== input.englandCode);
  const heading = picked.length === 0 ? 'England' : `${picked.map((a) => a.name).join(', ')} against England`;
  return (
    <div>
      <h3 className="chart-heading">{heading}</h3>
      {picked.length === 0 && (
        <p className="hint">
          Choose an area on the map or in the Areas table to compare it with England; tick "Compare" to add up to four.
        </p>
      )}
      <TrendChart {...input} onMode={setMeasure} />
      {input.basis === 'weighted' && input.mode === 'ftePer100k' && (
        <p className="hint">
          {WEIGHTED_ESTIMATE_RULE} {WEIGHTED_PROJECTION_RULE}
        </p>
      )}
    </div>
  );
});
