// The Practice view's pure figures: the WorkforceSeries built from practice files (keyed by practice code, years
// realigned), metric values through the map's own metricValue, PCN sums and radius (the sparkline: sparkline.test.tsx).
import { describe, expect, it } from 'vitest';
import type { PracticeFiguresFile } from '../../../src/data/practice-figures';
import { metricValue } from '../../../src/figures/metrics';
import {
  pcnRows,
  pcnTotal,
  practiceData,
  practiceRadius,
  practiceRows,
  practiceYear,
} from '../../../src/features/practices/practice-rows';

type FilePractice = PracticeFiguresFile['practices'][number];
const practice = (code: string, over: Partial<FilePractice>): FilePractice => {
  const fte = over.fte ?? [1, 2, 3];
  const none = fte.map(() => null);
  return {
    code,
    name: `Practice ${code}`,
    postcode: 'AB1 2CD',
    lat: 51.5,
    lng: 0.5,
    pcn: 'U1',
    fte,
    headcount: fte,
    patients: [1000, 2000, 3000],
    weightedPatients: none,
    locumTraineeFte: none,
    nurseFte: none,
    dpcFte: none,
    firstYear: 2023,
    lastYear: 2025,
    history: null,
    ...over,
  };
};

const fileA: PracticeFiguresFile = {
  schemaVersion: 2,
  subIcb: '91Q',
  years: [2023, 2024, 2025],
  estimated: { weightedPatients: [2024] },
  pcns: { U1: 'North PCN', U2: 'South PCN' },
  practices: [
    practice('G1', { fte: [4, 5, 6], patients: [8000, 9000, 10000], weightedPatients: [9000, 9500, 11000] }),
    practice('G2', {
      pcn: 'U2',
      fte: [2.5, null, null],
      patients: [5000, null, null],
      history: 'Last reported in 2022/23 (closed or merged)',
    }),
    practice('G3', { pcn: 'U2', lat: null, lng: null, fte: [1.25, 1.5, 2.25], patients: [3000, 3200, 3500] }),
  ],
};
// Another sub-ICB whose file starts a year later: its arrays are realigned to the first file's years.
const fileB: PracticeFiguresFile = {
  schemaVersion: 2,
  subIcb: '00L',
  years: [2024, 2025],
  estimated: { weightedPatients: [] },
  pcns: {},
  practices: [practice('A1', { pcn: null, fte: [3, 4], patients: [6000, 7000] })],
};

describe('practiceData', () => {
  const data = practiceData([fileA, fileB]);

  it('keys one WorkforceSeries by practice code, aligned to the first file’s years', () => {
    expect(data.years).toEqual([2023, 2024, 2025]);
    expect(data.series.byArea.get('G1')?.fte).toEqual([4, 5, 6]);
    expect(data.series.byArea.get('A1')?.fte).toEqual([null, 3, 4]);
    expect(data.series.byArea.get('A1')?.patients).toEqual([null, 6000, 7000]);
    // Other arrays ride along under their areas.json names, for metrics that read them.
    expect((data.series.byArea.get('G1') as { weightedPatients?: unknown }).weightedPatients).toEqual([9000, 9500, 11000]);
  });

  it('gives the map metrics per practice through metricValue', () => {
    // 6 / 10,000 × 100,000 = 60 FTE per 100,000 patients
    expect(metricValue(data.series, 'G1', 'ftePer100k', 2025, 2023)).toBeCloseTo(60, 10);
    // 10,000 / 6 = 1,666.67 patients per FTE
    expect(metricValue(data.series, 'G1', 'patientsPerFte', 2025, 2023)).toBeCloseTo(1666.667, 3);
    // (6 − 4) / 4 = +50%
    expect(metricValue(data.series, 'G1', 'changePct', 2025, 2023)).toBe(50);
    // No base-year row: no change.
    expect(metricValue(data.series, 'A1', 'changeFte', 2025, 2023)).toBeNull();
  });

  it('keeps place, PCN name and history; a practice without coordinates is unplaced', () => {
    const g3 = data.practices.find((p) => p.code === 'G3');
    expect(g3).toMatchObject({ lat: null, lng: null, pcn: 'U2', pcnName: 'South PCN', subIcb: '91Q' });
    expect(data.practices.find((p) => p.code === 'G2')?.history).toMatch(/closed or merged/);
    expect(data.practices.find((p) => p.code === 'A1')).toMatchObject({ pcn: null, pcnName: null, lat: 51.5 });
  });
});

