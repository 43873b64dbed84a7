// Presentation mode fits a projector: at 1280×720 and 1920×1080 the title, the map with its legend and the
// chart are on screen with no scrolling, legend text is at least 16 px, a long sub-ICB name is shortened
// (the full name kept in the title's tooltip), and the measure chosen shows checked in both charts' radio groups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPage, SCREENSHOT_DIR, startHarness, waitForMap, waitForPanels, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const FULL_NAME = 'NHS North East and North Cumbria ICB - 01H North Cumbria';

async function inViewport(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'on screen').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport!.height + 1);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport!.width + 1);
}

describe('presentation fits the screen', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`at ${width}×${height}: title, map, legend and chart on screen, no scrolling, readable sizes`, async () => {
      const { page, context, consoleErrors } = await openPage(harness, '?level=subicb&areas=01H', { width, height });
      await waitForMap(page, 106);
      await waitForPanels(page);
      await page.getByRole('button', { name: 'Present' }).click();
      const dialog = page.getByRole('dialog', { name: 'Presentation' });
      await dialog.waitFor();
      await expect.poll(() => dialog.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
      // Laid out: the chart has taken the height its box leaves.
      await expect
        .poll(() =>
          dialog.evaluate((d) => d.scrollHeight <= d.clientHeight && document.documentElement.scrollWidth <= innerWidth),
        )
        .toBe(true);

      const title = dialog.getByRole('heading', { level: 2 });
      await inViewport(page, title.locator('.present-area'));
      expect(await title.getAttribute('title')).toBe(FULL_NAME);
      expect(await title.locator('.present-area').textContent()).toMatch(/^North Cumbria/);
      const legend = dialog.getByRole('figure', { name: /^Legend:/ });
      await inViewport(page, legend);
      const legendPx = await legend
        .locator('li')
        .first()
        .evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
      expect(legendPx).toBeGreaterThanOrEqual(16);
      await inViewport(page, dialog.locator('.present-map .map'));
      await inViewport(page, dialog.locator('.present-chart .chart-plot'));
      expect((await dialog.locator('.present-chart .chart-plot').boundingBox())!.height).toBeGreaterThanOrEqual(140);
      await inViewport(page, dialog.locator('.trend-key'));

      // One measure for both charts (it is in the link): chosen in presentation, it is checked there, and the
      // dashboard's own radio group shows it checked too once presentation closes.
      await dialog.getByRole('radio', { name: /GP FTE, index/ }).check();
      await expect.poll(() => dialog.getByRole('radio', { name: /GP FTE, index/ }).isChecked()).toBe(true);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/present-${width}x${height}.png` });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      const dashboard = page.getByRole('region', { name: 'Trends' });
      await expect.poll(() => dashboard.getByRole('radio', { name: /GP FTE, index/ }).isChecked()).toBe(true);
      await expect.poll(() => new URL(page.url()).searchParams.get('measure')).toBe('fteIndex');
      await dashboard.getByRole('radio', { name: 'GP FTE', exact: true }).check();
      await expect.poll(() => dashboard.getByRole('radio', { name: 'GP FTE', exact: true }).isChecked()).toBe(true);
      expect(await dashboard.getByRole('radio', { name: /GP FTE, index/ }).isChecked()).toBe(false);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
