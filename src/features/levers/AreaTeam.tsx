// The selected area's practice team and need, in a recorded year (the view's year, or the latest recorded one
// when the view shows a projected year): which staff each figure counts, per 100,000 registered patients, and GP
// FTE per 100,000 need-weighted patients, with the under-doctored flag on the chosen basis.
import { formatNumber, formatSigned } from '../../lib/format';
import {
  PER_100K_METRIC,
  isEstimate,
  isUnderDoctored,
  metricValue,
  type MetricKey,
  type WorkforceSeries,
} from '../../figures/metrics';
import { PATIENT_BASIS_LABELS, STAFF_COUNTS, type PatientBasis, type StaffGroup } from '../../figures/metric-basis';
import { ESTIMATE_MARK } from '../../figures/metric-notes';
import { fyLabel } from '../../lib/years';
import './area-team.css';

const ROWS: readonly { staff: StaffGroup; fte: MetricKey; per100k: MetricKey | null }[] = [
  { staff: 'qualified', fte: 'fte', per100k: 'ftePer100k' },
  { staff: 'allGps', fte: 'allGpFte', per100k: 'allGpPer100k' },
  { staff: 'nurses', fte: 'nurseFte', per100k: 'nursePer100k' },
  { staff: 'dpc', fte: 'dpcFte', per100k: 'dpcPer100k' },
];

export function AreaTeam(props: {
  series: WorkforceSeries;
  code: string;
  name: string;
  englandCode: string;
  /** The view's year and base year. */
  year: number;
  baseYear: number;
  lastDataYear: number;
  basis: PatientBasis;
}) {
  const { series, code, name, englandCode, baseYear, lastDataYear, basis } = props;
  const year = Math.min(props.year, lastDataYear);
  const value = (key: MetricKey) => metricValue(series, code, key, year, baseYear);
  const est = (key: MetricKey) => (isEstimate(series, key, year) ? ` ${ESTIMATE_MARK}` : '');
  const yi = series.years.indexOf(year);
  const weighted = series.byArea.get(code)?.weightedPatients?.[yi] ?? null;
  const flagMetric = PER_100K_METRIC[basis];
  // Against the flag's fixed line: England's rate in the latest recorded year (flagLine).
  const flagged = isUnderDoctored(value(flagMetric), metricValue(series, englandCode, flagMetric, lastDataYear, lastDataYear));
  return (
    <div className="area-team">
      <table className="milestones">
        <caption>
          {name}: practice team, {fyLabel(year)} (recorded
          {props.year > lastDataYear ? '; the wider team is recorded years only, not projected' : ''})
        </caption>
        <thead>
          <tr>
            <th scope="col">Staff</th>
            <th scope="col">FTE</th>
            <th scope="col">Per 100,000 registered patients</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.staff}>
              <th scope="row">{STAFF_COUNTS[row.staff].replace(/^./, (c) => c.toUpperCase())}</th>
              <td>{formatNumber(value(row.fte), 1)}</td>
              <td>{row.per100k ? formatNumber(value(row.per100k), 1) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="area-need">
        <div>
          <dt>Need-weighted (Carr-Hill) patients</dt>
          <dd>
            {formatNumber(weighted, 0)}
            {est('ftePerWeighted100k')}
          </dd>
        </div>
        <div>
          <dt>Qualified permanent GP FTE per 100,000 need-weighted patients</dt>
          <dd>
            {formatNumber(value('ftePerWeighted100k'), 1)}
            {est('ftePerWeighted100k')}
          </dd>
        </div>
        <div>
          <dt>Change in GP FTE per 100,000 registered patients since {fyLabel(baseYear)}</dt>
          <dd>
            {formatSigned(value('changePer100k'), 1)} ({formatSigned(value('changePer100kPct'), 1)}%)
          </dd>
        </div>
        <div>
          <dt>Under-doctored ({PATIENT_BASIS_LABELS[basis].toLowerCase()} patients)</dt>
          <dd>{code === englandCode ? '–' : flagged ? 'Yes' : 'No'}</dd>
        </div>
      </dl>
    </div>
  );
}
