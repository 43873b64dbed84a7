import { useShallow } from 'zustand/react/shallow';
import { withStaffLabel, yearSuffix } from '../../figures/team-series';
import { memo } from 'react';
import { PER_100K_METRIC, flagLine, metricConfig } from '../../figures/metrics';
import { per100kLabel } from '../../figures/demand-basis';
import { flagNotes, metricNotes } from '../../figures/metric-notes';
import { fyLabel } from '../../lib/years';
import { ENGLAND, useLevelRows, useShownSeries, type Workforce } from '../../state/workforce/use-workforce';
import { latestBulletinNotes } from '../../figures/latest-bulletin';
import { LEVEL_LABELS, MAX_SELECTED, useViewStore } from '../../state/stores/view-store';
import { AreasTable } from './AreasTable';

export const TablePanel = memo(function TablePanel({ workforce }: { workforce: Workforce }) {
  const rows = useLevelRows(workforce);
  // Selected fields only: the map's view changes on every pan, and must not re-render 106 rows.
  const { level, metric, year, baseYear, selected, selectArea, toggleCompare, patientBasis } = useViewStore(
    useShallow((s) => ({
      level: s.level,
      metric: s.metric,
      year: s.year,
      baseYear: s.baseYear,
      selected: s.selected,
      selectArea: s.selectArea,
      toggleCompare: s.toggleCompare,
      patientBasis: s.patientBasis,
    })),
  );
  const { dataset } = workforce;
  // On the bulletin's month, its one-point series and its source and basis (figures/latest-bulletin.ts).
  const { series, latest } = useShownSeries(workforce);
  const config = withStaffLabel(metricConfig(metric), series.teamStaffLabel);
  const lastDataYear = dataset.years[dataset.years.length - 1] ?? year;
  const notes = {
    year,
    lastDataYear,
    estimatedWeightedYears: series.estimated?.weightedPatients ?? [],
    flagThreshold: flagLine({ series, englandCode: ENGLAND, basis: patientBasis, flagYear: lastDataYear }).threshold,
  };
  return (
    <AreasTable
      rows={rows}
      metric={config}
      flagRule={flagNotes(patientBasis, notes)}
      metricNotes={latest ? [...latestBulletinNotes(latest.file), ...metricNotes(config, notes)] : metricNotes(config, notes)}
      flagColumn={metric === PER_100K_METRIC[patientBasis] ? null : per100kLabel(patientBasis)}
      levelLabel={LEVEL_LABELS[level]}
      yearLabel={`${fyLabel(year)}${yearSuffix(config, year, lastDataYear)}`}
      baseYearLabel={fyLabel(baseYear)}
      selected={selected}
      onSelect={selectArea}
      onToggleCompare={toggleCompare}
      maxCompare={MAX_SELECTED}
      {...(latest
        ? {
            noChanges: `No change figures on ${fyLabel(year)}: the bulletin is another source than the financial years (choose a year for changes since ${fyLabel(baseYear)}).`,
          }
        : {})}
    />
  );
});
