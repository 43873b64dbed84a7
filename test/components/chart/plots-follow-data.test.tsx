// The charts keep their axes, grid, reference marks and line registrations as the same elements while what they show
// is unchanged (a lever move then costs one chart update, not three: TrendPlot, TeamPlot). A chart must still draw
// every new figure: here a re-render with new values moves the lines, the range and the team's bands to them, and a new
// target or a longer projection moves the marks, by hand-worked positions in the plot's box.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { TrendChart, type TrendChartProps } from '../../../src/components/chart/TrendChart';
import { TeamPlot } from '../../../src/components/chart/TeamPlot';
import type { TeamChartFigures, TeamChartRow } from '../../../src/figures/team-chart';
import type { WorkforceSeries } from '../../../src/figures/metrics';
import type { TrendSource } from '../../../src/figures/trend-series';
import { closeTo, subpaths } from '../../support/svg-path';

const P = 100_000;
const history: WorkforceSeries = {
  years: [2024, 2025],
  byArea: new Map([
    ['A', { fte: [40, 42], patients: [P, P] }],
    ['ENG', { fte: [50, 50], patients: [P, P] }],
  ]),
};
const scenarioOf = (a: [number, number], low: [number, number], high: [number, number]): WorkforceSeries => ({
  years: [2025, 2026, 2027],
  byArea: new Map([
    ['A', { fte: [42, ...a], patients: [P, P, P], fteLow: [null, ...low], fteHigh: [null, ...high] }],
    ['ENG', { fte: [50, 51, 52], patients: [P, P, P] }],
  ]),
});
const props = (scenario: WorkforceSeries): TrendChartProps => ({
  years: [2024, 2025, 2026, 2027],
  areas: [
    { code: 'A', name: 'Area A' },
    { code: 'ENG', name: 'England' },
  ],
  englandCode: 'ENG',
  sources: [
    { key: 'history', label: 'Recorded', series: history },
    { key: 'scenario', label: 'Scenario', series: scenario },
  ] satisfies TrendSource[],
  lastDataYear: 2025,
  baseYear: 2024,
  mode: 'ftePer100k',
  onMode: () => undefined,
});

function plotBox(container: HTMLElement) {
  const x = container.querySelector('.recharts-xAxis .recharts-cartesian-axis-line');
  const y = container.querySelector('.recharts-yAxis .recharts-cartesian-axis-line');
  const n = (el: Element | null, a: string) => Number(el?.getAttribute(a));
  return { left: n(x, 'x1'), right: n(x, 'x2'), top: n(y, 'y1'), bottom: n(y, 'y2') };
}
const line = (container: HTMLElement, name: string) =>
  subpaths(container.querySelector(`path.recharts-line-curve[name="${name}"]`)?.getAttribute('d') ?? '')[0]?.points ?? [];

describe('a chart re-rendered with new figures', () => {
  it('moves the scenario line and its 80% range to the new values (trend chart)', () => {
    // First 44, 46 (range 43–45, 44–48); then 41, 43 (range 40–42, 41–45): ticks 40..55 both times.
    const { container, rerender } = render(<TrendChart {...props(scenarioOf([44, 46], [43, 44], [45, 48]))} />);
    rerender(<TrendChart {...props(scenarioOf([41, 43], [40, 41], [42, 45]))} />);
    const box = plotBox(container);
    const x = (year: number) => box.left + ((year - 2024) * (box.right - box.left)) / 3;
    const y = (v: number) => box.bottom - ((v - 40) * (box.bottom - box.top)) / 15;
    expect(
      closeTo(line(container, 'Area A — Scenario'), [
        [x(2025), y(42)],
        [x(2026), y(41)],
        [x(2027), y(43)],
      ]),
    ).toBe(true);
    const band = subpaths(container.querySelector('.trend-band path.recharts-area-area')?.getAttribute('d') ?? '')[0];
    expect(
      closeTo(band?.points ?? [], [
        [x(2026), y(42)],
        [x(2027), y(45)],
        [x(2027), y(41)],
        [x(2026), y(40)],
      ]),
    ).toBe(true);
  });

  it('moves the value axis when the new figures need other ticks', () => {
    const { container, rerender } = render(<TrendChart {...props(scenarioOf([44, 46], [43, 44], [45, 48]))} />);
    rerender(<TrendChart {...props(scenarioOf([60, 70], [58, 66], [62, 74]))} />);
    const ticks = [...container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(['40', '50', '60', '70', '80']);
  });
});

const row = (t: number, values: [number, number], projected = false): TeamChartRow => ({
  t,
  label: String(t),
  projected,
  values,
  total: values[0] + values[1],
  pcnTotal: values[0] + values[1],
  practiceTotal: null,
  coverage: null,
  practiceBasis: null,
  practiceGpRange: null,
});
const team = (last: [number, number]): TeamChartFigures => ({
  groups: [
    { key: 'pharmacy', label: 'Pharmacy team', kind: 'pcn' },
    { key: 'other', label: 'Other direct patient care', kind: 'pcn' },
  ] as TeamChartFigures['groups'],
  rows: [row(2024, [10, 10]), row(2025, [20, 10]), row(2026, last, true)],
  baseIndex: 1,
  lowCoverage: null,
  withPractice: false,
});

describe('the team chart re-rendered with a new projection', () => {
  it("draws each group's band between its bottom and top at the new values", () => {
    // Before: pharmacy 25 and other 15 in 2026; after, pharmacy 30 and other 10: the stack's top is 40 both times.
    const { container, rerender } = render(<TeamPlot figures={team([25, 15])} height={300} width={800} label="t" idBase="a" />);
    rerender(<TeamPlot figures={team([30, 10])} height={300} width={800} label="t" idBase="a" />);
    const box = plotBox(container);
    const ticks = [...container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) =>
      Number(t.textContent),
    );
    const topTick = Math.max(...ticks);
    expect(ticks).toEqual([0, 10, 20, 30, 40]);
    const x = (t: number) => box.left + ((t - 2024) * (box.right - box.left)) / 2;
    const y = (v: number) => box.bottom - (v * (box.bottom - box.top)) / topTick;
    const bands = [...container.querySelectorAll('.team-band path:first-child')].map(
      (p) => subpaths(p.getAttribute('d') ?? '')[0]?.points ?? [],
    );
    expect(bands).toHaveLength(2);
    // Pharmacy from 0 up to 10, 20, 30; the other group on top of it, up to 20, 30, 40.
    expect(
      closeTo(bands[0]!, [
        [x(2024), y(10)],
        [x(2025), y(20)],
        [x(2026), y(30)],
        [x(2026), y(0)],
        [x(2025), y(0)],
        [x(2024), y(0)],
      ]),
    ).toBe(true);
    expect(
      closeTo(bands[1]!, [
        [x(2024), y(20)],
        [x(2025), y(30)],
        [x(2026), y(40)],
        [x(2026), y(30)],
        [x(2025), y(20)],
        [x(2024), y(10)],
      ]),
    ).toBe(true);
    // The hatch over the projected years starts at the base date.
    const hatch = container.querySelector('.team-projected-hatch .recharts-reference-area-rect, .recharts-reference-area-rect');
    expect(Number(hatch?.getAttribute('x'))).toBeCloseTo(x(2025), 1);
  });
});
