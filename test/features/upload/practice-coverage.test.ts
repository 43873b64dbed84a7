// Which practices an upload's practice rows leave out, and what the sub-ICB figure becomes under each rule,
// on a hand-built sub-ICB: S1 has practices P1, P2, P3 in 2024/25 (P4 closed after 2023/24), S2 has Q1.
import { describe, it, expect } from 'vitest';
import { buildDataset } from '../../../src/data/dataset';
import type { AreasFile, Area } from '../../../src/data/schemas';
import type { PracticeFiguresFile } from '../../../src/data/practice-figures';
import { practiceCoverage, subIcbsToCheck } from '../../../src/features/upload/practice-coverage';
import { beforeAfterRows, planOverrides, toOverride } from '../../../src/features/upload/before-after';
import type { PracticeGroup } from '../../../src/features/upload/upload-format';

const YEARS = [2024, 2025];
const area = (code: string, fte: number[], headcount: number[], patients: number[], practices: number[]): Area => ({
  code,
  onsCode: `E-${code}`,
  name: `Sub-ICB ${code}`,
  formerName: null,
  level: 'subicb',
  parent: 'Q',
  fte,
  headcount,
  patients,
  weightedPatients: [null, null],
  practices,
  locumTraineeFte: [0, 0],
});
const areasFile: AreasFile = {
  schemaVersion: 1,
  years: YEARS,
  measures: {},
  areas: [area('S1', [35, 30], [45, 40], [65000, 60000], [4, 3]), area('S2', [9, 10], [10, 11], [12000, 12500], [1, 1])],
};
const dataset = buildDataset(areasFile);

const practice = (
  code: string,
  name: string | null,
  fte: (number | null)[],
  headcount: (number | null)[],
  patients: (number | null)[],
) => ({
  code,
  name,
  postcode: null,
  lat: null,
  lng: null,
  pcn: null,
  fte,
  headcount,
  patients,
  // The upload reads only GP FTE, headcount and patients; the other series are blank here.
  weightedPatients: fte.map(() => null),
  locumTraineeFte: fte.map(() => null),
  nurseFte: fte.map(() => null),
  dpcFte: fte.map(() => null),
  firstYear: YEARS[0]!,
  lastYear: YEARS[1]!,
  history: null,
});
const s1Figures: PracticeFiguresFile = {
  schemaVersion: 2,
  subIcb: 'S1',
  years: YEARS,
  estimated: { weightedPatients: [] },
  pcns: {},
  practices: [
    practice('P1', 'Hill Surgery', [10, 10], [12, 12], [20000, 20000]),
    practice('P2', 'Vale Practice', [12, 12], [15, 15], [25000, 25000]),
    practice('P3', null, [8, 8], [13, 13], [15000, 15000]),
    practice('P4', 'Old Mill', [5, null], [5, null], [5000, null]),
  ],
};
const placed = { S1: ['P1', 'P2', 'P3', 'P4'], S2: ['Q1'] };

describe('subIcbsToCheck', () => {
  it('needs the practice figures only for sub-ICBs whose rows leave out a practice ever placed there', () => {
    const groups: PracticeGroup[] = [
      { code: 'S1', year: 2025, practiceCodes: ['P1', 'P2', 'P3'] }, // P4 (closed) not listed: must check
      { code: 'S2', year: 2025, practiceCodes: ['Q1'] }, // every practice: nothing to check
    ];
    expect(subIcbsToCheck(groups, placed)).toEqual(['S1']);
    expect(subIcbsToCheck([{ code: 'S1', year: 2025, practiceCodes: ['P4', 'P3', 'P2', 'P1'] }], placed)).toEqual([]);
  });
});

describe('practiceCoverage', () => {
  const figures = new Map([['S1', s1Figures]]);

  it('is complete when every practice in the baseline that year is listed (a closed practice need not be)', () => {
    const [group] = practiceCoverage({ groups: [{ code: 'S1', year: 2025, practiceCodes: ['P3', 'P2', 'P1'] }], figures });
    expect(group?.coverage).toEqual({ kind: 'complete' });
  });

  it("names the missing practices and sums the listed practices' own baseline", () => {
    const [group] = practiceCoverage({ groups: [{ code: 'S1', year: 2025, practiceCodes: ['P1'] }], figures });
    expect(group?.coverage).toEqual({
      kind: 'incomplete',
      missing: [
        { code: 'P2', name: 'Vale Practice' },
        { code: 'P3', name: null },
      ],
      baselinePractices: 3,
      comparedYear: 2025,
      listedBaseline: { fte: 10, headcount: 12, patients: 20000 },
      listedInBaseline: 1,
    });
  });

  it("counts a listed practice that is not in that year's baseline (closed, or new) as adding to the sub-ICB", () => {
    const coverage = practiceCoverage({ groups: [{ code: 'S1', year: 2025, practiceCodes: ['P1', 'P4'] }], figures });
    expect(coverage[0]?.coverage).toMatchObject({
      listedBaseline: { fte: 10, headcount: 12, patients: 20000 },
      listedInBaseline: 1,
    });
    const [planned] = planOverrides({
      overrides: [{ code: 'S1', year: 2025, fte: 17, headcount: 20, patients: 26000, practices: 2 }],
      coverage,
      mode: 'add',
      dataset,
    });
    // 30 - 10 + 17 = 37 FTE; 40 - 12 + 20 = 48 heads; 60,000 - 20,000 + 26,000 = 66,000; practices 3 - 1 + 2 = 4.
    expect(planned && toOverride(planned)).toEqual({
      code: 'S1',
      year: 2025,
      fte: 37,
      headcount: 48,
      patients: 66000,
      practices: 4,
    });
  });

  it('compares a year after the baseline with its last year, with no baseline of the listed practices', () => {
    const [group] = practiceCoverage({ groups: [{ code: 'S1', year: 2026, practiceCodes: ['P1', 'P2'] }], figures });
    expect(group?.coverage).toMatchObject({
      kind: 'incomplete',
      missing: [{ code: 'P3' }],
      comparedYear: 2025,
      listedBaseline: null,
    });
  });

  it('says when the practice figures could not be loaded', () => {
    const [group] = practiceCoverage({
      groups: [{ code: 'S1', year: 2025, practiceCodes: ['P1'] }],
      figures: new Map([['S1', { error: 'practices/S1.json: could not be loaded (HTTP 404)' }]]),
    });
    expect(group?.coverage).toEqual({ kind: 'unknown', reason: 'practices/S1.json: could not be loaded (HTTP 404)' });
  });
});

