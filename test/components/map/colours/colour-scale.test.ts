// Colours that can be compared: the same breaks for every year (or today's only), the under-doctored threshold
// as a class of its own, and the legend's words for both.
import { describe, it, expect } from 'vitest';
import { colourFor, DIFFERENCE_PALETTE, legendLabels, SEQUENTIAL_PALETTE } from '../../../../src/components/map/colours/bins';
import {
  FLAG_COLOUR,
  flagThreshold,
  scaleNote,
  valuesInEveryYear,
  withFlagClass,
} from '../../../../src/components/map/colours/colour-scale';
import { levelRows } from '../../../../src/figures/level-rows';
import { mapScale, mapPanelTitle, mapValueFormatter } from '../../../../src/components/map/colours/map-figure';
import { metricConfig, type AreaSeries, type MetricKey, type WorkforceSeries } from '../../../../src/figures/metrics';

// Every area has 100,000 patients, so FTE per 100,000 equals FTE. Each area loses 4 FTE a year; England
// (500,000 patients) has 300, 280, 260 FTE: 60, 56, 52 per 100,000, so the 90% line is 54, 50.4, 46.8.
const years = [2016, 2017, 2018];
const start: Record<string, number> = { A: 70, B: 65, C: 60, D: 55, E: 50 };
const series: WorkforceSeries = {
  years,
  byArea: new Map<string, AreaSeries>([
    ['ENG', { fte: [300, 280, 260], patients: [500_000, 500_000, 500_000] }],
    ...Object.entries(start).map(([code, fte]): [string, AreaSeries] => [
      code,
      { fte: [fte, fte - 4, fte - 8], patients: [1e5, 1e5, 1e5] },
    ]),
  ]),
};
const areas = Object.keys(start).map((code) => ({ code, name: `Area ${code}` }));
const [c0, c1, c2, c3, c4] = SEQUENTIAL_PALETTE;

/** The scale in `year`, the under-doctored line drawn at England's rate in `flagYear` (the app: the latest recorded). */
function scale(metricKey: MetricKey, year: number, sameScale: boolean, flagYear = year, on: WorkforceSeries = series) {
  const metric = metricConfig(metricKey);
  const rows = levelRows({ areas, series: on, metric: metricKey, year, baseYear: 2016, englandCode: 'ENG', flagYear });
  return { rows, ...mapScale({ rows, metric, series: on, year, baseYear: 2016, sameScale, englandCode: 'ENG', flagYear }) };
}

describe('the same colour scale for every year', () => {
  it('pools every year of the level and metric', () => {
    const values = valuesInEveryYear({ codes: ['A', 'E'], series, metric: 'fte', baseYear: 2016 });
    expect(values.sort((a, b) => a - b)).toEqual([42, 46, 50, 62, 66, 70]);
  });

  it('gives breaks worked by hand, identical in every year when on', () => {
    // The 15 values sorted: 42 46 47 50 51 52 55 56 57 60 61 62 65 66 70. Quantile p at h = 14p:
    // 0.2 → 47 + 0.8 × 3 = 49.4 → 49; 0.4 → 52 + 0.6 × 3 = 53.8 → 54; 0.6 → 57 + 0.4 × 3 = 58.2 → 58;
    // 0.8 → 62 + 0.2 × 3 = 62.6 → 63 (two significant figures).
    for (const year of years) expect(scale('fte', year, true).bins.breaks).toEqual([49, 54, 58, 63]);
  });

  it("differ from year to year when off (each year's own quantiles)", () => {
    // 2016: 50 55 60 65 70 → 54, 58, 62, 66; 2017 is 4 lower throughout.
    expect(scale('fte', 2016, false).bins.breaks).toEqual([54, 58, 62, 66]);
    expect(scale('fte', 2017, false).bins.breaks).toEqual([50, 54, 58, 62]);
  });

  it('shows a declining area changing class as the years play (and not when off)', () => {
    const colourOf = (code: string, year: number, same: boolean) => scale('fte', year, same).colourByCode.get(code);
    // C: 60, 56, 52 against breaks 49, 54, 58, 63.
    expect(years.map((y) => colourOf('C', y, true))).toEqual([c3, c2, c1]);
    // Off, every year's quantiles move with the decline, so C keeps its class.
    expect(years.map((y) => colourOf('C', y, false))).toEqual([c2, c2, c2]);
  });

  it('says which years the breaks come from', () => {
    expect(scale('fte', 2017, true).note).toBe('Same scale for 2015/16–2017/18');
    expect(scale('fte', 2017, false).note).toBe('Scale for 2016/17 only');
    expect(scaleNote({ sameScale: true, years: [2016], year: 2016 })).toBe('Scale for 2015/16 only');
  });
});

