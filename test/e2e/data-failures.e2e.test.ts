// Every panel that needs a data file says so by name when the file fails, and while it is slow; nothing is
// left blank or waiting forever, and the rest of the app keeps working. One browser test per data file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Opens the app with `file` failing, or held ('slow') until `release` is called: a slow file stays slow for as
 * long as the test looks at the page, however long a loaded machine takes to render it. */
async function openWith(
  file: string,
  respond: 'fail' | 'slow',
): Promise<{ page: Page; close: () => Promise<void>; release: () => void }> {
  // page.route does not see requests the service worker answers from its cache: keep it out.
  const context = await harness.browser.newContext({ viewport: { width: 1440, height: 1000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  await page.route(`**/data/${file}`, async (route) => {
    if (respond === 'fail') return route.fulfill({ status: 500, body: 'Server error' });
    await released;
    return route.fallback();
  });
  await page.goto(harness.baseUrl);
  return { page, close: () => context.close(), release };
}

const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const alertIn = (page: Page, name: string) => panel(page, name).getByRole('alert');

/** The panels that need the projection, each naming `file` in an alert. */
async function projectionPanelsName(page: Page, file: string) {
  for (const name of ['Headline', 'Planning levers', 'Saved scenarios', 'Compare scenarios']) {
    await expect
      .poll(() => alertIn(page, name).allTextContents(), { timeout: 60_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(`(${file}) could not be loaded`)]));
  }
}

async function tableWorks(page: Page) {
  await expect
    .poll(
      () =>
        page
          .getByRole('table', { name: /^Areas at/ })
          .locator('tbody tr')
          .count(),
      { timeout: 60_000 },
    )
    .toBe(42);
}

describe('a data file that fails is named in every panel that needs it', () => {
  it('areas.json: the dashboard names it, and the national chart still draws', async () => {
    const { page, close } = await openWith('areas.json', 'fail');
    await expect
      .poll(() => page.getByRole('alert').allTextContents(), { timeout: 60_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('areas.json')]));
    await expect
      .poll(() => panel(page, 'England: GPs by role, monthly').locator('svg.recharts-surface').count(), { timeout: 60_000 })
      .toBeGreaterThan(0);
    await close();
  });

  it('boundaries.topo.json: the map panel names it; the table and projection work', async () => {
    const { page, close } = await openWith('boundaries.topo.json', 'fail');
    await expect
      .poll(() => alertIn(page, 'GP FTE per 100,000 patients, 2024/25').allTextContents(), { timeout: 60_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('boundaries.topo.json')]));
    await tableWorks(page);
    await expect.poll(() => page.getByTestId('headline-fte').count(), { timeout: 60_000 }).toBe(1);
    await close();
  });

  for (const file of ['national.json', 'age-profile.json', 'training.json']) {
    it(`${file}: Headline, Planning levers, Saved scenarios and Compare scenarios name it; the map and table work`, async () => {
      const { page, close } = await openWith(file, 'fail');
      await projectionPanelsName(page, file);
      await tableWorks(page);
      expect(await page.locator('[aria-label="Map"] .leaflet-overlay-pane path').count()).toBe(42);
      if (file === 'national.json')
        await expect
          .poll(() => alertIn(page, 'England: GPs by role, monthly').allTextContents())
          .toEqual(expect.arrayContaining([expect.stringContaining('national.json')]));
      await close();
    });
  }

  for (const file of ['areas.json', 'training.json']) {
    it(`with ${file} failing, saved scenarios stay visible and can be deleted`, async () => {
      // No service worker: it would answer the data files before page.route could fail them.
      const context = await harness.browser.newContext({ viewport: { width: 1440, height: 1000 }, serviceWorkers: 'block' });
      // Save a scenario while everything loads.
      const first = await context.newPage();
      await first.goto(harness.baseUrl);
      await first.getByRole('textbox', { name: 'Scenario name' }).waitFor({ timeout: 60_000 });
      await first.getByRole('textbox', { name: 'Scenario name' }).fill('Keep me');
      await first.getByRole('button', { name: 'Save current scenario' }).click();
      await expect.poll(() => first.getByRole('button', { name: 'Delete Keep me' }).count()).toBe(1);
      await first.close();
      // Then open the planner with the file failing.
      const page = await context.newPage();
      await page.route(`**/data/${file}`, (route) => route.fulfill({ status: 500, body: 'Server error' }));
      await page.goto(harness.baseUrl);
      const saved = panel(page, 'Saved scenarios');
      await expect.poll(() => saved.getByText('Keep me', { exact: true }).count(), { timeout: 60_000 }).toBe(1);
      await saved.getByRole('button', { name: 'Delete Keep me' }).click();
      await saved.getByRole('button', { name: 'Yes, delete Keep me' }).click();
      await expect
        .poll(() => saved.getByRole('list', { name: 'Saved scenarios' }).getByText('Keep me', { exact: true }).count())
        .toBe(0);
      // It was the list shown without the projection (the file really failed).
      await expect
        .poll(() => page.getByRole('alert').allTextContents())
        .toEqual(expect.arrayContaining([expect.stringContaining(file)]));
      expect(await saved.getByRole('textbox', { name: 'Scenario name' }).count()).toBe(0);
      // And it stays deleted when everything loads again.
      await page.unroute(`**/data/${file}`);
      await page.reload();
      await panel(page, 'Saved scenarios').getByRole('textbox', { name: 'Scenario name' }).waitFor({ timeout: 60_000 });
      await expect
        .poll(() => panel(page, 'Saved scenarios').getByText('No saved scenarios yet', { exact: false }).count())
        .toBe(1);
      await context.close();
    });
  }

  it('while training.json is slow, the panels that wait for it say so by name', async () => {
    const { page, close, release } = await openWith('training.json', 'slow');
    for (const name of ['Headline', 'Planning levers', 'Saved scenarios']) {
      await expect
        .poll(() => panel(page, name).getByRole('status').allTextContents(), { timeout: 60_000 })
        .toEqual(expect.arrayContaining([expect.stringContaining('Waiting for the GP training intakes (training.json)')]));
    }
    // Then it arrives and the projection runs.
    release();
    await expect.poll(() => page.getByTestId('headline-fte').count(), { timeout: 60_000 }).toBe(1);
    await close();
  });
});
