// The trend chart in recharts, drawn at 800 × 300 px (test/support/chart-size.ts): lines where the figures are,
// the scenario's 80% range, the projected years shaded, one value axis with round ticks, the target line, and a
// tooltip the keyboard (recharts' accessibility layer) and the pointer both move, said through a live region.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TrendChart, type TrendChartProps } from '../../../src/components/chart/TrendChart';
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

function renderChart(props: Partial<TrendChartProps> = {}) {
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
      {...props}
    />,
  );
}

/** The plot's box, from where recharts drew the axes' lines (the value axis's width is its own to choose). */
function plotBox(container: HTMLElement) {
  const x = container.querySelector('.recharts-xAxis .recharts-cartesian-axis-line');
  const y = container.querySelector('.recharts-yAxis .recharts-cartesian-axis-line');
  const n = (el: Element | null, a: string) => Number(el?.getAttribute(a));
  return { left: n(x, 'x1'), right: n(x, 'x2'), top: n(y, 'y1'), bottom: n(y, 'y2') };
}

/** The one unbroken run of points a line goes through. */
function linePoints(container: HTMLElement, name: string) {
  const parts = subpaths(container.querySelector(`path.recharts-line-curve[name="${name}"]`)?.getAttribute('d') ?? '');
  expect(parts).toHaveLength(1);
  return parts[0]?.points ?? [];
}

const tickLabels = (container: HTMLElement, axis: 'xAxis' | 'yAxis') =>
  [...container.querySelectorAll(`.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`)].map((t) => t.textContent);

