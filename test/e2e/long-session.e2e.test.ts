// Long sessions stay flat: a presenter stepping in and out of presentation mode all afternoon (each time waiting
// for its map, London inset, place names and chart to draw), opening and closing an area's practices, and a
// planner switching levels and moving sliders, leave the JS heap, DOM nodes and event listeners where they were.
// Measured in Chromium through the DevTools protocol (scripts/bench/footprint.mjs, which the bench reports too):
// garbage collected by HeapProfiler.collectGarbage, counts from Performance.getMetrics, and the listeners on window
// and document from DOMDebugger.getEventListeners, after a warm-up so compiled code is not counted as growth.
import { describe, expect, it } from 'vitest';
import { PRESENT_SELECTORS, footprintGrowth, practiceCycle, presentCycle } from '../../scripts/bench/footprint.mjs';
import { pageForThisFile, waitForMap, waitForMapAtRest, waitForPanels } from './harness';

const shared = pageForThisFile();

/** Flat: a few nodes or listeners of slack for what React and the browser keep lazily (caches, pooled nodes). */
const FLAT = 20;
/** The levels a round switches through, with the areas each draws (the round ends where the page opened). */
const LEVEL_ROUND: [string, number][] = [
  ['Region', 7],
  ['Sub-ICB (CCG)', 106],
  ['ICB (2022–2026)', 42],
];

describe('long sessions', () => {
  it('40 presentation cycles, each with its map drawn: heap growth under 2 MB, DOM nodes and listeners flat', async () => {
    const { page } = shared.watched;
    await waitForPanels(page);
    const result = await footprintGrowth(page, () => presentCycle(page), { cycles: 40 });
    console.log('presentation', JSON.stringify(result));
    expect(result.windowListeners).toEqual([]);
    expect(result.documentListeners).toEqual([]);
    expect(result.heapMB).toBeLessThan(2);
    expect(result.nodes).toBeLessThanOrEqual(FLAT);
    expect(result.listeners).toBeLessThanOrEqual(FLAT);
  }, 300_000);

  it('the measurement sees a closed presentation that is still referenced (the gate can fail)', async () => {
    // One element handle per cycle (what page.waitForSelector returns) keeps that presentation's whole tree, its
    // maps and their listeners alive: 0.59 MB, 485 nodes and 111 listeners a cycle, the figures issue 20 reported.
    const { page } = shared.watched;
    const held: { dispose: () => Promise<void> }[] = [];
    const result = await footprintGrowth(
      page,
      async () => {
        await page.getByRole('button', { name: 'Present' }).click();
        held.push(await page.waitForSelector(PRESENT_SELECTORS.areas));
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      },
      { cycles: 5, warmUp: 1 },
    );
    await Promise.all(held.map((h) => h.dispose()));
    console.log('presentation, held', JSON.stringify(result));
    // Over the node gate: the held trees show. (Since the map became one keyboard stop with its areas as named
    // options, a held path keeps 75 nodes over 5 cycles and no listeners, not the 485 nodes and 111 listeners a
    // cycle issue 20 reported: Leaflet's listeners are no longer reachable from a path.)
    expect(result.nodes).toBeGreaterThan(FLAT);
  }, 120_000);

  it("40 Practice view cycles, each with the area's points drawn: heap under 2 MB, nodes and listeners flat", async () => {
    const { page } = shared.watched;
    await page
      .getByRole('table', { name: /^Areas at/ })
      .getByRole('button', { name: 'NHS Kent and Medway ICB' })
      .click();
    await waitForMapAtRest(page);
    // Warm-up: the practice table draws a recharts sparkline per practice in view, and recharts' module caches fill
    // over the first openings (measured when every row drew its chart: +4.8 MB over cycles 6-45, +1.4 MB over
    // cycles 46-85). Since rows draw theirs near view, 15 warm-up cycles leave +0.53 MB over the next 40 (7 Dec,
    // under load; +0.18 MB after 45), well inside the 2 MB gate, so the 40 measured cycles come after 15.
    const result = await footprintGrowth(page, () => practiceCycle(page), { cycles: 40, warmUp: 15 });
    console.log('practices', JSON.stringify(result));
    expect(result.windowListeners).toEqual([]);
    expect(result.documentListeners).toEqual([]);
    expect(result.heapMB).toBeLessThan(2);
    expect(result.nodes).toBeLessThanOrEqual(FLAT);
    expect(result.listeners).toBeLessThanOrEqual(FLAT);
  }, 300_000);

  it('40 rounds of level switches and slider moves leave the footprint flat', async () => {
    const { page } = shared.watched;
    const level = page.getByLabel('Geography level');
    const slider = page.getByRole('slider', { name: 'International recruitment' });
    const areas = page.getByRole('table', { name: /^Areas at/ });
    const result = await footprintGrowth(
      page,
      async () => {
        // Each switch waits for its map and table as a planner would; the round ends with the panels settled (no
        // projection running), so the count is never taken mid-render (a clean-clone CI run on a loaded machine
        // counted 105 nodes of growth when the round's last switch had not drawn yet; 0 when settled).
        for (const [label, n] of LEVEL_ROUND) {
          await level.selectOption({ label });
          await waitForMap(page, n);
          await expect.poll(() => areas.locator('tbody tr').count(), { timeout: 60_000 }).toBe(n);
        }
        await slider.focus();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowLeft');
        await waitForPanels(page);
        await waitForMapAtRest(page);
      },
      { cycles: 40, warmUp: 10 },
    );
    console.log('levels and slider', JSON.stringify(result));
    expect(result.windowListeners).toEqual([]);
    expect(result.documentListeners).toEqual([]);
    expect(result.heapMB).toBeLessThan(2);
    expect(result.nodes).toBeLessThanOrEqual(FLAT);
    expect(result.listeners).toBeLessThanOrEqual(FLAT);
    expect(shared.watched.consoleErrors).toEqual([]);
  }, 300_000);
});
