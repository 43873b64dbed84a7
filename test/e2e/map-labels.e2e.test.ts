// Place names on the map, in the built app in Chromium: at ICB level labels are drawn, none overlapping,
// all inside the map and clear of the London inset, at 12 px or more; a selected area is always labelled,
// even where its name would not otherwise fit; zooming in at sub-ICB level shows more labels; presentation
// mode at projector size (1280×720) labels at 16 px or more; and the map PNG has its labels drawn on it.
import { describe, it, expect } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { openPage, pageForThisFile, waitForMap, waitForMapAtRest, SCREENSHOT_DIR } from './harness';
import { INK } from '../../src/features/export/png-layout';
import { shortAreaName } from '../../src/components/map/labels/short-names';

const shared = pageForThisFile();

interface LabelBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontPx: number;
}

/** The drawn text of every label in a map region, with its on-screen box and font size. */
function labelBoxes(region: Locator): Promise<LabelBox[]> {
  return region.locator('.leaflet-areaLabels-pane .area-label-text').evaluateAll((elements) =>
    elements.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        text: [...el.children].map((line) => line.textContent).join(' '),
        x: r.left,
        y: r.top,
        width: r.width,
        height: r.height,
        fontPx: parseFloat(getComputedStyle(el).fontSize),
      };
    }),
  );
}

type Rect = Pick<LabelBox, 'x' | 'y' | 'width' | 'height'>;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** Pairs of labels whose boxes overlap, as "A / B" (none expected). */
function overlappingPairs(labels: readonly LabelBox[]): string[] {
  const pairs: string[] = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => overlap(a, b) && pairs.push(`${a.text} / ${b.text}`)));
  return pairs;
}

async function boxOf(locator: Locator): Promise<Rect> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not drawn');
  return box;
}

const mainMap = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
const areasTable = (page: Page) => page.getByRole('table', { name: /^Areas at/ });

/** Waits until the map has settled and its labels have been placed for that view (they follow a frame later). */
async function labelsAtRest(page: Page, region: Locator, scope = '[aria-label="Map"]'): Promise<LabelBox[]> {
  await waitForMapAtRest(page, scope);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  return labelBoxes(region);
}

/** Checks what every view must satisfy, after saving a screenshot of it as `shot` if given; returns the labels. */
async function expectTidyLabels(
  page: Page,
  region: Locator,
  { minFontPx, scope, shot }: { minFontPx: number; scope?: string; shot?: string },
): Promise<LabelBox[]> {
  const labels = await labelsAtRest(page, region, scope);
  // The map and its inset (the region's parent holds both), or the whole screen for presentation mode.
  if (shot) await (scope ? page : region.locator('..')).screenshot({ path: resolve(SCREENSHOT_DIR, shot) });
  expect(labels.length).toBeGreaterThan(0);
  expect(overlappingPairs(labels)).toEqual([]);
  const map = await boxOf(region.locator('.leaflet-container').first());
  expect(labels.filter((l) => !inside(map, l)).map((l) => l.text)).toEqual([]);
  expect(labels.filter((l) => l.fontPx < minFontPx).map((l) => `${l.text} ${l.fontPx}px`)).toEqual([]);
  return labels;
}

