// The trend chart drawn in SVG, at jsdom's fallback width (640 × 300 px): lines where the figures are (broken at
// gaps), the scenario's 80% range, the projected years shaded, one value axis with round ticks, and a tooltip the
// keyboard and the pointer both reach, said through a live region.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { TrendChart } from '../../../src/components/chart/TrendChart';
import type { WorkforceSeries } from '../../../src/figures/metrics';
import type { TrendSource } from '../../../src/figures/trend-series';
import { closeTo, subpaths } from '../../support/svg-path';

// 100,000 patients throughout, so FTE per 100,000 equals FTE.
const P = 100_000;
const history: WorkforceSeries = {
  years: [2024, 2025],
  byArea: new Map([
    ['A', { fte: [40, 42], patients: [P, P] }],
    ['ENG', { fte: [50, 50], patients: [P, P] }],
  ]),
};
const scenario: WorkforceSeries = {
  years: [2025, 2026, 2027],
  byArea: new Map([
    ['A', { fte: [42, 44, 46], patients: [P, P, P], fteLow: [null, 43, 44], fteHigh: [null, 45, 48] }],
    ['ENG', { fte: [50, 51, 52], patients: [P, P, P] }],
  ]),
};
const sources: TrendSource[] = [
  { key: 'history', label: 'Recorded', series: history },
  { key: 'scenario', label: 'Scenario', series: scenario },
];

function renderChart() {
  return render(
    <TrendChart
      years={[2024, 2025, 2026, 2027]}
      areas={[
        { code: 'A', name: 'Area A' },
        { code: 'ENG', name: 'England' },
      ]}
      englandCode="ENG"
      sources={sources}
      lastDataYear={2025}
      baseYear={2024}
      mode="ftePer100k"
      onMode={() => undefined}
    />,
  );
}

