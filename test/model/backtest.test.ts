// Back-test: start the model at 2015/16, feed it what actually happened, and compare 2024/25.
//
// Method: one projection a year (fromYear = y, toYear = y + 1), because the model takes one lever
// set per run; each year's projected FTE and headcount are the next year's baseline, patients are
// the observed series. Inputs per year (see MODEL.md "Back-test" for the sources):
// - training places: DATA.md "GP training places a year" gives 2,936 (2016), 4,001 (2021) and
//   4,032 (2022); 2017-2020 are linearly interpolated, 2023-2024 hold 4,032. The places of
//   calendar year y feed the year ending y + 1 (no training lag, as in the model).
// - leaver rate: DATA.md "FTE leavers a year" 2,089; 2,292; 2,501; 1,926 (2016/17 to 2019/20), each
//   divided by the bulletin's qualified permanent FTE averaged over the year's two March snapshots
//   (data/national.json); the 2019/20 rate is held after.
// - everything else at the lever defaults; FTE per GP = the run's own national ratio (m = 1).
// Error: projected vs observed fully qualified permanent GP FTE, 2024/25 (data/areas.json).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectWorkforce } from '../../src/model/project';
import { sumProjections } from '../../src/model/aggregate';
import { defaultLeverValues } from '../../src/model/levers';
import type { AgeProfile } from '../../src/model/age-bands';
import type { AreaBaseline, AreaProjection } from '../../src/model/types';

const ROOT = resolve(import.meta.dirname, '../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(resolve(ROOT, file), 'utf8'));

interface AreaRow {
  code: string;
  level: 'england' | 'region' | 'icb' | 'subicb';
  parent: string | null;
  fte: number[];
  headcount: number[];
  patients: number[];
}
interface AreasFile {
  years: number[];
  areas: AreaRow[];
}
interface SnapshotFile {
  areas: { code: string; level: string; fte: { trainees: number } }[];
}
interface AgeProfileFile {
  snapshots: { date: string; bands: { band: string; fte: number }[] }[];
}
interface NationalFile {
  rows: { date: string; qualifiedPermanentFte: number }[];
}

const areasFile = readJson('data/areas.json') as AreasFile;
const snapshot = readJson('data/snapshot-oct2025.json') as SnapshotFile;
const ageProfileFile = readJson('data/age-profile.json') as AgeProfileFile;
const national = readJson('data/national.json') as NationalFile;

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`nothing at index ${index}`);
  return item;
}

const YEARS = areasFile.years; // 2016 (2015/16) ... 2025 (2024/25)
const FIRST_YEAR = at(YEARS, 0);
const LAST = YEARS.length - 1;
const LAST_YEAR = at(YEARS, LAST);
const englandRow = areasFile.areas.find((a) => a.level === 'england');
if (englandRow === undefined) throw new Error('no England row');
const england: AreaRow = englandRow;
const subIcbs = areasFile.areas.filter((a) => a.level === 'subicb');
const icbs = areasFile.areas.filter((a) => a.level === 'icb');
const traineeFte = new Map(snapshot.areas.filter((a) => a.level === 'subicb').map((a) => [a.code, a.fte.trainees]));

/** Partners + salaried FTE by band, 30 Sep 2015 (THF), the "Unknown" band left out. */
const sep2015 = ageProfileFile.snapshots.find((s) => s.date === '2015-09-30');
if (sep2015 === undefined) throw new Error('no 2015-09-30 age snapshot');
const bandFte = (band: string): number => sep2015.bands.find((b) => b.band === band)?.fte ?? 0;
const AGE_PROFILE_2015: AgeProfile = {
  'Under 40': bandFte('Under 40'),
  '40-49': bandFte('40-49'),
  '50-59': bandFte('50-59'),
  '60 and over': bandFte('60 and over'),
};

