// The upload's effect area by area: each sub-ICB-year's GP FTE, headcount and patients before (the baseline)
// and after (with the upload, as the chosen practice-row rule makes them), with the change in per cent.
// Largest change first. Only the first rows are drawn until "Show all" is pressed, so a file covering every
// sub-ICB for ten years stays quick to show.
import { useId, useState } from 'react';
import { formatNumber, formatSigned } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import type { BeforeAfterRow } from './before-after';
import type { Figures } from './practice-coverage';

/** Rows drawn before "Show all". */
export const FIRST_ROWS = 50;

const MEASURES: readonly { key: keyof Figures; label: string; decimals: number }[] = [
  { key: 'fte', label: 'GP FTE', decimals: 1 },
  { key: 'headcount', label: 'GP headcount', decimals: 0 },
  { key: 'patients', label: 'Registered patients', decimals: 0 },
];

function changeText(change: number | null): string {
  if (change === null) return 'new year';
  if (change === Infinity) return 'from 0';
  return `${formatSigned(change * 100, 1)}%`;
}

export function BeforeAfterTable({ rows }: { rows: readonly BeforeAfterRow[] }) {
  const [showAll, setShowAll] = useState(false);
  const captionId = useId();
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  const hidden = rows.length - shown.length;
  return (
    <div className="upload-before-after">
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>
            Before and after, by sub-ICB and year (largest change first
            {rows.length > FIRST_ROWS ? `; ${showAll ? 'all' : `the first ${FIRST_ROWS} of`} ${formatNumber(rows.length)}` : ''})
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Sub-ICB
              </th>
              <th scope="col" rowSpan={2}>
                Year
              </th>
              {MEASURES.map((m) => (
                <th key={m.key} scope="colgroup" colSpan={3}>
                  {m.label}
                </th>
              ))}
            </tr>
            <tr>
              {MEASURES.map((m) => [
                <th key={`${m.key}-before`} scope="col">
                  Before
                </th>,
                <th key={`${m.key}-after`} scope="col">
                  After
                </th>,
                <th key={`${m.key}-change`} scope="col">
                  Change
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={`${row.code}|${row.year}`}>
                <th scope="row">{row.name}</th>
                <td>{fyLabel(row.year)}</td>
                {MEASURES.map((m) => [
                  <td key={`${m.key}-before`} className="num">
                    {row.before ? formatNumber(row.before[m.key], m.decimals) : 'none'}
                  </td>,
                  <td key={`${m.key}-after`} className="num">
                    {formatNumber(row.after[m.key], m.decimals)}
                  </td>,
                  <td key={`${m.key}-change`} className="num">
                    {changeText(row.change[m.key])}
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > FIRST_ROWS && (
        <button type="button" className="button secondary" aria-expanded={showAll} onClick={() => setShowAll((s) => !s)}>
          {showAll
            ? `Show the first ${FIRST_ROWS} only`
            : `Show all ${formatNumber(rows.length)} rows (${formatNumber(hidden)} more)`}
        </button>
      )}
    </div>
  );
}
