// Browser measurements: serves dist/ with Vite's preview() API and drives Debian's Chromium through
// playwright-core with the flags test/e2e/harness.ts uses. Every figure is taken inside the page with
// performance.now(), so it is on the page's own timeline (0 = navigation start).
//
// Cold load: a fresh browser context per run (no HTTP cache, no storage). An init script, which runs
// before any page script, polls on every requestAnimationFrame until the main map
// ([role=region][aria-label="Map"]) has SVG paths in its overlay pane that all have a path (d) and a
// fill; the figure is performance.now() in that frame's callback, i.e. the frame that paints them.
//
// Switch latency (select or slider): in the page, a MutationObserver watches the main map's overlay
// pane (attributes, child list, subtree); the timestamp is taken right before the change event is
// dispatched; the figure is performance.now() in the first requestAnimationFrame callback after the
// first mutation. We then wait until the pane has been quiet for QUIET_MS and also record "settled",
// the frame after the last mutation, to catch repaints spread over several frames.
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { LAUNCH_OPTIONS } from '../chromium.mjs';

export const VIEWPORT = { width: 1440, height: 1000 };
export const MAP = '[role="region"][aria-label="Map"]';
const QUIET_MS = 150;
const CHANGE_TIMEOUT_MS = 5000;

/** `plugins`: extra preview-server plugins (the bench's floor page is served by one, floor.mjs). */
export async function startBrowser(root, { plugins = [] } = {}) {
  const server = await preview({
    root,
    plugins,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch(LAUNCH_OPTIONS);
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((done) => server.httpServer.close(() => done()));
    },
  };
}

/**
 * Runs in the page before its own scripts: records when the main map first has filled paths (`__gpwMapDrawn`: the
 * interactive Leaflet map), and when a map is first on screen with every path filled (`__gpwFirstMap`: the first map
 * pre-rendered into index.html, shown and not hidden, or the Leaflet map, whichever comes first; issue 23).
 */
export function watchFirstMap(mapSelector) {
  const filledCount = (paths) => {
    if (paths.length === 0) return 0;
    for (const path of paths) {
      const fill = path.getAttribute('fill');
      if (!fill || fill === 'none' || !(path.getAttribute('d')?.length > 1)) return 0;
    }
    return paths.length;
  };
  const check = () => {
    const now = performance.now();
    const live = filledCount(document.querySelectorAll(`${mapSelector} .leaflet-overlay-pane path`));
    if (window.__gpwFirstMap === undefined) {
      const picture = [...document.querySelectorAll('[data-first-map]')].find((p) => p.isConnected && !p.closest('[hidden]'));
      const drawn = picture ? filledCount(picture.querySelectorAll('path')) : 0;
      if (drawn > 0) window.__gpwFirstMap = { at: now, paths: drawn, source: 'picture' };
      else if (live > 0) window.__gpwFirstMap = { at: now, paths: live, source: 'map' };
    }
    if (live > 0) {
      window.__gpwMapDrawn = { at: now, paths: live };
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Opens a fresh context and page (at `search`, e.g. "?level=subicb") that record errors; waits for the first drawn map. */
async function openApp(harness, search = '') {
  const context = await harness.browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(watchFirstMap, MAP);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(`${harness.baseUrl}${search}`, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => window.__gpwMapDrawn !== undefined, null, { timeout: 20_000 });
  } catch (error) {
    await context.close();
    throw new Error(`map never drew (${errors.join('; ') || error.message})`);
  }
  const drawn = await page.evaluate(() => window.__gpwMapDrawn);
  return { context, page, errors, drawn };
}

/** Cold loads: `runs` timed loads after one discarded warm-up (server and disk caches). */
export async function measureColdLoad(harness, runs) {
  const warm = await openApp(harness);
  await warm.context.close();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const { context, page, drawn } = await openApp(harness);
    const nav = await page.evaluate(() => {
      const [entry] = performance.getEntriesByType('navigation');
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { responseEnd: entry?.responseEnd, domContentLoaded: entry?.domContentLoadedEventEnd, fcp: fcp?.startTime };
    });
    samples.push({ ms: drawn.at, paths: drawn.paths, ...nav });
    await context.close();
  }
  return samples;
}

/**
 * In-page: applies one change (a select's value, or a range input's value through the native setter)
 * and resolves with the times to the first repaint and to the settled map, in ms.
 */
function changeAndWait({ mapSelector, element, value, kind, quietMs, timeoutMs }) {
  const pane = document.querySelector(`${mapSelector} .leaflet-overlay-pane`);
  if (!pane) return Promise.reject(new Error('no overlay pane in the main map'));
  return new Promise((resolve, reject) => {
    let start = 0;
    let repaintAt = null;
    let lastMutation = null;
    let settledAt = null;
    let seq = 0;
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (lastMutation === null) requestAnimationFrame(() => (repaintAt = performance.now()));
      lastMutation = now;
      const mine = ++seq;
      requestAnimationFrame(() => {
        if (mine === seq) settledAt = performance.now();
      });
    });
    observer.observe(pane, { attributes: true, childList: true, subtree: true });
    const finish = () => {
      const now = performance.now();
      if (repaintAt !== null && settledAt !== null && now - lastMutation >= quietMs) {
        observer.disconnect();
        resolve({ repaint: repaintAt - start, settled: settledAt - start });
      } else if (now - start > timeoutMs) {
        observer.disconnect();
        reject(new Error(`no repaint within ${timeoutMs} ms (value ${value})`));
      } else setTimeout(finish, 10);
    };
    start = performance.now();
    if (kind === 'slider') {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(element, String(value));
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      element.value = String(value);
      element.dispatchEvent(new Event('change', { bubbles: true }));
    }
    setTimeout(finish, 10);
  });
}

