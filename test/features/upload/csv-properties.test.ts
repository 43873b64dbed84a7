// Property tests (fast-check) of the upload's CSV reader and row checks, through their exports only: any text is
// read without a crash; quoting round-trips; chunking never matters; and every data row is either accepted
// (and counted in exactly one override) or rejected with its line and a reason, so no row is lost.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvRecordReader, readCsvRecords, type CsvRecord } from '../../../src/features/upload/csv-records';
import { validateCsv } from '../../../src/features/upload/validate-rows';
import { parseValue } from '../../../src/features/upload/parse-cells';
import { MAX_LISTED_REJECTIONS } from '../../../src/features/upload/upload-format';
import { SMALL_GEOGRAPHY } from './small-geography';
import { PROPERTY_SEED } from '../../support/property-seed';

const context = SMALL_GEOGRAPHY;

/** A field written as a spreadsheet would: quoted when it holds a comma, quote or line break (or at random). */
const writeField = (field: string, quoteAnyway: boolean) =>
  quoteAnyway || /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const cellText = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'x\r\ny', '', ' '));

/** Records (never a lone empty field: that is a blank line) written as CSV, with the line each starts on. */
const writtenCsv = fc
  .tuple(
    fc.array(
      fc
        .array(fc.tuple(cellText, fc.boolean()), { minLength: 1, maxLength: 5 })
        .filter((r) => !(r.length === 1 && r[0]?.[0] === '')),
      { maxLength: 8 },
    ),
    fc.array(lineEnd, { minLength: 8, maxLength: 8 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([rows, ends, bom, finalEnd]) => {
    let text = bom ? '\uFEFF' : '';
    let line = 1;
    const records: CsvRecord[] = [];
    rows.forEach((row, i) => {
      records.push({ line, fields: row.map(([f]) => f) });
      const written = row.map(([f, q]) => writeField(f, q)).join(',');
      // A line break inside a quoted field counts as a line only where the reader counts it: at an LF.
      line += (written.match(/\n/g) ?? []).length;
      const end = ends[i] ?? '\n';
      if (i < rows.length - 1 || finalEnd) {
        text += written + end;
        line += 1;
      } else text += written;
    });
    return { text, records };
  });

// ---- Upload files ---------------------------------------------------------------------------------------

const recase = (name: string) =>
  fc.constantFrom(name, name, name.toUpperCase(), ` ${name.replace('_', ' ')} `, name.replace('_', '-'));
const oneIn = (n: number) => fc.integer({ min: 1, max: n }).map((k) => k === 1);
const header = fc
  .tuple(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(['area_code'], ['practice_code'], ['area_code', 'practice_code']) },
      { weight: 1, arbitrary: fc.constant([]) },
    ),
    fc.oneof(
      {
        weight: 8,
        arbitrary: fc.constantFrom(
          ['year', 'gp_fte', 'gp_headcount', 'patients'],
          ['year', 'gp_fte', 'gp_headcount', 'patients', 'notes'],
        ),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ['year', 'gp_fte', 'gp_headcount', 'patients', 'year'],
          ['gp_fte', 'gp_headcount', 'patients'],
          ['year', 'gp_fte', 'patients'],
        ),
      },
    ),
  )
  .chain(([codes, rest]) => fc.shuffledSubarray([...codes, ...rest], { minLength: codes.length + rest.length }));
const number = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('12.5', '0', '1,234', '1,234.5', '-3', '-0', '1e3', '1e400', '', 'n/a', ' 7 ', '.5', '+2'),
  },
);
const CELLS: Record<string, fc.Arbitrary<string>> = {
  area_code: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('S1', 'S2', 's2', ' S1 ') },
    { weight: 1, arbitrary: fc.constantFrom('Q1', 'Y1', 'ENG', 'NOPE', '', 'P1') },
  ),
  practice_code: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('P1', 'P2', 'p3') },
    { weight: 1, arbitrary: fc.constantFrom('PX', '', 'S1') },
  ),
  year: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('2023', '2023/24', '2024', '2024/25', '2025', '2025/26', '2026') },
    { weight: 1, arbitrary: fc.constantFrom('2022', '2027', '2031', '24/25', 'next year', '2024/26', '') },
  ),
  gp_fte: number,
  gp_headcount: number,
  patients: number,
  notes: fc.string({ maxLength: 8 }),
};
/** A row for the header: a likely cell per column; now and then a cell of junk, a cell short or one too many. */
const row = (names: readonly string[]) =>
  fc
    .tuple(
      fc.tuple(...names.map((n) => fc.oneof({ weight: 12, arbitrary: CELLS[n] ?? fc.string() }, fc.string({ maxLength: 5 })))),
      oneIn(12),
      oneIn(12),
    )
    .map(([cells, short, long]) => (short ? cells.slice(0, -1) : long ? [...cells, 'extra'] : cells));