describe('planOverrides and beforeAfterRows', () => {
  // The upload: P1 alone for S1 in 2024/25 (14 FTE, 16 heads, 21,000 patients, summed by the validator), and an
  // area row for S2.
  const overrides = [
    { code: 'S1', year: 2025, fte: 14, headcount: 16, patients: 21000, practices: 1 },
    { code: 'S2', year: 2025, fte: 11, headcount: 11, patients: 12500, practices: null },
  ];
  const coverage = practiceCoverage({
    groups: [{ code: 'S1', year: 2025, practiceCodes: ['P1'] }],
    figures: new Map([['S1', s1Figures]]),
  });

  it('"add the change": the sub-ICB minus the listed practices\' baseline plus their new figures', () => {
    const planned = planOverrides({ overrides, coverage, mode: 'add', dataset });
    // 30 - 10 + 14 = 34 FTE; 40 - 12 + 16 = 44 heads; 60,000 - 20,000 + 21,000 = 61,000 patients;
    // practices 3 - 1 + 1 = 3.
    expect(planned.map(toOverride)).toEqual([
      { code: 'S1', year: 2025, fte: 34, headcount: 44, patients: 61000, practices: 3 },
      { code: 'S2', year: 2025, fte: 11, headcount: 11, patients: 12500, practices: null },
    ]);
    expect(planned.map((p) => p.method)).toEqual(['add', 'area']);
  });

  it('"replace": the sum of the listed practices, as given', () => {
    const planned = planOverrides({ overrides, coverage, mode: 'replace', dataset });
    expect(planned.map(toOverride)[0]).toEqual(overrides[0]);
    expect(planned[0]?.method).toBe('replace');
  });

  it('replaces a year after the baseline even when adding the change was chosen: there is nothing to add to', () => {
    const later = practiceCoverage({
      groups: [{ code: 'S1', year: 2026, practiceCodes: ['P1'] }],
      figures: new Map([['S1', s1Figures]]),
    });
    const planned = planOverrides({
      overrides: [{ code: 'S1', year: 2026, fte: 14, headcount: 16, patients: 21000, practices: 1 }],
      coverage: later,
      mode: 'add',
      dataset,
    });
    expect(planned[0]).toMatchObject({ fte: 14, method: 'replace' });
  });

  it('shows each sub-ICB-year before and after with the change in per cent, largest change first', () => {
    const nameOf = (code: string) => `Sub-ICB ${code}`;
    const add = beforeAfterRows({ planned: planOverrides({ overrides, coverage, mode: 'add', dataset }), dataset, nameOf });
    // S1: FTE 30 -> 34 (+13.3%), heads 40 -> 44 (+10%), patients 60,000 -> 61,000 (+1.7%);
    // S2: FTE 10 -> 11 (+10%), heads 11 -> 11, patients unchanged. S1's +13.3% is the largest change.
    expect(add.map((r) => [r.code, r.before, r.after])).toEqual([
      ['S1', { fte: 30, headcount: 40, patients: 60000 }, { fte: 34, headcount: 44, patients: 61000 }],
      ['S2', { fte: 10, headcount: 11, patients: 12500 }, { fte: 11, headcount: 11, patients: 12500 }],
    ]);
    expect(add[0]?.change.fte).toBeCloseTo(4 / 30, 10);
    expect(add[0]?.change.patients).toBeCloseTo(1000 / 60000, 10);

    const replace = beforeAfterRows({
      planned: planOverrides({ overrides, coverage, mode: 'replace', dataset }),
      dataset,
      nameOf,
    });
    // Replace: S1 30 -> 14 FTE (-53.3%), heads 40 -> 16 (-60%), patients 60,000 -> 21,000 (-65%).
    expect(replace[0]).toMatchObject({ code: 'S1', after: { fte: 14, headcount: 16, patients: 21000 } });
    expect(replace[0]?.change.patients).toBeCloseTo(-0.65, 10);
  });

  it('lists years after the baseline last, with no figure before', () => {
    const rows = beforeAfterRows({
      planned: [
        { code: 'S2', year: 2026, fte: 50, headcount: 50, patients: 50000, practices: null, method: 'area' },
        { code: 'S2', year: 2025, fte: 10.5, headcount: 11, patients: 12500, practices: null, method: 'area' },
      ],
      dataset,
      nameOf: (code) => code,
    });
    expect(rows.map((r) => [r.year, r.before, r.change.fte])).toEqual([
      [2025, { fte: 10, headcount: 11, patients: 12500 }, 0.05],
      [2026, null, null],
    ]);
  });
});
