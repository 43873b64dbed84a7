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
  browser: Browser;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  // $GPW_DIST serves another build (e.g. one made with --outDir elsewhere), as scripts/screenshot.mjs does.
  const outDir = process.env.GPW_DIST ?? resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(outDir, 'index.html'))) throw new Error(`${outDir} is missing: run \`npm run build\` first`);
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch(LAUNCH_OPTIONS);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((done) => server.httpServer.close(() => done()));
    },
  };
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  requests: string[];
}

/** A fresh page (own context: no shared storage) that records console errors and every request URL. */
export async function openPage(harness: Harness, path = '', viewport = { width: 1440, height: 1000 }): Promise<WatchedPage> {
  const context = await harness.browser.newContext({ viewport });
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

/** Waits for the main map to have drawn its areas. */
export async function waitForMap(page: Page, count?: number) {
  await page.waitForFunction(
    (expected) => {
      const n = document.querySelectorAll('[aria-label="Map"] .leaflet-overlay-pane path').length;
      return expected === undefined ? n > 0 : n === expected;
    },
    count,
    { timeout: 20_000 },
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
