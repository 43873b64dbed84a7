// The built dashboard in headless Chromium: the map draws every area at each level, choosing an area in
// the table moves the trend chart to it, nothing leaves the app's own origin, and the console stays clean.
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { waitForMap, waitForMapAtRest, SCREENSHOT_DIR, pageForThisFile } from './harness';

const shared = pageForThisFile();

const mapRegion = () => shared.watched.page.getByRole('region', { name: 'Map', exact: true });
const mapPaths = () => mapRegion().locator('.leaflet-overlay-pane path');
const trendHeading = () => shared.watched.page.getByRole('region', { name: 'Trends' }).getByRole('heading', { level: 3 });
const areasTable = () => shared.watched.page.getByRole('table', { name: /^Areas at/ });

describe('dashboard in Chromium', () => {
  it('draws the 42 ICBs on the map by default, with 42 rows in the Areas table', async () => {
    await waitForMap(shared.watched.page, 42);
    expect(await mapPaths().count()).toBe(42);
    // The Areas table renders in a transition after the map's first paint: wait for its rows.
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(42);
    // Every area is filled with a class colour (the default metric has data everywhere).
    const fills = () => mapPaths().evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
    await expect
      .poll(async () => (await fills()).every((f) => f !== null && /^#[0-9a-f]{6}$/i.test(f) && f.toLowerCase() !== '#bdbdbd'))
      .toBe(true);
    await expect.poll(async () => new Set(await fills()).size).toBeGreaterThan(2);
  });

  it('draws 106 sub-ICBs, then 7 regions, as the geography level changes', async () => {
    const level = shared.watched.page.getByLabel('Geography level');
    await level.selectOption({ label: 'Sub-ICB (CCG)' });
    await waitForMap(shared.watched.page, 106);
    expect(await mapPaths().count()).toBe(106);
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(106);

    await level.selectOption({ label: 'Region' });
    await waitForMap(shared.watched.page, 7);
    expect(await mapPaths().count()).toBe(7);
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(7);

    await level.selectOption({ label: 'ICB (2022–2026)' });
    await waitForMap(shared.watched.page, 42);
    // The table follows in a deferred render: the next test picks its 4th row, which must be an ICB's.
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(42);
  });

  it('choosing an area in the Areas table puts it in the Trends chart heading', async () => {
    const heading = trendHeading();
    await expect.poll(() => heading.textContent()).toBe('England');
    // Still an ICB table (not the regions' of the previous test) before a row is chosen from it.
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(42);
    const button = areasTable().locator('tbody tr').nth(3).getByRole('button');
    const name = (await button.textContent())?.trim() ?? '';
    expect(name.length).toBeGreaterThan(0);

    await button.click();
    await expect.poll(() => heading.textContent()).toBe(`${name} against England`);
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    // The map outlines the chosen area in black.
    await expect
      .poll(() => mapPaths().evaluateAll((ps) => ps.filter((p) => p.getAttribute('stroke') === '#000000').length))
      .toBe(1);
  });

  it('writes a full-page screenshot for people to look at', async () => {
    // Back to all of England (the chosen area stays selected), once the map has finished flying.
    await mapRegion().getByRole('button', { name: 'Show all England' }).click();
    await waitForMapAtRest(shared.watched.page);
    const path = resolve(SCREENSHOT_DIR, 'dashboard.png');
    const png = await shared.watched.page.screenshot({ path, fullPage: true });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('requests nothing outside its own origin', () => {
    const origin = new URL(shared.harness.baseUrl).origin;
    const foreign = shared.watched.requests.filter(
      (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
    );
    expect(foreign).toEqual([]);
    expect(shared.watched.requests.some((url) => url.endsWith('/data/areas.json'))).toBe(true);
  });

  it('logs no console errors', () => {
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
