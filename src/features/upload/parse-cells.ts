// Reading one cell of an uploaded CSV: header names, numbers and financial years, each either a value or the
// reason it cannot be read (in words for the rejected-rows list). Pure: used by the validator in the worker.
import { fyLabel } from '../../lib/years';
import { FIRST_UPLOAD_YEAR, LAST_UPLOAD_YEAR } from './upload-format';

/** Cell text quoted in a message, cut short so one odd cell cannot flood the screen. */
export const clip = (text: string) => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);

export const normaliseHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const NUMBER = /^\+?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
/** Thousands separators as a spreadsheet writes them: 1,234,567.5. */
const GROUPED = /^\+?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function parseValue(cell: string, column: string): number | string {
  const text = cell.trim();
  if (text === '') return `${column} is empty`;
  if (text.startsWith('-') && NUMBER.test(text.slice(1))) return `${column} is negative (${clip(text)})`;
  const plain = GROUPED.test(text) ? text.replace(/,/g, '') : text;
  const value = NUMBER.test(plain) ? Number(plain) : NaN;
  return Number.isFinite(value) ? value : `${column} is not a number (${clip(text)})`;
}

/** "2024/25", "2024-25", "2024/2025" or the end year "2025" -> 2025; otherwise the reason it cannot be read. */
export function parseYear(cell: string): number | string {
  const text = cell.trim();
  let year: number | null = null;
  const pair = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text);
  if (pair) {
    const start = Number(pair[1]);
    const end = Number(pair[2]);
    if ((pair[2]?.length === 2 ? (start + 1) % 100 : start + 1) === end) year = start + 1;
  } else if (/^\d{4}$/.test(text)) year = Number(text);
  if (year === null) return `year ${clip(text)} is not a financial year such as 2024/25 or 2025`;
  if (year < FIRST_UPLOAD_YEAR || year > LAST_UPLOAD_YEAR)
    return `year ${fyLabel(year)} is outside ${fyLabel(FIRST_UPLOAD_YEAR)} to ${fyLabel(LAST_UPLOAD_YEAR)}`;
  return year;
}
