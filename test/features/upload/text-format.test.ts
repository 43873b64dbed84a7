// How an uploaded file is written: UTF-8 or UTF-16 (with or without a byte-order mark), and comma, semicolon
// or tab separated; and such files read to the same rows.
import { describe, expect, it } from 'vitest';
import { describeFormat, detectDelimiter, detectEncoding } from '../../../src/features/upload/text-format';
import { readCsvRecords } from '../../../src/features/upload/csv-records';

const utf16 = (text: string, littleEndian: boolean, bom: boolean) => {
  const units = [...(bom ? [0xfeff] : []), ...[...text].map((c) => c.charCodeAt(0))];
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    bytes[2 * i + (littleEndian ? 0 : 1)] = u & 0xff;
    bytes[2 * i + (littleEndian ? 1 : 0)] = u >> 8;
  });
  return bytes;
};
const HEADER = 'area_code,year,gp_fte,gp_headcount,patients\n00L,2024/25,181.5,238,341200\n';

describe('detectEncoding', () => {
  it('reads byte-order marks', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(detectEncoding(utf16(HEADER, true, true))).toBe('utf-16le');
    expect(detectEncoding(utf16(HEADER, false, true))).toBe('utf-16be');
  });
  it('finds UTF-16 without a byte-order mark from where the zero bytes fall', () => {
    expect(detectEncoding(utf16(HEADER, true, false))).toBe('utf-16le');
    expect(detectEncoding(utf16(HEADER, false, false))).toBe('utf-16be');
  });
  it('takes plain text as UTF-8', () => {
    expect(detectEncoding(new TextEncoder().encode(HEADER))).toBe('utf-8');
    expect(detectEncoding(new TextEncoder().encode('é'))).toBe('utf-8');
  });
});

describe('detectDelimiter', () => {
  it("picks the header's separator", () => {
    expect(detectDelimiter(HEADER)).toBe(',');
    expect(detectDelimiter('area_code;year;gp_fte;gp_headcount;patients\n00L;2024/25;181,5;238;341200')).toBe(';');
    expect(detectDelimiter('area_code\tyear\tgp_fte\tgp_headcount\tpatients\n')).toBe('\t');
  });
  it('ignores separators inside quotes and after the first line', () => {
    expect(detectDelimiter('"a;b;c;d",x,y\n;;;;;;')).toBe(',');
    expect(detectDelimiter('just one column\n')).toBe(',');
  });
});

describe('reading with the detected separator', () => {
  it('gives the same fields for tab- and semicolon-separated files', () => {
    const tabbed = readCsvRecords(HEADER.replaceAll(',', '\t'), '\t');
    const semi = readCsvRecords(HEADER.replaceAll(',', ';'), ';');
    expect(tabbed).toEqual(readCsvRecords(HEADER));
    expect(semi).toEqual(readCsvRecords(HEADER));
    expect(describeFormat({ encoding: 'utf-16le', delimiter: '\t' })).toBe('UTF-16 (little-endian), tab-separated');
  });
});
