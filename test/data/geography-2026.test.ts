// The rule that builds the ICBs of April 2026 (scripts/data/geography-2026.mjs), on a small made-up geography:
// a split sub-ICB SP whose LSOAs go by local authority, whose open practices follow their 2026 code, whose closed
// practices follow their location's authority or, with no location, the LSOAs of their old code.
import { describe, it, expect } from 'vitest';
import { buildGeography2026 } from '../../scripts/data/geography-2026.mjs';
import type { Vintage } from '../../scripts/data/vintages.mjs';

/** A vintage from code -> LSOAs (geometry is not used by the rule, only carried to the boundaries). */
function vintage(year: number, key: string, codes: Record<string, string[]>): Vintage {
  const areas = new Map(
    Object.entries(codes).map(([code, lsoas]) => [code, { code, onsCode: `E${code}`, name: code, lsoas, geometry: { code } }]),
  );
  return {
    year,
    key,
    label: key,
    features: [],
    areas,
    lsoaToCode: new Map(Object.entries(codes).flatMap(([code, lsoas]) => lsoas.map((l) => [l, code] as [string, string]))),
  };
}

// 2022: S1 (L1, L2, L9) and SP (L3 ... L8). In 2020, SP was two CCGs: P1 (L3, L4, L8) and P2 (L5, L6, L7).
// Local authorities: A = L3, L4, L6; B = L5, L7; C = L8 in SP and L9 in S1.
const LAD: Record<string, string> = { L3: 'A', L4: 'A', L6: 'A', L5: 'B', L7: 'B', L8: 'C', L9: 'C', L1: 'Z', L2: 'Z' };
const sub22: Record<string, string[]> = { S1: ['L1', 'L2', 'L9'], SP: ['L3', 'L4', 'L5', 'L6', 'L7', 'L8'] };
const vintages = new Map<number, Vintage>([
  [2021, vintage(2021, 'ccg20', { X1: ['L1', 'L2', 'L9'], P1: ['L3', 'L4', 'L8'], P2: ['L5', 'L6', 'L7'] })],
  [2025, vintage(2025, 'sicbl22', sub22)],
]);
const lsoa22 = Object.entries(sub22).flatMap(([code, lsoas]) =>
  lsoas.map((l) => ({ lsoa11_code: l, sicbl22_code_h: code, ltla22_code: LAD[l]!, ltla22_name: `LA ${LAD[l]}` })),
);
const areas = new Map(
  [
    { code: 'ENG', parent: null, level: 'england' },
    { code: 'R', parent: 'ENG', level: 'region' },
    { code: 'I1', parent: 'R', level: 'icb' },
    { code: 'IF', parent: 'R', level: 'icb' },
    { code: 'S1', parent: 'I1', level: 'subicb' },
    { code: 'SP', parent: 'IF', level: 'subicb' },
  ].map((a) => [a.code, { ...a, name: a.code, onsCode: `E${a.code}` }]),
);
const mapRow = (practice: string, subIcb: string, icb: string) => ({
  PRACTICE_CODE: practice,
  SUB_ICB_LOCATION_CODE: subIcb,
  ONS_SUB_ICB_LOCATION_CODE: `E${subIcb}`,
  SUB_ICB_LOCATION_NAME: subIcb,
  ICB_CODE: icb,
  ONS_ICB_CODE: `E${icb}`,
  ICB_NAME: `NHS ${icb} Integrated Care Board`,
});
const py = (practice: string, year: number, fte: number, patients: number) => ({
  practice,
  year,
  fte,
  headcount: fte,
  patients,
  weightedPatients: null,
  locumTraineeFte: 0,
  nurseFte: 0,
  dpcFte: 0,
});