/** Waits until the main map's overlay pane has had no mutation for `quietMs` (10 s at most). */
const mapQuiet = (page, quietMs) =>
  page.evaluate(
    ({ mapSelector, quietMs }) =>
      new Promise((done, fail) => {
        const pane = document.querySelector(`${mapSelector} .leaflet-overlay-pane`);
        if (!pane) return fail(new Error('no overlay pane in the main map'));
        const start = performance.now();
        let last = start;
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(pane, { attributes: true, childList: true, subtree: true });
        const check = () => {
          const now = performance.now();
          if (now - last >= quietMs || now - start > 10_000) {
            observer.disconnect();
            done();
          } else setTimeout(check, 20);
        };
        check();
      }),
    { mapSelector: MAP, quietMs },
  );

/** Waits for two animation frames and a short idle so one change does not bleed into the next. */
const settle = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30)))));

async function applyChange(page, element, value, kind) {
  return page.evaluate(changeAndWait, {
    mapSelector: MAP,
    element,
    value,
    kind,
    quietMs: QUIET_MS,
    timeoutMs: CHANGE_TIMEOUT_MS,
  });
}

/** The select labelled `label` and its option values. */
async function selectByLabel(page, label) {
  const locator = page.getByLabel(label, { exact: true });
  const element = await locator.elementHandle({ timeout: 5000 });
  const options = await locator.evaluate((el) => [...el.options].map((o) => ({ value: o.value, text: o.textContent.trim() })));
  const current = await locator.evaluate((el) => el.value);
  return { element, options, current };
}

/**
 * Switch latency for the three view controls: each select steps through all its options in turn,
 * starting after the initial one, for a whole number of passes (about `perKind` changes) so that it
 * ends where it started and every change repaints.
 */
export async function measureSwitches(harness, perKind) {
  const { context, page, errors } = await openApp(harness);
  try {
    await settle(page);
    const results = {};
    for (const label of ['Geography level', 'Metric', 'Year']) {
      const { element, options, current } = await selectByLabel(page, label);
      const n = options.length;
      if (n < 2) throw new Error(`"${label}" has fewer than two options`);
      const at = options.findIndex((o) => o.value === current);
      const sequence = Array.from({ length: Math.ceil(perKind / n) * n }, (_, i) => options[(at + 1 + i) % n].value);
      const repaint = [];
      const settled = [];
      for (const value of sequence) {
        await settle(page);
        const t = await applyChange(page, element, value, 'select');
        repaint.push(t.repaint);
        settled.push(t.settled);
      }
      results[label] = { options: options.map((o) => o.value), start: current, sequence, repaint, settled };
    }
    return { results, errors };
  } finally {
    await context.close();
  }
}

/** Slider latency at sub-ICB level, or null if the page has no "International recruitment" slider. */
export async function measureSlider(harness, changes) {
  return measureSliderAt(harness, changes, { slider: 'International recruitment' });
}

/**
 * The PCN team lever's slider latency at sub-ICB level ("PCN growth: Pharmacy team", England's growth a year), with
 * the map on the whole practice team per 100,000 patients in a projected year (2030/31), so each move changes the
 * map through the team projection, on top of the GP projection and its 80% ranges, as the planner sees it. The
 * lever section ("PCN team (ARRS roles)") is opened first, which loads the PCN file. Null if there is no such slider.
 */
export async function measureTeamSlider(harness, changes) {
  return measureSliderAt(harness, changes, {
    slider: 'PCN growth: Pharmacy team',
    search: '?level=subicb&metric=teamPer100k&year=2031',
    open: 'PCN team (ARRS roles): growth by role group',
  });
}

