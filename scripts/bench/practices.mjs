// "Open an area's practices": from the click on "Show practices" (NHS Kent and Medway ICB selected by the link) to
// the frame after the practice points are on the map (the map container's data-practice-points attribute, which
// the canvas layer sets once it has added every point). Cold: a fresh context per run (no HTTP cache), so the
// Practice view's chunk and the area's practice files are fetched after the click. Warm: in the same page,
// closed and opened again (chunk and files already loaded).
import { MAP, VIEWPORT, watchFirstMap } from './browser.mjs';

const AREA = 'QKS'; // NHS Kent and Medway ICB (one sub-ICB, 91Q)

/** In the page: clicks the button and resolves with ms to the frame after the points were added. */
function clickAndWaitForPoints({ timeoutMs }) {
  return new Promise((resolve, reject) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Show practices');
    const map = document.querySelector('[role="region"][aria-label="Map"] .leaflet-container');
    if (!button || !map) return reject(new Error('no "Show practices" button or map'));
    const started = performance.now();
    button.click();
    const check = () => {
      if (map.dataset.practicePoints !== undefined)
        return requestAnimationFrame(() =>
          resolve({ ms: performance.now() - started, points: Number(map.dataset.practicePoints) }),
        );
      if (performance.now() - started > timeoutMs) return reject(new Error('practice points never drew'));
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

export async function measurePracticeOpen(harness, runs) {
  const cold = [];
  const warm = [];
  const errors = [];
  let points = null;
  for (let i = 0; i <= runs; i += 1) {
    const context = await harness.browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
    await context.addInitScript(watchFirstMap, MAP);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    try {
      await page.goto(`${harness.baseUrl}?areas=${AREA}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__gpwMapDrawn !== undefined, null, { timeout: 20_000 });
      await page.getByRole('button', { name: 'Show practices' }).waitFor({ timeout: 10_000 });
      await page.waitForTimeout(1500); // the selection's zoom and the deferred panels settle
      const first = await page.evaluate(clickAndWaitForPoints, { timeoutMs: 10_000 });
      points = first.points;
      if (i > 0) cold.push(first.ms); // run 0 warms the server and disk caches
      await page.getByRole('button', { name: 'Show practices' }).click();
      await page.waitForFunction((sel) => document.querySelector(`${sel} [data-practice-points]`) === null, MAP);
      await page.waitForTimeout(300);
      const again = await page.evaluate(clickAndWaitForPoints, { timeoutMs: 10_000 });
      if (i > 0) warm.push(again.ms);
    } finally {
      await context.close();
    }
  }
  return { cold, warm, points, errors };
}