describe('practiceYear', () => {
  it('is the chosen year when recorded, the latest recorded year when projected', () => {
    expect(practiceYear(2024, [2023, 2024, 2025])).toBe(2024);
    expect(practiceYear(2031, [2023, 2024, 2025])).toBe(2025);
  });
});

describe('practiceRows and pcnRows', () => {
  const data = practiceData([fileA, fileB]);
  it('sums practices by PCN for the year; a practice with no row that year adds nothing', () => {
    const rows2025 = practiceRows({ data, metric: 'ftePer100k', year: 2025, baseYear: 2023 });
    const pcns = pcnRows(rows2025);
    const byCode = new Map(pcns.map((p) => [p.code, p]));
    // North: G1 only, 6 FTE, 10,000 patients.
    expect(byCode.get('U1')).toMatchObject({ name: 'North PCN', practices: 1, fte: 6, patients: 10000 });
    // South: G2 closed (no row), G3 2.25 FTE and 3,500 patients: 3,500 / 2.25 = 1,555.6 per FTE.
    expect(byCode.get('U2')).toMatchObject({ practices: 1, fte: 2.25, patients: 3500 });
    expect(byCode.get('U2')?.patientsPerFte).toBeCloseTo(1555.556, 3);
    expect(byCode.get(null)).toMatchObject({ name: 'No PCN in the latest practice–PCN map', practices: 1, fte: 4 });
    // 6 + 2.25 + 4 = 12.25 FTE; 10,000 + 3,500 + 7,000 = 20,500 patients.
    expect(pcnTotal(pcns)).toEqual({ practices: 3, fte: 12.25, patients: 20500 });
  });

  it('counts the closed practice in the years it reported', () => {
    const rows2023 = practiceRows({ data, metric: 'fte', year: 2023, baseYear: 2023 });
    // 4 + 2.5 + 1.25 = 7.75 (A1 has no 2023 row)
    expect(pcnTotal(pcnRows(rows2023))).toEqual({ practices: 3, fte: 7.75, patients: 16000 });
    const g2 = rows2023.find((r) => r.code === 'G2');
    expect(g2).toMatchObject({ value: 2.5, fte: 2.5, patients: 5000, patientsPerFte: 2000, changeFte: 0 });
  });
});

describe('practiceRadius', () => {
  it('makes circle area proportional to patients: 4 × the patients, 2 × the radius', () => {
    expect(practiceRadius(10_000)).toBe(5);
    expect(practiceRadius(40_000)).toBe(10);
    expect(practiceRadius(2_500)).toBe(2.5);
  });
});

describe('a practice with no patients, and its locums and registrars', () => {
  // Aston Healthcare (N83028) in 2024/25 had 0.8 qualified permanent GP FTE, 0.7 locum and registrar FTE and 21,976
  // patients: 0.8 ÷ 21,976 × 100,000 = 3.6 per 100,000. A second practice still reports 1 GP FTE but no patients.
  const file: PracticeFiguresFile = {
    schemaVersion: 2,
    subIcb: '01J',
    years: [2025],
    estimated: { weightedPatients: [] },
    pcns: {},
    practices: [
      practice('N83028', { fte: [0.8], patients: [21_976], locumTraineeFte: [0.7], weightedPatients: [null] }),
      practice('EMPTY', { fte: [1], patients: [0], locumTraineeFte: [null], weightedPatients: [null] }),
    ],
  };
  const rows = (metric: 'patientsPerFte' | 'ftePer100k') =>
    practiceRows({ data: practiceData([file]), metric, year: 2025, baseYear: 2025, englandFlagPer100k: 42.6 });

  it('gives no patients per GP FTE (not 0) and no colour value, and says it has no patients', () => {
    const empty = rows('patientsPerFte').find((r) => r.code === 'EMPTY')!;
    expect(empty).toMatchObject({ noPatients: true, patientsPerFte: null, value: null, underDoctored: false });
    // 21,976 ÷ 0.8 = 27,470 patients per GP FTE.
    expect(rows('patientsPerFte').find((r) => r.code === 'N83028')).toMatchObject({ noPatients: false, value: 27_470 });
  });

  it('carries locum and registrar FTE beside the flag', () => {
    const aston = rows('ftePer100k').find((r) => r.code === 'N83028')!;
    // 3.6 < 0.9 × 42.6 = 38.3: flagged.
    expect(aston.flagPer100k).toBeCloseTo(3.64, 2);
    expect(aston).toMatchObject({ underDoctored: true, locumTraineeFte: 0.7 });
  });
});
