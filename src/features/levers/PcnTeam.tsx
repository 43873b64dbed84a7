// The selected area's (or England's) PCN staff by role group, under the practice team on the headline: FTE and per
// 100,000 registered patients at the PCN file the view's year shows (the latest, June 2026, otherwise), with the
// share of PCNs reporting where it was low. The PCN file is not on the first screen: until a team metric has loaded
// it, a button loads it here.
import { useState } from 'react';
import { usePcnFile } from '../../state/workforce/use-pcn-file';
import { subIcbsWithin, type Dataset } from '../../data/dataset';
import type { WorkforceSeries } from '../../data/series';
import { formatNumber } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { PCN_YEAR_DATES, coverageNote, monthLabel, pcnDateOfYear, pcnGroupRows } from '../../figures/team-series';
import { isTeamMetric } from '../../figures/metrics';
import { useViewStore } from '../../state/stores/view-store';

export function PcnTeam(props: {
  dataset: Dataset;
  series: WorkforceSeries;
  code: string;
  name: string;
  englandCode: string;
  year: number;
}) {
  const { dataset, series, code, name, englandCode } = props;
  const teamMetric = useViewStore((s) => isTeamMetric(s.metric));
  const [asked, setAsked] = useState(false);
  const pcn = usePcnFile(teamMetric || asked);
  if (!pcn.data) {
    return (
      <div className="area-team pcn-team">
        {pcn.isError ? (
          <p role="alert">PCN staff could not be loaded; the rest of the headline is unaffected.</p>
        ) : pcn.isFetching ? (
          <p role="status">Loading PCN staff…</p>
        ) : (
          <button type="button" onClick={() => setAsked(true)}>
            Show PCN staff (primary care networks)
          </button>
        )}
      </div>
    );
  }
  const latest = PCN_YEAR_DATES[PCN_YEAR_DATES.length - 1]!;
  const year = pcnDateOfYear(props.year) ? props.year : latest.year;
  const date = pcnDateOfYear(year)!;
  const figures = pcnGroupRows(pcn.data, code === englandCode ? 'england' : subIcbsWithin(dataset, code), date);
  const yi = series.years.indexOf(year);
  const patients = series.byArea.get(code)?.patients[yi] ?? null;
  const per100k = (fte: number | null) => (fte !== null && patients ? (fte / patients) * 100_000 : null);
  const coverage = coverageNote(figures?.coverage);
  return (
    <div className="area-team pcn-team">
      <table className="milestones">
        <caption>
          {name}: PCN staff, {monthLabel(date)} ({fyLabel(year)}){coverage ? `, ${coverage}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">PCN staff</th>
            <th scope="col">FTE</th>
            <th scope="col">Per 100,000 registered patients</th>
          </tr>
        </thead>
        <tbody>
          {(figures?.rows ?? []).map((row) => (
            <tr key={row.key}>
              <th scope="row" title={row.roles.map((r) => `${r.label}: ${formatNumber(r.fte, 1)}`).join('; ')}>
                {row.label}
              </th>
              <td>{formatNumber(row.fte, 1)}</td>
              <td>{formatNumber(per100k(row.fte), 1)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">All PCN staff</th>
            <td data-testid="pcn-total">{formatNumber(figures?.total ?? null, 1)}</td>
            <td>{formatNumber(per100k(figures?.total ?? null), 1)}</td>
          </tr>
        </tbody>
      </table>
      <p className="hint">
        Staff employed or contracted by PCNs (mostly ARRS-funded) as PCNs recorded them; PCNs that did not report are not
        estimated. Patients{' '}
        {year > dataset.years[dataset.years.length - 1]! ? 'are the projection’s for that year' : 'as recorded'}.
      </p>
    </div>
  );
}
