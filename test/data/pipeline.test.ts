// The data pipeline's building blocks: the CSV reader and the rule that places each practice in a sub-ICB.
import { describe, it, expect } from 'vitest';
import { parseCsv, toNumber } from '../../scripts/data/csv.mjs';
import { placePractices } from '../../scripts/data/placement.mjs';

describe('parseCsv', () => {
  it('keys records by the header row', () => {
    expect(parseCsv('a,b\n1,2\n3,4\n')).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });

  it('keeps commas and newlines inside quoted fields', () => {
    expect(parseCsv('name,area\n"Smith, Jones and Partners","Leeds\nWest"\n')).toEqual([
      { name: 'Smith, Jones and Partners', area: 'Leeds\nWest' },
    ]);
  });

  it('reads a doubled quote as one quote', () => {
    expect(parseCsv('name\n"The ""Old"" Surgery"\n')).toEqual([{ name: 'The "Old" Surgery' }]);
  });

  it('handles CRLF line ends without leaving a carriage return in the last field', () => {
    const rows = parseCsv('code,fte\r\nA81001,3.5\r\nA81002,4\r\n');
    expect(rows).toEqual([
      { code: 'A81001', fte: '3.5' },
      { code: 'A81002', fte: '4' },
    ]);
  });

  it('drops a leading byte-order mark from the first header', () => {
    const rows = parseCsv('\uFEFFcode,fte\nA81001,3.5');
    expect(Object.keys(rows[0] ?? {})).toEqual(['code', 'fte']);
    expect(rows[0]?.code).toBe('A81001');
  });

  it('reads a last line with no newline, skips blank lines, and fills short rows with empty strings', () => {
    expect(parseCsv('a,b,c\n\n1,2\n4,5,6')).toEqual([
      { a: '1', b: '2', c: '' },
      { a: '4', b: '5', c: '6' },
    ]);
  });

  it('keeps empty fields between commas', () => {
    expect(parseCsv('a,b,c\n,,x\n')).toEqual([{ a: '', b: '', c: 'x' }]);
  });
});

describe('toNumber', () => {
  it('parses numbers, including negatives, decimals and exponents', () => {
    expect(toNumber('42')).toBe(42);
    expect(toNumber('-3.25')).toBe(-3.25);
    expect(toNumber('1e3')).toBe(1000);
    expect(toNumber('0')).toBe(0);
  });

  it.each([['NA'], ['..'], [''], [undefined], ['abc'], ['Infinity']])('%s → null', (cell) => {
    expect(toNumber(cell)).toBeNull();
  });
});

