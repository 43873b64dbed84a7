import { memo } from 'react';
// The trend panel: the selected areas (or England alone) across history and projection.
import { ENGLAND, type Workforce } from '../../state/workforce/use-workforce';
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
  const selected = useViewStore((s) => s.selected);
  const baseYear = useViewStore((s) => s.baseYear);
  const measure = useViewStore((s) => s.measure);
  const setMeasure = useViewStore((s) => s.setMeasure);
  const basis = useViewStore((s) => s.patientBasis);
  const { dataset } = workforce;
  const picked = selected.map((code) => dataset.byCode.get(code)).filter((a) => a !== undefined);
  const england = dataset.byCode.get(ENGLAND);
  const areas = [...picked, ...(england ? [england] : [])].map((a) => ({ code: a.code, name: a.name }));
  const heading = picked.length === 0 ? 'England' : `${picked.map((a) => a.name).join(', ')} against England`;
  return (
    <div>
      <h3 className="chart-heading">{heading}</h3>
      {picked.length === 0 && (
        <p className="hint">
          Choose an area on the map or in the Areas table to compare it with England; tick "Compare" to add up to four.
        </p>
      )}
      <TrendChart
        years={workforce.years}
        areas={areas}
        englandCode={ENGLAND}
        sources={sources}
        lastDataYear={dataset.years[dataset.years.length - 1]}
        baseYear={baseYear}
        mode={measure}
        onMode={setMeasure}
        basis={basis}
      />
      {basis === 'weighted' && measure === 'ftePer100k' && (
        <p className="hint">
          {WEIGHTED_ESTIMATE_RULE} {WEIGHTED_PROJECTION_RULE}
        </p>
      )}
    </div>
  );
});
