// The need-weighted, wider-team and change-per-patient metrics, worked by hand; the under-doctored flag on each
// patient basis (by hand, and on the real data: Knowsley, and the 21 / 33 sub-ICBs of issue 9 in 2024/25).
import { describe, it, expect } from 'vitest';
import {
  isEstimate,
  metricConfig,
  metricRange,
  metricValue,
  METRIC_GROUPS,
  METRICS,
  type MetricKey,
  type WorkforceSeries,
} from '../../src/figures/metrics';
import { levelRows } from '../../src/figures/level-rows';
import { figureNotes, flagNotes, metricNotes } from '../../src/figures/metric-notes';
import { metricCounts } from '../../src/figures/metric-basis';
import { buildDataset } from '../../src/data/dataset';
import { realFiles } from '../support/real-data';

// A: 2016 (base): 40 GP FTE, 100,000 registered, 120,000 need-weighted patients; 10 locum/registrar FTE, 30 nurse
// FTE, 20 DPC FTE. 2017: 45 GP FTE, 90,000 registered, 100,000 weighted (estimated), 15 locum, 27 nurse, 36 DPC.
// 2018: projected, 50 FTE (80% range 48 to 53) for 100,000 registered patients; the team is not projected.
const series: WorkforceSeries = {
  years: [2016, 2017, 2018],
  estimated: { weightedPatients: [2017] },
  byArea: new Map([
    [
      'A',
      {
        fte: [40, 45, 50],
        patients: [100_000, 90_000, 100_000],
        fteLow: [null, null, 48],
        fteHigh: [null, null, 53],
        weightedPatients: [120_000, 100_000, 125_000],
        locumTraineeFte: [10, 15, null],
        nurseFte: [30, 27, null],
        dpcFte: [20, 36, null],
      },
    ],
    // B: an areas file without the team (written before issue 9).
    ['B', { fte: [10, 10, 10], patients: [10_000, 10_000, 10_000] }],
  ]),
};
const value = (metric: MetricKey, year = 2017, base = 2016, code = 'A') => metricValue(series, code, metric, year, base);

describe('need-weighted metrics', () => {
  it('GP FTE per 100,000 need-weighted patients: 40 / 120,000 × 100,000 = 33.33…', () => {
    expect(value('ftePerWeighted100k', 2016)).toBeCloseTo(33.3333, 4);
    // 2017: 45 / 100,000 × 100,000 = 45
    expect(value('ftePerWeighted100k')).toBeCloseTo(45, 10);
  });

  it('need-weighted patients per GP FTE: 120,000 / 40 = 3,000', () => {
    expect(value('weightedPerFte', 2016)).toBe(3_000);
  });

  it('in a projected year, divides the FTE range by the projected weighted patients', () => {
    // 50 / 125,000 × 100,000 = 40; range 48 / 125,000 × 100,000 = 38.4 to 53 / 125,000 × 100,000 = 42.4
    expect(value('ftePerWeighted100k', 2018)).toBeCloseTo(40, 10);
    const range = metricRange(series, 'A', 'ftePerWeighted100k', 2018, 2016);
    expect(range?.low).toBeCloseTo(38.4, 10);
    expect(range?.high).toBeCloseTo(42.4, 10);
    // Patients per FTE runs the other way: 125,000 / 53 = 2,358.49 to 125,000 / 48 = 2,604.17
    const perFte = metricRange(series, 'A', 'weightedPerFte', 2018, 2016);
    expect(perFte?.low).toBeCloseTo(2358.49, 2);
    expect(perFte?.high).toBeCloseTo(2604.17, 2);
  });

  it('marks need-weighted values in an estimated year, and nothing else', () => {
    expect(isEstimate(series, 'ftePerWeighted100k', 2017)).toBe(true);
    expect(isEstimate(series, 'weightedPerFte', 2017)).toBe(true);
    expect(isEstimate(series, 'ftePerWeighted100k', 2016)).toBe(false);
    expect(isEstimate(series, 'ftePer100k', 2017)).toBe(false);
  });
});