// The layout, by hand. Values 40..52 get ticks 40, 45, 50, 55 (step 5); their widest label has 2 characters, so the
// plot starts at 2 × 9 + 17 = 35 px; the last year's label "2026/27" (7 characters) leaves ceil(63 / 2) + 4 = 36 px
// on the right; 8 px above, 38 below. Plot: x 35..604, y 8..262.
// Years: (604 − 35) / 3 = 189.667 px apart: 2023/24 at 35, 2024/25 at 224.67, 2025/26 at 414.33, 2026/27 at 604.
// Values: y = 262 − (v − 40) × 254 / 15 (16.933 px a unit): 40 → 262, 42 → 228.13, 44 → 194.27, 46 → 160.4,
// 43 → 211.2, 45 → 177.33, 48 → 126.53, 50 → 92.67, 51 → 75.73, 52 → 58.8.
describe('TrendChart in SVG', () => {
  it('draws each line through its years, in pixels worked out by hand', () => {
    const { container } = renderChart();
    /** The one unbroken run of points a series' line goes through. */
    const points = (series: string) => {
      const parts = subpaths(container.querySelector(`path.chart-line[data-series="${series}"]`)?.getAttribute('d') ?? '');
      expect(parts).toHaveLength(1);
      return parts[0]?.points ?? [];
    };
    expect(
      closeTo(points('A|history'), [
        [35, 262],
        [224.67, 228.13],
      ]),
    ).toBe(true);
    // The scenario starts where the record ends, and rises (42 → 44 → 46: up the plot, y falling).
    expect(
      closeTo(points('A|scenario'), [
        [224.67, 228.13],
        [414.33, 194.27],
        [604, 160.4],
      ]),
    ).toBe(true);
    expect(
      closeTo(points('ENG|history'), [
        [35, 92.67],
        [224.67, 92.67],
      ]),
    ).toBe(true);
    expect(
      closeTo(points('ENG|scenario'), [
        [224.67, 92.67],
        [414.33, 75.73],
        [604, 58.8],
      ]),
    ).toBe(true);
    const line = container.querySelector('path.chart-line[data-series="A|scenario"]');
    expect(line?.getAttribute('stroke')).toBe('#0072B2');
    expect(line?.getAttribute('stroke-width')).toBe('3');
  });

  it("shades the scenario's 80% range where it has one, and the projected years", () => {
    const { container } = renderChart();
    const bands = [...container.querySelectorAll('path.chart-band')];
    // England's scenario has no range: one band, Area A's: 43–45 in 2025/26, 44–48 in 2026/27.
    expect(bands).toHaveLength(1);
    const [band, ...others] = subpaths(bands[0]?.getAttribute('d') ?? '');
    expect(others).toEqual([]);
    expect(band?.closed).toBe(true);
    // Along the top (45, 48) and back along the bottom (44, 43).
    expect(
      closeTo(band?.points ?? [], [
        [414.33, 177.33],
        [604, 126.53],
        [604, 194.27],
        [414.33, 211.2],
      ]),
    ).toBe(true);
    const projected = container.querySelector('.chart-projected rect');
    expect(Number(projected?.getAttribute('x'))).toBeCloseTo(414.33, 2);
    expect(Number(projected?.getAttribute('width'))).toBeCloseTo(189.67, 2);
    expect(container.querySelector('.chart-projected text')?.textContent).toBe('Projected');
  });

  it('has one value axis with round ticks, and year ticks', () => {
    const { container } = renderChart();
    expect(container.querySelectorAll('.chart-axis-y')).toHaveLength(1);
    const labels = (axis: string) => [...container.querySelectorAll(`${axis} text`)].map((t) => t.textContent);
    expect(labels('.chart-axis-y')).toEqual(['40', '45', '50', '55']);
    expect(labels('.chart-axis-x')).toEqual(['2023/24', '2024/25', '2025/26', '2026/27']);
    // The SVG says its size in px, as the PNG export reads it.
    const svg = container.querySelector('svg.chart-surface');
    expect([svg?.getAttribute('width'), svg?.getAttribute('height'), svg?.getAttribute('viewBox')]).toEqual([
      '640',
      '300',
      '0 0 640 300',
    ]);
  });

  it('steps through the years from the keyboard, shows each in a tooltip and says it', () => {
    renderChart();
    const plot = screen.getByRole('img', { name: /^Line chart of GP FTE per 100,000 patients by year for Area A, England\./ });
    expect(plot).toHaveAccessibleName(expect.stringMatching(/Arrow keys step through the years\.$/));
    const tooltip = () => document.querySelector('.chart-tooltip');
    expect(tooltip()).toBeNull();

    // Focus shows the last year.
    fireEvent.focus(plot);
    expect(tooltip()?.querySelector('.chart-tooltip-title')?.textContent).toBe('2026/27');
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(tooltip()?.querySelector('.chart-tooltip-title')?.textContent).toBe('2025/26');
    expect([...(tooltip()?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Area A — Scenario: 44.0 (80% range 43.0–45.0)',
      'England — Scenario: 51.0',
    ]);
    expect(document.querySelector('.chart-live')?.textContent).toBe(
      '2025/26: Area A — Scenario 44.0 (80% range 43.0–45.0); England — Scenario 51.0',
    );
    // The marked points sit on the lines: Area A at 44 (194.27 px), England at 51 (75.73 px).
    expect([...document.querySelectorAll('.chart-transient circle')].map((c) => c.getAttribute('cy'))).toEqual([
      expect.stringMatching(/^194\.26/),
      expect.stringMatching(/^75\.73/),
    ]);

    fireEvent.keyDown(plot, { key: 'Home' });
    expect([...(tooltip()?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Area A — Recorded: 40.0',
      'England — Recorded: 50.0',
    ]);
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(tooltip()?.querySelector('.chart-tooltip-title')?.textContent).toBe('2023/24');
    fireEvent.keyDown(plot, { key: 'End' });
    expect(tooltip()?.querySelector('.chart-tooltip-title')?.textContent).toBe('2026/27');
    fireEvent.keyDown(plot, { key: 'Escape' });
    expect(tooltip()).toBeNull();
  });

  it('shows the year nearest the pointer', () => {
    renderChart();
    const plot = screen.getByRole('img', { name: /^Line chart/ });
    // 300 px is nearer 2024/25 (224.67) than 2025/26 (414.33).
    fireEvent.pointerMove(plot, { clientX: 300, clientY: 100 });
    expect(document.querySelector('.chart-tooltip-title')?.textContent).toBe('2024/25');
    // Both of 2024/25's series: recorded, and the scenario from it.
    expect(document.querySelectorAll('.chart-tooltip li')).toHaveLength(4);
    // The pointer's tooltip is not read out (the keyboard's is).
    expect(document.querySelector('.chart-live')?.textContent).toBe('');
    fireEvent.pointerLeave(plot);
    expect(document.querySelector('.chart-tooltip')).toBeNull();
  });
});