/** DATA.md: 2,936 (2016), 4,001 (2021), 4,032 (2022); linear in between, 4,032 held after. */
const PLACES_INTERPOLATED: Readonly<Record<number, number>> = {
  2016: 2936,
  2017: 2936 + (4001 - 2936) * (1 / 5),
  2018: 2936 + (4001 - 2936) * (2 / 5),
  2019: 2936 + (4001 - 2936) * (3 / 5),
  2020: 2936 + (4001 - 2936) * (4 / 5),
  2021: 4001,
  2022: 4032,
  2023: 4032,
  2024: 4032,
};
/** Sensitivity: the brief's lower guess for 2017-2019 (3,000-3,250), 2020 halfway to 4,001. */
const PLACES_LOW: Readonly<Record<number, number>> = {
  ...PLACES_INTERPOLATED,
  2017: 3000,
  2018: 3125,
  2019: 3250,
  2020: (3250 + 4001) / 2,
};

/** DATA.md "FTE leavers a year" (parliamentary answer), by financial-year end. */
const FTE_LEAVERS: Readonly<Record<number, number>> = { 2017: 2089, 2018: 2292, 2019: 2501, 2020: 1926 };

function bulletinQualifiedFte(date: string): number {
  const row = national.rows.find((r) => r.date === date);
  if (row === undefined) throw new Error(`no bulletin row ${date}`);
  return row.qualifiedPermanentFte;
}

/** Leavers ÷ bulletin qualified permanent FTE, mean of the March snapshots opening and closing the year. */
function bulletinLeaverRates(): Record<number, number> {
  const rates: Record<number, number> = {};
  for (const [end, leavers] of Object.entries(FTE_LEAVERS)) {
    const y = Number(end);
    const meanFte = (bulletinQualifiedFte(`${y - 1}-03`) + bulletinQualifiedFte(`${y}-03`)) / 2;
    rates[y] = leavers / meanFte;
  }
  return rates;
}

/** Sensitivity: leavers ÷ practice-level England FTE of the same financial year (areas.json). */
function practiceLeaverRates(): Record<number, number> {
  const rates: Record<number, number> = {};
  for (const [end, leavers] of Object.entries(FTE_LEAVERS)) {
    const y = Number(end);
    rates[y] = leavers / at(england.fte, YEARS.indexOf(y));
  }
  return rates;
}

/** The rate for the year ending `y`: its own, else the latest known before it (2019/20's after 2020). */
function rateFor(rates: Record<number, number>, y: number): number {
  const known = Object.keys(rates)
    .map(Number)
    .filter((k) => k <= y);
  const rate = rates[known.length > 0 ? Math.max(...known) : Math.min(...Object.keys(rates).map(Number))];
  if (rate === undefined) throw new Error(`no leaver rate for ${y}`);
  return rate;
}

interface BacktestOptions {
  places: Readonly<Record<number, number>>;
  leaverRates: Record<number, number>;
  /** Replaces the leaver rate from this year-end on (e.g. IfG's 8.8% from 2022/23). */
  leaverOverride?: { from: number; rate: number };
  /** Share training places by 2015/16 FTE instead of Oct 2025 trainee FTE (sharing-rule sensitivity). */
  traineesByFte?: boolean;
}

interface BacktestResult {
  final: AreaProjection[]; // one row per sub-ICB: the 2024/25 values (years[0] = 2015/16 observed)
  englandFte: number[];
  englandHeadcount: number[];
  inputs: { year: number; places: number; leaverRate: number }[];
}

