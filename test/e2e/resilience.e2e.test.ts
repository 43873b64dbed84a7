// Failures stay in their panel, in the built app: every lazily loaded JS chunk that a planner's walk (load, Present,
// the downloads, a lever) asks for, and two lazy stylesheets, is made to fail in turn (as after a redeploy, when the
// old hashed names are gone); a redeploy is named as
// "a newer version"; offline once the service worker has cached the app, every button works; and offline
// without that copy (a browser that blocks service workers), every button leaves a working app with a clear
// message. Tests that fail requests with page.route block the service worker: Chromium does not show a route
// the requests a service worker answers from its cache.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, startHarness, waitForMap, waitForOfflineCopy, waitForPanels, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const DIST = resolve(import.meta.dirname, '../../dist');
const indexHtml = readFileSync(resolve(DIST, 'index.html'), 'utf8');
const entry = /src="\.\/assets\/(index-[\w-]+\.js)"/.exec(indexHtml)?.[1] ?? '';
/** Chunks the entry needs before anything runs (a failure there is not a lazy part's). */
const eager = new Set([entry, ...[...indexHtml.matchAll(/modulepreload[^>]+href="\.\/assets\/([^"]+)"/g)].map((m) => m[1])]);
const lazyFiles = readdirSync(resolve(DIST, 'assets')).filter(
  (f) => (f.endsWith('.js') || f.endsWith('.css')) && !eager.has(f) && !f.startsWith('index-') && !/worker/.test(f),
);
/**
 * Every lazy JS chunk, and two of the lazy stylesheets: a stylesheet fails its chunk's import the same way (Vite's
 * preload rejects "Unable to preload CSS"), which the JS chunk's own turn already covers for every part, so two
 * (the side column's and the charts') check that this failure is recognised and named, not all of them (each turn
 * is a fresh page that draws its map: 10-30 s in CI).
 */
const lazyChunks = lazyFiles.filter((f) => f.endsWith('.js') || /^(SidePanels|charts)-[\w-]+\.css$/.test(f));

const fte = async (page: Page) => Number((await page.getByTestId('headline-fte').textContent())?.replace(/,/g, ''));

/** The app is still there and still answers: the map is drawn and a lever moves the headline. */
async function stillWorks(page: Page) {
  expect(await page.locator('#root > *').count()).toBeGreaterThan(0);
  expect(await page.locator('[aria-label="Map"] .leaflet-overlay-pane path').count()).toBeGreaterThan(0);
  const before = await fte(page);
  const slider = page.getByRole('slider', { name: 'International recruitment' });
  await slider.focus();
  for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => fte(page)).toBeGreaterThan(before);
}

/** Presses "Present" and leaves again, whether it opened or said why it could not. */
async function presentAndLeave(page: Page): Promise<'opened' | 'failed'> {
  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog');
  const failure = page.getByRole('alert').filter({ hasText: 'Presentation mode could not be loaded' });
  await expect.poll(async () => (await dialog.count()) + (await failure.count())).toBeGreaterThan(0);
  if ((await dialog.count()) > 0) {
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    return 'opened';
  }
  await failure.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => failure.count()).toBe(0);
  return 'failed';
}

/**
 * What a planner does in each turn: Present and leave, each download button (the file comes, or the button says why
 * not), then a lever moves the headline. Returns whether the presentation opened.
 */
async function walk(page: Page): Promise<'opened' | 'failed'> {
  const present = await presentAndLeave(page);
  for (const name of ['Download map as PNG', 'Download chart as PNG', 'Download projection as CSV']) {
    const button = page.getByRole('button', { name });
    if ((await button.count()) === 0 || !(await button.isEnabled())) continue;
    let downloaded = false;
    const onDownload = () => {
      downloaded = true;
    };
    page.on('download', onDownload);
    await button.click();
    await expect
      .poll(
        async () =>
          downloaded || (await page.locator('.export-error').allTextContents()).some((t) => /could not be loaded|failed/.test(t)),
      )
      .toBe(true);
    page.off('download', onDownload);
  }
  await stillWorks(page);
  return present;
}

