// Levers and shared links in the real browser: a planner raises international recruitment and sees England's
// projected FTE for 2035/36 rise; then sends the link, and a colleague opening it sees the same figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, SCREENSHOT_DIR, startHarness, waitForMap, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const fteOnScreen = async (page: Page) => Number((await page.getByTestId('headline-fte').textContent())?.replace(/,/g, ''));

describe('levers and shared links', () => {
  it('raising International recruitment raises England’s projected FTE for 2035/36 on screen', async () => {
    const { page, consoleErrors, context } = await openPage(harness);
    await waitForMap(page);
    await expect.poll(() => page.getByRole('heading', { name: /England, 2035\/36 \(projected\)/ }).count()).toBe(1);
    const before = await fteOnScreen(page);
    const slider = page.getByRole('slider', { name: 'International recruitment' });
    await slider.focus();
    for (let i = 0; i < 20; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => fteOnScreen(page)).toBeGreaterThan(before);
    await expect.poll(() => page.getByRole('button', { name: 'Reset International recruitment' }).isEnabled()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a shared URL opens the same view and numbers in a fresh browser, and a broken one opens with a notice', async () => {
    const first = await openPage(harness);
    await waitForMap(first.page);
    await first.page.getByLabel('Geography level').selectOption({ label: 'Sub-ICB (CCG)' });
    await first.page.getByRole('textbox', { name: /^Leaver rate value/ }).fill('7');
    await first.page.keyboard.press('Enter');
    await first.page.getByRole('textbox', { name: /^International recruitment value/ }).fill('400');
    await first.page.keyboard.press('Enter');
    await first.page
      .getByRole('table', { name: /^Areas at/ })
      .getByRole('button', { name: 'NHS Devon ICB - 15N' })
      .click();
    await expect.poll(() => first.page.getByRole('heading', { name: /NHS Devon ICB - 15N, 2035\/36/ }).count()).toBe(1);
    // The URL is rewritten once the state settles: both levers and the area are in it.
    await expect.poll(() => first.page.url()).toContain('areas=15N');
    const url = first.page.url();
    const levers = new URL(url).searchParams.get('levers') ?? '';
    expect(levers).toContain('leaverRate:');
    expect(levers).toContain('internationalRecruitment:400');
    // Read once the state the URL records has settled, so they are that state's figures.
    const figures = await first.page.getByRole('definition').allTextContents();
    expect(figures.length).toBeGreaterThan(0);
    await first.context.close();

    const second = await openPage(harness, url.replace(harness.baseUrl, ''));
    await waitForMap(second.page, 106);
    await expect.poll(() => second.page.getByRole('heading', { name: /NHS Devon ICB - 15N, 2035\/36/ }).count()).toBe(1);
    await expect.poll(() => second.page.getByRole('definition').allTextContents()).toEqual(figures);
    expect(second.consoleErrors).toEqual([]);
    await second.page.screenshot({ path: `${SCREENSHOT_DIR}/shared-link.png` });
    await second.context.close();

    const broken = await openPage(harness, '?level=ward&levers=leaverRate:abc,returners:99999&areas=NOPE');
    await waitForMap(broken.page, 42);
    const notice = broken.page.getByRole('alert').filter({ hasText: 'Some of the link could not be used' });
    await expect.poll(() => notice.count()).toBe(1);
    await expect.poll(() => notice.textContent()).toContain('Returners for England was 99,999');
    await broken.context.close();
  });
});