describe('wider-team metrics', () => {
  it('all GPs = qualified + locums and registrars: 45 + 15 = 60 FTE; per 100,000: 60 / 90,000 × 100,000 = 66.67', () => {
    expect(value('allGpFte')).toBe(60);
    expect(value('allGpPer100k')).toBeCloseTo(66.6667, 4);
  });

  it('practice nurses: 27 FTE, 27 / 90,000 × 100,000 = 30; direct patient care: 36 FTE, 40 per 100,000', () => {
    expect(value('nurseFte')).toBe(27);
    expect(value('nursePer100k')).toBeCloseTo(30, 10);
    expect(value('dpcFte')).toBe(36);
    expect(value('dpcPer100k')).toBeCloseTo(40, 10);
  });

  it('is recorded years only: no value and no range in a projected year', () => {
    for (const key of ['allGpFte', 'allGpPer100k', 'nurseFte', 'nursePer100k', 'dpcFte', 'dpcPer100k'] as const) {
      expect(value(key, 2018)).toBeNull();
      expect(metricRange(series, 'A', key, 2018, 2016)).toBeNull();
      expect(metricConfig(key).projected).toBe(false);
    }
  });

  it('an areas file without the team gives null, not zero', () => {
    expect(value('nurseFte', 2017, 2016, 'B')).toBeNull();
    expect(value('allGpFte', 2017, 2016, 'B')).toBeNull();
    expect(value('ftePerWeighted100k', 2017, 2016, 'B')).toBeNull();
  });
});

describe('change in GP FTE per 100,000 patients since the base year', () => {
  it('per 100,000: 2016 40 / 100,000 → 40; 2017 45 / 90,000 → 50; change +10, +25%', () => {
    expect(value('changePer100k')).toBeCloseTo(10, 10);
    expect(value('changePer100kPct')).toBeCloseTo(25, 10);
    // Beside the FTE change: 45 - 40 = +5 FTE, +12.5%.
    expect(value('changeFte')).toBe(5);
    expect(value('changePct')).toBe(12.5);
  });

  it('in a projected year, from the FTE range: 48 and 53 per 100,000 less 40 = +8 to +13 (+20% to +32.5%)', () => {
    expect(value('changePer100k', 2018)).toBeCloseTo(10, 10); // 50 - 40
    const abs = metricRange(series, 'A', 'changePer100k', 2018, 2016);
    expect(abs?.low).toBeCloseTo(8, 10);
    expect(abs?.high).toBeCloseTo(13, 10);
    const pct = metricRange(series, 'A', 'changePer100kPct', 2018, 2016);
    expect(pct?.low).toBeCloseTo(20, 10);
    expect(pct?.high).toBeCloseTo(32.5, 10);
  });

  it('against a base year with no figures gives null', () => {
    expect(value('changePer100k', 2017, 2010)).toBeNull();
  });
});

describe('metric configs', () => {
  it('every metric is in one of the four groups, each group has metrics, and every metric says what it counts', () => {
    for (const g of METRIC_GROUPS) expect(METRICS.some((m) => m.group === g.key)).toBe(true);
    expect(metricCounts(metricConfig('ftePerWeighted100k'))).toBe(
      'Counts qualified permanent GPs (partners, salaried GPs and retainers; not locums or registrars), per 100,000 need-weighted (Carr-Hill) patients.',
    );
    expect(metricCounts(metricConfig('nurseFte'))).toBe('Counts practice nurses (all nurse roles).');
    expect(metricCounts(metricConfig('allGpFte'))).toMatch(/plus locums and registrars/);
  });

  it('notes say "recorded years only" for the team in a projected year, the estimate rule in 2023/24, the projection rule after', () => {
    const ctx = (year: number) => ({ year, lastDataYear: 2025, estimatedWeightedYears: [2024] });
    expect(metricNotes(metricConfig('nurseFte'), ctx(2030)).join(' ')).toMatch(/^Counts practice nurses.*Recorded years only/);
    expect(metricNotes(metricConfig('nurseFte'), ctx(2025)).join(' ')).not.toMatch(/Recorded years only/);
    expect(metricNotes(metricConfig('ftePerWeighted100k'), ctx(2024)).join(' ')).toMatch(
      /2023\/24 need-weighted patients are estimates \(est\.\)/,
    );
    expect(metricNotes(metricConfig('ftePerWeighted100k'), ctx(2030)).join(' ')).toMatch(
      /latest recorded weighted ÷ registered ratio/,
    );
    expect(flagNotes('weighted', ctx(2025), { flagged: 33, of: 106 })[0]).toBe(
      "Under-doctored: fewer than 90% of England's qualified permanent GP FTE per 100,000 need-weighted (Carr-Hill) patients in 2024/25, the latest recorded year, in every year shown: an area is flagged only when its own figure is below that line. 33 of 106 areas are flagged.",
    );
    // The estimate rule is said once even when both the metric and the flag are need-weighted.
    const notes = figureNotes(metricConfig('ftePerWeighted100k'), 'weighted', ctx(2024));
    expect(notes.filter((n) => n.startsWith('2023/24'))).toHaveLength(1);
  });
});

