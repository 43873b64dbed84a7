// Developer aid: where a cold load's time goes (resource timings, first paint, map drawn) in the built app.
// Usage: npm run build && node scripts/bench/load-timeline.mjs
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { LAUNCH_OPTIONS } from '../chromium.mjs';

const server = await preview({
  build: { outDir: process.env.GPW_DIST ?? 'dist' },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const { port } = server.httpServer.address();
const browser = await chromium.launch(LAUNCH_OPTIONS);
for (let run = 0; run < 3; run += 1) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Map"] .leaflet-overlay-pane path').length > 0, null, {
    polling: 'raf',
  });
  const mapAt = await page.evaluate(() => performance.now());
  const timeline = await page.evaluate(() => ({
    paint: performance.getEntriesByType('paint').map((p) => `${p.name} ${p.startTime.toFixed(0)}`),
    resources: performance
      .getEntriesByType('resource')
      .map((r) => `${r.name.split('/').pop()} ${r.startTime.toFixed(0)}→${r.responseEnd.toFixed(0)}`),
    dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd.toFixed(0),
  }));
  console.log(`run ${run}: map drawn by ${mapAt.toFixed(0)} ms; DOMContentLoaded ${timeline.dcl}; ${timeline.paint.join(', ')}`);
  console.log(`  ${timeline.resources.join('\n  ')}`);
  await context.close();
}
await browser.close();
server.httpServer.close();
