// One flag basis (issue 18, part 2), as a sub-ICB manager meets it: at sub-ICB level on the default metric, ticking
// "Patients: Need-weighted" used to drop the vermilion under-doctored class from the legend and the map while the note
// said 33 areas were flagged, and the Areas table showed registered rates beside need-weighted flags. Now the metric
// moves with the Patients control, so the map, its legend, the table's rates, its flags and the count agree; and the
// reverse (choosing the registered metric while on need-weighted patients) moves the Patients control back.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { pageForThisFile, SCREENSHOT_DIR, waitForMapAtRest, waitForPanels } from './harness';

const shared = pageForThisFile('?level=subicb');
const VERMILION = '#d55e00';

const legend = (page: Page) => page.locator('#map-panel figure.legend');
const table = (page: Page) => page.getByRole('table', { name: /^Areas at/ });

/** The legend's flag class: its line (the figure in brackets) and whether its swatch is vermilion. */
async function legendFlag(page: Page): Promise<{ line: number; vermilion: boolean }> {
  const item = legend(page).locator('li', { hasText: 'under-doctored' });
  const text = (await item.textContent()) ?? '';
  const line = Number(/\((\d+\.\d)\)/.exec(text)?.[1]);
  const colour = await item.locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
  return { line, vermilion: colour === 'rgb(213, 94, 0)' };
}

/** Each table row's value (the metric's column) and whether it is flagged. */
async function tableRows(page: Page): Promise<{ name: string; value: number; flagged: boolean }[]> {
  return table(page)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        return {
          name: tr.querySelector('th')?.textContent ?? '',
          value: Number((cells[0]?.textContent ?? '').replace(/[^\d.]/g, '')),
          flagged: (cells[cells.length - 2]?.textContent ?? '').includes('Under-doctored'),
        };
      }),
    );
}

/** The count in the flag rule beside the table: "33 of 106 areas are flagged". */
async function ruleCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('flag-rule').textContent()) ?? '';
  return Number(/(\d+) of 106 areas are flagged/.exec(text)?.[1]);
}

/** The main map's areas coloured vermilion (the London inset draws London's again, so it is left out). */
async function vermilionOnMap(page: Page): Promise<number> {
  await waitForMapAtRest(page);
  return page
    .getByRole('region', { name: 'Map', exact: true })
    .locator('.leaflet-overlay-pane path')
    .evaluateAll((paths, colour) => paths.filter((p) => p.getAttribute('fill')?.toLowerCase() === colour).length, VERMILION);
}

/** Every check the issue names: the class in legend and map, the table's rates agree with its flags, the count matches. */
async function expectOneBasis(page: Page, flaggedCount: number) {
  await expect.poll(() => ruleCount(page)).toBe(flaggedCount);
  const flag = await legendFlag(page);
  expect(flag.vermilion).toBe(true);
  expect(flag.line).toBeGreaterThan(0);
  const rows = await tableRows(page);
  expect(rows).toHaveLength(106);
  // Every flagged row's rate is below the legend's line, every other row's at or above it (one decimal either side).
  for (const row of rows) {
    if (row.flagged) expect(row.value, row.name).toBeLessThan(flag.line + 0.05);
    else expect(row.value, row.name).toBeGreaterThan(flag.line - 0.05);
  }
  expect(rows.filter((r) => r.flagged)).toHaveLength(flaggedCount);
  await expect.poll(() => vermilionOnMap(page)).toBe(flaggedCount);
  await expect.poll(() => legend(page).textContent()).toContain(`${flaggedCount} of 106 areas are flagged.`);
}

describe('one flag basis for the map, legend, table and count', () => {
  it('sub-ICB, default metric, Patients: Need-weighted: vermilion in the legend and map, rates and flags agree', async () => {
    const { page } = shared.watched;
    await waitForPanels(page);
    const metric = page.getByRole('combobox', { name: 'Metric' });
    await expect.poll(() => metric.inputValue()).toBe('ftePer100k');
    await expectOneBasis(page, 21);

    await page.getByRole('radiogroup', { name: 'Patients' }).getByRole('radio', { name: 'Need-weighted' }).check();
    // The map's metric moves to the flag's patients.
    await expect.poll(() => metric.inputValue()).toBe('ftePerWeighted100k');
    await expect.poll(() => legend(page).textContent()).toContain('need-weighted');
    await expectOneBasis(page, 33);
    // South East London and Oldham as the issue found them: each row's flag agrees with its need-weighted rate.
    const rows = await tableRows(page);
    expect(rows.some((r) => /South East London/.test(r.name))).toBe(true);
    await page.locator('#map-panel').screenshot({ path: resolve(SCREENSHOT_DIR, 'flag-basis-need-weighted.png') });
  });

  it('the reverse: choosing the registered metric on need-weighted patients moves Patients back to Registered', async () => {
    const { page } = shared.watched;
    await page.getByRole('combobox', { name: 'Metric' }).selectOption('ftePer100k');
    await expect
      .poll(() => page.getByRole('radiogroup', { name: 'Patients' }).getByRole('radio', { name: 'Registered' }).isChecked())
      .toBe(true);
    await expectOneBasis(page, 21);
  });

  it('keeps the line fixed while the years play: the legend and rule state the year it is drawn at', async () => {
    const { page } = shared.watched;
    const before = await legendFlag(page);
    await page
      .getByRole('group', { name: 'View' })
      .getByRole('combobox', { name: 'Year', exact: true })
      .selectOption({ label: '2015/16' });
    await expect.poll(() => page.getByTestId('flag-rule').textContent()).toContain('in 2024/25');
    await expect
      .poll(() => page.getByTestId('flag-rule').textContent())
      .toContain('the latest recorded year, in every year shown');
    await expect.poll(async () => (await legendFlag(page)).line).toBe(before.line);
  });

  it('logs no console errors', () => {
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
