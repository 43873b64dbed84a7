// Developer aid: CPU profile of slider moves in the built app (npm run build, or a --minify false build for names).
// Usage: node scripts/bench/profile-slider.mjs [distDir]. Prints per-input time and the hottest functions.
// PROFILE_SEARCH (default ?level=subicb), PROFILE_OPEN (a lever section's summary to click first), PROFILE_LEVER
// (default International recruitment) and PROFILE_MOVES (default 20) pick another slider, e.g. the team's:
// PROFILE_SEARCH='?level=subicb&metric=teamPer100k&year=2031' PROFILE_OPEN='PCN team (ARRS roles): growth by role group'
// PROFILE_LEVER='PCN growth: Pharmacy team'.
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { LAUNCH_OPTIONS } from '../chromium.mjs';
const dir = process.argv[2] ?? '/tmp/prof-dist';
const server = await preview({ build: { outDir: dir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const { port } = server.httpServer.address();
const browser = await chromium.launch(LAUNCH_OPTIONS);
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
const lever = process.env.PROFILE_LEVER ?? 'International recruitment';
const moves = Number(process.env.PROFILE_MOVES ?? 20);
await page.goto(`http://127.0.0.1:${port}/${process.env.PROFILE_SEARCH ?? '?level=subicb'}`);
await page.waitForSelector('[aria-label="Map"] .leaflet-overlay-pane path');
if (process.env.PROFILE_OPEN) await page.getByText(process.env.PROFILE_OPEN).first().click();
const slider = page.getByRole('slider', { name: lever, exact: true });
await slider.waitFor();
await page.waitForTimeout(Number(process.env.PROFILE_WAIT ?? 2500));
const range = await slider.evaluate((el) => ({ min: Number(el.min), max: Number(el.max), step: Number(el.step) || 1 }));
const handle = await slider.elementHandle();
// Moves spread over the range as the bench's; `from` numbers them so skipped and profiled moves differ.
const doMoves = (count, from) =>
  page.evaluate(
    async ({ el, range, count, from, gap }) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const sync = [];
      const frame = [];
      const span = Math.floor((range.max - range.min) / range.step);
      for (let i = from; i < from + count; i++) {
        await new Promise((r) => setTimeout(r, gap));
        const t0 = performance.now();
        setter.call(el, String(range.min + Math.round((((i * 7) % 20) + 1) * (span / 21)) * range.step));
        el.dispatchEvent(new Event('input', { bubbles: true }));
        sync.push(performance.now() - t0);
        frame.push((await new Promise((r) => requestAnimationFrame(() => r(performance.now())))) - t0);
      }
      const order = sync.map(Math.round);
      const frames = frame.map(Math.round);
      sync.sort((a, b) => a - b);
      return { order, frames, med: sync[Math.floor(count / 2)], p95: sync[Math.floor(count * 0.95) - 1] };
    },
    { el: handle, range, count, from, gap: Number(process.env.PROFILE_GAP ?? 60) },
  );
// PROFILE_SKIP: moves made before the profile starts (to profile warm moves only).
const skip = Number(process.env.PROFILE_SKIP ?? 0);
if (skip > 0) console.log('skipped', await doMoves(skip, 0));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL ?? 100) });
await cdp.send('Profiler.start');
const timing = await doMoves(moves, skip);
const { profile } = await cdp.send('Profiler.stop');
console.log('sync', timing);
const self = new Map();
const total = new Map();
const dt = profile.timeDeltas;
const samples = profile.samples;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const keyOf = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
for (let i = 0; i < samples.length; i++) {
  const n = byId.get(samples[i]);
  const ms = (dt[i] ?? 0) / 1000;
  self.set(keyOf(n), (self.get(keyOf(n)) ?? 0) + ms);
  // Inclusive: each function on the stack once.
  const seen = new Set();
  for (let id = samples[i]; id !== undefined; id = parentOf.get(id)) {
    const key = keyOf(byId.get(id));
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + ms);
  }
}
const top = (m, k) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([key, v]) => `${v.toFixed(1)}ms ${key}`)
    .join('\n');
console.log('self time:\n' + top(self, 25));
console.log('\ninclusive time:\n' + top(total, Number(process.env.PROFILE_TOP ?? 40)));
// PROFILE_UNDER=name: inclusive time only within that function's calls (e.g. dispatchDiscreteEvent: the input's own
// synchronous work; performWorkUntilDeadline: work the scheduler did later).
if (process.env.PROFILE_UNDER) {
  const under = new Map();
  for (let i = 0; i < samples.length; i++) {
    const stack = [];
    for (let id = samples[i]; id !== undefined; id = parentOf.get(id)) stack.push(keyOf(byId.get(id)));
    if (!stack.some((k) => k.startsWith(process.env.PROFILE_UNDER + ' '))) continue;
    const ms = (dt[i] ?? 0) / 1000;
    for (const key of new Set(stack)) under.set(key, (under.get(key) ?? 0) + ms);
  }
  console.log(`\ninclusive time under ${process.env.PROFILE_UNDER}:\n` + top(under, Number(process.env.PROFILE_TOP ?? 40)));
}
// PROFILE_STACKS=name: the distinct call paths (app functions only) that lead to that function, with their time.
if (process.env.PROFILE_STACKS) {
  const paths = new Map();
  for (let i = 0; i < samples.length; i++) {
    const stack = [];
    for (let id = samples[i]; id !== undefined; id = parentOf.get(id)) stack.push(keyOf(byId.get(id)));
    const at = stack.findIndex((k) => k.startsWith(process.env.PROFILE_STACKS + ' '));
    if (at < 0) continue;
    const path = stack
      .slice(at)
      .filter((k) => /^[A-Z][A-Za-z]+ |dispatchDiscreteEvent|performWorkUntilDeadline/.test(k))
      .reverse()
      .map((k) => k.split(' ')[0])
      .join(' > ');
    paths.set(path, (paths.get(path) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  console.log(`\npaths to ${process.env.PROFILE_STACKS}:\n` + top(paths, 20));
}
await browser.close();
server.httpServer.close();
