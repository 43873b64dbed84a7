// Minimal RFC 4180 CSV reader for the pipeline: quoted fields, doubled quotes, CRLF, a leading BOM.
import { readFileSync } from 'node:fs';

/** Parses CSV text into an array of records keyed by the header row. */
export function parseCsv(text) {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = [];
  let field = '';
  let row = [];
  let inQuotes = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (inQuotes) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 1;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

export function readCsv(path) {
  return parseCsv(readFileSync(path, 'utf8'));
}

/** A number from a CSV cell; 'NA', '..', '' and non-numbers give null. */
export function toNumber(cell) {
  if (cell === undefined || cell === '' || cell === 'NA' || cell === '..') return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : null;
}