describe('place names on the map in Chromium', () => {
  it('labels ICBs with short names, none overlapping, inside the map, clear of the inset and its controls', async () => {
    const { page } = shared.watched;
    await waitForMap(page, 42);
    const labels = await expectTidyLabels(page, mainMap(page), { minFontPx: 12, shot: 'map-labels-icb.png' });
    expect(labels.length).toBeGreaterThanOrEqual(8);
    // Short names: no "NHS " or " ICB" on the map (the tooltip and the table keep the full name).
    expect(labels.map((l) => l.text)).toContain('Devon');
    expect(labels.filter((l) => /^NHS |ICB/.test(l.text))).toEqual([]);
    const inset = await boxOf(page.getByRole('region', { name: 'London inset map' }));
    const controls = await Promise.all([
      boxOf(mainMap(page).getByRole('button', { name: 'Zoom in' })),
      boxOf(mainMap(page).getByRole('button', { name: 'Show all England' })),
    ]);
    expect(labels.filter((l) => [inset, ...controls].some((r) => overlap(r, l))).map((l) => l.text)).toEqual([]);
    // The inset labels London's ICBs too (its own placement, inside the inset).
    expect((await labelBoxes(page.getByRole('region', { name: 'London inset map' }))).length).toBeGreaterThan(0);
  });

  it('keeps the labels out of the accessibility tree, the tab order and the pointer’s way', async () => {
    const { page } = shared.watched;
    const panes = mainMap(page).locator('.leaflet-areaLabels-pane');
    expect(await panes.getAttribute('aria-hidden')).toBe('true');
    expect(await panes.locator('[tabindex], a, button').count()).toBe(0);
    // Pointing at a label reaches the area under it: its tooltip has the full name.
    const devon = await boxOf(panes.locator('.area-label-text', { hasText: 'Devon' }));
    await page.mouse.move(devon.x + devon.width / 2, devon.y + devon.height / 2);
    await expect.poll(() => mainMap(page).locator('.leaflet-tooltip').textContent()).toContain('NHS Devon ICB');
    await page.mouse.move(0, 0);
  });

  it("always labels the selected area, even one too small for its name at England's scale", async () => {
    const { page } = shared.watched;
    const blackCountry = () => labelBoxes(mainMap(page)).then((ls) => ls.filter((l) => l.text === 'Black Country'));
    // Not labelled unselected at England's scale: its name is wider than the area.
    expect(await blackCountry()).toEqual([]);
    await areasTable(page).getByRole('button', { name: 'NHS Black Country ICB' }).click();
    await expectTidyLabels(page, mainMap(page), { minFontPx: 12 });
    expect(await blackCountry()).toHaveLength(1);
    // Back to all England: still labelled, and still nothing overlaps.
    await mainMap(page).getByRole('button', { name: 'Show all England' }).click();
    await expectTidyLabels(page, mainMap(page), { minFontPx: 12, shot: 'map-labels-selected.png' });
    await expect.poll(async () => (await blackCountry()).length).toBe(1);
  });

  it('names the regions at region level', async () => {
    const { page } = shared.watched;
    await page.getByLabel('Geography level').selectOption({ label: 'Region' });
    await waitForMap(page, 7);
    const labels = await expectTidyLabels(page, mainMap(page), { minFontPx: 12, shot: 'map-labels-region.png' });
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['South West', 'Midlands', 'East of England']));
  });

  it('shows more sub-ICB labels when zoomed in, still without overlaps', async () => {
    const { page } = shared.watched;
    await page.getByLabel('Geography level').selectOption({ label: 'Sub-ICB (CCG)' });
    await waitForMap(page, 106);
    const englandView = await expectTidyLabels(page, mainMap(page), { minFontPx: 12, shot: 'map-labels-subicb.png' });
    await mainMap(page).getByRole('button', { name: 'Zoom in' }).click();
    await mainMap(page).getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await expectTidyLabels(page, mainMap(page), { minFontPx: 12, shot: 'map-labels-subicb-zoomed.png' });
    expect(zoomed.length).toBeGreaterThan(englandView.length);
    // Names now shown that were not at England's scale.
    expect(zoomed.filter((l) => !englandView.some((e) => e.text === l.text)).length).toBeGreaterThan(0);
  });

  it('keeps its labels in place while a lever moves: labels do not depend on values', async () => {
    const { page } = shared.watched;
    await page.getByRole('combobox', { name: 'Year', exact: true }).selectOption('2031');
    await labelsAtRest(page, mainMap(page));
    // Mark one drawn label; a re-placement would replace every label element.
    await mainMap(page)
      .locator('.area-label-text')
      .first()
      .evaluate((el) => el.setAttribute('data-probe', 'kept'));
    const headline = async () => (await page.getByTestId('headline-fte').textContent()) ?? '';
    const before = await headline();
    await page.getByRole('slider', { name: 'International recruitment' }).focus();
    for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(headline).not.toBe(before);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 200))));
    expect(await mainMap(page).locator('[data-probe="kept"]').count()).toBe(1);
  });

  it('draws the labels on the map PNG', async () => {
    const { page } = shared.watched;
    await page.getByLabel('Geography level').selectOption({ label: 'ICB (2022–2026)' });
    await waitForMap(page, 42);
    const [file]: [Download, void] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download map as PNG' }).click(),
    ]);
    const path = resolve(SCREENSHOT_DIR, 'map-labels-export.png');
    copyFileSync(await file.path(), path);
    // Label text is drawn in the PNG's ink colour; inside the map (the left two thirds, mid-height) nothing
    // else is: areas are palette colours, borders white, outlines black.
    const inkPixels = await page.evaluate(
      async ({ base64, ink }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d');
        if (!ctx) return -1;
        ctx.drawImage(image, 0, 0);
        const x = Math.round(image.width * 0.05);
        const y = Math.round(image.height * 0.3);
        const { data } = ctx.getImageData(x, y, Math.round(image.width * 0.55), Math.round(image.height * 0.4));
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(ink.slice(i, i + 2), 16));
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) count += 1;
        return count;
      },
      { base64: readFileSync(path).toString('base64'), ink: INK },
    );
    expect(inkPixels).toBeGreaterThan(500);
  });

  it('labels the presentation map at 16 px or more on a 1280×720 projector, and the area on show', async () => {
    const watched = await openPage(shared.harness, '', { width: 1280, height: 720 });
    try {
      const { page } = watched;
      await waitForMap(page, 42);
      await page.getByRole('button', { name: 'Present' }).and(page.locator(':enabled')).click();
      const dialog = page.getByRole('dialog', { name: 'Presentation' });
      await expect.poll(() => dialog.locator('[aria-label="Map"] .leaflet-overlay-pane path').count()).toBe(42);
      const scope = '[role="dialog"] [aria-label="Map"]';
      const region = dialog.getByRole('region', { name: 'Map', exact: true });
      const england = await expectTidyLabels(page, region, { minFontPx: 16, scope, shot: 'map-labels-presentation-england.png' });
      expect(england.length).toBeGreaterThanOrEqual(2);
      // The next area (the highest ranked): the map flies to it and labels it.
      await page.keyboard.press('ArrowDown');
      const areaName = dialog.locator('.present-area');
      await expect.poll(() => areaName.textContent()).not.toBe('England');
      const shown = shortAreaName((await areaName.textContent()) ?? '');
      const labels = await expectTidyLabels(page, region, { minFontPx: 16, scope, shot: 'map-labels-presentation.png' });
      expect(labels.map((l) => l.text)).toContain(shown);
      const inset = await labelBoxes(dialog.getByRole('region', { name: 'London inset map' }));
      expect(inset.filter((l) => l.fontPx < 16)).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });

  it('logs no console errors', () => {
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
