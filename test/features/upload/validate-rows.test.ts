// The upload's CSV reader and row checks: good rows become sub-ICB overrides; each kind of bad row is rejected
// with its line number and reason; RFC 4180 quoting, a BOM and CRLF line ends are read correctly.
import { describe, it, expect } from 'vitest';
import { readCsvRecords, CsvRecordReader, type CsvRecord } from '../../../src/features/upload/csv-records';
import { validateCsv } from '../../../src/features/upload/validate-rows';
import { parseYear } from '../../../src/features/upload/parse-cells';
import { SMALL_GEOGRAPHY } from './small-geography';

const context = SMALL_GEOGRAPHY;
const HEADER = 'area_code,year,gp_fte,gp_headcount,patients';
const csv = (...lines: string[]) => lines.join('\n');

describe('CSV records', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields, numbering records by their first line', () => {
    expect(readCsvRecords('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,1')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 5, fields: ['last', '1'] },
    ]);
  });

  it('drops a BOM, reads CRLF and lone CR, and skips blank lines while counting them', () => {
    expect(readCsvRecords('\uFEFFa,b\r\n\r\n1,2\r3,4\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('gives the same records however the text is split into chunks', () => {
    const text = '\uFEFFcode,name\r\n"A1","Smith, ""Old"" Surgery"\r\nB2,"multi\r\nline"\r\nC3,plain';
    const whole = readCsvRecords(text);
    for (let size = 1; size <= 7; size += 1) {
      const records: CsvRecord[] = [];
      const reader = new CsvRecordReader();
      const add = (r: CsvRecord) => records.push(r);
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size), add);
      reader.end(add);
      expect(records, `chunks of ${size}`).toEqual(whole);
    }
    expect(whole.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it('flags a quoted field that is never closed', () => {
    expect(readCsvRecords('a\n"open')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['open'], unterminated: true },
    ]);
  });
});

describe('parseYear', () => {
  it.each([
    ['2024/25', 2025],
    ['2024-25', 2025],
    ['2024/2025', 2025],
    [' 2025 ', 2025],
    ['2029/30', 2030],
    ['2015/16', 2016],
  ])('%s -> %d', (text, year) => expect(parseYear(text)).toBe(year));

  it.each([
    ['2024/26', /not a financial year/],
    ['24/25', /not a financial year/],
    ['next year', /not a financial year/],
    ['2014/15', /outside 2015\/16 to 2029\/30/],
    ['2031', /outside/],
  ])('%s is rejected', (text, reason) => expect(parseYear(text)).toMatch(reason));
});