/**
 * Slider latency at sub-ICB level for the slider named `slider`: the page opened at `search`, the `open` summary
 * clicked first if given; values spread over the slider's range, each different from the one before.
 */
async function measureSliderAt(harness, changes, { slider: name, search = '', open = null }) {
  const { context, page, errors } = await openApp(harness, search);
  try {
    await settle(page);
    if (open) {
      const summary = page.getByText(open);
      await summary
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => {});
      if ((await summary.count()) === 0) return null;
      await summary.first().click();
    }
    const slider = page.getByRole('slider', { name, exact: true });
    // The levers render just after the map's first paint (a lever section's file may still be loading): give them
    // a moment before concluding there are none.
    await slider
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(() => {});
    if ((await slider.count()) === 0) return null;
    const level = await selectByLabel(page, 'Geography level');
    const subicb = level.options.find((o) => /Sub-ICB/.test(o.text));
    if (!subicb) throw new Error('no Sub-ICB level option');
    if (level.current !== subicb.value) await applyChange(page, level.element, subicb.value, 'select');
    const paths = await page.evaluate((map) => document.querySelectorAll(`${map} .leaflet-overlay-pane path`).length, MAP);
    // Let the map settle on what it shows once the lever section's data has arrived.
    await mapQuiet(page, QUIET_MS * 4);

    const element = await slider.first().elementHandle({ timeout: 5000 });
    const range = await element.evaluate((el) => ({
      type: el.type,
      min: Number(el.min || 0),
      max: Number(el.max || 100),
      step: Number(el.step) > 0 ? Number(el.step) : 1,
      value: Number(el.value),
    }));
    if (range.type !== 'range') throw new Error(`the slider is an <input type=${range.type}>, not a range`);
    // Values spread over the range, each different from the one before, ending back at the start.
    const span = Math.floor((range.max - range.min) / range.step);
    const values = Array.from({ length: changes - 1 }, (_, i) => {
      const steps = Math.round((((i * 7) % 20) + 1) * (span / 21));
      return Number((range.min + steps * range.step).toPrecision(12));
    }).filter((v, i, all) => i === 0 || v !== all[i - 1]);
    if (values[0] === range.value) values.shift();
    values.push(range.value);

    const repaint = [];
    const settled = [];
    for (const value of values) {
      await settle(page);
      const t = await applyChange(page, element, value, 'slider');
      repaint.push(t.repaint);
      settled.push(t.settled);
    }
    return { range, values, paths, repaint, settled, errors };
  } finally {
    await context.close();
  }
}

/**
 * Time until the headline's 80% range follows a lever (the Monte Carlo runs in a Web Worker): a value is set on
 * the "Leaver rate" slider and the clock stops in the first animation frame in which the range text
 * (data-testid headline-fte-range) has changed and no longer says "updating". Each value is new, so none is cached.
 */
function changeAndWaitForRange({ element, value, timeoutMs }) {
  const target = document.querySelector('[data-testid="headline-fte-range"]');
  if (!target) return Promise.reject(new Error('no headline range on the page'));
  const before = target.textContent;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const check = () => {
      const text = target.textContent ?? '';
      if (text !== before && !text.includes('updating') && !text.includes('computing')) resolve(performance.now() - start);
      else if (performance.now() - start > timeoutMs) reject(new Error(`range did not update within ${timeoutMs} ms`));
      else requestAnimationFrame(check);
    };
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(element, String(value));
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
    requestAnimationFrame(check);
  });
}

export async function measureRangeUpdate(harness, changes) {
  const { context, page, errors } = await openApp(harness);
  try {
    await settle(page);
    const slider = page.getByRole('slider', { name: 'Leaver rate' });
    await slider.first().waitFor({ timeout: 10_000 });
    await page.getByTestId('headline-fte-range').filter({ hasNotText: 'computing' }).waitFor({ timeout: 10_000 });
    const element = await slider.first().elementHandle({ timeout: 5000 });
    const { min, step } = await element.evaluate((el) => ({ min: Number(el.min), step: Number(el.step) }));
    const times = [];
    // 7.0%, 7.1%, ... (0.1-point steps on a 0.1-point slider): every value new, every range different.
    for (let i = 0; i < changes; i += 1) {
      await settle(page);
      const value = Number((min + (40 + i) * step).toFixed(4));
      times.push(await page.evaluate(changeAndWaitForRange, { element, value, timeoutMs: CHANGE_TIMEOUT_MS }));
    }
    return { times, errors };
  } finally {
    await context.close();
  }
}
