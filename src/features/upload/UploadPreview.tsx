// What a checked upload would change, before anything is applied: rows read, accepted and rejected, the
// areas and years covered, and each rejected row with its line and reason. Cell text from the file only ever
// reaches the screen as React text (escaped), never as HTML.
import { useId } from 'react';
import type { Dataset } from '../../data/dataset';
import { displayName } from '../../data/dataset';
import { formatNumber } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import type { UploadSummary } from './upload-format';

/** Areas named one by one in the summary; the rest are counted. */
const NAMED_AREAS = 8;

export function UploadPreview({
  summary,
  fileName,
  dataset,
  onApply,
  onCancel,
}: {
  summary: UploadSummary;
  fileName: string;
  dataset: Dataset;
  onApply: () => void;
  onCancel: () => void;
}) {
  const names = summary.areaCodes.map((code) => {
    const area = dataset.byCode.get(code);
    return area ? displayName(area) : code;
  });
  const lastYear = dataset.years[dataset.years.length - 1] ?? 0;
  const added = summary.years.filter((y) => y > lastYear);
  const unlisted = summary.rowsRejected - summary.rejected.length;
  const usable = summary.overrides.length > 0;
  const captionId = useId();
  const headingId = useId();

  return (
    <div className="upload-preview" aria-labelledby={headingId} role="region">
      <h3 id={headingId}>Check before applying: {fileName}</h3>
      <dl className="figures">
        <div>
          <dt>Rows read</dt>
          <dd>{formatNumber(summary.rowsRead)}</dd>
        </div>
        <div>
          <dt>Accepted</dt>
          <dd>{formatNumber(summary.rowsAccepted)}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd>{formatNumber(summary.rowsRejected)}</dd>
        </div>
      </dl>
      {usable ? (
        <p>
          The accepted rows give figures for{' '}
          <strong>
            {summary.areaCodes.length} sub-ICB{summary.areaCodes.length === 1 ? '' : 's'}
          </strong>{' '}
          ({names.slice(0, NAMED_AREAS).join('; ')}
          {names.length > NAMED_AREAS ? `; and ${names.length - NAMED_AREAS} more` : ''}) in{' '}
          <strong>{summary.years.map(fyLabel).join(', ')}</strong>.
          {added.length > 0 &&
            ` ${added.map(fyLabel).join(', ')} ${added.length === 1 ? 'is' : 'are'} added after ${fyLabel(lastYear)}, so projections will start from ${fyLabel(added[added.length - 1] ?? lastYear)}.`}
        </p>
      ) : (
        <p role="alert">No row in this file can be used, so there is nothing to apply.</p>
      )}
      {summary.rejected.length > 0 && (
        // Up to 200 rows scroll inside the box: focusable, so the keyboard can scroll it too.
        <div className="table-scroll upload-rejected" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table>
            <caption id={captionId}>
              Rejected rows
              {unlisted > 0 ? ` (the first ${summary.rejected.length}; ${formatNumber(unlisted)} more not listed)` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {summary.rejected.map((row, i) => (
                <tr key={`${row.line}-${i}`}>
                  <td className="num">{row.line}</td>
                  <td>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="upload-actions">
        <button type="button" className="button" onClick={onApply} disabled={!usable}>
          Apply these figures
        </button>{' '}
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
