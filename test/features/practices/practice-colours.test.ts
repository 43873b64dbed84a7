// The Practice view follows the choropleth's legend rules (mapScale over the practices' series, England's value
// from areas.json): the under-doctored threshold is a class break, the same breaks in every year when "Same colour
// scale" is on, the neutral "no change" class; and each practice's tooltip says year, value, FTE, patients, PCN,
// change and flag, as the area tooltip does.
import { describe, expect, it } from 'vitest';
import type { PracticeFiguresFile } from '../../../src/data/practice-figures';
import { DIFFERENCE_PALETTE, SEQUENTIAL_PALETTE, legendLabels } from '../../../src/components/map/colours/bins';
import { FLAG_COLOUR } from '../../../src/components/map/colours/colour-scale';
import { mapScale, mapValueFormatter } from '../../../src/components/map/colours/map-figure';
import { metricConfig, type AreaSeries, type MetricKey, type WorkforceSeries } from '../../../src/figures/metrics';
import type { PatientBasis } from '../../../src/figures/metric-basis';
import { practiceData, practiceRows } from '../../../src/features/practices/practice-rows';
import { practiceTooltipLines } from '../../../src/features/practices/practice-tooltip';

// England (as areas.json has it): 60 GP FTE for 100,000 registered patients in both years, so 60 per 100,000 and
// the 90% line at 54. Need-weighted: 120,000 then 100,000 patients, so 50 then 60 per 100,000 (lines 45 and 54).
const england: WorkforceSeries = {
  years: [2024, 2025],
  byArea: new Map<string, AreaSeries>([
    ['ENG', { fte: [60, 60], patients: [100_000, 100_000], weightedPatients: [120_000, 100_000] }],
  ]),
  estimated: { weightedPatients: [2024] },
};

// Five practices of 10,000 registered patients each, so FTE per 100,000 is 10 × FTE:
//   2024: 53.9, 54.5, 60, 70, 80      2025: 50, 55, 65, 75, 90
const fte: Record<string, [number, number]> = {
  P1: [5.39, 5.0],
  P2: [5.45, 5.5],
  P3: [6.0, 6.5],
  P4: [7.0, 7.5],
  P5: [8.0, 9.0],
};
const none = [null, null];
const file: PracticeFiguresFile = {
  schemaVersion: 2,
  subIcb: '91Q',
  years: [2024, 2025],
  estimated: { weightedPatients: [2024] },
  pcns: { U1: 'Coastal PCN' },
  practices: Object.entries(fte).map(([code, f]) => ({
    code,
    name: `Practice ${code}`,
    postcode: 'CT1 1AA',
    lat: 51.3,
    lng: 1.1,
    pcn: 'U1',
    fte: f,
    headcount: f,
    patients: [10_000, 10_000],
    // P1: 11,000 need-weighted patients in both years (2024 estimated); the rest as many as registered.
    weightedPatients: code === 'P1' ? [11_000, 11_000] : [10_000, 10_000],
    locumTraineeFte: none,
    nurseFte: none,
    dpcFte: none,
    firstYear: 2024,
    lastYear: 2025,
    history: null,
  })),
};
const data = practiceData([file]);
const [, c1, c2, c3, c4] = SEQUENTIAL_PALETTE;

function practiceScale(args: { metric: MetricKey; year: number; sameScale: boolean; basis?: PatientBasis; baseYear?: number }) {
  const { metric: key, year, sameScale, basis = 'registered', baseYear = 2024 } = args;
  const metric = metricConfig(key);
  const rows = practiceRows({ data, metric: key, year, baseYear, basis, englandFlagPer100k: 60 });
  const scale = mapScale({
    rows,
    metric,
    series: data.series,
    year,
    baseYear,
    sameScale,
    englandCode: 'ENG',
    basis,
    englandSeries: england,
    flagYear: year,
  });
  return { rows, ...scale, legend: legendLabels(scale.bins, mapValueFormatter(metric)) };
}

