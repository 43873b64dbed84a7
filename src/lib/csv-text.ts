// Writing CSV for people to open in a spreadsheet: RFC 4180 quoting and CRLF line ends. Text cells that a
// spreadsheet would run as a formula (starting = + - @, tab or CR: OWASP "CSV injection") get a leading
// apostrophe, unless the whole cell is a plain number such as -5, which a spreadsheet reads as that number.
// Pure: used on the page (exports) and in the upload's Web Worker (its rejected rows).

import { fileText } from './typed-names';

export type CsvCell = { kind: 'text'; value: string } | { kind: 'number'; value: number | null; decimals: number };

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A text cell as CSV: guarded against formulas, quoted where it holds a comma, quote or line break. */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvField(cell: CsvCell): string {
  if (cell.kind === 'number') return cell.value === null || !Number.isFinite(cell.value) ? '' : cell.value.toFixed(cell.decimals);
  // A spreadsheet cannot isolate a bidi override or embedding in a name: drop them (and control characters).
  return csvText(fileText(cell.value));
}

/** One CSV line (no line end) from text cells. */
export const csvLine = (values: readonly string[]) => values.map(csvText).join(',');

/** `before`: lines written ahead of the header row (a description block). */
export function toCsv(headers: readonly string[], rows: readonly CsvCell[][], before: readonly CsvCell[][] = []): string {
  const lines = [...before.map((row) => row.map(csvField)), headers.map(csvText), ...rows.map((row) => row.map(csvField))];
  return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}