describe('the under-doctored flag on each basis', () => {
  // England 100 FTE: 100,000 registered (100 per 100k, line 90), 100,000 weighted (line 90).
  // P: 46 FTE for 50,000 registered (92 per 100k: not flagged) but 60,000 weighted (76.7: flagged).
  // Q: 43 FTE for 50,000 registered (86: flagged) but 40,000 weighted (107.5: not flagged).
  const small: WorkforceSeries = {
    years: [2025],
    byArea: new Map([
      ['ENG', { fte: [100], patients: [100_000], weightedPatients: [100_000] }],
      ['P', { fte: [46], patients: [50_000], weightedPatients: [60_000] }],
      ['Q', { fte: [43], patients: [50_000], weightedPatients: [40_000] }],
    ]),
  };
  const areas = [
    { code: 'P', name: 'P' },
    { code: 'Q', name: 'Q' },
  ];
  const flags = (basis: 'registered' | 'weighted') =>
    levelRows({ areas, series: small, metric: 'fte', year: 2025, baseYear: 2025, englandCode: 'ENG', basis, flagYear: 2025 }).map(
      (r) => [r.code, r.underDoctored, Number(r.flagPer100k?.toFixed(1))],
    );

  it('registered: Q flagged (86 < 90), P not (92)', () => {
    expect(flags('registered')).toEqual([
      ['P', false, 92],
      ['Q', true, 86],
    ]);
  });

  it('need-weighted: P flagged (76.7 < 90), Q not (107.5)', () => {
    expect(flags('weighted')).toEqual([
      ['P', true, 76.7],
      ['Q', false, 107.5],
    ]);
  });

  it('on the real data in 2024/25: 21 sub-ICBs flagged on registered patients, 33 on need-weighted; Knowsley only on need-weighted', () => {
    const dataset = buildDataset(realFiles().areas);
    const rows = (basis: 'registered' | 'weighted') =>
      levelRows({
        areas: dataset.atLevel.subicb,
        series: dataset.history,
        metric: 'ftePer100k',
        year: 2025,
        baseYear: 2016,
        englandCode: 'ENG',
        basis,
        flagYear: 2025,
      });
    const registered = rows('registered');
    const weighted = rows('weighted');
    expect(registered.filter((r) => r.underDoctored)).toHaveLength(21);
    expect(weighted.filter((r) => r.underDoctored)).toHaveLength(33);
    // Knowsley (01J) 2024/25: 70.3 FTE, 173,187 registered, 197,461 weighted patients; England 27,076.7 FTE for
    // 63,554,992 registered (42.60 per 100k, line 38.34) and 63,600,493 weighted (42.57, line 38.32).
    // 70.3 / 173,187 × 100,000 = 40.59 (not flagged); 70.3 / 197,461 × 100,000 = 35.60 (flagged).
    const knowsley = (list: typeof registered) => list.find((r) => r.code === '01J');
    expect(knowsley(registered)?.flagPer100k).toBeCloseTo(40.59, 2);
    expect(knowsley(registered)?.underDoctored).toBe(false);
    expect(knowsley(weighted)?.flagPer100k).toBeCloseTo(35.6, 2);
    expect(knowsley(weighted)?.underDoctored).toBe(true);
  });
});
