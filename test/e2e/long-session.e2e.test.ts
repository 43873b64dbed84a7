// Long sessions stay flat: a presenter stepping in and out of presentation mode all afternoon, and a planner
// switching levels and moving sliders, leave the JS heap, DOM nodes and event listeners where they were.
// Measured in Chromium with forced garbage collection (DevTools protocol), after a warm-up so the JIT's
// compiled code is not counted as growth.
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { pageForThisFile, waitForPanels } from './harness';

const shared = pageForThisFile();

interface Footprint {
  heapBytes: number;
  nodes: number;
  listeners: number;
}

async function footprint(cdp: CDPSession): Promise<Footprint> {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heapBytes: value('JSHeapUsedSize'), nodes: value('Nodes'), listeners: value('JSEventListeners') };
}

/** Footprint growth over `cycles` runs of `cycle`, after `warmUp` runs. */
async function growth(page: Page, cycle: () => Promise<void>, cycles = 40, warmUp = 10) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < warmUp; i += 1) await cycle();
  const start = await footprint(cdp);
  for (let i = 0; i < cycles; i += 1) await cycle();
  const end = await footprint(cdp);
  await cdp.detach();
  const result = {
    heapMB: (end.heapBytes - start.heapBytes) / 1e6,
    nodes: end.nodes - start.nodes,
    listeners: end.listeners - start.listeners,
  };
  console.log(JSON.stringify({ start, end, growth: result }));
  return result;
}

describe('long sessions', () => {
  it('40 presentation cycles leave heap growth under 2 MB and DOM nodes and listeners flat', async () => {
    const { page } = shared.watched;
    await waitForPanels(page);
    const result = await growth(page, async () => {
      await page.getByRole('button', { name: 'Present' }).click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    });
    expect(result.heapMB).toBeLessThan(2);
    expect(result.nodes).toBeLessThanOrEqual(20);
    expect(result.listeners).toBeLessThanOrEqual(20);
  }, 120_000);

  it('40 rounds of level switches and slider moves leave the footprint flat', async () => {
    const { page } = shared.watched;
    const level = page.getByLabel('Geography level');
    const slider = page.getByRole('slider', { name: 'International recruitment' });
    const result = await growth(page, async () => {
      for (const label of ['Region', 'Sub-ICB (CCG)', 'ICB (STP)']) await level.selectOption({ label });
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
    });
    expect(result.heapMB).toBeLessThan(2);
    expect(result.nodes).toBeLessThanOrEqual(20);
    expect(result.listeners).toBeLessThanOrEqual(20);
    expect(shared.watched.consoleErrors).toEqual([]);
  }, 120_000);
});
