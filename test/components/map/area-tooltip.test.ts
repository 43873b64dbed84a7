// An area's map tooltip: year, value with its unit once, range when projected, FTE, patients, rank, flag, change.
import { describe, it, expect } from 'vitest';
import { areaAccessibleName, areaTooltipLines } from '../../../src/components/map/area-tooltip';
import { levelRows } from '../../../src/figures/level-rows';
import { metricConfig, type MetricKey, type WorkforceSeries } from '../../../src/figures/metrics';

// England: 56 FTE per 100,000 in 2017 (the line is 50.4); 2018 is projected with an 80% range of FTE.
const series: WorkforceSeries = {
  years: [2016, 2017, 2018],
  byArea: new Map([
    ['ENG', { fte: [300, 280, 260], patients: [500_000, 500_000, 500_000] }],
    ['A', { fte: [60, 48, 45], patients: [100_000, 100_000, 100_000], fteLow: [null, null, 40], fteHigh: [null, null, 50] }],
    ['B', { fte: [50, 55, 56], patients: [100_000, 100_000, 100_000] }],
  ]),
};
const areas = [
  { code: 'A', name: 'Alpha' },
  { code: 'B', name: 'Beta' },
];

function lines(code: string, metricKey: MetricKey, year: number) {
  // The flag's line is England's rate in the latest recorded year (2016/17 here), as the tooltip's lastDataYear says.
  const rows = levelRows({ areas, series, metric: metricKey, year, baseYear: 2016, englandCode: 'ENG', flagYear: 2017 });
  return areaTooltipLines({
    name: code === 'A' ? 'Alpha' : 'Beta',
    row: rows.find((r) => r.code === code),
    areaCount: rows.length,
    metric: metricConfig(metricKey),
    series,
    year,
    baseYear: 2016,
    lastDataYear: 2017,
    englandCode: 'ENG',
  });
}

describe('areaTooltipLines', () => {
  it('gives the year, value with its unit once, FTE, patients, rank, flag and named change', () => {
    expect(lines('A', 'ftePer100k', 2017)).toEqual([
      'Alpha',
      '2016/17',
      'GP FTE per 100,000 patients: 48.0',
      'Staff: qualified permanent GPs; patients: registered',
      'GP FTE: 48.0',
      'Patients: 100,000 registered',
      'Rank 2 of 2 (1 = highest)',
      // 48 < 0.9 × 56 = 50.4
      'Under-doctored: GP FTE per 100,000 registered patients below 90% of England in 2016/17 (50.4)',
      // 48 − 60 = −12; −12 / 60 = −20%
      'Change since 2015/16: −12.0 GP FTE (−20.0%)',
    ]);
    expect(lines('B', 'ftePer100k', 2017)).toContain(
      'Not under-doctored (90% of England in 2016/17: 50.4 GP FTE per 100,000 registered patients)',
    );
  });

  it('names the base year and says % once on a change metric', () => {
    expect(lines('B', 'changePct', 2017)[2]).toBe('Change in GP FTE since 2015/16: +10.0%');
  });

  it('gives a projected year its 80% range', () => {
    const projected = lines('A', 'ftePer100k', 2018);
    expect(projected[1]).toBe('2017/18 (projected)');
    // 40 and 50 FTE over 100,000 patients
    expect(projected).toContain('80% range: 40.0 to 50.0');
  });

  it('does not repeat FTE on the FTE metric, and says "no data" for an area without a value', () => {
    expect(lines('A', 'fte', 2017).filter((l) => l.startsWith('GP FTE'))).toEqual(['GP FTE: 48.0']);
    expect(
      areaTooltipLines({
        name: 'Nowhere',
        row: undefined,
        areaCount: 2,
        metric: metricConfig('fte'),
        series,
        year: 2017,
        baseYear: 2016,
        lastDataYear: 2017,
        englandCode: 'ENG',
      }),
    ).toEqual(['Nowhere', '2016/17', 'GP FTE: no data', 'Staff: qualified permanent GPs']);
  });

  it('flags on need-weighted patients when that basis is chosen, and marks an estimated year', () => {
    // Need-weighted: England 280 FTE / 400,000 = 70 per 100,000, the line 63; Beta 55 / 80,000 = 68.75 (not
    // flagged), Alpha 48 / 100,000 = 48 (flagged). 2017 is an estimated year of weighted patients.
    const weighted: WorkforceSeries = {
      years: series.years,
      estimated: { weightedPatients: [2017] },
      byArea: new Map(
        [...series.byArea].map(([code, a]) => [
          code,
          {
            ...a,
            weightedPatients:
              code === 'ENG'
                ? [400_000, 400_000, 400_000]
                : code === 'B'
                  ? [80_000, 80_000, 80_000]
                  : [100_000, 100_000, 100_000],
          },
        ]),
      ),
    };
    const rows = levelRows({
      areas,
      series: weighted,
      metric: 'ftePerWeighted100k',
      year: 2017,
      baseYear: 2016,
      englandCode: 'ENG',
      basis: 'weighted',
      flagYear: 2017,
    });
    const tip = (code: string) =>
      areaTooltipLines({
        name: code,
        row: rows.find((r) => r.code === code),
        areaCount: rows.length,
        metric: metricConfig('ftePerWeighted100k'),
        series: weighted,
        year: 2017,
        baseYear: 2016,
        lastDataYear: 2017,
        englandCode: 'ENG',
        basis: 'weighted',
      });
    expect(tip('B')).toContain('Not under-doctored (90% of England in 2016/17: 63.0 GP FTE per 100,000 need-weighted patients)');
    expect(tip('A')).toContain(
      'Under-doctored: GP FTE per 100,000 need-weighted patients below 90% of England in 2016/17 (63.0)',
    );
    expect(tip('A')[2]).toMatch(/: 48\.0 est\.$/);
  });
});

