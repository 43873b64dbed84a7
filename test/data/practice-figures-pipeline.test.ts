// The pipeline step that writes data/practices/<sub-ICB>.json: per-practice figures by year, placed as the
// sub-ICB sums are, with a missing value as 0 (the practice still counts) and null for a year with no row.
import { describe, it, expect } from 'vitest';
import { buildPracticeFigures, practiceNames } from '../../scripts/data/practice-figures.mjs';

describe('buildPracticeFigures', () => {
  const files = buildPracticeFigures({
    practiceYears: [
      { practice: 'P2', year: 2025, fte: 3.456, headcount: 4.333, patients: 5000.4 },
      { practice: 'P1', year: 2024, fte: 2, headcount: 3, patients: 4000 },
      { practice: 'P1', year: 2025, fte: null, headcount: 2, patients: 4100.6 }, // FTE "NA"
      { practice: 'P9', year: 2025, fte: 1, headcount: 1, patients: 1 }, // not placed: left out
      { practice: 'P2', year: 2014, fte: 1, headcount: 1, patients: 1 }, // not a baseline year
    ],
    byPractice: new Map([
      ['P1', { subIcb: 'S1' }],
      ['P2', { subIcb: 'S1' }],
    ]),
    subIcbCodes: ['S2', 'S1'],
    years: [2024, 2025],
    names: new Map([['P1', 'Hill Surgery']]),
  });

  it('writes one file per sub-ICB, by code, with its practices by code', () => {
    expect([...files.keys()]).toEqual(['S1', 'S2']);
    expect(files.get('S2')?.practices).toEqual([]);
    expect(files.get('S1')?.practices.map((p) => p.code)).toEqual(['P1', 'P2']);
  });

  it('rounds FTE and heads to 2 dp and patients to whole numbers; a missing value is 0, no row is null', () => {
    expect(files.get('S1')?.practices).toEqual([
      { code: 'P1', name: 'Hill Surgery', fte: [2, 0], headcount: [3, 2], patients: [4000, 4101] },
      { code: 'P2', name: null, fte: [null, 3.46], headcount: [null, 4.33], patients: [null, 5000] },
    ]);
  });
});

describe('practiceNames', () => {
  it("takes the latest name in the payments files, else the 2026 practice map's", () => {
    const names = practiceNames({
      payments: [
        { practice_code: 'P1', fy_end_year: '2025', practice_name: 'HILL SURGERY' },
        { practice_code: 'P1', fy_end_year: '2016', practice_name: 'Hill Surgery (old)' },
        { practice_code: 'P2', fy_end_year: '2020', practice_name: '' },
      ],
      practiceMap2026: [
        { PRACTICE_CODE: 'P2', PRACTICE_NAME: 'VALE PRACTICE' },
        { PRACTICE_CODE: 'P1', PRACTICE_NAME: 'NOT USED' },
      ],
    });
    expect(Object.fromEntries(names)).toEqual({ P1: 'HILL SURGERY', P2: 'VALE PRACTICE' });
  });
});
