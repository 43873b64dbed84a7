// A newer version, in the built app: the server starts serving a different sw.js (as after a redeploy). On
// the next visit the newer worker installs and waits; the open tab is not reloaded behind the planner's back,
// a quiet status says a newer version is ready and what a reload clears, and "Reload to use it" switches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { LAUNCH_OPTIONS } from '../../scripts/chromium.mjs';
import { DIST, SCREENSHOT_DIR, waitForMap, waitForOfflineCopy, waitForPanels } from './harness';

const SW = readFileSync(resolve(DIST, 'sw.js'), 'utf8');
/** The deploy the server is on: the built sw.js plus a comment naming it, so each deploy's bytes differ. */
let deploy = 1;
const swFetches: number[] = [];

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let baseUrl: string;

beforeAll(async () => {
  server = await preview({
    build: { outDir: DIST },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
    plugins: [
      {
        name: 'redeploy-sw',
        configurePreviewServer: (s) => {
          s.middlewares.use((req, res, next) => {
            if (req.url?.split('?')[0] !== '/sw.js') return next();
            swFetches.push(deploy);
            res.setHeader('Content-Type', 'text/javascript');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(`${SW}\n// deploy ${deploy}\n`);
          });
        },
      },
    ],
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  baseUrl = `http://127.0.0.1:${address.port}/`;
  browser = await chromium.launch(LAUNCH_OPTIONS);
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise<void>((done) => server.httpServer.close(() => done()));
});

const notice = () => page.getByRole('status').filter({ hasText: 'A newer version of the app is ready' });

describe('a newer version', () => {
  it('first visit: the worker installs with no notice (it is not an update)', async () => {
    await page.goto(`${baseUrl}?level=region`);
    await waitForMap(page, 7);
    await waitForOfflineCopy(page);
    await waitForPanels(page);
    expect(await notice().count()).toBe(0);
  });

  it('after a redeploy, the next visit says quietly that a newer version is ready, and does not reload by itself', async () => {
    deploy = 2;
    await page.reload();
    await waitForMap(page, 7);
    await page.evaluate(() => ((window as unknown as { sameTab: boolean }).sameTab = true));
    await notice().waitFor({ timeout: 60_000 });
    expect(swFetches).toContain(2);
    expect(await notice().textContent()).toContain('Reloading keeps the view, levers and saved scenarios');
    await notice().screenshot({ path: resolve(SCREENSHOT_DIR, 'update-notice.png') });
    // The newer worker waits: this tab still runs on the old one, and nothing reloads it.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { sameTab?: boolean }).sameTab)).toBe(true);
  });

  it('"Reload to use it" lets the newer worker take over and reloads, keeping the view from the link', async () => {
    await notice().getByRole('button', { name: 'Reload to use it' }).click();
    await page.waitForFunction(() => (window as unknown as { sameTab?: boolean }).sameTab === undefined, undefined, {
      timeout: 60_000,
    });
    await waitForMap(page, 7);
    await waitForOfflineCopy(page);
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: r?.waiting ?? null, active: r?.active?.state };
    });
    expect(registration).toEqual({ waiting: null, active: 'activated' });
    expect(await notice().count()).toBe(0);
    expect(page.url()).toContain('level=region');
  });

  it('"Not now" hides the notice for this tab', async () => {
    deploy = 3;
    await page.reload();
    await notice().waitFor({ timeout: 60_000 });
    await notice().getByRole('button', { name: 'Not now' }).click();
    expect(await notice().count()).toBe(0);
  });
});