describe('a bulletin month on the same scale as the financial years', () => {
  // Oct 2025 (key 202510) as its one-point series: each area at its 2017 figure (66, 61, 56, 51, 46).
  const month: WorkforceSeries = {
    years: [202510],
    byArea: new Map(
      Object.entries(start).map(([code, fte]): [string, AreaSeries] => [code, { fte: [fte - 4], patients: [1e5] }]),
    ),
  };
  const monthScale = (sameScale: boolean) => {
    const metric = metricConfig('fte');
    const rows = levelRows({
      areas,
      series: month,
      metric: 'fte',
      year: 202510,
      baseYear: 2016,
      englandCode: 'ENG',
      flagYear: 2018,
    });
    return mapScale({
      rows,
      metric,
      series: month,
      year: 202510,
      baseYear: 2016,
      sameScale,
      englandCode: 'ENG',
      flagYear: 2018,
      annualSeries: series,
    });
  };

  it("shares the years' breaks when the box is ticked, and says so", () => {
    // The 20 values pooled (the 15 years' values and the month's 5): 42 46 46 47 50 51 51 52 55 56 56 57 60 61 61 62 65
    // 66 66 70. Quantile p at h = 19p: 0.2 → 47 + 0.8 × 3 = 49.4 → 49; 0.4 → 52 + 0.6 × 3 = 53.8 → 54; 0.6 → 57 +
    // 0.4 × 3 = 58.2 → 58; 0.8 → 62 + 0.2 × 3 = 62.6 → 63: the years' own breaks, so colours compare.
    expect(monthScale(true).bins.breaks).toEqual([49, 54, 58, 63]);
    expect(monthScale(true).note).toBe('Same scale for 2015/16–2017/18 and Oct 2025');
  });

  it('has its own breaks when it is not, and says so', () => {
    // 46 51 56 61 66 → 50, 54, 58, 62 (2016/17's own).
    expect(monthScale(false).bins.breaks).toEqual([50, 54, 58, 62]);
    expect(monthScale(false).note).toBe('Scale for Oct 2025 only');
  });
});

