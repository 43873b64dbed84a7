// Developer aid: CPU profile of slider moves in the built app (npm run build, or a --minify false build for names).
// Usage: node scripts/bench/profile-slider.mjs [distDir]. Prints per-input time and the hottest functions.
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { LAUNCH_OPTIONS } from '../chromium.mjs';
const dir = process.argv[2] ?? '/tmp/prof-dist';
const server = await preview({ build: { outDir: dir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const { port } = server.httpServer.address();
const browser = await chromium.launch(LAUNCH_OPTIONS);
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
await page.goto(`http://127.0.0.1:${port}/?level=subicb`);
await page.waitForSelector('[aria-label="Map"] .leaflet-overlay-pane path');
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const timing = await page.evaluate(async () => {
  const el = [...document.querySelectorAll('input[type=range]')].find((e) =>
    e.closest('.lever')?.textContent?.includes('International recruitment'),
  );
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const sync = [];
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 60));
    const t0 = performance.now();
    setter.call(el, String(100 + i * 20));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    sync.push(performance.now() - t0);
  }
  sync.sort((a, b) => a - b);
  return { med: sync[10], p95: sync[18] };
});
const { profile } = await cdp.send('Profiler.stop');
console.log('sync', timing);
const self = new Map();
const dt = profile.timeDeltas;
const samples = profile.samples;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (let i = 0; i < samples.length; i++) {
  const n = byId.get(samples[i]);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
}
console.log(
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(1)}ms ${k}`)
    .join('\n'),
);
await browser.close();
server.httpServer.close();
