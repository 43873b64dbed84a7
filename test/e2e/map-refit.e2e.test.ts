// The map keeps the selected area in view when its box changes size: with NHS Kent and Medway ICB selected, opening
// the Practice view makes the map span the page (wider and shorter), and the area is fitted again, whole and filling
// the map; it was left where it had been drawn for the narrower box (issue 18). A view the person moved to is kept.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageForThisFile, waitForMapAtRest, waitForPanels } from './harness';

const shared = pageForThisFile();

interface Fit {
  /** The area's box inside the map's, in the map's own size (1 = edge to edge). */
  inside: boolean;
  fill: number;
  /** How far the area's centre is from the map's, as a share of the map's size. */
  offCentre: number;
  mapWidth: number;
}

async function fitOf(page: Page, name: RegExp): Promise<Fit> {
  const map = await page.locator('[aria-label="Map"] .leaflet-container').boundingBox();
  const area = await page.getByRole('region', { name: 'Map', exact: true }).getByRole('option', { name }).boundingBox();
  if (!map || !area) throw new Error('no map or area box');
  const slack = 2;
  return {
    inside:
      area.x >= map.x - slack &&
      area.y >= map.y - slack &&
      area.x + area.width <= map.x + map.width + slack &&
      area.y + area.height <= map.y + map.height + slack,
    fill: Math.max(area.width / map.width, area.height / map.height),
    offCentre: Math.max(
      Math.abs(area.x + area.width / 2 - (map.x + map.width / 2)) / map.width,
      Math.abs(area.y + area.height / 2 - (map.y + map.height / 2)) / map.height,
    ),
    mapWidth: map.width,
  };
}

const KENT = /^Kent and Medway:/;

describe('the map re-fits when its box changes size', () => {
  it('opening the Practice view keeps the selected area whole, centred and filling the wider map', async () => {
    const { page } = shared.watched;
    await waitForPanels(page);
    await page
      .getByRole('table', { name: /^Areas at/ })
      .getByRole('button', { name: 'NHS Kent and Medway ICB' })
      .click();
    await waitForMapAtRest(page);
    const before = await fitOf(page, KENT);
    expect(before.inside).toBe(true);
    await page.getByRole('button', { name: 'Show practices' }).click();
    await expect.poll(() => page.locator('[data-practice-points]').count()).toBe(1);
    await waitForMapAtRest(page);
    const after = await fitOf(page, KENT);
    expect(after.mapWidth).toBeGreaterThan(before.mapWidth * 1.3);
    expect(after.inside).toBe(true);
    expect(after.offCentre).toBeLessThan(0.05);
    expect(after.fill).toBeGreaterThan(0.8);
    // Closed again: the narrower map fits the area again too.
    await page.getByRole('button', { name: 'Show practices' }).click();
    await expect.poll(() => page.locator('[data-practice-points]').count()).toBe(0);
    await waitForMapAtRest(page);
    const closed = await fitOf(page, KENT);
    expect(closed.inside).toBe(true);
    expect(closed.offCentre).toBeLessThan(0.05);
    expect(closed.fill).toBeGreaterThan(0.8);
  });

  it('a view the person moved to keeps its centre', async () => {
    const { page } = shared.watched;
    const container = page.locator('[aria-label="Map"] .leaflet-container');
    const box = (await container.boundingBox())!;
    // Drag the map a quarter of its width to the left.
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    await waitForMapAtRest(page);
    const dragged = await fitOf(page, KENT);
    expect(dragged.offCentre).toBeGreaterThan(0.15);
    await page.getByRole('button', { name: 'Show practices' }).click();
    await expect.poll(() => page.locator('[data-practice-points]').count()).toBe(1);
    await waitForMapAtRest(page);
    // Not fitted back to the area: it stays off to the left of the centre.
    expect((await fitOf(page, KENT)).offCentre).toBeGreaterThan(0.1);
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