describe('validateCsv', () => {
  it('turns good area rows into overrides, rounded as areas.json is', () => {
    const summary = validateCsv(csv(HEADER, 's1,2024/25,100.456,120,150000.4', 'S2,2024,50,60,"80,000"'), context);
    expect(summary.fileError).toBeNull();
    expect(summary.rejected).toEqual([]);
    expect([summary.rowsRead, summary.rowsAccepted, summary.rowsRejected]).toEqual([2, 2, 0]);
    expect(summary.overrides).toEqual([
      { code: 'S1', year: 2025, fte: 100.46, headcount: 120, patients: 150000, practices: null },
      { code: 'S2', year: 2024, fte: 50, headcount: 60, patients: 80000, practices: null },
    ]);
    expect(summary.areaCodes).toEqual(['S1', 'S2']);
    expect(summary.years).toEqual([2024, 2025]);
  });

  it('rejects each bad row with its line number and reason', () => {
    const summary = validateCsv(
      csv(
        HEADER, // 1
        'S1,2024/25,10,12,20000', // 2: good
        'XX9,2024/25,10,12,20000', // 3: unknown code
        'Q1,2024/25,10,12,20000', // 4: an ICB
        'S2,2024/25,-3,12,20000', // 5: negative
        'S2,2024/25,ten,12,', // 6: not a number, and empty
        'S2,2013/14,10,12,20000', // 7: year out of range
        'S2,twenty,10,12,20000', // 8: malformed year
        'S1,2025,11,13,21000', // 9: duplicate of line 2
        'S2,2024/25,10', // 10: missing columns
      ),
      context,
    );
    expect(summary.rejected).toEqual([
      { line: 3, reason: 'unknown area code "XX9"' },
      { line: 4, reason: expect.stringMatching(/^Q1 is an ICB: only sub-ICB or practice rows are used/) },
      { line: 5, reason: 'gp_fte is negative ("-3")' },
      { line: 6, reason: 'gp_fte is not a number ("ten"); patients is empty' },
      { line: 7, reason: 'year 2013/14 is outside 2015/16 to 2029/30' },
      { line: 8, reason: 'year "twenty" is not a financial year such as 2024/25 or 2025' },
      { line: 9, reason: 'duplicate of line 2 (same code and year)' },
      { line: 10, reason: 'missing columns gp_headcount, patients (the row has 3 of 5)' },
    ]);
    expect([summary.rowsRead, summary.rowsAccepted, summary.rowsRejected]).toEqual([9, 1, 8]);
    expect(summary.overrides.map((o) => `${o.code} ${o.year} ${o.fte}`)).toEqual(['S1 2025 10']);
  });

  it('reads quoted fields, a BOM, CRLF and header names in any case, order and spacing', () => {
    const text =
      '\uFEFF"Patients","GP FTE",Year,"Area_Code","gp_headcount",notes\r\n"150,000","12.5","2024/25","S1",15,"Note, with ""quotes"""\r\n';
    const summary = validateCsv(text, context);
    expect(summary.rejected).toEqual([]);
    expect(summary.overrides).toEqual([{ code: 'S1', year: 2025, fte: 12.5, headcount: 15, patients: 150000, practices: null }]);
  });

  it('reports a missing column in the header as a problem with the whole file', () => {
    const summary = validateCsv(csv('area_code,year,gp_fte,patients', 'S1,2025,1,2'), context);
    expect(summary.fileError).toBe('Line 1: the header is missing column gp_headcount.');
    expect(summary.overrides).toEqual([]);
    expect(validateCsv(csv('code,year,gp_fte,gp_headcount,patients'), context).fileError).toBe(
      'Line 1: the header is missing an area_code or practice_code column.',
    );
    expect(validateCsv('', context).fileError).toMatch(/empty/);
  });

  it('sums practice rows to their sub-ICB, and keeps an area row over practice rows for the same sub-ICB', () => {
    const summary = validateCsv(
      csv(
        'practice_code,area_code,year,gp_fte,gp_headcount,patients',
        'P1,,2025,3.5,4,6000', // 2
        'p2,,2025,2.25,3,4000', // 3
        'P3,,2025,1,1,2000', // 4: S2, but line 6 gives S2 as an area
        'P9,,2025,1,1,2000', // 5: unknown practice
        ',S2,2025,10,12,20000', // 6
        'P1,S1,2024,1,1,1', // 7: both codes
      ),
      context,
    );
    expect(summary.overrides).toEqual([
      { code: 'S1', year: 2025, fte: 5.75, headcount: 7, patients: 10000, practices: 2 },
      { code: 'S2', year: 2025, fte: 10, headcount: 12, patients: 20000, practices: null },
    ]);
    expect(summary.rejected).toEqual([
      { line: 4, reason: 'sub-ICB S2 already has an area row for 2024/25 (line 6), so its practice rows are not added' },
      { line: 5, reason: 'unknown practice code "P9"' },
      { line: 7, reason: 'gives both area_code and practice_code: give one' },
    ]);
    expect(summary.rowsAccepted).toBe(3);
  });

  it('rejects practice rows when the practice lookup could not be loaded', () => {
    const summary = validateCsv(csv('practice_code,year,gp_fte,gp_headcount,patients', 'P1,2025,1,1,1'), {
      ...context,
      practiceSubIcb: null,
    });
    expect(summary.rejected).toEqual([{ line: 2, reason: expect.stringMatching(/practice lookup/) }]);
  });

  it('adds a later year only for every sub-ICB, and never with a gap', () => {
    const summary = validateCsv(
      csv(
        HEADER,
        'S1,2025/26,1,1,100', // 2: 2026 complete (with line 3)
        'S2,2025/26,2,2,200', // 3
        'S1,2026/27,1,1,100', // 4: 2027 covers 1 of 2 sub-ICBs
        'S1,2027/28,1,1,100', // 5: 2028 complete but 2027 is missing: a gap
        'S2,2027/28,2,2,200', // 6
      ),
      context,
    );
    expect(summary.years).toEqual([2026]);
    expect(summary.rejected).toEqual([
      {
        line: 4,
        reason:
          "2026/27 is after the data's last year (2024/25): a new year needs figures for all 2 sub-ICBs, and this file has 1",
      },
      { line: 5, reason: '2027/28 would leave a gap: there are no figures for 2026/27' },
      { line: 6, reason: '2027/28 would leave a gap: there are no figures for 2026/27' },
    ]);
    expect([summary.rowsAccepted, summary.rowsRejected]).toEqual([2, 3]);
  });

  it('lists the first 200 rejected rows by line and counts the rest', () => {
    const bad = Array.from({ length: 250 }, (_, i) => `S1,2025,x${i},1,1`);
    const summary = validateCsv(csv(HEADER, ...bad), context);
    expect(summary.rowsRejected).toBe(250);
    expect(summary.rejected).toHaveLength(200);
    expect(summary.rejected[0]?.line).toBe(2);
    expect(summary.rejected[199]?.line).toBe(201);
  });

  it('puts every rejected row in the CSV download, with its line, reason and its own fields, in line order', () => {
    const bad = Array.from({ length: 250 }, (_, i) => `S1,2025,x${i},1,1`);
    const summary = validateCsv(csv('Area_Code,Year,GP_FTE,gp_headcount,patients', ...bad), context);
    const lines = summary.rejectedCsv?.split('\r\n') ?? [];
    // The header, then all 250 rows (not only the 200 on screen), then the empty string after the last CRLF.
    expect(lines).toHaveLength(252);
    expect(lines[0]).toBe('line,reason,Area_Code,Year,GP_FTE,gp_headcount,patients');
    expect(lines[1]).toBe('2,"gp_fte is not a number (""x0"")",S1,2025,x0,1,1');
    expect(lines[250]).toBe('251,"gp_fte is not a number (""x249"")",S1,2025,x249,1,1');
    expect(lines[251]).toBe('');
  });

  it('merges rows rejected at the end (whole groups) into the CSV by line, fields quoted and defused', () => {
    const summary = validateCsv(
      csv(
        'practice_code,area_code,year,gp_fte,gp_headcount,patients,notes',
        'P3,,2025,1,1,2000,"Smith, Jones"', // 2: rejected at the end (line 4 gives S2 as an area)
        'P9,,2025,-1,1,2000,=cmd()', // 3: unknown practice and negative, while reading
        ',S2,2025,10,12,20000,', // 4
      ),
      context,
    );
    expect(summary.rejectedCsv).toBe(
      [
        'line,reason,practice_code,area_code,year,gp_fte,gp_headcount,patients,notes',
        '2,"sub-ICB S2 already has an area row for 2024/25 (line 4), so its practice rows are not added",P3,,2025,1,1,2000,"Smith, Jones"',
        // A negative number stays a number; text that a spreadsheet would run gets an apostrophe.
        `3,"unknown practice code ""P9""; gp_fte is negative (""-1"")",P9,,2025,-1,1,2000,'=cmd()`,
        '',
      ].join('\r\n'),
    );
    expect(validateCsv(csv(HEADER, 'S1,2025,1,1,1'), context).rejectedCsv).toBeNull();
  });

  it('lists, for each sub-ICB-year made from practice rows, the practices it sums', () => {
    const summary = validateCsv(
      csv('practice_code,year,gp_fte,gp_headcount,patients', 'p2,2025,1,1,1', 'P1,2025,1,1,1', 'P3,2024,1,1,1'),
      context,
    );
    expect(summary.practiceGroups).toEqual([
      { code: 'S1', year: 2025, practiceCodes: ['P2', 'P1'] },
      { code: 'S2', year: 2024, practiceCodes: ['P3'] },
    ]);
  });
});
