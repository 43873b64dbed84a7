// The trend chart's model, which the chart on screen and the chart PNG are both drawn from: the key (areas by
// colour, series by pattern, the range, the target), which lines and bands are drawn, the ticks, the projected
// years, England left out in FTE, and the target only where it applies.
import { describe, expect, it } from 'vitest';
import { trendModel } from '../../../src/components/chart/trend-model';
import type { WorkforceSeries } from '../../../src/figures/metrics';
import type { TrendChartInput, TrendSource } from '../../../src/figures/trend-series';

const P = 100_000;
const history: WorkforceSeries = {
  years: [2024, 2025],
  byArea: new Map([
    ['QKS', { fte: [40, 42], patients: [P, P] }],
    ['ENG', { fte: [30_000, 30_100], patients: [60_000_000, 60_000_000] }],
  ]),
};
const projected = (qks: number[], eng: number[]): WorkforceSeries => ({
  years: [2025, 2026, 2027],
  byArea: new Map([
    [
      'QKS',
      { fte: qks, patients: [P, P, P], fteLow: [null, qks[1]! - 1, qks[2]! - 2], fteHigh: [null, qks[1]! + 1, qks[2]! + 2] },
    ],
    ['ENG', { fte: eng, patients: [60_000_000, 60_000_000, 60_000_000] }],
  ]),
});
const sources: TrendSource[] = [
  { key: 'history', label: 'Recorded', series: history },
  { key: 'trend', label: 'Current trends', series: projected([42, 43, 44], [30_100, 30_200, 30_300]) },
  { key: 'scenario', label: 'Scenario', series: projected([42, 45, 48], [30_100, 30_400, 30_700]) },
  { key: 'saved-1', label: 'Saved: more places', series: projected([42, 46, 50], [30_100, 30_500, 30_900]) },
];
const input: TrendChartInput = {
  years: [2024, 2025, 2026, 2027],
  areas: [
    { code: 'QKS', name: 'Kent, Medway' },
    { code: 'ENG', name: 'England' },
  ],
  englandCode: 'ENG',
  sources,
  mode: 'ftePer100k',
  baseYear: 2024,
  lastDataYear: 2025,
  target: { code: 'QKS', value: 52, year: 2027 },
};

describe('trendModel', () => {
  it("keys areas by colour, then series by pattern, then the scenario's range and the target", () => {
    const model = trendModel(input);
    expect(model.legend.map((e) => e.label)).toEqual([
      'Kent, Medway',
      'England',
      'Recorded',
      'Current trends',
      'Scenario',
      'Saved: more places',
      '80% range (scenario)',
      'Target for Kent, Medway: 52.0 in 2026/27',
    ]);
    expect(model.legend.map((e) => e.swatch)).toEqual([
      { kind: 'line', colour: '#0072B2', width: 4, dash: [] },
      { kind: 'line', colour: '#000000', width: 4, dash: [] },
      { kind: 'line', colour: '#555555', width: 2.5, dash: [] },
      { kind: 'line', colour: '#555555', width: 2, dash: [6, 4] },
      { kind: 'line', colour: '#555555', width: 3, dash: [] },
      { kind: 'line', colour: '#555555', width: 2, dash: [12, 3, 3, 3] },
      { kind: 'fill', colour: '#c8c8c8' },
      { kind: 'line', colour: '#555555', width: 2, dash: [2, 3] },
    ]);
  });

  it("draws a line per area and series, a band only where the scenario has a range, the target in its area's colour", () => {
    const model = trendModel(input);
    expect(model.lines.map((l) => l.name)).toEqual([
      'Kent, Medway — Recorded',
      'Kent, Medway — Current trends',
      'Kent, Medway — Scenario',
      'Kent, Medway — Saved: more places',
      'England — Recorded',
      'England — Current trends',
      'England — Scenario',
      'England — Saved: more places',
    ]);
    // England's scenario has no range in these series: only Kent's scenario is banded.
    expect(model.lines.filter((l) => l.range).map((l) => l.key)).toEqual(['QKS|scenario']);
    expect(model.target).toEqual({ value: 52, colour: '#0072B2' });
    expect(model.projected).toEqual({ from: 2026, to: 2027 });
    expect(model.yearTicks).toEqual([2024, 2025, 2026, 2027]);
  });

  it('puts round ticks around every drawn value, range and the target', () => {
    // England per 100,000: 30,000 / 600 = 50 … 30,900 / 600 = 51.5; Kent 40 … 50, its range up to 52; target 52.
    expect(trendModel(input).valueTicks).toEqual([40, 45, 50, 55]);
    // A target far above the lines stretches the axis to it.
    expect(trendModel({ ...input, target: { code: 'QKS', value: 70, year: 2027 } }).valueTicks).toEqual([40, 50, 60, 70]);
  });

  it('leaves England out in FTE with areas chosen, and draws no target off the per-100,000 measure', () => {
    const fte = trendModel({ ...input, mode: 'fte' });
    expect(fte.englandLeftOut).toBe(true);
    expect(fte.areas.map((a) => a.code)).toEqual(['QKS']);
    expect(fte.target).toBeNull();
    expect(fte.legend.some((e) => e.label.startsWith('Target'))).toBe(false);
    expect(trendModel({ ...input, mode: 'fteIndex' }).target).toBeNull();
    // England alone stays in FTE (nothing to flatten).
    expect(trendModel({ ...input, mode: 'fte', areas: input.areas.slice(1) }).englandLeftOut).toBe(false);
  });

  it('draws no target for an area not on the chart, or one with no value', () => {
    expect(trendModel({ ...input, target: { code: 'QKT', value: 52, year: 2027 } }).target).toBeNull();
    expect(trendModel({ ...input, target: { code: 'QKS', value: null, year: 2027 } }).target).toBeNull();
    // England's own target is black, like its lines.
    expect(trendModel({ ...input, target: { code: 'ENG', value: 49, year: 2027 } }).target).toEqual({
      value: 49,
      colour: '#000000',
    });
  });

  it("draws a series identical to the scenario once, and names it in the scenario's entry", () => {
    const same = sources.map((s) => (s.key === 'trend' ? { ...s, series: sources[2]!.series } : s));
    const model = trendModel({ ...input, sources: same });
    expect(model.lines.some((l) => l.sourceKey === 'trend')).toBe(false);
    expect(model.legend.map((e) => e.label)).toContain('Scenario (same as current trends)');
  });
});