function runBacktest(options: BacktestOptions): BacktestResult {
  let baseline: AreaBaseline[] = subIcbs.map((a) => ({
    code: a.code,
    fte: at(a.fte, 0),
    headcount: at(a.headcount, 0),
    patientsSeries: [at(a.patients, 0)],
    traineeFte: options.traineesByFte === true ? at(a.fte, 0) : (traineeFte.get(a.code) ?? 0),
  }));
  const tracked = baseline.map((a) => ({ code: a.code, years: [] as AreaProjection['years'][number][] }));
  const englandFte = [at(england.fte, 0)];
  const englandHeadcount = [at(england.headcount, 0)];
  const inputs: BacktestResult['inputs'] = [];

  for (let i = 0; i < LAST; i++) {
    const year = at(YEARS, i);
    const places = options.places[year];
    if (places === undefined) throw new Error(`no training places for ${year}`);
    const override = options.leaverOverride;
    const leaverRate =
      override !== undefined && year + 1 >= override.from ? override.rate : rateFor(options.leaverRates, year + 1);
    const fteSum = baseline.reduce((s, a) => s + a.fte, 0);
    const headSum = baseline.reduce((s, a) => s + a.headcount, 0);
    const nationalFtePerHead = fteSum / headSum;
    const projections = projectWorkforce({
      areas: baseline,
      englandLevers: defaultLeverValues({ trainingPlaces: places, leaverRate, ftePerGp: nationalFtePerHead }),
      ageProfile: AGE_PROFILE_2015,
      nationalFtePerHead,
      fromYear: year,
      toYear: year + 1,
      patientGrowthOverride: null,
    });
    inputs.push({ year: year + 1, places, leaverRate });
    const total = at(sumProjections(projections).years, 1);
    englandFte.push(total.fte);
    englandHeadcount.push(total.headcount);
    baseline = projections.map((p, k) => {
      const next = at(p.years, 1);
      const area = at(subIcbs, k);
      at(tracked, k).years.push(next);
      return {
        code: p.code,
        fte: next.fte,
        headcount: next.headcount,
        patientsSeries: area.patients.slice(0, i + 2), // observed patients, not projected
        traineeFte: at(baseline, k).traineeFte,
      };
    });
  }
  return { final: tracked, englandFte, englandHeadcount, inputs };
}

const finalFte = (result: BacktestResult): Map<string, number> =>
  new Map(result.final.map((p) => [p.code, at(p.years, p.years.length - 1).fte]));

function mape(pairs: { predicted: number; observed: number }[]): number {
  const errors = pairs.map(({ predicted, observed }) => Math.abs(predicted - observed) / observed);
  return errors.reduce((s, e) => s + e, 0) / errors.length;
}

/** Sub-ICB and ICB MAPE of 2024/25 FTE; `scale` multiplies every prediction (1 = as projected). */
function errors(predicted: Map<string, number>, scale = 1): { subIcb: number; icb: number } {
  const subIcb = mape(subIcbs.map((a) => ({ predicted: (predicted.get(a.code) ?? NaN) * scale, observed: at(a.fte, LAST) })));
  const icb = mape(
    icbs.map((icb) => {
      const members = subIcbs.filter((a) => a.parent === icb.code);
      const sum = members.reduce((s, a) => s + (predicted.get(a.code) ?? NaN), 0);
      return { predicted: sum * scale, observed: at(icb.fte, LAST) };
    }),
  );
  return { subIcb, icb };
}

const flowTotal = (result: BacktestResult, key: 'leavers' | 'newGps' | 'international' | 'returners'): number =>
  result.final.reduce((s, p) => s + p.years.reduce((t, row) => t + row[key], 0), 0);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const fmt = (x: number): string => x.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