// By hand, in the plot's box (left..right, top..bottom): the years 2023/24..2026/27 are 3 equal steps, so year y
// is at left + (y − 2024) × (right − left) / 3. Values 40..52 (ranges 43..48) get ticks 40, 45, 50, 55 (step 5),
// so value v is at bottom − (v − 40) × (bottom − top) / 15.
describe('TrendChart in recharts', () => {
  it('draws each line through its years, England in black', () => {
    const { container } = renderChart();
    const box = plotBox(container);
    const x = (year: number) => box.left + ((year - 2024) * (box.right - box.left)) / 3;
    const y = (v: number) => box.bottom - ((v - 40) * (box.bottom - box.top)) / 15;
    expect(box.right - box.left).toBeGreaterThan(600);
    expect(
      closeTo(linePoints(container, 'Area A — Recorded'), [
        [x(2024), y(40)],
        [x(2025), y(42)],
      ]),
    ).toBe(true);
    // The scenario starts where the record ends, and rises (42 → 44 → 46: up the plot, y falling).
    expect(
      closeTo(linePoints(container, 'Area A — Scenario'), [
        [x(2025), y(42)],
        [x(2026), y(44)],
        [x(2027), y(46)],
      ]),
    ).toBe(true);
    expect(
      closeTo(linePoints(container, 'England — Scenario'), [
        [x(2025), y(50)],
        [x(2026), y(51)],
        [x(2027), y(52)],
      ]),
    ).toBe(true);
    const line = (name: string) => container.querySelector(`path.recharts-line-curve[name="${name}"]`);
    expect([line('Area A — Scenario')?.getAttribute('stroke'), line('Area A — Scenario')?.getAttribute('stroke-width')]).toEqual([
      '#0072B2',
      '3',
    ]);
    expect(line('England — Recorded')?.getAttribute('stroke')).toBe('#000000');
  });

  it("shades the scenario's 80% range where it has one, and the projected years", () => {
    const { container } = renderChart();
    const box = plotBox(container);
    const x = (year: number) => box.left + ((year - 2024) * (box.right - box.left)) / 3;
    const y = (v: number) => box.bottom - ((v - 40) * (box.bottom - box.top)) / 15;
    // England's scenario has no range: one band, Area A's: 43–45 in 2025/26, 44–48 in 2026/27.
    const bands = [...container.querySelectorAll('.trend-band path.recharts-area-area')];
    expect(bands).toHaveLength(1);
    expect(bands[0]?.getAttribute('fill')).toBe('#0072B2');
    const [band, ...others] = subpaths(bands[0]?.getAttribute('d') ?? '');
    expect(others).toEqual([]);
    // Along the top (45, 48) and back along the bottom (44, 43).
    expect(
      closeTo(band?.points ?? [], [
        [x(2026), y(45)],
        [x(2027), y(48)],
        [x(2027), y(44)],
        [x(2026), y(43)],
      ]),
    ).toBe(true);
    const projected = container.querySelector('.recharts-reference-area-rect');
    expect(Number(projected?.getAttribute('x'))).toBeCloseTo(x(2026), 2);
    expect(Number(projected?.getAttribute('width'))).toBeCloseTo(x(2027) - x(2026), 2);
    expect([...container.querySelectorAll('.recharts-label')].map((l) => l.textContent)).toContain('Projected');
  });

  it('has one value axis with round ticks, and year ticks', () => {
    const { container } = renderChart();
    expect(container.querySelectorAll('.recharts-yAxis')).toHaveLength(1);
    expect(tickLabels(container, 'yAxis')).toEqual(['40', '45', '50', '55']);
    expect(tickLabels(container, 'xAxis')).toEqual(['2023/24', '2024/25', '2025/26', '2026/27']);
  });

  it("draws the target as a line at its value in its area's colour, named in the key", () => {
    const { container } = renderChart({ target: { code: 'A', value: 47, year: 2027 } });
    const box = plotBox(container);
    const target = container.querySelector('.trend-target line');
    expect(Number(target?.getAttribute('y1'))).toBeCloseTo(box.bottom - ((47 - 40) * (box.bottom - box.top)) / 15, 2);
    expect([target?.getAttribute('stroke'), target?.getAttribute('stroke-dasharray')]).toEqual(['#0072B2', '2 3']);
    const series = screen.getByRole('list', { name: 'Series, by pattern' });
    expect(series).toHaveTextContent('Target for Area A: 47.0 in 2026/27');
    expect(screen.getByRole('application')).toHaveAccessibleName(
      expect.stringContaining('with the target for Area A: 47.0 in 2026/27'),
    );
  });

  it('widens the value axis to take in a target above every line, and leaves the target out where it does not apply', () => {
    const { container, unmount } = renderChart({ target: { code: 'A', value: 58, year: 2027 } });
    // 40..58 in at most 6 round ticks: step 5, 40 to 60.
    expect(tickLabels(container, 'yAxis')).toEqual(['40', '45', '50', '55', '60']);
    unmount();
    // In FTE (no per-100,000 target), for an area not drawn, or with no value: no line, no key entry.
    for (const props of [
      { mode: 'fteIndex' as const, target: { code: 'A', value: 47, year: 2027 } },
      { target: { code: 'B', value: 47, year: 2027 } },
      { target: { code: 'A', value: null, year: 2027 } },
    ]) {
      const view = renderChart(props);
      expect(view.container.querySelector('.trend-target')).toBeNull();
      expect(view.container.querySelector('.trend-key')).not.toHaveTextContent('Target');
      view.unmount();
    }
  });

  it('steps through the years from the keyboard, shows each in a tooltip and says it', async () => {
    const { container } = renderChart();
    const chart = screen.getByRole('application', {
      name: /^Line chart of GP FTE per 100,000 patients by year for Area A, England\. The table below/,
    });
    expect(chart).toHaveAccessibleName(expect.stringMatching(/Left and right arrow keys step through the years\.$/));
    expect(chart).toHaveAttribute('tabindex', '0');
    const title = () => container.querySelector('.chart-tooltip-title')?.textContent ?? null;
    const live = () => container.querySelector('.chart-live')?.textContent;
    expect(title()).toBeNull();

    // Focus shows the first year; each arrow steps one year.
    await act(async () => fireEvent.focus(chart));
    expect(title()).toBe('2023/24');
    await act(async () => fireEvent.keyDown(chart, { key: 'ArrowRight' }));
    await act(async () => fireEvent.keyDown(chart, { key: 'ArrowRight' }));
    expect(title()).toBe('2025/26');
    expect([...container.querySelectorAll('.chart-tooltip li')].map((li) => li.textContent)).toEqual([
      'Area A — Scenario: 44.0 (80% range 43.0–45.0)',
      'England — Scenario: 51.0',
    ]);
    expect(live()).toBe('2025/26: Area A — Scenario 44.0 (80% range 43.0–45.0); England — Scenario 51.0');
    // The marked points sit on the lines, at the year's x.
    const box = plotBox(container);
    const dots = [...container.querySelectorAll('.recharts-active-dot circle')];
    expect(dots.map((c) => Number(c.getAttribute('cx')))).toEqual(
      dots.map(() => expect.closeTo(box.left + (2 * (box.right - box.left)) / 3, 2)),
    );
    expect(dots.map((c) => Number(c.getAttribute('cy'))).sort((a, b) => a - b)).toEqual([
      expect.closeTo(box.bottom - (11 * (box.bottom - box.top)) / 15, 2), // England 51
      expect.closeTo(box.bottom - (4 * (box.bottom - box.top)) / 15, 2), // Area A 44
    ]);
    await act(async () => fireEvent.keyDown(chart, { key: 'ArrowLeft' }));
    expect(title()).toBe('2024/25');
    // Escape hides the tooltip, and the live region falls silent.
    await act(async () => fireEvent.keyDown(chart, { key: 'Escape' }));
    expect(container.querySelector('.recharts-tooltip-wrapper')).toHaveStyle({ visibility: 'hidden' });
  });

  it('shows the year nearest the pointer, without saying it', async () => {
    const { container } = renderChart();
    const wrapper = container.querySelector<HTMLElement>('.recharts-wrapper')!;
    const box = plotBox(container);
    // A little right of 2024/25 (a third of the way across), nearer it than 2025/26.
    const clientX = box.left + (box.right - box.left) / 3 + 40;
    fireEvent.mouseMove(wrapper, { clientX, clientY: 100 });
    await waitFor(() => expect(container.querySelector('.chart-tooltip-title')?.textContent).toBe('2024/25'));
    // Both of 2024/25's series: recorded, and the scenario from it.
    expect(container.querySelectorAll('.chart-tooltip li')).toHaveLength(4);
    expect(container.querySelector('.chart-live')?.textContent).toBe('');
  });
});
