// Small hand-built projection data shared by the model tests, and an index helper for noUncheckedIndexedAccess.
//
// England 'ENG' > region 'R' > ICBs 'A' (sub-ICBs 'A1', 'A2') and 'B' (sub-ICB 'B1'), data years 2020/21 to
// 2024/25 (2021 ... 2025). Parents are the sums of their sub-ICBs. Round numbers in the data year 2024/25:
//   FTE      A1 12,000  A2 9,000   B1 6,000   England 27,000  (FTE shares 4/9, 1/3, 2/9)
//   heads    A1 16,000  A2 12,500  B1 8,500   England 37,000
//   patients A1 30m     A2 20m     B1 10m     England 60m
//   trainee FTE, mean of 2022/23-2024/25: ICB A 1,800 + 1,200 = 3,000; ICB B 1,000 (trainee shares 3/4, 1/4)
// The bulletin is 1% above the practice level in 2024/25 (27,270 FTE, 37,370 heads) and has April to October
// 2025 at 27,573 FTE and 37,673 heads, so the jump-off (2025/26) is 27,573 / 1.01 = 27,300 FTE and
// 37,673 / 1.01 = 37,300 heads. Intakes: 3,200 (2017), 3,600 (2019), 3,900 (2021), 4,000 (2022).
import type { AgeSnapshot, AgeYear, AreaHistory, BulletinSnapshot, Intake, ProjectionData } from '../../src/model/types';
import { defaultChoices, type ScenarioChoices } from '../../src/model/scenario';

export const YEARS = [2021, 2022, 2023, 2024, 2025] as const;

type Series = Pick<AreaHistory, 'fte' | 'headcount' | 'patients' | 'traineeFte'>;

const SUB_ICBS: readonly (Series & { code: string; parent: string })[] = [
  {
    code: 'A1',
    parent: 'A',
    fte: [12100, 12050, 12000, 11950, 12000],
    headcount: [15600, 15700, 15800, 15900, 16000],
    patients: [29_000_000, 29_250_000, 29_500_000, 29_750_000, 30_000_000],
    traineeFte: [1500, 1600, 1700, 1800, 1900],
  },
  {
    code: 'A2',
    parent: 'A',
    fte: [9000, 9050, 9100, 9050, 9000],
    headcount: [12100, 12200, 12300, 12400, 12500],
    patients: [20_000_000, 20_000_000, 20_000_000, 20_000_000, 20_000_000],
    traineeFte: [1100, 1150, 1200, 1200, 1200],
  },
  {
    code: 'B1',
    parent: 'B',
    fte: [5900, 5950, 6000, 6050, 6000],
    headcount: [8100, 8200, 8300, 8400, 8500],
    patients: [9_600_000, 9_700_000, 9_800_000, 9_900_000, 10_000_000],
    traineeFte: [900, 950, 1000, 1000, 1000],
  },
];

function sumOf(children: readonly Series[]): Series {
  const add = (key: keyof Series) => YEARS.map((_, i) => children.reduce((sum, c) => sum + (c[key][i] ?? 0), 0));
  return { fte: add('fte'), headcount: add('headcount'), patients: add('patients'), traineeFte: add('traineeFte') };
}

const icbA = sumOf(SUB_ICBS.filter((s) => s.parent === 'A'));
const icbB = sumOf(SUB_ICBS.filter((s) => s.parent === 'B'));
const total = sumOf(SUB_ICBS);

export const AREAS: readonly AreaHistory[] = [
  { code: 'ENG', level: 'england', parent: null, ...total },
  { code: 'R', level: 'region', parent: 'ENG', ...total },
  { code: 'A', level: 'icb', parent: 'R', ...icbA },
  { code: 'B', level: 'icb', parent: 'R', ...icbB },
  ...SUB_ICBS.map((s) => ({ ...s, level: 'subicb' as const })),
];

const months = (from: string, count: number): string[] =>
  Array.from({ length: count }, (_, k) => {
    const index = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + k;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });

export const BULLETIN: readonly BulletinSnapshot[] = [
  // 2023/24: practice level 27,050 FTE; the bulletin a little above it.
  ...months('2023-04', 12).map((date) => ({ date, fte: 27320, headcount: 37400 })),
  // 2024/25: exactly 1% above the practice level (27,000 FTE, 37,000 heads).
  ...months('2024-04', 12).map((date) => ({ date, fte: 27270, headcount: 37370 })),
  // April to October 2025: the jump-off months.
  ...months('2025-04', 7).map((date) => ({ date, fte: 27573, headcount: 37673 })),
];

export const AGE_SNAPSHOTS: readonly AgeSnapshot[] = [
  { date: '2021-09-30', heads: [9600, 12600, 10000, 3600], fte: [7500, 9600, 7400, 2500] },
  { date: '2025-09-30', heads: [10000, 12800, 10200, 4000], fte: [7400, 9500, 7500, 3000] },
];

/** Financial-year means of the age snapshots: one snapshot a year here, the two years that have one in the data. */
export const AGE_YEARS: readonly AgeYear[] = [
  { year: 2022, heads: [9600, 12600, 10000, 3600], fte: [7500, 9600, 7400, 2500] },
  { year: 2025, heads: [10000, 12800, 10200, 4000], fte: [7400, 9500, 7500, 3000] },
];

export const INTAKES: readonly Intake[] = [
  { recruitmentYear: 2017, places: 3200 },
  { recruitmentYear: 2019, places: 3600 },
  { recruitmentYear: 2021, places: 3900 },
  { recruitmentYear: 2022, places: 4000 },
];

export const DATA: ProjectionData = {
  years: YEARS,
  areas: AREAS,
  bulletin: BULLETIN,
  ageSnapshots: AGE_SNAPSHOTS,
  ageYears: AGE_YEARS,
  intakes: INTAKES,
};

/** Every lever at its default, no scope, each area's own patient growth (the target held at the first year's level). */
export const DEFAULT_CHOICES: ScenarioChoices = defaultChoices({ firstDataYear: YEARS[0], lastProjectionYear: 2036 });

/** items[index], failing loudly if it is missing (the config has noUncheckedIndexedAccess). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`nothing at index ${index}`);
  return item;
}

/**
 * The settings the hand-worked model tests use (the ones the app chose before they were chosen by the nested
 * back-test): λ 0.15, the latest year's shares, a 3-year calibration window, a 5-year half-life. The fixture's own
 * choice is tested in settings.test.ts.
 */
export const FIXED_SETTINGS = { settings: { lambda: 0.15, shareYears: 1, calibrationYears: 3, halfLife: 5 } } as const;
