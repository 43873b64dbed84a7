// The presentation header on the screens people present on, and the header on a phone (issue 18 part 5):
// - at 1024×768, 1280×720 and 1920×1080 the year and the level are whole (never cut or split), and the place name is
//   whole for the longest sub-ICB name; at 1280×720 for every one of the 106 sub-ICB areas;
// - "Copy link" says what it copied in a notice that floats over the page (the map keeps its size and place) and
//   fades after a few seconds, on the dashboard and in the presentation;
// - on a 390×844 phone every header control is on screen and tall enough to tap, and works.
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

// The longest sub-ICB place name (38 characters).
const LONGEST = 'D9Y0V';

/**
 * Whether an element is shown whole: inside the viewport and inside every ancestor that clips (overflow not
 * visible), on one line (one client rect), and not ending in an ellipsis of its own.
 */
async function whole(locator: Locator) {
  return locator.evaluate((el) => {
    // One line: every fragment (a text node each) on the same line.
    const rects = [...el.getClientRects()];
    const lines = new Set(rects.map((f) => Math.round(f.bottom)));
    if (lines.size !== 1) return `${lines.size} lines`;
    const r = {
      left: Math.min(...rects.map((f) => f.left)),
      right: Math.max(...rects.map((f) => f.right)),
      top: Math.min(...rects.map((f) => f.top)),
      bottom: Math.max(...rects.map((f) => f.bottom)),
    };
    if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) return 'off screen';
    for (let a = el.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = a.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
        return `clipped by ${a.className}`;
    }
    if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) return 'overflows';
    return 'whole';
  });
}

/** The place name: whole, in lines that each fit the heading (it may wrap onto a second line, never cut). */
async function nameFits(locator: Locator) {
  return locator.evaluate((el) => {
    const heading = el.closest('.present-heading')!.getBoundingClientRect();
    const rects = [...el.getClientRects()];
    const lines = new Set(rects.map((f) => Math.round(f.bottom))).size;
    if (rects.some((r) => r.left < heading.left - 0.5 || r.right > heading.right + 0.5)) return 'wider than the heading';
    if (rects.some((r) => r.right > innerWidth + 0.5)) return 'off screen';
    return lines <= 2 ? 'fits' : `${lines} lines`;
  });
}

async function present(page: Page) {
  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  await dialog.waitFor();
  await expect.poll(() => dialog.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
  return dialog;
}

describe('the presentation header', () => {
  for (const [width, height] of [
    [1024, 768],
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`at ${width}×${height} shows the year, the level and the longest place name whole`, async () => {
      const { page, context, consoleErrors } = await openPage(harness, `?level=subicb&areas=${LONGEST}`, { width, height });
      await waitForMap(page, 106);
      const dialog = await present(page);
      const title = dialog.getByRole('heading', { level: 2 });
      await expect.poll(() => whole(title.locator('.present-year'))).toBe('whole');
      expect(await title.locator('.present-year').textContent()).toBe('2024/25');
      expect(await whole(title.locator('.present-level'))).toBe('whole');
      expect(await title.locator('.present-level').textContent()).toBe('· Sub-ICB (CCG) areas');
      expect(await title.locator('.present-area-main').textContent()).toBe('Hampshire, Southampton & Isle of Wight');
      expect(await nameFits(title.locator('.present-area-main'))).toBe('fits');
      expect(await title.getAttribute('title')).toBe(
        'NHS Hampshire and Isle Of Wight ICB - D9Y0V Hampshire, Southampton & Isle of Wight',
      );
      for (const name of ['Play years', 'Copy link', 'Leave presentation']) {
        expect(await whole(dialog.getByRole('button', { name, exact: true })), name).toBe('whole');
      }
      // A projected year is whole too, with its "(projected)": ArrowRight steps the year on.
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => title.locator('.present-year').textContent()).toBe('2027/28 (projected)');
      expect(await whole(title.locator('.present-year'))).toBe('whole');
      await page.screenshot({ path: `${SCREENSHOT_DIR}/present-header-${width}x${height}.png` });
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('at 1280×720 cuts none of the 106 sub-ICB place names', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '?level=subicb', { width: 1280, height: 720 });
    await waitForMap(page, 106);
    const dialog = await present(page);
    const title = dialog.getByRole('heading', { level: 2 });
    const seen = new Set<string>();
    const cut: string[] = [];
    // England first, then ArrowDown through the areas in rank order.
    for (let i = 0; i < 106; i++) {
      const before = await title.getAttribute('title');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => title.getAttribute('title')).not.toBe(before);
      const full = (await title.getAttribute('title'))!;
      seen.add(full);
      const fit = await nameFits(title.locator('.present-area-main'));
      if (fit !== 'fits') cut.push(`${full}: ${fit}`);
    }
    expect(await whole(title.locator('.present-year'))).toBe('whole');
    expect(seen.size).toBe(106);
    expect(cut).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('"Copy link"', () => {
  it('floats its confirmation over the page, moves nothing, and fades after a few seconds', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '?level=subicb&areas=01H', { width: 1280, height: 720 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await waitForMap(page, 106);
    await waitForPanels(page);
    const map = page.getByRole('region', { name: 'Map', exact: true }).first();
    const mapBefore = await page.locator('.map-panel .map').first().boundingBox();
    const headerBefore = await page.getByRole('banner').boundingBox();
    const status = page.getByRole('banner').getByRole('status');
    await page.getByRole('banner').getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^Copied the link to this view: Sub-ICB \(CCG\) level/);
    expect(await page.getByRole('banner').boundingBox()).toEqual(headerBefore);
    expect(await page.locator('.map-panel .map').first().boundingBox()).toEqual(mapBefore);
    expect(await map.count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/copy-link-notice.png` });
    // Gone after COPY_NOTICE_MS (6 s): the live region stays, empty.
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toBe('');
    expect(await page.locator('.map-panel .map').first().boundingBox()).toEqual(mapBefore);

    const dialog = await present(page);
    const presentMap = await dialog.locator('.present-map .map').boundingBox();
    const heading = await dialog.locator('.present-top').boundingBox();
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^Copied the link to this view/);
    expect(await dialog.locator('.present-top').boundingBox()).toEqual(heading);
    expect(await dialog.locator('.present-map .map').boundingBox()).toEqual(presentMap);
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 60_000 }).toBe('');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('on a 390×844 phone', () => {
  it('every header control is on screen, tall enough to tap, and works; so is every presentation control', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '', { width: 390, height: 844 });
    await waitForMap(page);
    const banner = page.getByRole('banner');
    const buttons = banner.getByRole('button');
    const names = await buttons.allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Copy link', 'Print summary', 'Present', 'About the data']));
    for (let i = 0; i < names.length; i++) {
      const box = (await buttons.nth(i).boundingBox())!;
      expect(box.x, names[i]).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, names[i]).toBeLessThanOrEqual(390);
      expect(box.height, names[i]).toBeGreaterThanOrEqual(44);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-header.png` });
    // Tapped, not just clicked: nothing else is over them.
    await banner.getByRole('button', { name: 'About the data' }).click({ trial: true });
    await banner.getByRole('button', { name: 'About the data' }).click();
    await page.getByRole('region', { name: 'About the data' }).waitFor();

    await waitForPanels(page);
    const dialog = await present(page);
    for (const name of ['Play years', 'Copy link', 'Leave presentation']) {
      const box = (await dialog.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }
    expect(await whole(dialog.locator('.present-year'))).toBe('whole');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-present.png` });
    await dialog.getByRole('button', { name: 'Leave presentation' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
