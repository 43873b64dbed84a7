// What the dashboard's trend chart shows, read from the stores once: the selected areas against England, the
// measure, base year and patients basis of the view, and the headline's target. The trend panel draws it and the
// chart PNG export draws the same (components/chart/trend-model.ts), so the image is the chart on screen.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../stores/view-store';
import { useScenarioStore } from '../stores/scenario-store';
import { targetRate } from '../../figures/headline-figures';
import { needIndexFor } from '../../figures/demand-basis';
import type { TrendChartInput, TrendSource } from '../../figures/trend-series';
import { ENGLAND, useLatestBulletin, type Workforce } from './use-workforce';
import { fyLabel } from '../../lib/years';
import { LATEST_BULLETIN_SUFFIX } from '../../figures/latest-bulletin';

export function useTrendChart(workforce: Workforce, sources: readonly TrendSource[]): TrendChartInput {
  const { selected, baseYear, mode, basis } = useViewStore(
    useShallow((s) => ({ selected: s.selected, baseYear: s.baseYear, mode: s.measure, basis: s.patientBasis })),
  );
  const { target, targetYear, demand } = useScenarioStore(
    useShallow((s) => ({ target: s.target, targetYear: s.targetYear, demand: s.demand })),
  );
  const { dataset, years, series, projection } = workforce;
  // The latest bulletin's month, a point of its own on the FTE measure (fetched by the app once the map is drawn).
  const { latest } = useLatestBulletin(false);
  const month = useMemo(
    () =>
      latest
        ? {
            key: latest.key,
            label: `${fyLabel(latest.key)}${LATEST_BULLETIN_SUFFIX}`,
            series: latest.series,
            basis: `qualified permanent GPs on the bulletin's basis (with NHS England's estimates). ${latest.file.basisDifference.text}`,
          }
        : null,
    [latest],
  );
  return useMemo(() => {
    const picked = selected.flatMap((code) => dataset.byCode.get(code) ?? []);
    const england = dataset.byCode.get(ENGLAND);
    const code = selected[0] ?? ENGLAND;
    return {
      years,
      areas: [...picked, ...(england ? [england] : [])].map((a) => ({ code: a.code, name: a.name })),
      englandCode: ENGLAND,
      sources,
      mode,
      baseYear,
      basis,
      lastDataYear: dataset.years[dataset.years.length - 1],
      month,
      // The headline's target (for its area, in its year, raised by the demand choice's need), on the basis the
      // chart counts.
      target: {
        code,
        value: targetRate({
          series,
          code,
          target,
          basis,
          needIndex: projection ? needIndexFor(projection.prepared, demand, targetYear) : 1,
        }),
        year: targetYear,
      },
    };
  }, [selected, dataset, years, series, projection, sources, mode, baseYear, basis, target, targetYear, demand, month]);
}
