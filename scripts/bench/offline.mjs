// Reloads served by the service worker: one browser context loads the app, waits until its service worker
// has cached the build and controls the page (the state after a first visit), then reloads `runs` times.
// Each figure is performance.now() in the frame that first paints the main map's filled paths, as for the
// cold load (browser.mjs), so the two compare directly: a cold load fetches from the local preview server,
// these from the worker's Cache Storage. The server stays up; every response is checked to come from the worker.
import { MAP, VIEWPORT, watchFirstMap } from './browser.mjs';

export async function measureServiceWorkerLoad(harness, runs) {
  const context = await harness.browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(watchFirstMap, MAP);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(harness.baseUrl);
    await page.waitForFunction(() => window.__gpwMapDrawn !== undefined, null, { timeout: 20_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 60_000 });
    const samples = [];
    let fromNetwork = 0;
    const count = (response) => {
      if (!response.fromServiceWorker() && !/^(data|blob):/.test(response.url())) fromNetwork += 1;
    };
    page.on('response', count);
    for (let i = 0; i < runs + 1; i += 1) {
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(() => window.__gpwMapDrawn !== undefined, null, { timeout: 20_000 });
      const drawn = await page.evaluate(() => window.__gpwMapDrawn.at);
      if (i > 0) samples.push(drawn); // the first reload warms the worker up: discarded, as for the cold load
    }
    page.off('response', count);
    return { samples, fromNetwork, errors };
  } finally {
    await context.close();
  }
}