/** A CSV upload: a header of the real columns (any case and order, an extra or a missing one) and rows for it. */
const uploadText = fc
  .tuple(header, lineEnd, fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 2 }))
  .chain(([names, end, bom, quirks]) =>
    fc.tuple(fc.tuple(...names.map(recase)), fc.array(row(names), { maxLength: 40 })).map(([written, rows]) => {
      const lines = [written.join(','), ...rows.map((cells) => cells.map((c, i) => writeField(c, i % 3 === 0)).join(','))];
      // A few quirks: blank lines, and a quote left open.
      for (const [at, open] of quirks) lines.splice(1 + (at % lines.length), 0, open ? '"S1,2025' : '');
      return (bom ? '\uFEFF' : '') + lines.join(end);
    }),
  );
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 300 }), uploadText);

function dataRecords(text: string): CsvRecord[] {
  return readCsvRecords(text).slice(1);
}

describe('CSV records (property)', () => {
  it('any text is read without throwing, into non-blank records on rising lines', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const records = readCsvRecords(text);
        for (const [i, r] of records.entries()) {
          expect(r.fields.length).toBeGreaterThan(0);
          if (!r.unterminated) expect(r.fields.length === 1 && r.fields[0] === '').toBe(false);
          if (i > 0) expect(r.line).toBeGreaterThan(records[i - 1]?.line ?? 0);
        }
      }),
      { numRuns: 500, seed: PROPERTY_SEED },
    );
  });

  it('reads back what a spreadsheet writes, with the line each record starts on', () => {
    fc.assert(
      fc.property(writtenCsv, ({ text, records }) => {
        expect(readCsvRecords(text)).toEqual(records);
      }),
      { numRuns: 500, seed: PROPERTY_SEED },
    );
  });

  it('gives the same records however the text is split into chunks', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 10 }), (text, sizes) => {
        const records: CsvRecord[] = [];
        const reader = new CsvRecordReader();
        const add = (r: CsvRecord) => records.push(r);
        for (let at = 0, i = 0; at < text.length; i += 1) {
          const size = sizes[i % sizes.length] ?? 1;
          reader.push(text.slice(at, at + size), add);
          at += size;
        }
        reader.end(add);
        expect(records).toEqual(readCsvRecords(text));
      }),
      { numRuns: 500, seed: PROPERTY_SEED },
    );
  });
});

describe('upload validation (property)', () => {
  it('accepts or rejects every data row, each rejection with its line and a reason; no row is lost', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const summary = validateCsv(text, context);
        const rows = dataRecords(text);
        expect(summary.rowsAccepted + summary.rowsRejected).toBe(summary.rowsRead);
        expect(summary.rowsAccepted).toBeGreaterThanOrEqual(0);
        if (summary.fileError !== null) {
          expect(summary.fileError.length).toBeGreaterThan(0);
          expect(summary.rowsRead).toBe(0);
          expect(summary.overrides).toEqual([]);
          return;
        }
        expect(summary.rowsRead).toBe(rows.length);
        const lines = new Set(rows.map((r) => r.line));
        expect(summary.rejected).toHaveLength(Math.min(summary.rowsRejected, MAX_LISTED_REJECTIONS));
        expect(new Set(summary.rejected.map((r) => r.line)).size).toBe(summary.rejected.length);
        for (const { line, reason } of summary.rejected) {
          expect(lines.has(line)).toBe(true);
          expect(reason.trim().length).toBeGreaterThan(0);
        }
        // Each accepted row is in exactly one override: an area row is one, a practice sum counts its practices.
        expect(summary.overrides.reduce((n, o) => n + (o.practices ?? 1), 0)).toBe(summary.rowsAccepted);
        if (summary.rowsRejected > MAX_LISTED_REJECTIONS) return; // then not every rejected line is listed
        // And the figures of the accepted rows all arrive: each column's total over the overrides is the total
        // over the accepted rows (overrides round FTE to 2 places and counts to whole numbers, hence the slack).
        const header =
          readCsvRecords(text)[0]?.fields.map((n) =>
            n
              .trim()
              .toLowerCase()
              .replace(/[\s-]+/g, '_'),
          ) ?? [];
        const rejectedLines = new Set(summary.rejected.map((r) => r.line));
        const accepted = rows.filter((r) => !rejectedLines.has(r.line));
        const total = (column: string) =>
          accepted.reduce((sum, r) => {
            const value = parseValue(r.fields[header.indexOf(column)] ?? '', column);
            return sum + (typeof value === 'number' ? value : NaN);
          }, 0);
        const groups = summary.overrides.length;
        expect(Math.abs(summary.overrides.reduce((n, o) => n + o.fte, 0) - total('gp_fte'))).toBeLessThanOrEqual(
          0.005 * groups + 1e-6,
        );
        expect(Math.abs(summary.overrides.reduce((n, o) => n + o.headcount, 0) - total('gp_headcount'))).toBeLessThanOrEqual(
          0.5 * groups + 1e-6,
        );
        expect(Math.abs(summary.overrides.reduce((n, o) => n + o.patients, 0) - total('patients'))).toBeLessThanOrEqual(
          0.5 * groups + 1e-6,
        );
        const keys = summary.overrides.map((o) => `${o.code}|${o.year}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const o of summary.overrides) {
          expect(['S1', 'S2']).toContain(o.code);
          for (const v of [o.fte, o.headcount, o.patients]) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 1000, seed: PROPERTY_SEED },
    );
  });
});
