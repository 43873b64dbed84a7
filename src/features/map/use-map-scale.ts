// The map panel's colouring from the view store and the workforce: the rows at the level, the series on show, the
// metric and mapScale's breaks and colours. One hook, so the first map pre-rendered at build time
// (first-map-colours.ts) is tested against the very colours the live map is given (test/features/map).
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { bulletinLatestQuery } from '../../data/queries';
import { metricConfig } from '../../figures/metrics';
import { withStaffLabel } from '../../figures/team-series';
import { isMonthKey } from '../../lib/years';
import { useViewStore } from '../../state/stores/view-store';
import { ENGLAND, useLevelRows, useShownSeries, type Workforce } from '../../state/workforce/use-workforce';
import { mapScale } from '../../components/map/colours/map-figure';

export function useMapScale(workforce: Workforce) {
  const metricKey = useViewStore((s) => s.metric);
  const year = useViewStore((s) => s.year);
  const baseYear = useViewStore((s) => s.baseYear);
  const sameScale = useViewStore((s) => s.sameScale);
  const basis = useViewStore((s) => s.patientBasis);
  const rows = useLevelRows(workforce);
  // The workforce series, or on the bulletin's month its one-point series (figures/latest-bulletin.ts).
  const { series, latest } = useShownSeries(workforce);
  const month = isMonthKey(year);
  const bulletin = useQuery({ ...bulletinLatestQuery(), enabled: month });
  const metric = useMemo(
    () => withStaffLabel(metricConfig(metricKey), series.teamStaffLabel),
    [metricKey, series.teamStaffLabel],
  );
  const lastDataYear = workforce.dataset.years[workforce.dataset.years.length - 1] ?? year;
  const scale = useMemo(
    () =>
      mapScale({
        rows,
        metric,
        series,
        year,
        baseYear,
        sameScale,
        englandCode: ENGLAND,
        basis,
        flagYear: lastDataYear,
        annualSeries: month ? workforce.series : undefined,
      }),
    [rows, metric, series, year, baseYear, sameScale, basis, lastDataYear, month, workforce],
  );
  return { ...scale, rows, series, latest, month, bulletin, metric, lastDataYear };
}