describe(`back-test: ${FIRST_YEAR - 1}/${String(FIRST_YEAR).slice(2)} to ${LAST_YEAR - 1}/${String(LAST_YEAR).slice(2)} with what happened`, () => {
  const main = runBacktest({ places: PLACES_INTERPOLATED, leaverRates: bulletinLeaverRates() });
  const observedEngland = at(england.fte, LAST);
  const projectedEngland = at(main.englandFte, LAST);
  const englandError = projectedEngland - observedEngland;
  const predicted = finalFte(main);

  it('covers the 106 sub-ICBs with finite, non-negative results every year', () => {
    expect(subIcbs).toHaveLength(106);
    expect(icbs).toHaveLength(42);
    expect(traineeFte.size).toBe(106);
    expect(main.final).toHaveLength(106);
    for (const p of main.final) {
      expect(p.years).toHaveLength(LAST);
      for (const row of p.years) {
        for (const v of [row.fte, row.headcount, row.patients, row.leavers, row.newGps, row.returners]) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
      }
    }
    // the sub-ICBs add up to England at the start, as the data file promises
    expect(subIcbs.reduce((s, a) => s + at(a.fte, 0), 0)).toBeCloseTo(at(england.fte, 0), 0);
  });

  it('projects England 2024/25 FTE within ±15% of what was observed, and prints the errors', () => {
    const { subIcb, icb } = errors(predicted);
    // Error that is left once England's level is right: how well the shares are distributed.
    const levelFree = errors(predicted, observedEngland / projectedEngland);
    // Benchmark: "nothing changes" (2015/16 FTE carried to 2024/25).
    const flat = errors(new Map(subIcbs.map((a) => [a.code, at(a.fte, 0)])));
    const sensitivities = [
      ['places 3,000/3,125/3,250 in 2017-19', runBacktest({ places: PLACES_LOW, leaverRates: bulletinLeaverRates() })],
      ['leaver rate over practice-level FTE', runBacktest({ places: PLACES_INTERPOLATED, leaverRates: practiceLeaverRates() })],
      [
        'leaver rate 8.8% (IfG) from 2022/23',
        runBacktest({
          places: PLACES_INTERPOLATED,
          leaverRates: bulletinLeaverRates(),
          leaverOverride: { from: 2023, rate: 0.088 },
        }),
      ],
    ] as const;

    const byFte = runBacktest({ places: PLACES_INTERPOLATED, leaverRates: bulletinLeaverRates(), traineesByFte: true });
    const byFteErrors = errors(finalFte(byFte));
    const byFteLevelFree = errors(finalFte(byFte), observedEngland / at(byFte.englandFte, LAST));

    console.log(
      [
        'Back-test inputs (year ending: places, leaver rate):',
        ...main.inputs.map((x) => `  ${x.year}: ${Math.round(x.places)}, ${(x.leaverRate * 100).toFixed(2)}%`),
        'England FTE projected vs observed:',
        ...YEARS.map((y, i) => `  ${y}: ${fmt(at(main.englandFte, i))} vs ${fmt(at(england.fte, i))}`),
        `England 2024/25 FTE: projected ${fmt(projectedEngland)}, observed ${fmt(observedEngland)}, ` +
          `error ${englandError >= 0 ? '+' : ''}${fmt(englandError)} (${pct(englandError / observedEngland)})`,
        `England flows 2016/17-2024/25: leavers ${fmt(flowTotal(main, 'leavers'))}, new GPs ${fmt(flowTotal(main, 'newGps'))}, ` +
          `international + returners ${fmt(flowTotal(main, 'international') + flowTotal(main, 'returners'))}`,
        `England 2024/25 headcount: projected ${Math.round(at(main.englandHeadcount, LAST))}, observed ${at(england.headcount, LAST)}`,
        `MAPE 2024/25 FTE: sub-ICB ${pct(subIcb)}, ICB ${pct(icb)}`,
        `MAPE with England's level error removed: sub-ICB ${pct(levelFree.subIcb)}, ICB ${pct(levelFree.icb)}`,
        `MAPE of "no change since 2015/16": sub-ICB ${pct(flat.subIcb)}, ICB ${pct(flat.icb)}`,
        `Training places shared by 2015/16 FTE instead of Oct 2025 trainees: MAPE sub-ICB ${pct(byFteErrors.subIcb)}, ` +
          `ICB ${pct(byFteErrors.icb)}; level removed: sub-ICB ${pct(byFteLevelFree.subIcb)}, ICB ${pct(byFteLevelFree.icb)}`,
        'Sensitivities (England 2024/25 FTE, error):',
        ...sensitivities.map(([label, r]) => {
          const e = at(r.englandFte, LAST) - observedEngland;
          return `  ${label}: ${fmt(at(r.englandFte, LAST))} (${e >= 0 ? '+' : ''}${fmt(e)}, ${pct(e / observedEngland)})`;
        }),
      ].join('\n'),
    );

    expect(Number.isFinite(projectedEngland)).toBe(true);
    expect(Math.abs(englandError / observedEngland)).toBeLessThan(0.15);
    // England is the sum of its sub-ICBs
    expect([...predicted.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(projectedEngland, 6);
    // loose sanity on the local errors: finite, and not wildly off
    for (const e of [subIcb, icb]) {
      expect(Number.isFinite(e)).toBe(true);
      expect(e).toBeLessThan(0.5);
    }
  });
});
