// The compared scenarios' headline figures for one area (the selected area, or England), one row each; each
// scenario's name in a <bdi>, so its text direction cannot spill into the row.
import { formatNumber, formatSigned } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import type { HeadlineRow } from './compare-figures';
import { gapWording } from '../../figures/headline-figures';
import type { PatientBasis } from '../../figures/metric-basis';
import { DEMAND_PATIENTS } from '../../figures/demand-basis';

export function CompareHeadlines({
  rows,
  areaName,
  baseYear,
  basis = 'registered',
}: {
  rows: readonly HeadlineRow[];
  areaName: string;
  baseYear: number;
  basis?: PatientBasis;
}) {
  return (
    <div className="table-scroll">
      <table className="compare-table">
        <caption>Headline figures for {areaName}: each scenario in its own target year, against its own target</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Target year</th>
            <th scope="col">Projected GP FTE</th>
            <th scope="col">Change since {fyLabel(baseYear)} (FTE)</th>
            <th scope="col">GP FTE per 100,000 {DEMAND_PATIENTS[basis]}</th>
            <th scope="col">Target per 100,000 {DEMAND_PATIENTS[basis]}</th>
            <th scope="col">Gap to target (FTE)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <bdi>{r.name}</bdi>
              </th>
              <td>{fyLabel(r.targetYear)}</td>
              <td className="num">{formatNumber(r.fte, 0)}</td>
              <td className="num">{formatSigned(r.changeFromBase, 0)}</td>
              <td className="num">{formatNumber(r.per100k, 1)}</td>
              <td className="num">{formatNumber(r.targetPer100k, 1)}</td>
              <td className="num">{gapWording(r.gapFte).brief}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
