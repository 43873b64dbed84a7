// Demand on the chosen patients basis, worked by hand: the headline's per-100,000 figure, the target, the FTE needed
// and the gap on registered and on need-weighted patients; the trend chart's measure; and "What would it take?" on
// the need-weighted basis with the real projection function (the model fixtures).
import { describe, it, expect } from 'vitest';
import { headlineFigures, targetMeaning } from '../../src/figures/headline-figures';
import { patientsOnBasis, per100kLabel, per100kUnit } from '../../src/figures/demand-basis';
import { PER_100K_METRIC } from '../../src/figures/metrics';
import { demandAt } from '../../src/features/levers/goal-seek-run';
import { buildTrendRows, columnKey } from '../../src/figures/trend-series';
import { trendMeasure } from '../../src/figures/trend-measure';
import { figureBasis, FIGURE_BASIS } from '../../src/lib/attribution';
import type { WorkforceSeries } from '../../src/figures/metrics';
import type { AreaSeries } from '../../src/data/series';
import { childCodesByParent, fteForRate, ftePer100k } from '../../src/model';
import { goalSeek } from '../../src/model/goal-seek';
import { prepareProjection } from '../../src/model/prepare';
import { projectScenario } from '../../src/model/project-scenario';
import { scopeLeverConfig } from '../../src/model/scenario';
import { AREAS, DATA, DEFAULT_CHOICES, YEARS } from '../model/fixtures';
import { fyLabel } from '../../src/lib/years';

// Years 2016 (recorded, the hold year), 2025 (recorded), 2036 (projected, 80% range of FTE 36 to 44).
// A: 50 / 44 / 40 GP FTE for 100,000 / 110,000 / 125,000 registered patients; need-weighted patients 1.1 × registered
//    in every year: 110,000 / 121,000 / 137,500.
// B: the same FTE and registered patients; need-weighted = registered in 2016 (ratio 1.0), 1.1 × from 2025 on.
const registered = [100_000, 110_000, 125_000];
const area = (weighted: number[]): AreaSeries => ({
  fte: [50, 44, 40],
  patients: registered,
  fteLow: [null, null, 36],
  fteHigh: [null, null, 44],
  weightedPatients: weighted,
});
const series: WorkforceSeries = {
  years: [2016, 2025, 2036],
  byArea: new Map([
    ['A', area([110_000, 121_000, 137_500])],
    ['B', area([100_000, 121_000, 137_500])],
  ]),
};
const headline = (code: string, basis: 'registered' | 'weighted', target: Parameters<typeof headlineFigures>[0]['target']) =>
  headlineFigures({ series, trendSeries: series, code, year: 2036, baseYear: 2016, target, basis });

