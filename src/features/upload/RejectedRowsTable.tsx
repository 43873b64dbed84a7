// The rejected rows: the first ones listed with line and reason, and every one of them (with the row's own
// fields) as a CSV download, however many there are. Cell text from the file only ever reaches the screen as
// React text (escaped), never as HTML; in the CSV, text a spreadsheet would run as a formula is defused.
import { useId } from 'react';
import { formatNumber } from '../../lib/format';
import { csvBlob, downloadBlob } from '../../lib/download';
import type { UploadSummary } from './upload-format';

const rejectedFileName = (fileName: string) => `${fileName.replace(/\.csv$/i, '') || 'upload'}-rejected-rows.csv`;

export function RejectedRowsTable({ summary, fileName }: { summary: UploadSummary; fileName: string }) {
  const captionId = useId();
  if (summary.rejected.length === 0) return null;
  const unlisted = summary.rowsRejected - summary.rejected.length;
  const { rejectedCsv } = summary;
  return (
    <div className="upload-rejected">
      {/* Up to 200 rows scroll inside the box: focusable, so the keyboard can scroll it too. */}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>
            Rejected rows
            {unlisted > 0 ? ` (the first ${summary.rejected.length}; ${formatNumber(unlisted)} more in the download)` : ''}
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
      {rejectedCsv && (
        <p>
          <button
            type="button"
            className="button secondary"
            onClick={() => downloadBlob(csvBlob(rejectedCsv), rejectedFileName(fileName))}
          >
            Download rejected rows (CSV)
          </button>{' '}
          <span className="hint">
            All {formatNumber(summary.rowsRejected)}, with line, reason and the row as your file has it.
          </span>
        </p>
      )}
    </div>
  );
}
