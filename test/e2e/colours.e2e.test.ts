// Colours that can be compared, in the built app in Chromium: with "Same colour scale for every year" on (the
// default), stepping the years changes the class of an area whose GP FTE per 100,000 fell; off,
// the legend says the scale is the year's own; the legend shows the under-doctored threshold; and a tooltip
// in the London inset at 1280×720 is drawn whole, outside the inset's box and inside the window.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openPage, pageForThisFile, waitForMap, waitForMapAtRest, SCREENSHOT_DIR } from './harness';

// The sub-ICB whose GP FTE per 100,000 patients fell most from the first to the last recorded year while staying
// at or above 90% of England's (so the flag's own class does not hide the change), from the committed data.
const areasFile = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/areas.json'), 'utf8')) as {
  years: number[];
  areas: { code: string; level: string; fte: (number | null)[]; patients: (number | null)[] }[];
};
const last = areasFile.years.length - 1;
const per100k = (a: (typeof areasFile.areas)[number], i: number) => ((a.fte[i] ?? NaN) / (a.patients[i] ?? NaN)) * 100_000;
const england = areasFile.areas.find((a) => a.code === 'ENG');
if (!england) throw new Error('areas.json has no England');
const declining = areasFile.areas
  .filter((a) => a.level === 'subicb')
  .filter((a) => per100k(a, 0) >= 0.9 * per100k(england, 0) && per100k(a, last) >= 0.9 * per100k(england, last))
  .sort((a, b) => per100k(a, last) / per100k(a, 0) - per100k(b, last) / per100k(b, 0))[0];
if (!declining) throw new Error('no declining sub-ICB');

const shared = pageForThisFile(`?level=subicb&areas=${declining.code}&year=2016`);

const legend = (page: Page) => page.locator('#map-panel figure.legend');
/** The fill of the selected (outlined) area on the dashboard map. */
const selectedFill = (page: Page) =>
  page
    .getByRole('region', { name: 'Map', exact: true })
    .locator('.leaflet-overlay-pane path[stroke="#000000"]')
    .getAttribute('fill');
const setYear = (page: Page, label: string) =>
  page.getByRole('group', { name: 'View' }).getByLabel('Year', { exact: true }).selectOption({ label });

describe('the same colour scale for every year', () => {
  it("is on by default, and a declining area's colour changes class as the years step", async () => {
    const { page } = shared.watched;
    // The data: it fell by more than a fifth (North Cumbria, 01H: 61.7 to 41.5 in the data as committed).
    expect(per100k(declining, last)).toBeLessThan(0.8 * per100k(declining, 0));
    const box = page.getByRole('checkbox', { name: 'Same colour scale for every year' });
    expect(await box.isChecked()).toBe(true);
    // Once the projection has run the scale spans the projected years too.
    await expect.poll(() => legend(page).textContent(), { timeout: 60_000 }).toContain('Same scale for 2015/16–2035/36');
    await expect.poll(() => page.locator('#map-panel h2').textContent()).toBe('GP FTE per 100,000 patients, 2015/16');
    const first = await selectedFill(page);
    await setYear(page, '2024/25');
    await expect.poll(() => selectedFill(page)).not.toBe(first);
    const recorded = await selectedFill(page);
    await setYear(page, '2035/36 (projected)');
    await expect.poll(() => page.locator('#map-panel h2').textContent()).toBe('GP FTE per 100,000 patients, 2035/36 (projected)');
    // Same breaks in every year: the legend's classes other than the threshold's are the same list.
    const classes = async () =>
      (await legend(page).locator('li').allTextContents()).filter((t) => !t.includes('under-doctored')).slice(-3);
    const late = await classes();
    await setYear(page, '2015/16');
    expect(await classes()).toEqual(late);
    expect(await selectedFill(page)).toBe(first);
    expect(recorded).not.toBeNull();
  });

  it("off, the breaks are the year's own and the legend says so", async () => {
    const { page } = shared.watched;
    await setYear(page, '2015/16');
    await page.getByRole('checkbox', { name: 'Same colour scale for every year' }).uncheck();
    await expect.poll(() => legend(page).textContent()).toContain('Scale for 2015/16 only');
    await page.getByRole('checkbox', { name: 'Same colour scale for every year' }).check();
    await expect.poll(() => legend(page).textContent()).toContain('Same scale for 2015/16–2035/36');
  });

  it('shows the under-doctored threshold in the legend', async () => {
    const { page } = shared.watched;
    await setYear(page, '2024/25');
    const threshold = legend(page).locator('li', { hasText: 'under-doctored' });
    await expect.poll(() => threshold.textContent()).toMatch(/^below 90% of England \(\d+\.\d\): under-doctored$/);
    // The flagged class has areas in it at sub-ICB level in 2024/25 (its colour is on the map).
    const flagColour = await threshold.locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(flagColour).toBe('rgb(213, 94, 0)');
    const fills = await page
      .getByRole('region', { name: 'Map', exact: true })
      .locator('.leaflet-overlay-pane path')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
    expect(fills.filter((f) => f?.toLowerCase() === '#d55e00').length).toBeGreaterThan(0);
    await legend(page).screenshot({ path: resolve(SCREENSHOT_DIR, 'colours-legend.png') });
  });
});

