// Long-session footprint: what a cycle of "open something, wait until it has drawn, close it" leaves behind, read
// through the DevTools protocol after forced garbage collection. Shared by test/e2e/long-session.e2e.test.ts (which
// gates it) and the bench (which reports it).
//
// - heap: Performance.getMetrics' JSHeapUsedSize after HeapProfiler.collectGarbage (three times: one pass can leave
//   objects that finalisers free);
// - DOM nodes and JS event listeners: Performance.getMetrics' Nodes and JSEventListeners (nodes still referenced
//   from JS count, detached or not);
// - listeners on window and on document: DOMDebugger.getEventListeners on each, so a leaked `resize` or
//   `fullscreenchange` handler is named by its type.
// A warm-up runs first, so that code compiled and caches filled on first use are not counted as growth.

/** Presentation mode: opened, its map (areas, London inset, place names) and chart drawn, then left with Esc. */
export const PRESENT_SELECTORS = {
  areas: '.present [aria-label="Map"] .leaflet-overlay-pane path',
  inset: '.present .london-inset .leaflet-overlay-pane path',
  labels: '.present [aria-label="Map"] .leaflet-areaLabels-pane .area-label',
  chart: '.present svg.recharts-surface',
};

async function counts(cdp) {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const listenersOn = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'footprint' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.map((l) => l.type);
  };
  const windowListeners = await listenersOn('window');
  const documentListeners = await listenersOn('document');
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'footprint' });
  return {
    heapBytes: value('JSHeapUsedSize'),
    nodes: value('Nodes'),
    listeners: value('JSEventListeners'),
    windowListeners,
    documentListeners,
  };
}

/** Types in `after` beyond those in `before`, e.g. ['resize', 'resize']. */
function extra(before, after) {
  const left = [...before];
  return after.filter((type) => {
    const i = left.indexOf(type);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/**
 * Footprint growth over `cycles` runs of `cycle` (after `warmUp` runs): heap in MB, DOM nodes, JS listeners, and the
 * listeners added to window and document (by type). `page` is a playwright-core Page.
 */
export async function footprintGrowth(page, cycle, { cycles = 40, warmUp = 5 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('DOM.enable');
  try {
    for (let i = 0; i < warmUp; i += 1) await cycle(i);
    const start = await counts(cdp);
    const started = Date.now();
    for (let i = 0; i < cycles; i += 1) await cycle(warmUp + i);
    const seconds = (Date.now() - started) / 1000;
    const end = await counts(cdp);
    return {
      cycles,
      seconds,
      heapMB: (end.heapBytes - start.heapBytes) / 1e6,
      nodes: end.nodes - start.nodes,
      listeners: end.listeners - start.listeners,
      windowListeners: extra(start.windowListeners, end.windowListeners),
      documentListeners: extra(start.documentListeners, end.documentListeners),
      start: { heapMB: start.heapBytes / 1e6, nodes: start.nodes, listeners: start.listeners },
      end: { heapMB: end.heapBytes / 1e6, nodes: end.nodes, listeners: end.listeners },
    };
  } finally {
    await cdp.detach();
  }
}

/** Waits in the page until every selector in `selectors` matches at least one element. */
export async function waitForAll(page, selectors, timeout = 60_000) {
  await page.waitForFunction((list) => list.every((s) => document.querySelector(s) !== null), Object.values(selectors), {
    timeout,
    polling: 50,
  });
}

/** One presentation cycle: Present, wait for its map, inset, place names and chart, Esc, wait for it to be gone. */
export async function presentCycle(page) {
  await page.getByRole('button', { name: 'Present' }).click();
  await waitForAll(page, PRESENT_SELECTORS);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/**
 * One Practice view cycle, with an ICB or sub-ICB selected: "Show practices", wait for the points on the map and
 * the practice table's rows, then "Show practices" again and wait for the points to go.
 */
export async function practiceCycle(page) {
  const toggle = page.getByRole('button', { name: 'Show practices' });
  await toggle.click();
  await page.waitForFunction(
    () => {
      const map = document.querySelector('[role="region"][aria-label="Map"] .leaflet-container');
      return (
        Number(map?.getAttribute('data-practice-points')) > 0 && document.querySelector('#practices table tbody tr') !== null
      );
    },
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  await toggle.click();
  await page.waitForFunction(
    () => document.querySelector('[data-practice-points]') === null && document.querySelector('#practices') === null,
    undefined,
    { timeout: 60_000, polling: 50 },
  );
}

/**
 * The bench's long session: in one page, 40 presentation cycles, then (NHS Kent and Medway ICB selected) 20 Practice
 * view cycles, each after its warm-up. `harness` is the bench's startBrowser() result.
 */
export async function measureLongSession(harness, { presentCycles = 40, practiceCycles = 20 } = {}) {
  const context = await harness.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  try {
    await page.goto(harness.baseUrl);
    await page.getByTestId('headline-fte').waitFor({ timeout: 60_000 });
    await page
      .getByRole('table', { name: /^Areas at/ })
      .locator('tbody tr')
      .first()
      .waitFor({ timeout: 60_000 });
    const presentation = await footprintGrowth(page, () => presentCycle(page), { cycles: presentCycles });
    await page
      .getByRole('table', { name: /^Areas at/ })
      .getByRole('button', { name: 'NHS Kent and Medway ICB' })
      .click();
    await page.getByRole('button', { name: 'Show practices' }).waitFor();
    await page.waitForTimeout(1500); // the fly to the area
    const practices = await footprintGrowth(page, () => practiceCycle(page), { cycles: practiceCycles });
    return { presentation, practices, errors };
  } finally {
    await context.close();
  }
}
