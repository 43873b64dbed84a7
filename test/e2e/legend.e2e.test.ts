// At the app's own limits (4 areas with England, 3 compared scenarios) the trend chart's key stays below its
// plot and clear of the "Download chart as PNG" button, at 1280, 1440 and 1920 px wide; and the PNG export
// draws it.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { pageForThisFile, SCREENSHOT_DIR, waitForPanels } from './harness';

// Four sub-ICBs (the most that can be compared), at sub-ICB level.
const shared = pageForThisFile('?level=subicb&areas=00L,00N,00P,01H');

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
};

describe('the trend key at its limits', () => {
  it('saves and compares three scenarios with four areas selected', async () => {
    const { page } = shared.watched;
    await waitForPanels(page);
    for (const [name, value] of [
      ['More recruits', '500'],
      ['Many more recruits', '1000'],
      ['Fewer recruits', '0'],
    ] as const) {
      const box = page.getByRole('textbox', { name: /^International recruitment value/ });
      await box.fill(value);
      await box.press('Enter');
      await page.getByRole('textbox', { name: 'Scenario name' }).fill(name);
      await page.getByRole('button', { name: 'Save current scenario' }).click();
      await page.getByRole('checkbox', { name: `Compare ${name}` }).check();
    }
    // A scenario unlike all three, so none of them is drawn as the same line as it (and merged into its entry).
    const box = page.getByRole('textbox', { name: /^International recruitment value/ });
    await box.fill('250');
    await box.press('Enter');
    const series = page.getByRole('region', { name: 'Trends' }).getByRole('list', { name: 'Series, by pattern' });
    await expect.poll(() => series.getByRole('listitem').count()).toBe(8); // 3 own series, 3 saved, the range, the target
    const areas = page.getByRole('region', { name: 'Trends' }).getByRole('list', { name: 'Areas, by colour' });
    await expect.poll(() => areas.getByRole('listitem').count()).toBe(5);
  });

  for (const width of [1280, 1440, 1920]) {
    it(`keeps the key off the plot and the PNG button at ${width} px`, async () => {
      const { page } = shared.watched;
      await page.setViewportSize({ width, height: 900 });
      const trends = page.getByRole('region', { name: 'Trends' });
      await trends.scrollIntoViewIfNeeded();
      const plot = trends.locator('.chart-plot').first();
      const key = trends.locator('.trend-key');
      const button = trends.getByRole('button', { name: 'Download chart as PNG' });
      await expect.poll(async () => (await box(plot)).height).toBeGreaterThan(200);
      const [plotBox, keyBox, buttonBox] = [await box(plot), await box(key), await box(button)];
      expect(overlaps(keyBox, plotBox)).toBe(false);
      expect(overlaps(keyBox, buttonBox)).toBe(false);
      expect(keyBox.y).toBeGreaterThanOrEqual(plotBox.y + plotBox.height - 1);
      // Every entry is inside the panel, not cut off at its edge.
      const panel = await box(trends);
      for (const item of await trends.locator('.trend-key-item').all()) {
        const b = await box(item);
        expect(b.x).toBeGreaterThanOrEqual(panel.x);
        expect(b.x + b.width).toBeLessThanOrEqual(panel.x + panel.width + 1);
      }
      await trends.screenshot({ path: `${SCREENSHOT_DIR}/trend-key-${width}.png` });
    });
  }

  it('draws the key in the chart PNG', async () => {
    const { page } = shared.watched;
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('region', { name: 'Trends' }).getByRole('button', { name: 'Download chart as PNG' }).click(),
    ]);
    expect(await file.failure()).toBeNull();
    await file.saveAs(`${SCREENSHOT_DIR}/trend-key-export.png`);
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