describe('tooltips in the London inset', () => {
  it('at 1280×720 are drawn whole: outside the inset, inside the window', async () => {
    const watched = await openPage(shared.harness, '?level=subicb', { width: 1280, height: 720 });
    const { page } = watched;
    try {
      await waitForMap(page);
      const inset = page.getByRole('region', { name: 'London inset map' });
      await inset.scrollIntoViewIfNeeded();
      await waitForMapAtRest(page, '[aria-label="London inset map"]');
      const insetBox = await inset.boundingBox();
      const path = inset.locator('.leaflet-overlay-pane path').first();
      const pathBox = await path.boundingBox();
      if (!insetBox || !pathBox) throw new Error('inset not drawn');
      await page.mouse.move(pathBox.x + pathBox.width / 2, pathBox.y + pathBox.height / 2);
      const tooltip = page.locator('.map-page-tooltip');
      await expect.poll(() => tooltip.textContent()).toContain('Rank');
      const text = await tooltip.textContent();
      expect(text).toContain('2024/25');
      expect(text).toMatch(/GP FTE per 100,000 patients: \d/);
      expect(text).toContain('Patients:');
      expect(text).toMatch(/under-doctored/i);
      expect(text).toContain('Change since 2015/16');
      // Not inside the inset (whose map clips what overflows it), and larger than it would allow.
      expect(await tooltip.evaluate((el) => el.closest('.london-inset') === null)).toBe(true);
      const tipBox = await tooltip.boundingBox();
      if (!tipBox) throw new Error('tooltip not drawn');
      const outsideInset =
        tipBox.x < insetBox.x ||
        tipBox.y < insetBox.y ||
        tipBox.x + tipBox.width > insetBox.x + insetBox.width ||
        tipBox.y + tipBox.height > insetBox.y + insetBox.height;
      expect(outsideInset).toBe(true);
      // Whole inside the window.
      expect(tipBox.x).toBeGreaterThanOrEqual(0);
      expect(tipBox.y).toBeGreaterThanOrEqual(0);
      expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(1280);
      expect(tipBox.y + tipBox.height).toBeLessThanOrEqual(720);
      // Painted on top of everything: hit-tested at its corners (it ignores the pointer, so for this check only it takes it).
      const onTop = await tooltip.evaluate((el) => {
        const tip = el as HTMLElement;
        tip.style.pointerEvents = 'auto';
        const r = tip.getBoundingClientRect();
        const corners = [
          [r.left + 2, r.top + 2],
          [r.right - 2, r.top + 2],
          [r.left + 2, r.bottom - 2],
          [r.right - 2, r.bottom - 2],
        ];
        const all = corners.every(([x, y]) => tip.contains(document.elementFromPoint(x ?? 0, y ?? 0)));
        tip.style.pointerEvents = '';
        return all;
      });
      expect(onTop).toBe(true);
      await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'colours-london-tooltip.png') });
      // Leaving the area hides it.
      await page.mouse.move(5, 5);
      await expect.poll(() => tooltip.count()).toBe(0);
      expect(watched.consoleErrors).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });

  it('logs no console errors', () => {
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
