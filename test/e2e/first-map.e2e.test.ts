// The first map pre-rendered into index.html (config/first-map.ts, issue 23), in the built app in Chromium: at the
// default view the picture is on screen before the Leaflet map, each area's fill is the one the Leaflet map gives it
// once drawn, there is no frame with neither, it cannot be clicked, and it is gone once the map has drawn; at
// sub-ICB level the same with 106 areas; at a view it does not show (another metric and year) no picture ever
// appears. An init script watches every animation frame from navigation on.
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startHarness, waitForMap, type Harness } from './harness';

interface Watch {
  /** The first frame with a picture shown: its time, fills by area code, and whether Leaflet had drawn yet. */
  picture?: { at: number; fills: [string, string][]; leaflet: number; pointerEvents: string; ariaHidden: string | null };
  /** The first frame with the Leaflet map's paths. */
  leafletAt?: number;
  /** A frame after the picture was shown with neither it nor the Leaflet map. */
  gap?: boolean;
}

/** In the page before its scripts: records, frame by frame, the picture and the Leaflet map. */
function watch() {
  const w = window as unknown as { __firstMap: Watch };
  w.__firstMap = {};
  const frame = () => {
    const now = performance.now();
    const leaflet = document.querySelectorAll('[aria-label="Map"] .leaflet-overlay-pane path').length;
    const shown = [...document.querySelectorAll<HTMLElement>('[data-first-map]')].find(
      (p) => p.isConnected && !p.closest('[hidden]'),
    );
    if (shown && !w.__firstMap.picture) {
      const fills = [...shown.querySelectorAll('path')].map((p): [string, string] => [
        p.getAttribute('data-code') ?? '',
        p.getAttribute('fill') ?? '',
      ]);
      w.__firstMap.picture = {
        at: now,
        fills,
        leaflet,
        pointerEvents: getComputedStyle(shown).pointerEvents,
        ariaHidden: shown.getAttribute('aria-hidden'),
      };
    }
    if (leaflet > 0 && w.__firstMap.leafletAt === undefined) w.__firstMap.leafletAt = now;
    if (w.__firstMap.picture && !shown && leaflet === 0) w.__firstMap.gap = true;
    if (w.__firstMap.leafletAt === undefined || shown) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// The boundaries' order: the picture's paths and the Leaflet map's (one per feature, added in order) both follow it.
const topology = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/boundaries.topo.json'), 'utf8')) as {
  objects: Record<string, { geometries: { id: string }[] }>;
};
const codesAt = (level: string) => topology.objects[level]!.geometries.map((g) => String(g.id));

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function open(path: string) {
  const context = await harness.browser.newContext({ viewport: { width: 1440, height: 1000 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(60_000);
  await context.addInitScript(watch);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(harness.baseUrl + path);
  return { context, page, errors };
}

/** The Leaflet map's fills, in the order of its paths (the boundaries' order: nothing is selected or focused). */
const leafletFills = (page: Awaited<ReturnType<typeof open>>['page']) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[aria-label="Map"] .leaflet-overlay-pane path[role="option"]')].map(
      (p) => p.getAttribute('fill') ?? '',
    ),
  );

describe('the first map pre-rendered into index.html', () => {
  it.each([
    ['', 'icb', 42],
    ['?level=subicb', 'subicb', 106],
  ])('at %o: on screen before the Leaflet map, with its colours, then gone', async (path, level, areas) => {
    const { context, page, errors } = await open(path);
    await waitForMap(page, areas);
    await page.waitForFunction(() => document.querySelectorAll('[data-first-map]').length === 0);
    const seen = await page.evaluate(() => (window as unknown as { __firstMap: Watch }).__firstMap);
    expect(seen.picture, 'the picture was never on screen').toBeDefined();
    const picture = seen.picture!;
    expect(picture.leaflet).toBe(0);
    expect(picture.at).toBeLessThan(seen.leafletAt ?? Infinity);
    expect(seen.gap ?? false).toBe(false);
    expect(picture.pointerEvents).toBe('none');
    expect(picture.ariaHidden).toBe('true');
    // One path per area, in the boundaries' order (the 2022–2026 ICB codes are the boundaries' ids at this level).
    expect(picture.fills.map(([code]) => code)).toEqual(codesAt(level));
    expect(picture.fills).toHaveLength(areas);
    // Once the projection has run (the same scale spans the projected years), every area has the picture's fill.
    const expected = picture.fills.map(([code, fill]) => `${code} ${fill}`);
    await expect
      .poll(async () => (await leafletFills(page)).map((fill, i) => `${picture.fills[i]?.[0]} ${fill}`), { timeout: 60_000 })
      .toEqual(expected);
    expect(new Set(picture.fills.map(([, fill]) => fill)).size).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never appears at a view it does not show (another metric and year)', async () => {
    const { context, page, errors } = await open('?metric=fte&year=2031');
    await waitForMap(page, 42);
    const seen = await page.evaluate(() => (window as unknown as { __firstMap: Watch }).__firstMap);
    expect(seen.picture).toBeUndefined();
    expect(await page.locator('[data-first-map]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