describe('placePractices', () => {
  // Today's (2022) sub-ICB codes.
  const subIcbCodes = new Set(['AAA1', 'BBB2', 'CCC3', 'D4U1Y']);
  // The 2022 LSOA → sub-ICB lookup: the old CCG X01 covered L1, L2 (now BBB2) and L3 (now CCC3).
  const lookups: Record<string, Record<string, string>[]> = {
    'geographr_LSOA11_sicbl22_icb22_ltla22.csv': [
      { lsoa11_code: 'L1', sicbl22_code_h: 'BBB2' },
      { lsoa11_code: 'L2', sicbl22_code_h: 'BBB2' },
      { lsoa11_code: 'L3', sicbl22_code_h: 'CCC3' },
      { lsoa11_code: 'L4', sicbl22_code_h: 'CCC3' },
    ],
    // April 2019 CCGs: X01 was split, 2 of its 3 LSOAs going to BBB2.
    'ons_LSOA11_CCG19_LAD19_lookup_apr2019.csv': [
      { LSOA11CD: 'L1', CCG19CDH: 'X01' },
      { LSOA11CD: 'L2', CCG19CDH: 'X01' },
      { LSOA11CD: 'L3', CCG19CDH: 'X01' },
      { LSOA11CD: 'L4', CCG19CDH: 'X02' },
    ],
    // An older vintage where X01 was drawn differently: it must not be used for a 2019/20 practice.
    'ons_LSOA11_CCG15_LAD15_lookup_jul2015.csv': [
      { LSOA11CD: 'L3', CCG15CDH: 'X01' },
      { LSOA11CD: 'L4', CCG15CDH: 'X01' },
    ],
  };
  const lsoaLookup = (file: string) => lookups[file] ?? [];

  const payments = [
    // P1: moved from an old code to a current one; rows out of order, so "latest" must go by year.
    { practice_code: 'P1', fy_end_year: '2024', ccg_or_subicb_code: 'AAA1' },
    { practice_code: 'P1', fy_end_year: '2018', ccg_or_subicb_code: 'X02' },
    // P2: closed in 2019/20 under the old, split CCG X01.
    { practice_code: 'P2', fy_end_year: '2019', ccg_or_subicb_code: 'X01' },
    { practice_code: 'P2', fy_end_year: '2020', ccg_or_subicb_code: 'X01' },
    // P4: a code no lookup knows.
    { practice_code: 'P4', fy_end_year: '2017', ccg_or_subicb_code: 'ZZZ' },
  ];
  const practiceMap2026 = [
    { PRACTICE_CODE: 'P1', SUB_ICB_LOCATION_CODE: 'CCC3' }, // already placed by payments: ignored
    { PRACTICE_CODE: 'P3', SUB_ICB_LOCATION_CODE: 'U2G6B' }, // Frimley successor, maps back to D4U1Y
    { PRACTICE_CODE: 'P5', SUB_ICB_LOCATION_CODE: 'Q99' }, // not a sub-ICB of 2022 or its successor
  ];

  const result = placePractices({ payments, practiceMap2026, subIcbCodes, lsoaLookup });

  it('places a practice by its latest code when that is a current sub-ICB', () => {
    expect(result.byPractice.get('P1')).toEqual({ subIcb: 'AAA1', rule: 'latest-code' });
  });

  it('places a practice under an old, split CCG in the sub-ICB holding most of its LSOAs', () => {
    expect(result.byPractice.get('P2')).toEqual({ subIcb: 'BBB2', rule: 'lsoa-majority' });
    // Payments for 2019/20 use the April 2019 CCGs: X01 had L1, L2 → BBB2 and L3 → CCC3, so BBB2 with 2/3.
    expect(result.viaMajority).toEqual([{ practice: 'P2', oldCode: 'X01', year: 2020, subIcb: 'BBB2', share: 2 / 3 }]);
  });

  it('places a practice found only in the 2026 map, mapping U2G6B back to D4U1Y', () => {
    expect(result.byPractice.get('P3')).toEqual({ subIcb: 'D4U1Y', rule: 'map-2026' });
    expect(result.viaMap2026).toEqual(['P3']);
  });

  it('leaves unplaceable practices out and reports their codes', () => {
    expect(result.byPractice.has('P4')).toBe(false);
    expect(result.byPractice.has('P5')).toBe(false);
    expect(result.unresolvedCodes).toEqual(['ZZZ']);
    expect([...result.byPractice.keys()].sort()).toEqual(['P1', 'P2', 'P3']);
  });

  it('breaks an even split towards the lowest sub-ICB code', () => {
    const even = placePractices({
      payments: [{ practice_code: 'P6', fy_end_year: '2016', ccg_or_subicb_code: 'X01' }],
      practiceMap2026: [],
      subIcbCodes,
      // Only a 2015 vintage knows X01 here, and it is split evenly: L2 (now BBB2) and L3 (now CCC3).
      lsoaLookup: (file) =>
        file === 'ons_LSOA11_CCG15_LAD15_lookup_jul2015.csv'
          ? [
              { LSOA11CD: 'L2', CCG15CDH: 'X01' },
              { LSOA11CD: 'L3', CCG15CDH: 'X01' },
            ]
          : lsoaLookup(file).filter((r) => !('CCG19CDH' in r)),
    });
    // L2 → BBB2, L3 → CCC3: one each, so the lower code, BBB2, with a half share.
    expect(even.byPractice.get('P6')).toEqual({ subIcb: 'BBB2', rule: 'lsoa-majority' });
    expect(even.viaMajority[0]?.share).toBe(0.5);
  });
});