describe('the headline on each patients basis', () => {
  it('registered stays the default: the same figures as before the basis existed', () => {
    const byDefault = headlineFigures({
      series,
      trendSeries: series,
      code: 'A',
      year: 2036,
      baseYear: 2016,
      target: { kind: 'hold', year: 2016 },
    });
    expect(byDefault).toEqual(headline('A', 'registered', { kind: 'hold', year: 2016 }));
    // 40 / 125,000 × 100,000 = 32; hold 2016's 50 / 100,000 × 100,000 = 50: 50 × 125,000 / 100,000 = 62.5 FTE, gap 22.5
    expect(byDefault.per100k).toBeCloseTo(32, 12);
    expect(byDefault.targetPer100k).toBeCloseTo(50, 12);
    expect(byDefault.gapFte).toBeCloseTo(22.5, 12);
    expect(byDefault.gapHoursPerWeek).toBeCloseTo(22.5 * 37.5, 9);
  });

  it('an area with weighted ÷ registered = 1.1: per 100,000 is the registered figure ÷ 1.1', () => {
    // 40 / 137,500 × 100,000 = 29.0909… = 32 / 1.1
    const weighted = headline('A', 'weighted', { kind: 'value', ftePer100k: 35 });
    expect(weighted.per100k).toBeCloseTo(32 / 1.1, 12);
    expect(weighted.per100k).toBeCloseTo(29.090909, 5);
    // FTE and its change do not depend on the basis.
    const reg = headline('A', 'registered', { kind: 'value', ftePer100k: 35 });
    expect(weighted.fte).toBe(reg.fte);
    expect(weighted.changeFromBase).toBe(reg.changeFromBase);
  });

  it('a number target: the FTE needed is exactly 1.1 × the registered basis’s', () => {
    // registered: 35 × 125,000 / 100,000 = 43.75 FTE needed, gap 43.75 − 40 = 3.75
    // weighted:   35 × 137,500 / 100,000 = 48.125 FTE needed (= 1.1 × 43.75), gap 8.125
    const reg = headline('A', 'registered', { kind: 'value', ftePer100k: 35 });
    const weighted = headline('A', 'weighted', { kind: 'value', ftePer100k: 35 });
    expect(reg.gapFte).toBeCloseTo(3.75, 12);
    expect(weighted.gapFte).toBeCloseTo(8.125, 12);
    expect((weighted.gapFte ?? 0) + 40).toBeCloseTo(1.1 * ((reg.gapFte ?? 0) + 40), 12);
  });

  it('holding a past rate: the same FTE when the ratio has not moved, 1.1 × when it rose from 1.0 to 1.1', () => {
    // A (1.1 in 2016 too): weighted 2016 rate 50 / 110,000 × 100,000 = 45.4545…; × 137,500 / 100,000 = 62.5 FTE, as registered
    const aReg = headline('A', 'registered', { kind: 'hold', year: 2016 });
    const aWeighted = headline('A', 'weighted', { kind: 'hold', year: 2016 });
    expect(aWeighted.targetPer100k).toBeCloseTo(50 / 1.1, 12);
    expect(aWeighted.gapFte).toBeCloseTo(aReg.gapFte ?? Number.NaN, 12);
    // B (1.0 in 2016): weighted 2016 rate 50; 50 × 137,500 / 100,000 = 68.75 FTE = 1.1 × 62.5, gap 28.75
    const bWeighted = headline('B', 'weighted', { kind: 'hold', year: 2016 });
    expect(bWeighted.targetPer100k).toBeCloseTo(50, 12);
    expect(bWeighted.gapFte).toBeCloseTo(28.75, 12);
    expect((bWeighted.gapFte ?? 0) + 40).toBeCloseTo(1.1 * 62.5, 12);
  });

  it('the model’s rate functions are inverses on either basis', () => {
    expect(fteForRate(35, 137_500)).toBeCloseTo(48.125, 12);
    expect(ftePer100k(fteForRate(35, 137_500), 137_500)).toBeCloseTo(35, 12);
    expect(patientsOnBasis(series, 'A', 2036, 'weighted')).toBe(137_500);
    expect(patientsOnBasis(series, 'A', 2036, 'registered')).toBe(125_000);
    expect(patientsOnBasis(series, 'Z', 2036, 'registered')).toBeNull();
  });

  it('every label says which patients', () => {
    expect(per100kLabel('registered')).toBe('GP FTE per 100,000 patients');
    expect(per100kLabel('weighted')).toBe('GP FTE per 100,000 need-weighted patients');
    expect(per100kUnit('weighted')).toBe('FTE per 100,000 need-weighted patients');
    expect(PER_100K_METRIC).toEqual({ registered: 'ftePer100k', weighted: 'ftePerWeighted100k' });
    expect(
      targetMeaning({
        target: { kind: 'hold', year: 2016 },
        targetPer100k: 50,
        year: 2036,
        yearLabel: fyLabel,
        basis: 'weighted',
      }),
    ).toBe('Target: hold GP FTE per 100,000 need-weighted patients at the 2015/16 level (50.0) in 2035/36');
    expect(
      targetMeaning({
        target: { kind: 'hold', year: 2024 },
        targetPer100k: 41.23,
        year: 2036,
        yearLabel: fyLabel,
        basis: 'weighted',
        estimateMark: 'est.',
      }),
    ).toBe('Target: hold GP FTE per 100,000 need-weighted patients at the 2023/24 level (41.2 est.) in 2035/36');
    expect(
      targetMeaning({
        target: { kind: 'value', ftePer100k: 35 },
        targetPer100k: 35,
        year: 2036,
        yearLabel: fyLabel,
        basis: 'weighted',
      }),
    ).toBe('Target: 35.0 GP FTE per 100,000 need-weighted patients in 2035/36 (a number set for this view)');
    expect(figureBasis('need-weighted (Carr-Hill) patients')).toContain('per 100,000 need-weighted (Carr-Hill) patients.');
    expect(FIGURE_BASIS).toContain('per 100,000 registered patients.');
  });
});

