// England's monthly bulletin series: the mix of GP roles (FTE), Sep 2015 to Oct 2025.
import { memo, useMemo } from 'react';
import { DataTableDisclosure, type Column } from '../../components/ui/DataTableDisclosure';
import type { NationalFile } from '../../data/schemas';
import { formatNumber } from '../../lib/format';
import { monthTime } from './time-axis';
import { NationalPlot, type StackedRow } from './NationalPlot';

type Row = NationalFile['rows'][number];
const ROLES = [
  { key: 'partnersFte', label: 'Partners', colour: '#0072B2' },
  { key: 'salariedFte', label: 'Salaried', colour: '#56B4E9' },
  { key: 'retainersFte', label: 'Retainers', colour: '#009E73' },
  { key: 'regularLocumsFte', label: 'Regular locums', colour: '#E69F00' },
  { key: 'traineesFte', label: 'Trainees (registrars)', colour: '#CC79A7' },
] as const satisfies readonly { key: keyof Row; label: string; colour: string }[];

/** "Sep 2015". toLocaleDateString is slow, and the chart and its table ask for every month: cached. */
const labels = new Map<string, string>();
const formatMonth = (date: string) =>
  new Date(`${date}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

function monthLabel(date: string): string {
  let label = labels.get(date);
  if (label === undefined) {
    label = formatMonth(date);
    labels.set(date, label);
  }
  return label;
}

/**
 * The roles' key, below the plot like the trend chart's (components/chart/TrendKey): plain HTML, so it wraps and reads
 * as a list.
 */
function RoleKey() {
  return (
    <div className="trend-key">
      <ul aria-label="GP roles, by colour">
        {ROLES.map((role) => (
          <li key={role.key} className="trend-key-item">
            <svg className="trend-key-sample" width="14" height="12" viewBox="0 0 14 12" aria-hidden="true">
              <rect x="1" y="1" width="12" height="10" fill={role.colour} fillOpacity={0.75} stroke={role.colour} />
            </svg>
            <span>{role.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

// The national series never changes while the app runs: memo keeps slider moves from redrawing it.
export const NationalChart = memo(function NationalChart({ national }: { national: NationalFile }) {
  const rows = national.rows;
  // Proportional to time: half-yearly, then quarterly snapshots to June 2021, monthly since.
  const chartRows = useMemo(
    (): StackedRow[] =>
      rows.map((r) => ({
        t: monthTime(r.date),
        label: monthLabel(r.date),
        values: ROLES.map((role) => r[role.key]),
        total: r.allGpsFte,
      })),
    [rows],
  );
  const first = rows[0];
  const last = rows[rows.length - 1];
  const columns: Column<Row>[] = [
    { key: 'date', header: 'Month', cell: (r) => monthLabel(r.date) },
    ...ROLES.map((role) => ({
      key: role.key,
      header: `${role.label} (FTE)`,
      numeric: true,
      cell: (r: Row) => formatNumber(r[role.key], 1),
    })),
    { key: 'allGpsFte', header: 'All GPs (FTE)', numeric: true, cell: (r: Row) => formatNumber(r.allGpsFte, 1) },
  ];
  return (
    <div>
      {first && last && (
        <p className="chart-note">
          All GPs: {formatNumber(first.allGpsFte, 1)} FTE in {monthLabel(first.date)}, {formatNumber(last.allGpsFte, 1)} FTE in{' '}
          {monthLabel(last.date)}; fully qualified permanent GPs: {formatNumber(first.qualifiedPermanentFte, 1)} →{' '}
          {formatNumber(last.qualifiedPermanentFte, 1)} FTE (bulletin, includes NHS estimates).
        </p>
      )}
      <div className="chart">
        <NationalPlot rows={chartRows} roles={ROLES} height={280} />
      </div>
      <RoleKey />
      <DataTableDisclosure
        summary="Show the national series as a table"
        caption="England, GP FTE by role, bulletin months"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.date}
      />
    </div>
  );
});
