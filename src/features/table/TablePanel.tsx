import { memo } from 'react';
import { metricConfig } from '../../lib/metrics';
import { fyLabel } from '../../lib/years';
import { useLevelRows, type Workforce } from '../../state/use-workforce';
import { LEVEL_LABELS, MAX_SELECTED, useViewStore } from '../../state/view-store';
import { AreasTable } from './AreasTable';

export const TablePanel = memo(function TablePanel({ workforce }: { workforce: Workforce }) {
  const rows = useLevelRows(workforce);
  const { level, metric, year, baseYear, selected, selectArea, toggleCompare } = useViewStore();
  return (
    <AreasTable
      rows={rows}
      metric={metricConfig(metric)}
      levelLabel={LEVEL_LABELS[level]}
      yearLabel={fyLabel(year)}
      baseYearLabel={fyLabel(baseYear)}
      selected={selected}
      onSelect={selectArea}
      onToggleCompare={toggleCompare}
      maxCompare={MAX_SELECTED}
    />
  );
});