describe('the trend chart on each basis', () => {
  it('per 100,000 follows the basis (and names it); FTE does not', () => {
    const rows = (basis?: 'registered' | 'weighted', mode: 'ftePer100k' | 'fte' = 'ftePer100k') =>
      buildTrendRows({
        years: series.years,
        codes: ['A'],
        sources: [{ key: 'scenario', label: 'Scenario', series }],
        mode,
        basis,
      });
    const key = columnKey('A', 'scenario');
    // 2036: 32.0 registered, 29.1 need-weighted (rounded to 1 decimal); the 80% range 36 / 137,500 and 44 / 137,500
    expect(rows().map((r) => r[key])).toEqual([50, 40, 32]);
    expect(rows('weighted').map((r) => r[key])).toEqual([45.5, 36.4, 29.1]);
    expect(rows('weighted')[2]?.[`${key}|range`]).toEqual([26.2, 32]);
    expect(rows('weighted', 'fte').map((r) => r[key])).toEqual(rows('registered', 'fte').map((r) => r[key]));
    expect(trendMeasure('ftePer100k', 2016, 'weighted')).toEqual({
      label: 'GP FTE per 100,000 need-weighted patients',
      unit: 'FTE per 100,000 need-weighted patients',
    });
    expect(trendMeasure('ftePer100k', 2016)).toEqual({ label: 'GP FTE per 100,000 patients', unit: 'FTE per 100,000 patients' });
  });
});

describe('"What would it take?" on the need-weighted basis (the real projection function)', () => {
  // The model fixtures' history with need-weighted patients: A1 1.1 × registered, A2 0.9 ×, B1 1.0 × in every year;
  // ICBs, the region and England are the sums (as the pipeline writes them).
  const RATIO: Record<string, number> = { A1: 1.1, A2: 0.9, B1: 1.0 };
  const subIcbs = AREAS.filter((a) => a.level === 'subicb');
  const subIcbsIn = (code: string) => subIcbs.filter((s) => s.parent === code || code === 'R' || code === 'ENG');
  const weightedOf = (code: string): number[] => {
    const own = subIcbs.find((s) => s.code === code);
    if (own) return own.patients.map((p) => p * (RATIO[code] ?? 1));
    const parts = subIcbsIn(code).map((s) => weightedOf(s.code));
    return YEARS.map((_, i) => parts.reduce((sum, p) => sum + (p[i] ?? 0), 0));
  };
  const history: WorkforceSeries = {
    years: YEARS,
    childrenOf: childCodesByParent(AREAS),
    byArea: new Map(
      AREAS.map((a) => [a.code, { fte: a.fte, patients: a.patients, weightedPatients: weightedOf(a.code) } satisfies AreaSeries]),
    ),
  };
  const prepared = prepareProjection(DATA);
  const places = scopeLeverConfig(prepared, 'ENG', 'trainingPlaces');
  const run = (code: string, metric: 'ftePer100k' | 'ftePerWeighted100k') => (trainingPlaces: number) =>
    demandAt({
      history,
      projection: projectScenario(prepared, { ...DEFAULT_CHOICES, englandLevers: { trainingPlaces } }),
      code,
      year: 2031,
      metric,
    });

  it('the fixture’s weighted totals add up: England 1.1 × 30m + 0.9 × 20m + 10m = 61m in 2024/25', () => {
    expect(history.byArea.get('ENG')?.weightedPatients?.[4]).toBeCloseTo(61_000_000, 3);
    expect(history.byArea.get('A')?.weightedPatients?.[4]).toBeCloseTo(51_000_000, 3);
  });

  it('a sub-ICB with ratio 1.1: its projected need-weighted rate is its registered rate ÷ 1.1 at every lever value', () => {
    for (const value of [2000, 4032, 8000])
      expect(run('A1', 'ftePerWeighted100k')(value)).toBeCloseTo(run('A1', 'ftePer100k')(value) / 1.1, 10);
  });

  it('finds the same training places for a need-weighted target X as for a registered target 1.1 × X', () => {
    const atDefault = run('A1', 'ftePerWeighted100k')(4032);
    // A target a little above what default places give in 2030/31 (the 2026 intake has qualified by then).
    const target = atDefault + 0.5;
    const weighted = goalSeek({ run: run('A1', 'ftePerWeighted100k'), target, lever: places, tolerance: 0.001 });
    const registeredEquivalent = goalSeek({
      run: run('A1', 'ftePer100k'),
      target: 1.1 * target,
      lever: places,
      tolerance: 0.0011,
    });
    expect(weighted.status).toBe('found');
    expect(registeredEquivalent.status).toBe('found');
    if (weighted.status !== 'found' || registeredEquivalent.status !== 'found') return;
    expect(weighted.value).toBe(registeredEquivalent.value);
    expect(weighted.result).toBeCloseTo(registeredEquivalent.result / 1.1, 10);
    expect(weighted.result).toBeGreaterThanOrEqual(target - 0.001);
    // The same number read as a registered target asks for fewer places: 1.1 × the rate is harder to reach.
    const registeredSameNumber = goalSeek({ run: run('A1', 'ftePer100k'), target, lever: places, tolerance: 0.001 });
    expect(registeredSameNumber.status).toBe('met');
  });
});
