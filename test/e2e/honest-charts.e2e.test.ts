// Charts that do not mislead, in the built app: the national chart's time axis is proportional to time (equal
// years, equal widths, across the change from quarterly to monthly snapshots), and the trend chart compares an
// area with England on one scale in every measure (never two y-axes).
import { describe, expect, it } from 'vitest';
import { pageForThisFile, waitForPanels } from './harness';

const shared = pageForThisFile('?areas=QKS');

describe('honest charts', () => {
  it('gives every year of the national chart the same width', async () => {
    const { page } = shared.watched;
    await waitForPanels(page);
    const national = page.getByRole('region', { name: 'England: GPs by role, monthly' });
    // The vertical grid lines stand at the axis's ticks: January of each year.
    const lines = national.locator('.recharts-cartesian-grid-vertical line');
    await expect.poll(() => lines.count()).toBeGreaterThanOrEqual(9);
    // (The plot's own left and right edges are drawn too: only the lines inside it are ticks.)
    const xs = await lines.evaluateAll((els) =>
      els
        .map((el) => ({
          x: Number(el.getAttribute('x1')),
          left: Number(el.getAttribute('x')),
          width: Number(el.getAttribute('width')),
        }))
        .filter((l) => l.x > l.left + 0.5 && l.x < l.left + l.width - 0.5)
        .map((l) => l.x),
    );
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
    // In plain FTE, England is left out (it would flatten the area) and the chart says so.
    await expect.poll(() => trends.getByText(/England is left out in FTE/).count()).toBe(1);
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
