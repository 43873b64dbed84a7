// Saved scenarios in the real browser: a planner saves two lever settings as "Plan A" and "Plan B", compares
// them (headline table, trend lines, difference map), and finds both still saved after reloading the page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, waitForMap, pageForThisFile } from './harness';

const shared = pageForThisFile();

async function setRecruitment(page: Page, fte: string) {
  await page.getByRole('textbox', { name: /^International recruitment value/ }).fill(fte);
  await page.keyboard.press('Enter');
}

async function saveAs(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Scenario name' }).fill(name);
  await page.getByRole('button', { name: 'Save current scenario' }).click();
  await expect.poll(() => page.getByRole('checkbox', { name: `Compare ${name}` }).count()).toBe(1);
}

const savedNames = (page: Page) =>
  page.getByRole('list', { name: 'Saved scenarios' }).locator('.saved-scenario-name').allTextContents();

describe('saved scenarios in Chromium', () => {
  it('saves two scenarios and compares them: table rows, trend lines and a drawn difference map', async () => {
    const { page } = shared.watched;
    await setRecruitment(page, '400');
    await saveAs(page, 'Plan A');
    await setRecruitment(page, '500');
    await saveAs(page, 'Plan B');
    await expect.poll(() => savedNames(page)).toEqual(['Plan A', 'Plan B']);

    await page.getByRole('checkbox', { name: 'Compare Plan A' }).check();
    await page.getByRole('checkbox', { name: 'Compare Plan B' }).check();

    // The comparison renders from the deferred workforce: a row per ticked scenario arrives after the ticks.
    const table = page.getByRole('table', { name: /^Headline figures for England/ });
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.locator('th').allTextContents()).toEqual(['Plan A', 'Plan B']);
    const fte = async (i: number) => Number((await rows.nth(i).locator('td').nth(1).textContent())?.replace(/,/g, ''));
    // 1,200 more internationally recruited FTE a year in Plan B: more GPs by 2035/36.
    await expect.poll(async () => (await fte(1)) - (await fte(0))).toBeGreaterThan(0);

    // The difference map draws every ICB, coloured (not the no-data grey).
    const diffPaths = page.getByRole('region', { name: 'Difference map', exact: true }).locator('.leaflet-overlay-pane path');
    await expect.poll(() => diffPaths.count(), { timeout: 60_000 }).toBe(42);
    await expect
      .poll(async () =>
        (await diffPaths.evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')))).every(
          (f) => f !== null && f.toLowerCase() !== '#bdbdbd',
        ),
      )
      .toBe(true);
    // Every class the legend lists holds an area: Plan A has fewer recruits, so A minus B is negative or nil in every
    // ICB and the classes for "more" are left out, the scale staying symmetric (issue 18).
    const differenceMap = page.locator('.difference-map');
    const legendRows = () =>
      differenceMap.evaluate((root) => {
        const probe = document.createElement('i');
        document.body.append(probe);
        const norm = (colour: string) => {
          probe.style.color = '';
          probe.style.color = colour;
          return getComputedStyle(probe).color;
        };
        const fills = new Set(
          [...root.querySelectorAll('.leaflet-overlay-pane path')].map((p) => norm(p.getAttribute('fill') ?? '')),
        );
        const rows = [...root.querySelectorAll('.legend li')].flatMap((li) => {
          const swatch = li.querySelector<HTMLElement>('.swatch:not(.swatch-nodata)');
          return swatch ? [{ label: li.textContent ?? '', used: fills.has(norm(swatch.style.background)) }] : [];
        });
        probe.remove();
        return rows;
      });
    await expect.poll(async () => (await legendRows()).length).toBeGreaterThan(1);
    const listed = await legendRows();
    expect(listed.filter((r) => !r.label.startsWith('no difference') && !r.used)).toEqual([]);
    expect(listed.some((r) => r.label.startsWith('no difference'))).toBe(true);
    await differenceMap.locator('.legend').screenshot({ path: 'test-results/difference-legend.png' });

    // The trend chart's key names both saved scenarios among its series (each name isolated: FSI…PDI).
    const key = page.getByRole('region', { name: 'Trends' }).getByRole('list', { name: 'Series, by pattern' });
    const keyLabels = async () =>
      (await key.locator('.trend-key-label').allTextContents()).map((t) => t.replace(/[\u2066-\u2069]/g, ''));
    // (A saved scenario identical to the scenario on screen is drawn once, and named in the scenario's entry.)
    await expect.poll(async () => (await keyLabels()).join(' | ')).toMatch(/Saved: Plan A/);
    await expect.poll(async () => (await keyLabels()).join(' | ')).toMatch(/Saved: Plan B/);

    await page.getByRole('region', { name: 'Compare scenarios' }).screenshot({ path: `${SCREENSHOT_DIR}/compare-scenarios.png` });
  });

  it('keeps the saved scenarios after the page is reloaded', async () => {
    const { page } = shared.watched;
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => savedNames(page)).toEqual(['Plan A', 'Plan B']);
    // Loading Plan A puts its International recruitment back on the lever.
    await page.getByRole('button', { name: 'Load Plan A' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /^International recruitment value/ }).inputValue()).toBe('400');
  });

  it('logs no console errors', () => {
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