describe('practice colours follow the map legend rules', () => {
  it('puts a practice just below 90% of England (53.9 < 54) in the vermilion under-doctored class', () => {
    // Ten values over both years, sorted: 50 53.9 54.5 55 60 65 70 75 80 90. Quantiles at h = 9p:
    // 0.2 → 53.9 + 0.8 × 0.6 = 54.38 → 54; 0.4 → 55 + 0.6 × 5 = 58; 0.6 → 65 + 0.4 × 5 = 67; 0.8 → 75 + 0.2 × 5 = 76.
    // The threshold 0.9 × 60 = 54 is a break; the quantile break at 54 prints as the threshold, and goes (England's
    // 60 ÷ 100,000 × 100,000 is 59.99999999999999 in floating point, so the threshold sits a hair under 54).
    const { bins, colourByCode, legend } = practiceScale({ metric: 'ftePer100k', year: 2024, sameScale: true });
    expect(bins.breaks[0]).toBeCloseTo(54, 9);
    expect(bins.breaks.slice(1)).toEqual([58, 67, 76]);
    expect(bins.colours).toEqual([FLAG_COLOUR, c1, c2, c3, c4]);
    expect(colourByCode.get('P1')).toBe(FLAG_COLOUR); // 53.9
    expect(colourByCode.get('P2')).toBe(c1); // 54.5: not under-doctored
    expect([colourByCode.get('P3'), colourByCode.get('P4'), colourByCode.get('P5')]).toEqual([c2, c3, c4]);
    expect(legend[0]).toEqual({ colour: FLAG_COLOUR, label: 'below 90% of England (54.0): under-doctored' });
  });

  it('keeps the same breaks in every year when "Same colour scale" is on, and re-bins each year when off', () => {
    const a = practiceScale({ metric: 'ftePer100k', year: 2024, sameScale: true });
    const b = practiceScale({ metric: 'ftePer100k', year: 2025, sameScale: true });
    expect(b.bins).toEqual(a.bins);
    expect(a.note).toBe('Same scale for 2023/24–2024/25');
    // 2025: 50 flagged, 55 / 65 / 75 / 90 in the classes above 54, 58, 67 and 76.
    expect(['P1', 'P2', 'P3', 'P4', 'P5'].map((c) => b.colourByCode.get(c))).toEqual([FLAG_COLOUR, c1, c2, c3, c4]);
    // Off, 2024 alone: 53.9 54.5 60 70 80 → 54.38 → 54, 54.5 + 0.6 × 5.5 = 57.8 → 58, 60 + 0.4 × 10 = 64, 72.
    const off = practiceScale({ metric: 'ftePer100k', year: 2024, sameScale: false });
    expect(off.bins.breaks.slice(1)).toEqual([58, 64, 72]);
    expect(off.note).toBe('Scale for 2023/24 only');
  });

  it("uses England's need-weighted rate for the need-weighted metric on that basis, and no break on the other", () => {
    // 2025: England 60 per 100,000 need-weighted, line 54. P1: 5.0 FTE ÷ 11,000 × 100,000 = 45.5: flagged.
    const weighted = practiceScale({ metric: 'ftePerWeighted100k', year: 2025, sameScale: true, basis: 'weighted' });
    expect(weighted.bins.colours[0]).toBe(FLAG_COLOUR);
    expect(weighted.bins.breaks[0]).toBeCloseTo(54, 9);
    expect(weighted.colourByCode.get('P1')).toBe(FLAG_COLOUR);
    // On the registered basis the need-weighted metric carries no flag class.
    const registered = practiceScale({ metric: 'ftePerWeighted100k', year: 2025, sameScale: true, basis: 'registered' });
    expect(registered.bins.colours).not.toContain(FLAG_COLOUR);
  });

  it('has the neutral "no change" class for change metrics: every practice in the base year itself', () => {
    const { colourByCode, legend } = practiceScale({ metric: 'changeFte', year: 2024, sameScale: true, baseYear: 2024 });
    for (const code of Object.keys(fte)) expect(colourByCode.get(code)).toBe(DIFFERENCE_PALETTE[3]);
    expect(legend.find((l) => l.colour === DIFFERENCE_PALETTE[3])?.label).toBe('no change (within ±0.05)');
  });
});

