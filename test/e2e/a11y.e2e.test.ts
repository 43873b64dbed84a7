// axe-core in the built app in Chromium, on every main view: the default dashboard, Sub-ICB level with an
// area chosen, the area picker's list open, About the data, every chart table expanded, saved scenarios
// compared and the presentation dialog (when those exist). Serious or critical violations fail the test;
// lesser ones are printed. Also: map and chart colours come only from the colour-blind-safe palettes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { waitForMap, waitForPanels, pageForThisFile } from './harness';
import { DIVERGING_PALETTE, NO_DATA_COLOUR, SEQUENTIAL_PALETTE } from '../../src/components/map/colours/bins';
import { ENGLAND_COLOUR, LINE_COLOURS } from '../../src/components/chart/palette';
import { FLAG_COLOUR } from '../../src/components/map/colours/colour-scale';

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}
declare global {
  interface Window {
    axe?: {
      run: (
        context: Document | Element,
        options?: { runOnly: string[] },
      ) => Promise<{ violations: AxeViolation[]; passes: { id: string; nodes: AxeNode[] }[] }>;
    };
  }
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const shared = pageForThisFile();

/**
 * Runs axe on the page as it is now; returns the serious and critical violations as readable lines.
 * The app's CSP blocks inline <script> (so no addScriptTag), but page.evaluate runs through the DevTools
 * protocol, which CSP does not govern: axe's source is evaluated there, without weakening the page's CSP.
 */
async function seriousViolations(page: Page, view: string): Promise<string[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => (await window.axe!.run(document)).violations);
  const lines = violations.map(
    (v) => `${view}: [${v.impact}] ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  const lesser = lines.filter((_, i) => !['serious', 'critical'].includes(violations[i]?.impact ?? ''));
  if (lesser.length > 0) console.warn(lesser.join('\n'));
  return lines.filter((_, i) => ['serious', 'critical'].includes(violations[i]?.impact ?? ''));
}

/**
 * Waits for the lazily loaded charts and the panels rendered after the map, so axe sees the finished page
 * rather than "Loading chart…" (or a page whose side panels and Areas table have not rendered yet).
 */
async function waitForCharts(page: Page) {
  await waitForPanels(page);
  await page
    .getByRole('region', { name: 'England: GPs by role, monthly' })
    .locator('svg.recharts-surface')
    .first()
    .waitFor({ timeout: 60_000 });
  await expect.poll(() => page.locator('.loading[role="status"]').count(), { timeout: 60_000 }).toBe(0);
}

/** Opens every visible <details> (the charts' tables and any other disclosure) as a person would: by its summary. */
async function openEveryDisclosure(page: Page) {
  const closed = page.locator('details:not([open]) > summary:visible');
  for (let i = 0; i < 30 && (await closed.count()) > 0; i++) await closed.first().click();
  expect(await closed.count()).toBe(0);
}

const mapFills = (page: Page) =>
  page
    .getByRole('region', { name: 'Map', exact: true })
    .locator('.leaflet-overlay-pane path')
    .evaluateAll((paths) => paths.map((p) => (p.getAttribute('fill') ?? '').toLowerCase()));
const lower = (colours: readonly string[]) => colours.map((c) => c.toLowerCase());

describe('accessibility (axe-core) in Chromium', () => {
  it('the default dashboard has no serious or critical violations', async () => {
    await waitForCharts(shared.watched.page);
    expect(await seriousViolations(shared.watched.page, 'default dashboard')).toEqual([]);
    // The AA text contrast rule really ran over the page's text (not skipped for want of nodes).
    const contrastChecked = await shared.watched.page.evaluate(async () => {
      const result = await window.axe!.run(document, { runOnly: ['color-contrast'] });
      return result.passes[0]?.nodes.length ?? 0;
    });
    expect(contrastChecked).toBeGreaterThan(50);
  });

  it('draws the map and trend lines only in the colour-blind-safe palettes', async () => {
    const { page } = shared.watched;
    // The sequential classes, "no data", and the under-doctored class (Okabe–Ito vermilion), which must be drawn.
    const sequential = lower([...SEQUENTIAL_PALETTE, NO_DATA_COLOUR, FLAG_COLOUR]);
    expect(await mapFills(page)).toContain(FLAG_COLOUR.toLowerCase());
    expect((await mapFills(page)).every((f) => sequential.includes(f))).toBe(true);
    const strokes = () =>
      page
        .getByRole('region', { name: 'Trends' })
        .locator('path.recharts-line-curve')
        .evaluateAll((paths) => paths.map((p) => (p.getAttribute('stroke') ?? '').toLowerCase()));
    // The chart's lines are drawn after its surface: wait for them.
    await expect.poll(async () => (await strokes()).length).toBeGreaterThan(0);
    expect((await strokes()).every((s) => lower([...LINE_COLOURS, ENGLAND_COLOUR]).includes(s))).toBe(true);

    // A change metric switches the map to the diverging palette (orange = fewer GPs, purple = more).
    const metric = page.getByLabel('Metric', { exact: true });
    const before = await metric.inputValue();
    await metric.selectOption('changePct');
    const diverging = lower([...DIVERGING_PALETTE, NO_DATA_COLOUR]);
    await expect.poll(async () => (await mapFills(page)).every((f) => diverging.includes(f))).toBe(true);
    expect(await seriousViolations(page, 'change metric')).toEqual([]);
    await metric.selectOption(before);
  });

  it('Sub-ICB level with an area chosen, and the area picker open, have none', async () => {
    const { page } = shared.watched;
    await page.getByLabel('Geography level').selectOption({ label: 'Sub-ICB (CCG)' });
    await waitForMap(page, 106);
    // The Areas table follows the level in a deferred render: choose from its sub-ICB rows, not the ICBs'.
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /^Areas at/ })
          .locator('tbody tr')
          .count(),
      )
      .toBe(106);
    await page
      .getByRole('table', { name: /^Areas at/ })
      .locator('tbody tr')
      .nth(2)
      .getByRole('button')
      .click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Trends' }).getByRole('heading', { level: 3 }).textContent())
      .toMatch(/against England$/);
    expect(await seriousViolations(page, 'sub-ICB with an area chosen')).toEqual([]);

    const picker = page.getByRole('combobox', { name: 'Find an area' });
    await picker.fill('Cornwall');
    await page.getByRole('listbox', { name: 'Matching areas' }).waitFor();
    expect(await seriousViolations(page, 'area picker open')).toEqual([]);
    await picker.press('Escape');
  });

  it('About the data, and every chart table expanded, have none', async () => {
    const { page } = shared.watched;
    await page.getByRole('button', { name: 'About the data' }).click();
    await page.getByRole('region', { name: 'About the data' }).waitFor();
    // Every disclosure on the page: the charts' tables and any other <details>.
    await openEveryDisclosure(page);
    expect(await seriousViolations(page, 'About open, tables expanded')).toEqual([]);
  });

  it('saved scenarios compared (when the app has them) have none', async () => {
    const { page } = shared.watched;
    const name = page.getByRole('textbox', { name: 'Scenario name' });
    // The app has saved scenarios: wait for the panel (rendered after the map) rather than skip when it is late.
    await name.waitFor();
    for (const plan of ['Plan A', 'Plan B']) {
      await name.fill(plan);
      await page.getByRole('button', { name: 'Save current scenario' }).click();
      await page.getByRole('checkbox', { name: `Compare ${plan}` }).check();
    }
    // The comparison renders from the deferred workforce: wait for both headline rows and the difference map.
    const compare = page.getByRole('region', { name: 'Compare scenarios' });
    await expect
      .poll(() =>
        compare
          .getByRole('table', { name: /^Headline figures/ })
          .locator('tbody th')
          .allTextContents(),
      )
      .toEqual(['Plan A', 'Plan B']);
    await expect
      .poll(
        () => page.getByRole('region', { name: 'Difference map', exact: true }).locator('.leaflet-overlay-pane path').count(),
        {
          timeout: 60_000,
        },
      )
      .toBe(106);
    await openEveryDisclosure(page);
    expect(await seriousViolations(page, 'scenarios compared')).toEqual([]);
  });

  it('the presentation dialog (when there is a Present button) has none', async () => {
    const { page } = shared.watched;
    const present = page.getByRole('button', { name: 'Present', exact: true });
    await present.click();
    const dialog = page.getByRole('dialog', { name: 'Presentation' });
    await dialog.waitFor();
    // The dialog's map has drawn once its paths have real outlines (Leaflet writes "M0 0" before layout).
    await expect
      .poll(
        () =>
          dialog
            .locator('.leaflet-overlay-pane path')
            .evaluateAll((ps) => ps.filter((p) => (p.getAttribute('d') ?? '').length > 10).length),
        {
          timeout: 60_000,
        },
      )
      .toBeGreaterThan(0);
    expect(await seriousViolations(page, 'presentation dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('logged no console errors on the way', () => {
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