const result = buildGeography2026({
  // p1 (in authority A) went to the new NEW; p2 (in B) and p3 (always S1) are in S1.
  practiceMap2026: [mapRow('p1', 'NEW', 'I9'), mapRow('p2', 'S1', 'I1'), mapRow('p3', 'S1', 'I1')],
  payments: [
    { practice_code: 'p1', fy_end_year: '2025', ccg_or_subicb_code: 'SP', registered_patients: '1000' },
    { practice_code: 'p2', fy_end_year: '2025', ccg_or_subicb_code: 'SP', registered_patients: '3000' },
    { practice_code: 'p3', fy_end_year: '2025', ccg_or_subicb_code: 'S1', registered_patients: '500' },
    { practice_code: 'p4', fy_end_year: '2021', ccg_or_subicb_code: 'P2', registered_patients: '200' },
    // p5 closed under P1 and has no location: P1's LSOAs are mostly authority A's (2 of 3), so NEW.
    { practice_code: 'p5', fy_end_year: '2021', ccg_or_subicb_code: 'P1', registered_patients: '100' },
  ],
  // p4 closed but is located in authority B.
  locations: [
    { practice_code: 'p1', cpo_lad_code: 'A' },
    { practice_code: 'p2', cpo_lad_code: 'B' },
    { practice_code: 'p3', cpo_lad_code: 'Z' },
    { practice_code: 'p4', cpo_lad_code: 'B' },
  ],
  lookup: (file) => (file === 'geographr_LSOA11_sicbl22_icb22_ltla22.csv' ? lsoa22 : []),
  areas,
  byPractice: new Map([
    ['p1', { subIcb: 'SP' }],
    ['p2', { subIcb: 'SP' }],
    ['p3', { subIcb: 'S1' }],
    ['p4', { subIcb: 'SP' }],
    ['p5', { subIcb: 'SP' }],
  ]),
  practiceYears: [
    py('p1', 2021, 1, 900),
    py('p2', 2021, 2, 2900),
    py('p3', 2021, 4, 400),
    py('p4', 2021, 8, 200),
    py('p5', 2021, 16, 100),
    py('p1', 2025, 1, 1000),
    py('p2', 2025, 2, 3000),
    py('p3', 2025, 4, 500),
  ],
  years: [2021, 2025],
  weightedYears: new Set(),
  vintages,
});

describe('buildGeography2026 on a made-up split', () => {
  const icb = (code: string) => result.out.icbs.find((i) => i.code === code)!;

  it('finds the split (SP gone) and the new code (NEW), and sends each authority where its practices went', () => {
    expect(result.stats.split).toEqual(['SP']);
    expect(result.stats.created).toEqual(['NEW']);
    const las = result.out.splits[0]!.localAuthorities.map((la) => [la.code, la.lsoas, la.to, la.by, la.practices]);
    expect(las).toEqual([
      ['A', 3, 'NEW', 'practices', 1],
      ['B', 2, 'S1', 'practices', 1],
      // No practice of SP is located in C: it follows the rest of C (L9, in S1).
      ['C', 1, 'S1', 'rest of the authority', 0],
    ]);
  });

  it('places open practices by their 2026 code, a closed one by its location, one with no location by its old LSOAs', () => {
    expect(result.stats.practicesByRule).toEqual({ 'map-2026': 2, 'local-authority': 1, 'lsoa-majority': 1 });
    // I9 = p1 + p5 = 1 + 16 in 2020/21, p1 = 1 in 2024/25; I1 = p2 + p3 + p4 = 2 + 4 + 8, then 2 + 4.
    expect(icb('I9').fte).toEqual([17, 1]);
    expect(icb('I1').fte).toEqual([14, 6]);
    expect(icb('I1').practices).toEqual([3, 2]);
  });

  it("maps the old ICBs by the last year's patients: IF's practices went 3,000 to I1, 1,000 to I9", () => {
    expect(result.out.fromIcb2022).toEqual({
      I1: [{ code: 'I1', share: 1 }],
      IF: [
        { code: 'I1', share: 0.75 },
        { code: 'I9', share: 0.25 },
      ],
    });
    // I1 kept its code but gained part of SP: not the 2022 area.
    expect(icb('I1').sameAs2022).toBe(false);
    expect(icb('I1').formerIcbs).toEqual(
      [
        { code: 'I1', share: 0.1429 },
        { code: 'IF', share: 0.8571 },
      ].sort((a, b) => b.share - a.share),
    );
  });

  it('draws SP as its 2020 CCGs, each in the 2026 sub-ICB of most of its LSOAs, counting the LSOAs drawn elsewhere', () => {
    // P1: L3, L4 (A -> NEW), L8 (C -> S1): NEW, 1 misdrawn. P2: L5, L7 (B -> S1), L6 (A -> NEW): S1, 1 misdrawn.
    expect(result.out.splits[0]!.drawnAs.map((p) => [p.code, p.drawnIn, p.lsoas, p.misdrawn])).toEqual([
      ['P1', 'NEW', 3, 1],
      ['P2', 'S1', 3, 1],
    ]);
    expect(result.icbParts).toEqual([
      { code: 'I1', parts: ['S1', 'SP/P2'] },
      { code: 'I9', parts: ['SP/P1'] },
    ]);
  });
});
