// Browser-test harness: serves the built app (dist/) with Vite's preview server on a free local port and
// drives Debian's Chromium through playwright-core. Every request the page makes is recorded.
import { afterAll, beforeAll } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { LAUNCH_OPTIONS } from '../../scripts/chromium.mjs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results');

export interface Harness {
  baseUrl: string;
  /** The shared browser (see testBrowser): open contexts in it, do not close it. */
  browser: Browser;
  /** Stops serving the app (the browser stays open): from then on only the service worker's copy answers. */
  stopServer: () => Promise<void>;
  close: () => Promise<void>;
}

/** The build under test: $GPW_DIST serves another (e.g. one made with --outDir elsewhere), as scripts/screenshot.mjs does. */
export const DIST = process.env.GPW_DIST ?? resolve(import.meta.dirname, '../../dist');

/**
 * One Chromium for every test file: vitest.e2e.config.ts runs the files one after another in one process
 * (isolate: false), so this module and its browser outlive each file. Launching Chromium costs 1-2 s on a quiet
 * machine and 8-10 s on a loaded 2-core one, once per file before. Each file still gets its own preview server
 * and its own browser contexts (no shared storage), closed when it closes its harness. A browser that went away
 * (crashed) is launched afresh for the next file; the process's exit closes the last one.
 */
let sharedBrowser: Promise<Browser> | null = null;
function testBrowser(): Promise<Browser> {
  sharedBrowser ??= chromium.launch(LAUNCH_OPTIONS).then((browser) => {
    browser.on('disconnected', () => (sharedBrowser = null));
    return browser;
  });
  return sharedBrowser;
}

export async function startHarness(): Promise<Harness> {
  const outDir = DIST;
  if (!existsSync(resolve(outDir, 'index.html'))) throw new Error(`${outDir} is missing: run \`npm run build\` first`);
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await testBrowser();
  // Contexts open from an earlier file (one that failed before closing its own) are not this file's.
  await Promise.all(browser.contexts().map((context) => context.close()));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  let stopped: Promise<void> | null = null;
  const stopServer = () =>
    (stopped ??= new Promise<void>((done) => {
      server.httpServer.close(() => done());
      // Keep-alive connections would otherwise go on answering the page.
      if ('closeAllConnections' in server.httpServer) server.httpServer.closeAllConnections();
    }));
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    browser,
    stopServer,
    // Closes this file's pages and contexts; the browser stays for the next file.
    close: async () => {
      await Promise.all(browser.contexts().map((context) => context.close()));
      await stopServer();
    },
  };
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  requests: string[];
}

export interface OpenOptions {
  /**
   * "allow" lets the app's service worker in, as in a real browser: it installs a few seconds after the first map
   * and precaches the whole build (8 MB, every practice file among it) into that context's storage. Default "block":
   * only the tests of the offline copy, updates and recovery need the worker (they pass "allow" and wait for it with
   * waitForOfflineCopy); for the rest the precache was download and disk work beside the test in every fresh context
   * on CI's two cores. "block" also keeps the worker from answering requests that page.route or context.route alter.
   */
  serviceWorkers?: 'allow' | 'block';
}

/** A fresh page (own context: no shared storage) that records console errors and every request URL. */
export async function openPage(
  harness: Harness,
  path = '',
  viewport = { width: 1440, height: 1000 },
  { serviceWorkers = 'block' }: OpenOptions = {},
): Promise<WatchedPage> {
  const context = await harness.browser.newContext({ viewport, serviceWorkers });
  // Playwright's 30 s default for a wait or an action is a ceiling a loaded 2-core CI machine running two browser
  // files at once can reach; a wait still ends as soon as its state holds.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(harness.baseUrl + path);
  return { context, page, consoleErrors, requests };
}

/**
 * Waits until the app's service worker has installed (so its precache of the whole build is complete: a
 * worker becomes active only after every file is cached) and controls this page.
 */
export async function waitForOfflineCopy(page: Page) {
  // The controller is the registration's active worker (it claims the page on activating).
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 60_000,
    polling: 250,
  });
}

/** Waits for the main map to have drawn its areas. */
export async function waitForMap(page: Page, count?: number) {
  await page.waitForFunction(
    (expected) => {
      const n = document.querySelectorAll('[aria-label="Map"] .leaflet-overlay-pane path').length;
      return expected === undefined ? n > 0 : n === expected;
    },
    count,
    { timeout: 60_000 },
  );
}