describe('failures stay in their panel', () => {
  it('finds the lazily loaded chunks of the build', () => {
    expect(lazyChunks.length).toBeGreaterThanOrEqual(8);
    expect(lazyChunks.some((f) => f.startsWith('PresentationMode-'))).toBe(true);
    expect(lazyChunks.some((f) => f.startsWith('SidePanels-'))).toBe(true);
    expect(lazyChunks.filter((f) => f.endsWith('.css'))).toHaveLength(2);
    expect(lazyChunks.filter((f) => f.endsWith('.js'))).toEqual(lazyFiles.filter((f) => f.endsWith('.js')));
  });

  it(
    'keeps the app usable when any one lazy chunk fails to load, naming what failed',
    async () => {
      // First the same walk with nothing failing, to see which chunks it asks for: a chunk the walk never loads (the
      // Practice view, the as-was levels, the print summary's parts…) cannot fail in it, and a turn for it would be a
      // fresh page proving nothing. Those are named in the report; each has its own failure test where it is used.
      const asked = new Set<string>();
      {
        const context = await harness.browser.newContext({ viewport: { width: 1440, height: 1000 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        page.on('request', (request) => {
          const file = /\/assets\/([^/?#]+)$/.exec(request.url())?.[1];
          if (file) asked.add(file);
        });
        await page.goto(harness.baseUrl);
        await waitForMap(page);
        await page.getByTestId('headline-fte').waitFor({ timeout: 60_000 });
        expect(await walk(page)).toBe('opened');
        await context.close();
      }
      const walked = lazyChunks.filter((f) => asked.has(f));
      expect(walked.some((f) => f.startsWith('PresentationMode-'))).toBe(true);
      expect(walked.some((f) => f.startsWith('SidePanels-'))).toBe(true);
      expect(walked.length).toBeGreaterThanOrEqual(8);
      const report: string[] = [`not asked for by the walk: ${lazyChunks.filter((f) => !asked.has(f)).join(', ') || 'none'}`];
      for (const chunk of walked) {
        const context = await harness.browser.newContext({ viewport: { width: 1440, height: 1000 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        const pageErrors: string[] = [];
        page.on('pageerror', (e) => pageErrors.push(e.message));
        await page.route(`**/assets/${chunk}`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
        await page.goto(harness.baseUrl);
        await waitForMap(page);
        if (chunk.startsWith('SidePanels-') || chunk.startsWith('shared-lazy-')) {
          // The side column (headline, levers, saved scenarios) is its own chunk, loaded after the first map: its
          // failure is named in the column, the map stays, and "Try again" brings the levers once the file is back.
          // So for the code the lazy chunks share ('shared-lazy', which the side column imports): the column and
          // the other parts that need it say so, and "Try again" loads the column with the shared file back.
          const failure = page
            .getByRole('alert')
            .filter({ hasText: 'The headline, levers and saved scenarios could not be loaded' });
          await failure.waitFor({ timeout: 60_000 });
          await page.unroute(`**/assets/${chunk}`);
          await failure.getByRole('button', { name: 'Try again' }).click();
        }
        await page.getByTestId('headline-fte').waitFor({ timeout: 60_000 });
        const present = await walk(page);
        const alerts = await page.getByRole('alert').allTextContents();
        report.push(`${chunk}: present ${present}; ${alerts.filter((a) => /could not be/.test(a)).length} panel messages`);
        expect(pageErrors, chunk).toEqual([]);
        await context.close();
      }
      console.log(report.join('\n'));
      // A ceiling, not a wait: each chunk is a fresh page that draws its map (about 5 s quiet, 15-25 s on a loaded 2-core
      // machine, where 240 s for all of them ran out).
    },
    40_000 * (lazyChunks.length + 1),
  );

  it('after a redeploy, "Present" offers "A newer version is available: reload" and the app stays', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '', undefined, { serviceWorkers: 'block' });
    await page.route('**/assets/PresentationMode-*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    // The server now serves a newer build: its index.html names another entry script.
    await page.route('**/index.html', (route) =>
      route.request().resourceType() === 'fetch'
        ? route.fulfill({ status: 200, contentType: 'text/html', body: indexHtml.replace(entry, 'index-NEWBUILD.js') })
        : route.fallback(),
    );
    await waitForMap(page);
    await waitForPanels(page);
    await page.getByRole('button', { name: 'Present' }).click();
    const reload = page.getByRole('button', { name: 'A newer version is available: reload' });
    await expect.poll(() => reload.count()).toBe(1);
    await expect
      .poll(() => page.getByRole('alert').filter({ has: reload }).textContent())
      .toContain('Presentation mode could not be loaded because a newer version of the app is available');
    await page.getByRole('button', { name: 'Close' }).click();
    await stillWorks(page);
    expect(consoleErrors.filter((e) => !/Failed to load resource|dynamically imported module|Presentation mode/.test(e))).toEqual(
      [],
    );
    await context.close();
  });

  it('offline once the service worker has cached the app, every button works', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '', undefined, { serviceWorkers: 'allow' });
    await waitForMap(page);
    await waitForPanels(page);
    await waitForOfflineCopy(page);
    await context.setOffline(true);
    // The page hears that it is offline (the data queries must not wait for the network to come back).
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);

    expect(await presentAndLeave(page)).toBe('opened');
    for (const name of ['Download map as PNG', 'Download chart as PNG', 'Download projection as CSV']) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      expect((await file.failure()) ?? 'downloaded', name).toBe('downloaded');
    }
    expect((await page.locator('.export-error').allTextContents()).filter((t) => t !== '')).toEqual([]);
    // Practice rows need practices.json, which this visit has not loaded yet: it comes from the offline copy.
    const practices = JSON.parse(readFileSync(resolve(DIST, 'data/practices.json'), 'utf8')) as {
      subIcbs: Record<string, string[]>;
    };
    const codes = Object.values(practices.subIcbs).find((c) => c.length >= 2) ?? [];
    await page.getByLabel('Load your own figures (CSV)').setInputFiles({
      name: 'practices.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        ['practice_code,year,gp_fte,gp_headcount,patients', ...codes.map((c) => `${c},2024/25,5,6,9000`)].join('\n'),
      ),
    });
    const preview = page.getByRole('region', { name: /Check before applying/ });
    await preview.waitFor({ timeout: 60_000 });
    expect(await preview.locator('dt:text-is("Accepted") + dd').textContent()).toBe(String(codes.length));
    await page.getByRole('button', { name: 'About the data' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'The projection' }).count()).toBeGreaterThan(0);
    await stillWorks(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
    // The service worker's install alone may take up to 30 s on a loaded machine (waitForOfflineCopy).
  }, 120_000);

  it('offline without the cached copy (service workers blocked), every button leaves a working app with a clear message; back online, each part loads without "Try again"', async () => {
    const { page, context } = await openPage(harness, '', undefined, { serviceWorkers: 'block' });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await waitForMap(page);
    await waitForPanels(page);
    // "About the data" is fetched once the map is on screen and the page is idle, so it opens offline (below).
    await page.waitForFunction(
      () => performance.getEntriesByType('resource').some((e) => /\/assets\/AboutData-[^/]*\.js$/.test(e.name)),
      undefined,
      { timeout: 30_000 },
    );
    await context.setOffline(true);
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);

    await page.getByRole('button', { name: 'Present' }).click();
    const presentFailure = page.getByRole('alert').filter({ hasText: 'Presentation mode could not be loaded' });
    await expect
      .poll(() => presentFailure.textContent())
      .toContain('this computer seems to be offline. It will load by itself when the connection is back.');
    await presentFailure.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => presentFailure.count()).toBe(0);
    for (const name of ['Download map as PNG', 'Download chart as PNG', 'Download projection as CSV']) {
      await page.getByRole('button', { name }).click();
      await expect
        .poll(() => page.locator('.export-error').allTextContents())
        .toEqual(
          expect.arrayContaining([
            `“${name}” could not be loaded: this computer seems to be offline. Press it again when the connection is back.`,
          ]),
        );
    }
    // The Practice view's code is fetched once an ICB is selected (offline: it fails), and again on "Show practices".
    await page
      .getByRole('table', { name: /^Areas at/ })
      .getByRole('button', { name: 'NHS Kent and Medway ICB' })
      .click();
    await page.getByRole('button', { name: 'Show practices' }).click();
    const practicesFailure = page.getByRole('alert').filter({ hasText: 'The Practice view could not be loaded' });
    await expect.poll(() => practicesFailure.textContent()).toContain('this computer seems to be offline');
    await page.getByRole('button', { name: 'About the data' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'The projection' }).count()).toBeGreaterThan(0);
    await stillWorks(page);

    // Back online: the Practice view loads by itself (its points drawn), the exports' messages go, and pressing
    // Present or an export works the first time.
    await context.setOffline(false);
    const map = page.getByRole('region', { name: 'Map', exact: true }).locator('.leaflet-container');
    await expect.poll(() => map.getAttribute('data-practice-points'), { timeout: 60_000 }).not.toBeNull();
    expect(await practicesFailure.count()).toBe(0);
    await expect.poll(async () => (await page.locator('.export-error').allTextContents()).filter((t) => t !== '')).toEqual([]);
    expect(await presentAndLeave(page)).toBe('opened');
    for (const name of ['Download map as PNG', 'Download chart as PNG', 'Download projection as CSV']) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      expect((await file.failure()) ?? 'downloaded', name).toBe('downloaded');
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('offline, a part left showing its failure loads by itself when the connection is back (Present)', async () => {
    const { page, context } = await openPage(harness, '', undefined, { serviceWorkers: 'block' });
    await waitForMap(page);
    await waitForPanels(page);
    await context.setOffline(true);
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
    await page.getByRole('button', { name: 'Present' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'Presentation mode could not be loaded' });
    await expect.poll(() => failure.textContent()).toContain('seems to be offline');
    await context.setOffline(false);
    await page.getByRole('dialog', { name: 'Presentation' }).waitFor({ timeout: 60_000 });
    expect(await failure.count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await context.close();
  }, 120_000);
});