describe('areaAccessibleName', () => {
  const row = (code: string, metricKey: MetricKey, year: number) =>
    levelRows({ areas, series, metric: metricKey, year, baseYear: 2016, englandCode: 'ENG', flagYear: 2017 }).find(
      (r) => r.code === code,
    );
  const name = (areaName: string, code: string, metricKey: MetricKey, year: number) =>
    areaAccessibleName({ name: areaName, row: row(code, metricKey, year), metric: metricConfig(metricKey), baseYear: 2016 });

  it('names a sub-ICB by its place, with the value in words and the flag', () => {
    // A in 2017: 48 ÷ 100,000 × 100,000 = 48.0 per 100,000; England 280 ÷ 500,000 × 100,000 = 56, 90% = 50.4 > 48: flagged.
    expect(name('NHS Mid and South Essex ICB - 07G Thurrock', 'A', 'ftePer100k', 2017)).toBe(
      'Thurrock: 48.0 GP FTE per 100,000 patients, under-doctored',
    );
    // B in 2017: 55.0 ≥ 50.4: not flagged; an ICB without the "NHS " and " ICB" every ICB has.
    expect(name('NHS Kent and Medway ICB', 'B', 'ftePer100k', 2017)).toBe('Kent and Medway: 55.0 GP FTE per 100,000 patients');
  });

  it('reads a change metric with its base year, signed, and a count in its unit', () => {
    // A: 48 − 60 = −12.0 GP FTE since 2015/16; −12 ÷ 60 = −20.0%. The flag is the area's whatever the metric.
    expect(name('Alpha', 'A', 'changeFte', 2017)).toBe('Alpha: change in GP FTE since 2015/16 −12.0, under-doctored');
    expect(name('Alpha', 'A', 'changePct', 2017)).toBe('Alpha: change in GP FTE since 2015/16 −20.0%, under-doctored');
    expect(name('Beta', 'B', 'fte', 2017)).toBe('Beta: 55.0 GP FTE');
    // 100,000 ÷ 55 = 1,818 patients per GP FTE.
    expect(name('Beta', 'B', 'patientsPerFte', 2017)).toBe('Beta: 1,818 patients per GP FTE');
  });

  it('says "no data" for an area without a value', () => {
    expect(areaAccessibleName({ name: 'Gamma', row: undefined, metric: metricConfig('ftePer100k'), baseYear: 2016 })).toBe(
      'Gamma: no data',
    );
  });
});