describe('the under-doctored threshold as a class break', () => {
  it('applies to FTE per 100,000 and patients per FTE only', () => {
    expect(flagThreshold('ftePer100k', 56)).toEqual({ value: 0.9 * 56, flagged: 'below' });
    expect(flagThreshold('patientsPerFte', 1800)).toEqual({ value: 2000, flagged: 'above' }); // 1800 ÷ 0.9
    expect(flagThreshold('fte', 280)).toBeNull();
    expect(flagThreshold('changePct', 5)).toBeNull();
    // The break follows the "Patients" basis: only the metrics on the flag's basis carry it.
    expect(flagThreshold('ftePer100k', 56, 'weighted')).toBeNull();
    expect(flagThreshold('ftePerWeighted100k', 50, 'weighted')).toEqual({ value: 45, flagged: 'below' });
    expect(flagThreshold('weightedPerFte', 1800, 'weighted')).toEqual({ value: 2000, flagged: 'above' });
    expect(flagThreshold('ftePerWeighted100k', 50)).toBeNull();
    expect(flagThreshold('ftePer100k', null)).toBeNull();
  });

  it('puts the flagged areas in a class of their own, keeping the other classes their colours', () => {
    // 2017 with the same scale: breaks 49, 54, 58, 63; the line 50.4 drops 49 and the palette's lightest class.
    const { bins, colourByCode, rows } = scale('ftePer100k', 2017, true);
    expect(bins.breaks[0]).toBeCloseTo(50.4, 9);
    expect(bins.breaks.slice(1)).toEqual([54, 58, 63]);
    expect(bins.colours).toEqual([FLAG_COLOUR, c1, c2, c3, c4]);
    // A 66, B 61, C 56, D 51, E 46.
    expect(['A', 'B', 'C', 'D', 'E'].map((c) => colourByCode.get(c))).toEqual([c4, c3, c2, c1, FLAG_COLOUR]);
    // The flagged class is exactly the flagged rows.
    for (const row of rows) expect(colourByCode.get(row.code) === FLAG_COLOUR).toBe(row.underDoctored);
    // 2018: the line 46.8 is below every break, so all five classes remain; D (47) is just above it.
    const later = scale('ftePer100k', 2018, true);
    expect(later.bins.colours).toEqual([FLAG_COLOUR, c0, c1, c2, c3, c4]);
    expect(later.colourByCode.get('D')).toBe(c0);
    expect(later.colourByCode.get('E')).toBe(FLAG_COLOUR);
  });

  it("keeps the line at England's rate in the flag's year while the years play: an unchanged area keeps its colour", () => {
    // F holds 52 FTE per 100,000 in every year. Were the line England's rate of each year (54, 50.4, 46.8), F would be
    // flagged in 2015/16 and not after, with no change of its own. Drawn at 2016/17's (the latest recorded here:
    // 0.9 × 56 = 50.4) in every year, F (52) is above it in all three years and keeps one colour.
    const withF: WorkforceSeries = {
      years,
      byArea: new Map([...series.byArea, ['F', { fte: [52, 52, 52], patients: [100_000, 100_000, 100_000] }]]),
    };
    const withAreas = [...areas, { code: 'F', name: 'Area F' }];
    const at = (year: number, flagYear: number) => {
      const metric = metricConfig('ftePer100k');
      const rows = levelRows({
        areas: withAreas,
        series: withF,
        metric: metric.key,
        year,
        baseYear: 2016,
        englandCode: 'ENG',
        flagYear,
      });
      const { colourByCode, bins } = mapScale({
        rows,
        metric,
        series: withF,
        year,
        baseYear: 2016,
        sameScale: true,
        englandCode: 'ENG',
        flagYear,
      });
      return { colour: colourByCode.get('F'), flagged: rows.find((r) => r.code === 'F')?.underDoctored, line: bins.breaks[0] };
    };
    const fixed = years.map((year) => at(year, 2017));
    expect(new Set(fixed.map((f) => f.colour)).size).toBe(1);
    expect(fixed.map((f) => f.flagged)).toEqual([false, false, false]);
    for (const f of fixed) expect(f.line).toBeCloseTo(50.4, 9);
    // The rule it replaces: the line of each year's own England rate recolours F between 2015/16 and 2016/17.
    const moving = years.map((year) => at(year, year));
    expect(moving.map((f) => f.flagged)).toEqual([true, false, false]);
    expect(moving[0]?.colour).toBe(FLAG_COLOUR);
    expect(moving[1]?.colour).not.toBe(FLAG_COLOUR);
  });

  it('flags an area just below 90% of England, not one at it', () => {
    const bins = withFlagClass(
      { breaks: [49, 54, 58, 63], colours: SEQUENTIAL_PALETTE },
      flagThreshold('ftePer100k', 56),
      String,
    );
    expect(colourFor(50.39, bins)).toBe(FLAG_COLOUR);
    expect(colourFor(0.9 * 56, bins)).toBe(c1);
  });

  it('names the threshold in the legend', () => {
    const { bins } = scale('ftePer100k', 2017, true);
    const labels = legendLabels(bins, mapValueFormatter(metricConfig('ftePer100k'))).map((l) => l.label);
    expect(labels).toEqual([
      'below 90% of England (50.4): under-doctored',
      '50.4 to under 54.0',
      '54.0 to under 58.0',
      '58.0 to under 63.0',
      '63.0 and over',
    ]);
  });

  it('flags the same areas on patients per FTE, from above', () => {
    // England 2017: 500,000 / 280 = 1,785.7 patients per FTE; ÷ 0.9 = 1,984.1. E: 100,000 / 46 = 2,173.9 (flagged);
    // D: 100,000 / 51 = 1,960.8 (not).
    const { bins, colourByCode, rows } = scale('patientsPerFte', 2017, false);
    expect(bins.breaks[bins.breaks.length - 1]).toBeCloseTo(500_000 / 280 / 0.9, 9);
    expect(bins.colours[bins.colours.length - 1]).toBe(FLAG_COLOUR);
    for (const row of rows) expect(colourByCode.get(row.code) === FLAG_COLOUR).toBe(row.underDoctored);
    expect(rows.filter((r) => r.underDoctored).map((r) => r.code)).toEqual(['E']);
    const labels = legendLabels(bins, mapValueFormatter(metricConfig('patientsPerFte'))).map((l) => l.label);
    expect(labels[labels.length - 1]).toBe('over 1,984 (FTE per 100,000 below 90% of England): under-doctored');
  });

  it('keeps a neutral class for no change on the change metrics', () => {
    // In the base year itself every change is zero: all areas in the neutral class, and none flagged.
    const { bins, colourByCode } = scale('changeFte', 2016, true);
    expect(new Set(colourByCode.values())).toEqual(new Set([DIFFERENCE_PALETTE[3]]));
    // The scale is over every year (sameScale), so classes either side hold later years' changes and are listed.
    const legend = legendLabels(bins, String);
    expect(legend.find((l) => l.colour === DIFFERENCE_PALETTE[3])?.label).toBe('no change (within ±0.05)');
    expect(bins.colours).not.toContain(FLAG_COLOUR);
  });
});

describe('the map panel title', () => {
  it('follows the metric and year', () => {
    expect(mapPanelTitle(metricConfig('ftePer100k'), 2025, 2016, 2025)).toBe('GP FTE per 100,000 patients, 2024/25');
    expect(mapPanelTitle(metricConfig('changePct'), 2031, 2016, 2025)).toBe(
      'Change in GP FTE (%), 2015/16 to 2030/31 (projected)',
    );
  });
});