/**
 * Waits for what the dashboard renders after the map's first paint (in a transition, and from lazily loaded
 * chunks): the Headline, "Find an area", the levers, saved scenarios, the comparison, the Areas table's rows, "Your own
 * figures" and the trend chart, with no "Loading…" or "Running the projection…" status left.
 */
export async function waitForPanels(page: Page) {
  // Lazy chunks and a 106-row table on a loaded 2-core machine: allow as long as the map itself gets.
  const timeout = 60_000;
  await page.getByTestId('headline-fte').waitFor({ timeout });
  // "Find an area" is its own chunk, fetched as the map draws (its outline holds the place until then).
  await page.getByRole('combobox', { name: 'Find an area' }).waitFor({ timeout });
  await page.getByRole('slider', { name: 'International recruitment' }).waitFor({ timeout });
  await page.getByRole('textbox', { name: 'Scenario name' }).waitFor({ timeout });
  await page
    .getByRole('table', { name: /^Areas at/ })
    .locator('tbody tr')
    .first()
    .waitFor({ timeout });
  await page.getByLabel('Load your own figures (CSV)').waitFor({ state: 'attached', timeout });
  await page.getByRole('region', { name: 'Trends' }).locator('svg.recharts-surface').first().waitFor({ timeout });
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.loading[role="status"]').length === 0 &&
      ![...document.querySelectorAll('[role="status"]')].some((el) => el.textContent?.includes('Running the projection')),
    undefined,
    { timeout },
  );
}

/**
 * Waits until the map inside `scope` (the dashboard's by default) has stopped moving, e.g. after flying to
 * an area: its panes and drawn paths have held still for 300 ms. A fly takes 0.4 s and starts on the next
 * animation frame, so a map that is about to move does not count as at rest.
 */
export async function waitForMapAtRest(page: Page, scope = '[aria-label="Map"]') {
  // Start the 300 ms afresh: a reading left from an earlier call must not count.
  await page.evaluate(() => delete (window as unknown as { __mapRest?: unknown }).__mapRest);
  await page.waitForFunction(
    (selector) => {
      const map = document.querySelector(selector);
      if (!map) return false;
      const pane = map.querySelector<HTMLElement>('.leaflet-map-pane');
      const svg = map.querySelector<SVGSVGElement>('.leaflet-overlay-pane svg');
      const first = map.querySelector('.leaflet-overlay-pane path');
      const state = [pane?.style.transform, svg?.style.transform, svg?.getAttribute('viewBox'), first?.getAttribute('d')].join(
        '|',
      );
      const w = window as unknown as { __mapRest?: { selector: string; state: string; since: number } };
      const now = performance.now();
      if (w.__mapRest?.selector !== selector || w.__mapRest.state !== state) {
        w.__mapRest = { selector, state, since: now };
        return false;
      }
      return now - w.__mapRest.since >= 300;
    },
    scope,
    { polling: 'raf', timeout: 60_000 },
  );
}

/**
 * One harness and one page for a whole test file, opened (map drawn) before its tests and closed after.
 * Read `shared.harness` and `shared.watched` inside tests, not at module load.
 */
export function pageForThisFile(path = ''): { harness: Harness; watched: WatchedPage } {
  const shared = {} as { harness: Harness; watched: WatchedPage };
  beforeAll(async () => {
    shared.harness = await startHarness();
    shared.watched = await openPage(shared.harness, path);
    await waitForMap(shared.watched.page);
  });
  afterAll(async () => {
    await shared.watched?.context.close();
    await shared.harness?.close();
  });
  return shared;
}

/** CSV lines split into fields (RFC 4180 quoting), without the byte-order mark; `block`: keep the "#" lines above the table. */
export function parseCsv(text: string, block = false): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line && (block || !line.startsWith('#')))
    .map((line) => {
      const fields: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i += 1) {
        const c = line[i];
        if (quoted && c === '"' && line[i + 1] === '"') {
          field += '"';
          i += 1;
        } else if (c === '"') quoted = !quoted;
        else if (c === ',' && !quoted) {
          fields.push(field);
          field = '';
        } else field += c;
      }
      return [...fields, field];
    });
}
