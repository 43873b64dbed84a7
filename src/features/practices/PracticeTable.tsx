// Every practice of the area for the practice year: sortable, and a practice picked here is highlighted on the map
// (and one picked on the map is highlighted and scrolled to here). History notes (closed, merged) are shown. The
// under-doctored flag has its own column, with the practice's rate on the flag's basis, and beside it the locum and
// registrar FTE that the flag's qualified permanent GPs leave out (a practice flagged at 3.6 per 100,000 may be run by
// locums). A practice with no patients says so instead of showing 0 patients per GP FTE.
import { useEffect, useRef, useState } from 'react';
import { formatNumber, formatSigned } from '../../lib/format';
import type { MetricConfig } from '../../figures/metrics';
import type { PatientBasis } from '../../figures/metric-basis';
import { ESTIMATE_MARK } from '../../figures/metric-notes';
import type { PracticeRow } from './practice-rows';
import { SortHeader, type SortState } from './SortHeader';
import { Sparkline } from './Sparkline';
import { sortBy } from './sort-practices';

type Column =
  | 'name'
  | 'code'
  | 'pcn'
  | 'value'
  | 'fte'
  | 'patients'
  | 'weightedPatients'
  | 'patientsPerFte'
  | 'flagPer100k'
  | 'locumTraineeFte'
  | 'changeFte'
  | 'changePct';

const NO_PATIENTS = 'no patients';

/** A figure with "est." after it when estimated (2023/24 need-weighted patients). */
function Estimated({ text, estimated }: { text: string; estimated: boolean }) {
  return estimated ? (
    <>
      {text} <abbr title="estimated: 2023/24 need-weighted patients (no payments file that year)">{ESTIMATE_MARK}</abbr>
    </>
  ) : (
    <>{text}</>
  );
}

export function PracticeTable({
  rows,
  years,
  metric,
  basis,
  caption,
  baseYearLabel,
  picked,
  onPick,
  flagThreshold,
}: {
  rows: readonly PracticeRow[];
  years: readonly number[];
  metric: MetricConfig;
  /** The "Patients" choice: need-weighted patients get a column of their own when chosen (or the metric uses them). */
  basis: PatientBasis;
  caption: string;
  baseYearLabel: string;
  picked: string | null;
  onPick: (code: string | null) => void;
  /** 90% of England's GP FTE per 100,000 patients on the flag's basis in the practice year, or null (no flag). */
  flagThreshold: number | null;
}) {
  // Largest list first: practices that reported in the year come before those that closed or merged.
  const [sort, setSort] = useState<SortState<Column>>({ key: 'patients', direction: 'descending' });
  const sorted = sortBy(rows, sort.key, sort.direction);
  // The map metric gets its own column unless another column already shows it.
  const metricColumn = !['fte', 'patientsPerFte', 'changeFte', 'changePct'].includes(metric.key);
  const weightedColumn = basis === 'weighted' || metric.patients === 'weighted';
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  useEffect(() => {
    if (picked) rowRefs.current.get(picked)?.scrollIntoView?.({ block: 'nearest' });
  }, [picked]);
  const header = (column: Column, label: string) => <SortHeader column={column} label={label} sort={sort} onSort={setSort} />;

  return (
    <div className="table-scroll practice-table-scroll">
      <table className="practice-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', 'Practice')}
            {header('code', 'Code')}
            {header('pcn', 'PCN')}
            {metricColumn && header('value', `${metric.label} (${metric.unit})`)}
            {header('fte', 'GP FTE')}
            {header('patients', 'Patients')}
            {weightedColumn && header('weightedPatients', 'Need-weighted patients')}
            {header('patientsPerFte', 'Patients per GP FTE')}
            {flagThreshold !== null &&
              header(
                'flagPer100k',
                `Under-doctored: GP FTE per 100,000 ${basis === 'weighted' ? 'need-weighted' : 'registered'} patients below ${formatNumber(flagThreshold, 1)}`,
              )}
            {header('locumTraineeFte', 'Locum and registrar GP FTE (not in GP FTE)')}
            {header('changeFte', `Change in GP FTE since ${baseYearLabel}`)}
            {header('changePct', `Change since ${baseYearLabel} (%)`)}
            <th scope="col">GP FTE trend</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const isPicked = row.code === picked;
            return (
              <tr
                key={row.code}
                ref={(el) => {
                  if (el) rowRefs.current.set(row.code, el);
                  else rowRefs.current.delete(row.code);
                }}
                aria-selected={isPicked}
                className={isPicked ? 'selected' : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={isPicked}
                    onClick={() => onPick(isPicked ? null : row.code)}
                  >
                    {row.name}
                  </button>
                  {row.history && <p className="practice-history">{row.history}</p>}
                  {row.lat === null && <p className="practice-history">Not on the map: its postcode could not be placed.</p>}
                </th>
                <td>{row.code}</td>
                <td>{row.pcnName ?? row.pcn ?? '–'}</td>
                {metricColumn && (
                  <td className="num">
                    {row.noPatients && metric.patients !== null ? (
                      NO_PATIENTS
                    ) : (
                      <Estimated
                        text={
                          metric.scale === 'diverging'
                            ? formatSigned(row.value, metric.decimals)
                            : formatNumber(row.value, metric.decimals)
                        }
                        estimated={row.estimated}
                      />
                    )}
                  </td>
                )}
                <td className="num">{formatNumber(row.fte, 1)}</td>
                <td className="num">{formatNumber(row.patients, 0)}</td>
                {weightedColumn && (
                  <td className="num">
                    <Estimated text={formatNumber(row.weightedPatients, 0)} estimated={row.weightedEstimated} />
                  </td>
                )}
                <td className="num">{row.noPatients ? NO_PATIENTS : formatNumber(row.patientsPerFte, 0)}</td>
                {flagThreshold !== null && (
                  <td className="num">
                    {row.underDoctored ? (
                      <>
                        <span className="flag">Under-doctored</span> {formatNumber(row.flagPer100k, 1)}
                      </>
                    ) : row.noPatients ? (
                      NO_PATIENTS
                    ) : (
                      ''
                    )}
                  </td>
                )}
                <td className="num">{formatNumber(row.locumTraineeFte, 1)}</td>
                <td className="num">{formatSigned(row.changeFte, 1)}</td>
                <td className="num">{formatSigned(row.changePct, 1)}</td>
                <td>
                  <Sparkline values={row.fteTrend} years={years} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
