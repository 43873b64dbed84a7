// Charts that do not mislead, in the built app: the national chart's time axis is proportional to time (equal
// years, equal widths, across the change from quarterly to monthly snapshots), and the trend chart compares an
// area with England on one scale in every measure (never two y-axes), its years equally spaced.
import { describe, expect, it } from 'vitest';
import { pageForThisFile, waitForPanels } from './harness';

const shared = pageForThisFile('?areas=QKS');

describe('honest charts', () => {
  it('gives every year of the national chart the same width', async () => {
    const { page } = shared.watched;
    await waitForPanels(page);
    const national = page.getByRole('region', { name: 'England: GPs by role, monthly' });
    // The vertical grid lines inside the plot stand at the axis's ticks: January of each year (recharts also
    // draws the plot's left and right edges, which are not ticks).
    const plot = national.locator('.recharts-xAxis .recharts-cartesian-axis-line');
    await plot.waitFor({ state: 'attached' });
    const [left, right] = [Number(await plot.getAttribute('x1')), Number(await plot.getAttribute('x2'))];
    const lines = national.locator('.recharts-cartesian-grid-vertical line');
    await expect.poll(() => lines.count()).toBeGreaterThanOrEqual(9);
    const xs = (await lines.evaluateAll((els) => els.map((el) => Number(el.getAttribute('x1'))))).filter(
      (x) => x > left + 0.5 && x < right - 0.5,
    );
    // Each year's label on the axis stands at its grid line.
    const labels = national.locator('.recharts-xAxis-tick-labels text');
    expect(await labels.allTextContents()).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(await labels.evaluateAll((els) => els.map((el) => Number(el.getAttribute('x'))))).toEqual(xs);
    expect(xs.length).toBe(10); // January 2016 to January 2025
    const widths = xs.slice(1).map((x, i) => x - (xs[i] ?? 0));
    // 2016→2017 (quarterly snapshots) as wide as 2023→2024 (monthly), within a pixel.
    for (const w of widths) expect(Math.abs(w - (widths[0] ?? 0))).toBeLessThanOrEqual(1);
  });

  it('puts an area and England on one y-axis in every measure', async () => {
    const { page } = shared.watched;
    const trends = page.getByRole('region', { name: 'Trends' });
    for (const name of [/^GP FTE per 100,000 patients$/, /^GP FTE, index \(2015\/16 = 100\)$/, /^GP FTE$/]) {
      await trends.getByRole('radio', { name }).check();
      await expect.poll(() => trends.locator('.recharts-yAxis').count()).toBe(1);
    }
    // Equal years at equal widths on the trend chart too: its year ticks (2015/16, 2020/21, ...) are evenly spaced.
    const ticks = trends.locator('.recharts-xAxis-tick-labels text');
    const tickXs = await ticks.evaluateAll((els) => els.map((el) => Number(el.getAttribute('x'))));
    expect(tickXs.length).toBeGreaterThanOrEqual(3);
    const steps = tickXs.slice(1).map((x, i) => x - (tickXs[i] ?? 0));
    for (const step of steps) expect(Math.abs(step - (steps[0] ?? 0))).toBeLessThanOrEqual(1);
    // In plain FTE, England is left out (it would flatten the area) and the chart says so.
    await expect.poll(() => trends.getByText(/England is left out in FTE/).count()).toBe(1);
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
