// The dashboard's layout at 1280×720 (issue 18 part 7): the left column is not left empty below the trends (the
// Areas table sits under them and stays in view while the levers scroll), and "Show practices" looks different
// disabled, off and on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { openPage, SCREENSHOT_DIR, startHarness, waitForMap, waitForPanels, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const look = (button: Locator) =>
  button.evaluate((el) => {
    const s = getComputedStyle(el);
    return `${s.backgroundColor} ${s.color} ${s.borderStyle}`;
  });

describe('the dashboard at 1280×720', () => {
  it('puts the Areas table under the trends and keeps it in view beside the levers', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '?level=subicb', { width: 1280, height: 720 });
    await waitForMap(page, 106);
    await waitForPanels(page);
    const trends = (await page.getByRole('region', { name: 'Trends' }).boundingBox())!;
    const areas = page.getByRole('region', { name: 'Areas', exact: true });
    const table = (await areas.boundingBox())!;
    // Directly under the trends in the left column (a grid gap apart), not below the levers.
    expect(table.x).toBeLessThan(trends.x + 1);
    expect(table.y - (trends.y + trends.height)).toBeGreaterThanOrEqual(0);
    expect(table.y - (trends.y + trends.height)).toBeLessThan(30);
    // Scrolled down to the last lever, the Areas table is still on screen beside it.
    const slider = page.getByRole('slider', { name: 'International recruitment' });
    await slider.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const box = await areas.boundingBox();
        return box !== null && box.y >= 0 && box.y < 720 && box.height > 240;
      })
      .toBe(true);
    const levers = (await page.getByRole('region', { name: 'Planning levers' }).boundingBox())!;
    expect((await areas.boundingBox())!.x + table.width).toBeLessThanOrEqual(levers.x);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-1280-levers.png` });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('"Show practices" looks different disabled, off and on', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '', { width: 1280, height: 720 });
    await waitForMap(page);
    const toggle = page.getByRole('button', { name: 'Show practices' });
    expect(await toggle.isDisabled()).toBe(true);
    const disabled = await look(toggle);
    await page.goto(`${harness.baseUrl}?areas=QKS`);
    await waitForMap(page);
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const off = await look(toggle);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const on = await look(toggle);
    expect(new Set([disabled, off, on]).size).toBe(3);
    // Disabled is dashed; on is marked by more than colour (a tick).
    expect(disabled).toMatch(/dashed$/);
    expect(await toggle.textContent()).toBe('✓Show practices');
    await page.getByRole('table', { name: /^Practices of/ }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-practices-open.png` });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
