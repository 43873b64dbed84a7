// Every rejected row of an upload, with its line, its reasons and the fields as the file had them, so the
// whole list can be downloaded as CSV ("Download rejected rows (CSV)"), not only the first rows on screen.
// Rows arrive while reading (in line order) and at the end (whole groups, e.g. a year that is incomplete);
// both are merged by line. Pure: runs in the upload's Web Worker.
import { csvLine } from '../../lib/csv-text';
import type { CsvRecord } from './csv-records';
import type { RejectedRow } from './upload-format';

interface Rejection extends RejectedRow {
  fields: readonly string[];
}

export class RejectedRows {
  private whileReading: Rejection[] = [];
  private atEnd: Rejection[] = [];
  private sorted: Rejection[] | null = null;

  add(record: CsvRecord, reason: string, atEnd = false) {
    (atEnd ? this.atEnd : this.whileReading).push({ line: record.line, reason, fields: record.fields });
    this.sorted = null;
  }

  get count() {
    return this.whileReading.length + this.atEnd.length;
  }

  /** All of them by line (a stable sort: rows of one line keep their order). */
  private all(): Rejection[] {
    this.sorted ??= [...this.whileReading, ...this.atEnd].sort((a, b) => a.line - b.line);
    return this.sorted;
  }

  /** The first `limit` by line, for the list on screen. */
  first(limit: number): RejectedRow[] {
    return this.all()
      .slice(0, limit)
      .map(({ line, reason }) => ({ line, reason }));
  }

  /**
   * Every rejected row as CSV text (CRLF line ends): `line`, `reason`, then the row's own fields under the
   * file's own header names; null when no row was rejected.
   */
  toCsv(header: readonly string[]): string | null {
    if (this.count === 0) return null;
    const lines = [csvLine(['line', 'reason', ...header])];
    for (const row of this.all()) lines.push(csvLine([String(row.line), row.reason, ...row.fields]));
    return `${lines.join('\r\n')}\r\n`;
  }
}
