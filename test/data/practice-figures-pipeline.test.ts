// The pipeline step that writes data/practices/<sub-ICB>.json (schemaVersion 2): per-practice figures by year,
// placed as the sub-ICB sums are, with a missing value as 0 (the practice still counts) and null for a year with
// no row; each practice's PCN (2026 map first) and location (Code-Point Open, else the 2026 map's postcode).
import { describe, it, expect } from 'vitest';
import { buildPracticeFigures, practiceLocations, practiceNames, practicePcns } from '../../scripts/data/practice-figures.mjs';

describe('buildPracticeFigures', () => {
  const files = buildPracticeFigures({
    practiceYears: [
      {
        practice: 'P2',
        year: 2025,
        fte: 3.456,
        headcount: 4.333,
        patients: 5000.4,
        weightedPatients: 5100.6,
        locumTraineeFte: 0.25,
        nurseFte: 1.5,
        dpcFte: null,
      },
      { practice: 'P1', year: 2024, fte: 2, headcount: 3, patients: 4000, weightedPatients: null, nurseFte: 1, dpcFte: 0.5 },
      { practice: 'P1', year: 2025, fte: null, headcount: 2, patients: 4100.6, weightedPatients: 4500.2 }, // FTE "NA"
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
    locations: new Map([['P1', { postcode: 'AB1 2CD', lat: 51.5, lng: -0.1 }]]),
    pcns: new Map([
      ['P1', { code: 'U12345', name: 'HILL PCN' }],
      ['P2', { code: null, name: null }], // "Unallocated" in the practice map
    ]),
    estimated: { weightedPatients: [2024] },
  });

  it('writes one file per sub-ICB, by code, with its practices by code and the names of their PCNs', () => {
    expect([...files.keys()]).toEqual(['S1', 'S2']);
    expect(files.get('S2')?.practices).toEqual([]);
    expect(files.get('S2')?.pcns).toEqual({});
    expect(files.get('S1')?.practices.map((p) => p.code)).toEqual(['P1', 'P2']);
    expect(files.get('S1')).toMatchObject({ schemaVersion: 2, subIcb: 'S1', years: [2024, 2025], pcns: { U12345: 'HILL PCN' } });
    expect(files.get('S1')?.estimated).toEqual({ weightedPatients: [2024] });
  });

  it('rounds FTE and heads to 2 dp and patients to whole numbers; a missing value is 0, no row is null', () => {
    expect(files.get('S1')?.practices).toEqual([
      {
        code: 'P1',
        name: 'Hill Surgery',
        postcode: 'AB1 2CD',
        lat: 51.5,
        lng: -0.1,
        pcn: 'U12345',
        fte: [2, 0],
        headcount: [3, 2],
        patients: [4000, 4101],
        // No weighted figure in 2024: null (the sum adds nothing), not 0.
        weightedPatients: [null, 4500],
        locumTraineeFte: [0, 0],
        nurseFte: [1, 0],
        dpcFte: [0.5, 0],
        firstYear: 2024,
        lastYear: 2025,
        history: null,
      },
      {
        code: 'P2',
        name: null,
        postcode: null,
        lat: null,
        lng: null,
        pcn: null,
        fte: [null, 3.46],
        headcount: [null, 4.33],
        patients: [null, 5000],
        weightedPatients: [null, 5101],
        locumTraineeFte: [null, 0.25],
        nurseFte: [null, 1.5],
        dpcFte: [null, 0],
        firstYear: 2025,
        lastYear: 2025,
        history: 'First reported in 2024/25.',
      },
    ]);
  });
});

describe('practicePcns', () => {
  const pcns = practicePcns({
    payments: [
      { practice_code: 'P1', fy_end_year: '2021', pcn_code: 'U11111', pcn_name: 'OLD PCN' },
      { practice_code: 'P2', fy_end_year: '2025', pcn_code: 'U22222', pcn_name: 'VALE PCN (PAYMENTS)' },
      { practice_code: 'P2', fy_end_year: '2020', pcn_code: 'U99999', pcn_name: 'EARLIER PCN' },
      { practice_code: 'P3', fy_end_year: '2023', pcn_code: 'Unknown or no PCN', pcn_name: 'Unknown or no PCN' },
      { practice_code: 'P4', fy_end_year: '2022', pcn_code: 'U33333', pcn_name: 'OLD NAME' },
    ],
    practiceMap2026: [
      { PRACTICE_CODE: 'P1', PCN_CODE: 'U33333', PCN_NAME: 'HILL PCN' },
      { PRACTICE_CODE: 'P5', PCN_CODE: 'U', PCN_NAME: 'Unallocated' },
    ],
  });

  it('takes the 2026 map first; "Unallocated" there means no PCN, not an older one', () => {
    expect(pcns.get('P1')).toEqual({ code: 'U33333', name: 'HILL PCN', source: 'map-2026' });
    expect(pcns.get('P5')).toEqual({ code: null, name: null, source: 'unallocated' });
  });

  it("else the practice's latest payments file with a real PCN code, named by the 2026 map where it can", () => {
    expect(pcns.get('P2')).toEqual({ code: 'U22222', name: 'VALE PCN (PAYMENTS)', source: 'payments' });
    expect(pcns.get('P4')).toEqual({ code: 'U33333', name: 'HILL PCN', source: 'payments' });
    expect(pcns.has('P3')).toBe(false);
  });
});

describe('practiceLocations', () => {
  it("places a matched postcode to 5 dp, keeps an unmatched one's postcode, and falls back to the 2026 map", () => {
    const locations = practiceLocations({
      locations: [
        { practice_code: 'P1', postcode: 'TS18 1HU', matched: '1', lat: '54.561627', lon: '-1.318986' },
        { practice_code: 'P2', postcode: 'CA9 3QX', matched: '0', lat: '', lon: '' },
      ],
      practiceMap2026: [
        { PRACTICE_CODE: 'P1', PRACTICE_POSTCODE: 'XX1 1XX' },
        { PRACTICE_CODE: 'P3', PRACTICE_POSTCODE: 'NG2 3AJ' },
      ],
    });
    expect(locations.get('P1')).toEqual({ postcode: 'TS18 1HU', lat: 54.56163, lng: -1.31899, source: 'code-point' });
    expect(locations.get('P2')).toEqual({ postcode: 'CA9 3QX', lat: null, lng: null, source: 'postcode-not-found' });
    expect(locations.get('P3')).toEqual({ postcode: 'NG2 3AJ', lat: null, lng: null, source: 'map-2026' });
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
