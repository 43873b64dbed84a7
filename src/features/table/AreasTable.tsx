// The map's table alternative: every area at the current level, sortable, selectable by keyboard.
import { useState } from 'react';
import type { LevelRow } from '../../figures/level-rows';
import { formatNumber, formatRange, formatSigned } from '../../lib/format';
import { labelWithUnit, type MetricConfig } from '../../figures/metrics';
import { STAFF_SHORT } from '../../figures/metric-basis';
import { ESTIMATE_MARK } from '../../figures/metric-notes';
import { sortRows, type SortDirection, type SortKey } from './sort-rows';

export interface AreasTableProps {
  rows: readonly LevelRow[];
  metric: MetricConfig;
  levelLabel: string;
  yearLabel: string;
  baseYearLabel: string;
  selected: readonly string[];
  onSelect: (code: string) => void;
  onToggleCompare: (code: string) => void;
  maxCompare: number;
  /** The under-doctored rule on its basis (registered or need-weighted patients), and any estimate/projection rule. */
  flagRule: readonly string[];
  /** What the metric counts, and why values are missing (recorded years only), estimated or projected. */
  metricNotes: readonly string[];
  /**
   * The flag's own rate column, when the metric is not it: its header (e.g. "GP FTE per 100,000 need-weighted
   * patients"), so every flag sits beside the figure it was judged on. Null when the metric column is that figure.
   */
  flagColumn: string | null;
  /**
   * Why the view has no change figures (the bulletin's month: another source, one point), said in the caption in
   * place of "Changes since …", with the change columns left out. Undefined where the changes are shown.
   */
  noChanges?: string;
}

export function AreasTable(props: AreasTableProps) {
  const { rows, metric, levelLabel, yearLabel, baseYearLabel, selected, onSelect, onToggleCompare, maxCompare } = props;
  const { flagRule, metricNotes, flagColumn, noChanges } = props;
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'rank', direction: 'ascending' });
  const sorted = sortRows(rows, sort.key, sort.direction);
  const flagged = rows.filter((r) => r.underDoctored).length;
  const ranged = rows.some((r) => r.range !== null);
  // Signed metrics (changes) read "−12.0 to +3.5"; the rest "38.2–41.0".
  const rangeText = (range: { low: number; high: number }) =>
    metric.scale === 'diverging'
      ? `${formatSigned(range.low, metric.decimals)} to ${formatSigned(range.high, metric.decimals)}`
      : formatRange(range.low, range.high, metric.decimals);

  // `short`: what the header shows where the full name would widen the column (the table fits its column at 1280 px);
  // screen readers hear the full name.
  const header = (key: SortKey, label: string, short?: string) => {
    const active = sort.key === key;
    const next: SortDirection = active && sort.direction === 'ascending' ? 'descending' : 'ascending';
    return (
      <th scope="col" aria-sort={active ? sort.direction : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, direction: next })}>
          {short === undefined ? (
            label
          ) : (
            <>
              <span aria-hidden="true" title={label}>
                {short}
              </span>
              <span className="visually-hidden">{label}</span>
            </>
          )}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll">
      <p className="rule" data-testid="flag-rule">
        <strong>{flagRule[0]}</strong> {flagged} of {rows.length} areas are flagged.
        {flagRule.slice(1).map((note) => (
          <span key={note}> {note}</span>
        ))}
      </p>
      <table className="areas-table">
        <caption>
          Areas at {levelLabel} level, {yearLabel}: {metric.label}. {noChanges ?? `Changes since ${baseYearLabel}.`}{' '}
          {metricNotes.join(' ')}
        </caption>
        <thead>
          <tr>
            {header('name', 'Area')}
            {header('value', labelWithUnit(metric))}
            {ranged && <th scope="col">80% range</th>}
            {flagColumn && header('flagPer100k', `${flagColumn} (the flag's figure)`)}
            {header('rank', 'Rank (1 = highest)', 'Rank')}
            {noChanges === undefined && (
              <>
                {header('changeFte', `Change in FTE since ${baseYearLabel} (${STAFF_SHORT.qualified})`, 'FTE change')}
                {header('changePct', `Change since ${baseYearLabel} (%)`, '% change')}
              </>
            )}
            <th scope="col">Flag</th>
            <th scope="col" className="compare-col">
              <span aria-hidden="true" title="Compare (up to four areas on the trend chart)">
                Cmp.
              </span>
              <span className="visually-hidden">Compare</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const isSelected = selected.includes(row.code);
            return (
              <tr key={row.code} aria-selected={isSelected} className={isSelected ? 'selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect(row.code)}
                    aria-pressed={selected[0] === row.code}
                  >
                    {row.name}
                  </button>
                </th>
                <td className="num">
                  {formatNumber(row.value, metric.decimals)}
                  {row.estimated && (
                    <>
                      {' '}
                      <abbr title="estimate">{ESTIMATE_MARK}</abbr>
                    </>
                  )}
                </td>
                {ranged && <td className="num">{row.range ? rangeText(row.range) : '–'}</td>}
                {flagColumn && <td className="num">{formatNumber(row.flagPer100k ?? null, 1)}</td>}
                <td className="num">{row.rank ?? '–'}</td>
                {noChanges === undefined && (
                  <>
                    <td className="num">{formatSigned(row.changeFte, 1)}</td>
                    <td className="num">{formatSigned(row.changePct, 1)}</td>
                  </>
                )}
                <td>{row.underDoctored ? <span className="flag">Under-doctored</span> : ''}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Compare ${row.name}`}
                    checked={isSelected}
                    disabled={!isSelected && selected.length >= maxCompare}
                    onChange={() => onToggleCompare(row.code)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
