// Presentation mode in headless Chromium at projector size (1920×1080), by keyboard alone: Tab to
// "Present" and Enter, arrows step the year and area, Space plays the years, Escape returns to the dashboard.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { resolve } from 'node:path';
import { openPage, startHarness, waitForMap, waitForMapAtRest, SCREENSHOT_DIR, type Harness, type WatchedPage } from './harness';

let harness: Harness;
let watched: WatchedPage;

beforeAll(async () => {
  harness = await startHarness();
  watched = await openPage(harness, '', { width: 1920, height: 1080 });
  await waitForMap(watched.page);
});

afterAll(async () => {
  await watched?.context.close();
  await harness?.close();
});

const dialog = () => watched.page.getByRole('dialog', { name: 'Presentation' });
const title = () => dialog().getByRole('heading', { level: 2 });
const titleText = async () => (await title().textContent()) ?? '';
const focusedText = () => watched.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('presentation mode in Chromium', () => {
  it('opens from the keyboard alone: Tab to "Present", then Enter', async () => {
    const { page } = watched;
    // The Present button is enabled once the data is in; the projection runs just after.
    await page.getByRole('button', { name: 'Present' }).and(page.locator(':enabled')).waitFor();
    await page.getByRole('region', { name: 'Headline' }).getByText('Projected GP FTE').waitFor({ timeout: 60_000 });
    let presses = 0;
    while ((await focusedText()) !== 'Present' && presses < 10) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await focusedText()).toBe('Present');
    await page.keyboard.press('Enter');
    await dialog().waitFor();
    // Focus moves in after the dialog is in the page (in an effect): wait for it.
    await expect.poll(() => dialog().evaluate((el) => el.contains(document.activeElement))).toBe(true);
    // The map inside draws the 42 ICBs.
    await expect.poll(() => dialog().locator('[aria-label="Map"] .leaflet-overlay-pane path').count()).toBe(42);
    await expect.poll(titleText).toContain('2024/25');
  });

  it('ArrowRight twice steps two years on, into the projection, and the URL follows', async () => {
    await watched.page.keyboard.press('ArrowRight');
    await watched.page.keyboard.press('ArrowRight');
    await expect.poll(titleText).toContain('2026/27 (projected)');
    // The URL is rewritten once the state settles.
    await expect.poll(() => new URL(watched.page.url()).searchParams.get('year')).toBe('2027');
  });

  it('ArrowDown and ArrowUp change the area on show', async () => {
    const { page } = watched;
    await expect.poll(titleText).toMatch(/^England/);
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() =>
        dialog()
          .getByText(/rank \d+ of 42/)
          .textContent(),
      )
      .toContain('rank 1 of 42');
    await expect.poll(titleText).not.toMatch(/^England/);
    const first = await titleText();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() =>
        dialog()
          .getByText(/rank \d+ of 42/)
          .textContent(),
      )
      .toContain('rank 2 of 42');
    await expect.poll(titleText).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await expect.poll(titleText).toBe(first);
    // The map outlines the area on show.
    await expect.poll(() => dialog().locator('[aria-label="Map"] .leaflet-overlay-pane path[stroke="#000000"]').count()).toBe(1);
  });

  it('Space plays the years: the year moves on, and Space pauses', async () => {
    const { page } = watched;
    const before = await titleText();
    await page.keyboard.press('Space');
    await dialog().getByRole('button', { name: 'Pause' }).waitFor();
    await expect.poll(titleText, { timeout: 60_000, interval: 100 }).not.toBe(before);
    await page.keyboard.press('Space');
    await dialog().getByRole('button', { name: 'Play years' }).waitFor();
  });

  it('writes a screenshot of presentation mode at 1920×1080', async () => {
    // Let the map finish flying to the area on show.
    await waitForMapAtRest(watched.page, '[role="dialog"] [aria-label="Map"]');
    const png = await watched.page.screenshot({ path: resolve(SCREENSHOT_DIR, 'presentation.png') });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('Escape leaves: the dashboard is back with focus on "Present"', async () => {
    const { page } = watched;
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    // Focus goes back as the dialog unmounts (in an effect's clean-up), and leaving full screen is asynchronous.
    await expect.poll(focusedText).toBe('Present');
    await page.getByRole('region', { name: /^GP FTE per 100,000 patients, \d{4}\/\d{2}/ }).waitFor();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  it('logs no console errors', () => {
    expect(watched.consoleErrors).toEqual([]);
  });
});
