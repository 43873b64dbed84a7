// The one-page A4 print summary (issue 18, part 3) is one page in every state a planner prints from: England by
// default, Kent and Medway with its own levers, and Kent and Medway with two saved scenarios compared (which printed on
// two pages, the attribution's last line spilling). Chromium prints to PDF (page.pdf) and the pages are counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openPage, SCREENSHOT_DIR, startHarness, waitForPanels, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const ATTRIBUTION_END = 'Contains National Statistics data © Crown copyright and database right 2025.';

/** Prints the page as the browser would (print media) and counts the PDF's pages. */
async function printedPages(page: Page, name: string): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  await page.getByTestId('print-map').locator('canvas').waitFor();
  await expect.poll(() => page.getByTestId('print-map').locator('canvas').isVisible()).toBe(true);
  await expect.poll(() => page.locator('#trends svg.recharts-surface').first().isVisible()).toBe(true);
  // The attribution's last line is on the page (it is what spilled).
  await expect.poll(() => page.locator('.app-footer').isVisible()).toBe(true);
  expect((await page.locator('.app-footer').innerText()).replace(/\s+/g, ' ')).toContain(ATTRIBUTION_END);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `print-${name}.png`), fullPage: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

async function withPage(path: string, run: (page: Page) => Promise<void>) {
  const watched = await openPage(harness, path);
  try {
    await waitForPanels(watched.page);
    await run(watched.page);
    expect(watched.consoleErrors).toEqual([]);
  } finally {
    await watched.context.close();
  }
}

describe('the print summary is one A4 page', () => {
  it('for England by default', async () => {
    await withPage('', async (page) => {
      expect(await printedPages(page, 'one-page-default')).toBe(1);
    });
  });

  it('for Kent and Medway with its own levers', async () => {
    await withPage('?areas=QKS&scope=QKS&levers.QKS=returners:17', async (page) => {
      await expect.poll(() => page.locator('.print-levers').textContent()).toContain('NHS Kent and Medway ICB');
      expect(await printedPages(page, 'one-page-icb')).toBe(1);
    });
  });

  it('for Kent and Medway with two saved scenarios compared', async () => {
    await withPage('?areas=QKS&scope=QKS', async (page) => {
      const returners = page.getByRole('textbox', { name: /^Returners value/ });
      for (const [name, value] of [
        ['First plan', '5'],
        ['Second plan', '10'],
      ] as const) {
        await returners.fill(value);
        await returners.press('Enter');
        await expect.poll(() => new URL(page.url()).searchParams.get('levers.QKS')).toBe(`returners:${value}`);
        await page.getByRole('textbox', { name: 'Scenario name' }).fill(name);
        await page.getByRole('button', { name: 'Save current scenario' }).click();
        await expect.poll(() => page.getByRole('checkbox', { name: `Compare ${name}` }).count()).toBeGreaterThan(0);
      }
      for (const name of ['First plan', 'Second plan'])
        await page
          .getByRole('checkbox', { name: `Compare ${name}` })
          .first()
          .check();
      // Both compared scenarios are drawn in the chart's key before printing.
      await expect.poll(() => page.locator('#trends').innerText()).toContain('First plan');
      await expect.poll(() => page.locator('#trends').innerText()).toContain('Second plan');
      expect(await printedPages(page, 'one-page-compare')).toBe(1);
    });
  });
});
