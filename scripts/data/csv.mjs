// CSV for the pipeline, read by csv-parse (RFC 4180: quoted fields, doubled quotes, CRLF, a leading BOM).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** Parses CSV text into an array of records keyed by the header row (a missing cell is ''; blank lines are skipped). */
export function parseCsv(text) {
  const [header, ...body] = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  if (!header) return [];
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
