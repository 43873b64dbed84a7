// Scenario names that are only names, in Chromium: a name typed with a right-to-left override (U+202E) and a
// control character (U+0007) is kept without the control character, shown isolated (<bdi>) so the override
// cannot reorder the sentence around it, compared, and exported: the chart PNG downloads (a control character
// used to stop its SVG decoding), the CSV has the name without bidi controls. A long name with no spaces wraps
// on screen and is shortened on the PNG, leaving the image's right margin blank. A name an older version stored
// with a control character is read without it.
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCREENSHOT_DIR, pageForThisFile, parseCsv, waitForPanels } from './harness';

const shared = pageForThisFile();

const RLO = '\u202E';
const TYPED = `${RLO}Plan\u0007 Z`;
const KEPT = `${RLO}Plan Z`;
const LONG = 'W'.repeat(80);

async function saveAs(page: Page, typed: string, kept: string) {
  await page.getByRole('textbox', { name: 'Scenario name' }).fill(typed);
  await page.getByRole('button', { name: 'Save current scenario' }).click();
  await expect.poll(() => page.getByRole('checkbox', { name: `Compare ${kept}`, exact: true }).count()).toBe(1);
}

/** Clicks a button and returns the file it downloads (failing fast with the app's own message if it says one). */
async function download(page: Page, name: string, keepAs: string): Promise<Buffer> {
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  copyFileSync(path, resolve(SCREENSHOT_DIR, keepAs));
  return readFileSync(path);
}

/** The element's box, and the boxes of the text just before and just after it in its parent. */
function boxesAround(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const rectOf = (node: Node | null) => {
      if (!node) return null;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top };
    };
    return { before: rectOf(el.previousSibling), name: rectOf(el), after: rectOf(el.nextSibling) };
  }, selector);
}

describe('names that are only names, in Chromium', () => {
  it('keeps a name typed with an override and a control character without the control character, shown isolated', async () => {
    const { page } = shared.watched;
    await waitForPanels(page);
    await saveAs(page, TYPED, KEPT);
    const stored = await page.evaluate(() => localStorage.getItem('gpw.savedScenarios') ?? '');
    expect((JSON.parse(stored) as { scenarios: { name: string }[] }).scenarios.map((s) => s.name)).toEqual([KEPT]);

    // In the list: a <bdi>, isolated.
    const listed = page.getByRole('list', { name: 'Saved scenarios' }).locator('.saved-scenario-name');
    expect(await listed.evaluate((el) => [el.tagName, getComputedStyle(el).unicodeBidi])).toEqual(['BDI', 'isolate']);

    // In the status line the override reverses the name only: the closing quote and full stop stay after it,
    // on the right, and the words before it on the left.
    const status = page.locator('.scenario-status');
    await expect.poll(() => status.textContent()).toBe(`Saved the current scenario as “${KEPT}”.`);
    const boxes = await boxesAround(page, '.scenario-status bdi');
    expect(boxes?.after?.left).toBeGreaterThanOrEqual((boxes?.name?.right ?? Infinity) - 1);
    expect(boxes?.before?.right).toBeLessThanOrEqual((boxes?.name?.left ?? -Infinity) + 1);
  });

  it('compares it (isolated in the table and the chart legend), downloads the chart PNG, and writes it plain in the CSV', async () => {
    const { page } = shared.watched;
    await page.getByRole('checkbox', { name: `Compare ${KEPT}`, exact: true }).check();
    const table = page.getByRole('table', { name: /^Headline figures for England/ });
    await expect.poll(() => table.locator('tbody th bdi').allTextContents()).toEqual([KEPT]);
    const legend = page.locator('#trends .trend-key-label');
    // Saved with the levers on screen, its line is the scenario's: drawn once, the key names both (isolated).
    await expect
      .poll(async () => (await legend.allTextContents()).join(' | '))
      .toContain(`Scenario (same as current trends and Saved: \u2068${KEPT}\u2069)`);

    await page.locator('#trends .chart-plot svg.recharts-surface').waitFor();
    const png = await download(page, 'Download chart as PNG', 'names-chart.png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(await page.locator('#trends .export-error').textContent()).toBe('');

    const rows = parseCsv((await download(page, 'Download projection as CSV', 'names-projection.csv')).toString('utf8'));
    const labels = new Set(rows.map((r) => r[0]));
    // The override is dropped in the file: a spreadsheet cannot isolate it.
    expect(labels).toContain('Saved: Plan Z');
    expect([...labels].some((l) => l?.includes(RLO))).toBe(false);
  });

  it('wraps a long name without spaces on screen, and shortens it on the PNG inside the image’s margin', async () => {
    const { page } = shared.watched;
    await saveAs(page, LONG, LONG);
    await page.getByRole('checkbox', { name: `Compare ${LONG}`, exact: true }).check();
    const legend = page.locator('#trends .trend-key-label', { hasText: LONG });
    await expect.poll(() => legend.count()).toBeGreaterThan(0);

    // Nothing on the page is pushed wider than the window, and each place the name shows stays in its box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const inside = (inner: string, outer: string) =>
      page.evaluate(
        ([i, o]) =>
          [...document.querySelectorAll(i)].every((el) => {
            const box = el.getBoundingClientRect();
            const container = el.closest(o)?.getBoundingClientRect();
            return container !== undefined && box.right <= container.right + 1;
          }),
        [inner, outer] as const,
      );
    expect(await inside('.saved-scenario-name', '.saved-scenario')).toBe(true);
    expect(await inside('#trends .trend-key-item', '#trends')).toBe(true);
    expect(await inside('.compare-table th bdi', '.compare-table')).toBe(true);

    const png = await download(page, 'Download chart as PNG', 'names-chart-long.png');
    expect(await page.locator('#trends .export-error').textContent()).toBe('');
    // The PNG decoded in the page: its right margin (the last 40 px of a 49 px pad) has nothing drawn in it.
    const inked = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) return -1;
      ctx.drawImage(image, 0, 0);
      const strip = ctx.getImageData(canvas.width - 40, 0, 40, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < strip.length; i += 4) if ((strip[i] ?? 255) < 200 || (strip[i + 1] ?? 255) < 200) dark += 1;
      return dark;
    }, png.toString('base64'));
    expect(inked).toBe(0);
    await page.getByRole('region', { name: 'Saved scenarios' }).screenshot({ path: `${SCREENSHOT_DIR}/names-long.png` });
  });

  it('reads a name stored with a control character in it (by an older version) without it, and its chart PNG downloads', async () => {
    const { page } = shared.watched;
    await page.evaluate(() => {
      const stored = localStorage.getItem('gpw.savedScenarios') ?? '{"version":1,"scenarios":[]}';
      const file = JSON.parse(stored) as { scenarios: unknown[] };
      file.scenarios.push({
        id: 'sold00001',
        name: 'Old\u0007 plan',
        englandLevers: { internationalRecruitment: 900 },
        scopeLevers: {},
        target: { kind: 'hold', year: 2016 },
        targetYear: 2036,
      });
      localStorage.setItem('gpw.savedScenarios', JSON.stringify(file));
    });
    await page.reload();
    await waitForPanels(page);
    await page.getByRole('checkbox', { name: 'Compare Old plan', exact: true }).check();
    await expect.poll(() => page.locator('#trends .trend-key-label').allTextContents()).toContain('Saved: \u2068Old plan\u2069');
    const png = await download(page, 'Download chart as PNG', 'names-chart-old.png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(await page.locator('#trends .export-error').textContent()).toBe('');
  });

  it('logs no console errors', () => {
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