describe('practice rows and tooltip', () => {
  it('marks 2023/24 need-weighted figures as estimates and flags on the chosen basis', () => {
    const rows = practiceRows({
      data,
      metric: 'ftePerWeighted100k',
      year: 2024,
      baseYear: 2024,
      basis: 'weighted',
      englandFlagPer100k: 50,
    });
    const p1 = rows.find((r) => r.code === 'P1')!;
    // 5.39 ÷ 11,000 × 100,000 = 49.0, not below 0.9 × 50 = 45: not flagged. In 2025, 50.0 < 54 (registered): flagged.
    expect(p1.value).toBeCloseTo(49.0, 1);
    expect(p1.estimated).toBe(true);
    expect(p1.weightedEstimated).toBe(true);
    expect(p1.underDoctored).toBe(false);
    const later = practiceRows({ data, metric: 'ftePer100k', year: 2025, baseYear: 2024, englandFlagPer100k: 60 });
    expect(later.find((r) => r.code === 'P1')).toMatchObject({ estimated: false, weightedEstimated: false, underDoctored: true });
  });

  it('says year, value with its unit once, FTE, patients, PCN, change and flag', () => {
    const rows = practiceRows({ data, metric: 'ftePer100k', year: 2025, baseYear: 2024, englandFlagPer100k: 60 });
    const p1 = rows.find((r) => r.code === 'P1')!;
    const lines = practiceTooltipLines({
      row: p1,
      metric: metricConfig('ftePer100k'),
      year: 2025,
      baseYear: 2024,
      basis: 'registered',
      englandFlagPer100k: 60,
    });
    expect(lines).toEqual([
      'Practice P1 (P1)',
      '2024/25, practice-level',
      'GP FTE per 100,000 patients: 50.0',
      'Staff: qualified permanent GPs; patients: registered',
      'GP FTE: 5.0',
      'Patients: 10,000 registered',
      'PCN: Coastal PCN',
      // 5.0 − 5.39 = −0.39 FTE; −0.39 ÷ 5.39 = −7.2%
      'Change since 2023/24: −0.4 GP FTE (−7.2%)',
      'Under-doctored: GP FTE per 100,000 registered patients below 90% of England (54.0)',
    ]);
  });

  it('adds need-weighted patients (est. in 2023/24) on the need-weighted basis', () => {
    const rows = practiceRows({
      data,
      metric: 'ftePerWeighted100k',
      year: 2024,
      baseYear: 2024,
      basis: 'weighted',
      englandFlagPer100k: 50,
    });
    const lines = practiceTooltipLines({
      row: rows.find((r) => r.code === 'P1')!,
      metric: metricConfig('ftePerWeighted100k'),
      year: 2024,
      baseYear: 2024,
      basis: 'weighted',
      englandFlagPer100k: 50,
    });
    expect(lines).toContain('GP FTE per 100,000 need-weighted patients: 49.0 est.');
    expect(lines).toContain('Patients: 10,000 registered; 11,000 need-weighted est.');
    expect(lines).toContain('Not under-doctored (90% of England: 45.0 GP FTE per 100,000 need-weighted patients)');
  });
});

describe('a practice tooltip', () => {
  it('says "no patients" rather than 0 patients per GP FTE, and gives locum and registrar FTE', () => {
    const noPatients: PracticeFiguresFile = {
      ...file,
      practices: [{ ...file.practices[0]!, code: 'P9', patients: [0, 0], locumTraineeFte: [1.25, 1.25] }],
    };
    const [row] = practiceRows({ data: practiceData([noPatients]), metric: 'patientsPerFte', year: 2025, baseYear: 2024 });
    const lines = practiceTooltipLines({
      row: row!,
      metric: metricConfig('patientsPerFte'),
      year: 2025,
      baseYear: 2024,
      basis: 'registered',
      englandFlagPer100k: null,
    });
    expect(lines).toContain('Patients per GP FTE: no patients');
    expect(lines).toContain('Locums and registrars: 1.3 FTE (not in GP FTE)');
    expect(lines.join('\n')).not.toMatch(/Patients per GP FTE: 0\b/);
  });
});
