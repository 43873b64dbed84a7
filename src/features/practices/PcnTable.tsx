// The practices summed by PCN (codes of the latest practice–PCN map), sortable, with the area's total.
import { useState } from 'react';
import { formatNumber } from '../../lib/format';
import { pcnTotal, type PcnRow } from './practice-rows';
import { SortHeader, type SortState } from './SortHeader';
import { sortBy } from './sort-practices';

type Column = 'name' | 'code' | 'practices' | 'fte' | 'patients' | 'patientsPerFte' | 'ftePer100k';

export function PcnTable({ rows, caption, totalLabel }: { rows: readonly PcnRow[]; caption: string; totalLabel: string }) {
  const [sort, setSort] = useState<SortState<Column>>({ key: 'name', direction: 'ascending' });
  const sorted = sortBy(rows, sort.key, sort.direction);
  const total = pcnTotal(rows);
  const header = (column: Column, label: string) => <SortHeader column={column} label={label} sort={sort} onSort={setSort} />;
  return (
    <div className="table-scroll">
      <table className="pcn-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', 'PCN')}
            {header('code', 'Code')}
            {header('practices', 'Practices')}
            {header('fte', 'GP FTE')}
            {header('patients', 'Patients')}
            {header('patientsPerFte', 'Patients per GP FTE')}
            {header('ftePer100k', 'GP FTE per 100,000 patients')}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.code ?? 'none'}>
              <th scope="row">{row.name}</th>
              <td>{row.code ?? '–'}</td>
              <td className="num">{row.practices}</td>
              <td className="num">{formatNumber(row.fte, 1)}</td>
              <td className="num">{formatNumber(row.patients, 0)}</td>
              <td className="num">{formatNumber(row.patientsPerFte, 0)}</td>
              <td className="num">{formatNumber(row.ftePer100k, 1)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="total-row">
            <th scope="row">{totalLabel}</th>
            <td />
            <td className="num">{total.practices}</td>
            <td className="num">{formatNumber(total.fte, 1)}</td>
            <td className="num">{formatNumber(total.patients, 0)}</td>
            <td className="num">{formatNumber(total.fte > 0 ? total.patients / total.fte : null, 0)}</td>
            <td className="num">{formatNumber(total.patients > 0 ? (total.fte / total.patients) * 100_000 : null, 1)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
