// Exports in headless Chromium: the projection CSV agrees with the Headline panel, the map and chart PNGs
// download at slide width (read from their IHDR headers), and "Print summary" gives one A4 landscape page.
import { describe, it, expect } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { SCREENSHOT_DIR, pageForThisFile, parseCsv } from './harness';
import { ATTRIBUTION } from '../../src/features/export/export-text';

const shared = pageForThisFile();

/** Clicks a button and returns the file it downloads, copied to test-results/ under `keepAs`. */
async function download(name: string, keepAs: string): Promise<Buffer> {
  const { page } = shared.watched;
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = await file.path();
  copyFileSync(path, resolve(SCREENSHOT_DIR, keepAs));
  return readFileSync(path);
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian), after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('exports in Chromium', () => {
  it("writes a CSV whose England 2035/36 scenario FTE is the Headline panel's projected GP FTE", async () => {
    const { page } = shared.watched;
    // A scenario that differs from current trends: 500 international recruits a year.
    const recruits = page.getByLabel('International recruitment value (FTE a year)');
    await recruits.fill('500');
    await recruits.press('Enter');
    await page.getByLabel('Target year').selectOption('2036');
    const headline = page.getByTestId('headline-fte');
    await expect
      .poll(async () => (await page.getByRole('heading', { level: 3, name: /England, 2035\/36/ }).count()) > 0)
      .toBe(true);
    // The lever is in force (its reset is offered) before the figures are read and the CSV is made.
    await expect.poll(() => page.getByRole('button', { name: 'Reset International recruitment' }).isEnabled()).toBe(true);
    const shownFte = async () => Number((await headline.textContent())?.replace(/,/g, ''));
    await expect.poll(shownFte).toBeGreaterThan(20_000);

    const file = (await download('Download projection as CSV', 'export-projection.csv')).toString('utf8');
    const csv = parseCsv(file);
    const [header, ...rows] = csv;
    expect(header).toContain('gp_fte (qualified permanent GPs, FTE)');
    const fteColumn = header?.indexOf('gp_fte (qualified permanent GPs, FTE)') ?? -1;
    const row = (scenario: string, code: string, year: string) =>
      rows.find((r) => r[0] === scenario && r[1] === code && r[5] === year);
    const scenario = row('Scenario', 'ENG', '2035/36');
    expect(scenario?.[6]).toBe('projected');
    const fte = Number(scenario?.[fteColumn]);
    // The CSV has 1 decimal, the headline none: they agree to the headline's precision.
    await expect.poll(async () => Math.abs(fte - (await shownFte()))).toBeLessThanOrEqual(0.55);
    expect(fte).toBeGreaterThan(Number(row('Current trends', 'ENG', '2035/36')?.[fteColumn]));
    expect(row('Scenario', 'ENG', '2024/25')?.[6]).toBe('recorded');
    // By default England and the selected areas (none yet); every scenario's range; the levers stated above the table.
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['ENG']));
    const low = header?.indexOf('gp_fte_80pct_low (qualified permanent GPs, FTE)') ?? -1;
    const high = header?.indexOf('gp_fte_80pct_high (qualified permanent GPs, FTE)') ?? -1;
    for (const label of ['Current trends', 'Scenario']) {
      const r = row(label, 'ENG', '2035/36') ?? [];
      expect(Number(r[low]), label).toBeLessThan(Number(r[fteColumn]));
      expect(Number(r[high]), label).toBeGreaterThan(Number(r[fteColumn]));
    }
    const block = parseCsv(file, true).filter((r) => r[0]?.startsWith('#'));
    expect(block).toContainEqual(['# assumptions', 'Scenario', 'England', 'International recruitment', '500 FTE a year']);
    expect(block).toContainEqual(['# assumptions', 'Current trends', 'England', 'Demand basis', 'registered lists']);
    expect(block.some((r) => r[0] === '# source' && r[1]?.includes('Open Government Licence'))).toBe(true);

    // On request, every area at every level (1 + 7 regions + 42 ICBs of 2022–2026 + 106 sub-ICBs + the 7 ICBs of
    // April 2026 that are not one of the 42; QRL is a code at both ICB levels, on different areas).
    await page.getByRole('checkbox', { name: 'All areas in CSV' }).check();
    const all = parseCsv((await download('Download projection as CSV', 'export-projection-all.csv')).toString('utf8'));
    expect(new Set(all.slice(1).map((r) => `${r[1]}|${r[3]}`)).size).toBe(163);
    expect(all.filter((r) => r[1] === 'QRL' && r[0] === 'Scenario').map((r) => r[3])).toContain('ICB (April 2026)');
  });

  it('downloads the map as a PNG at least 1600 px wide', async () => {
    const { page } = shared.watched;
    await page.getByRole('combobox', { name: 'Year', exact: true }).selectOption('2031');
    const areasTable = page.getByRole('table', { name: /^Areas at/ });
    await areasTable.locator('tbody tr').nth(2).getByRole('button').first().click();
    const png = await download('Download map as PNG', 'export-map.png');
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThanOrEqual(1600);
    expect(height).toBeGreaterThan(1000);
  });

  it('downloads the map as an exactly 16:9 PNG for a slide', async () => {
    const { page } = shared.watched;
    await page.getByLabel('PNG shape').selectOption('slide');
    const { width, height } = pngSize(await download('Download map as PNG', 'export-map-16x9.png'));
    expect([width, height]).toEqual([1920, 1080]);
    await page.getByLabel('PNG shape').selectOption('screen');
  });

  it('downloads the trend chart as a PNG at least 1600 px wide', async () => {
    const { page } = shared.watched;
    await page.locator('#trends .chart-plot svg.recharts-surface').waitFor();
    const png = await download('Download chart as PNG', 'export-chart.png');
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThanOrEqual(1600);
    // The plot across the width, key and levers below it: a slide-friendly landscape image, not a tall one.
    expect(height / width).toBeLessThanOrEqual(0.75);
    expect(await page.locator('#trends .export-error').textContent()).toBe('');
  });

  it('prints one A4 landscape page: title, headline, static map, chart, levers and attribution, no controls', async () => {
    const { page } = shared.watched;
    await page.evaluate(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => {
        w.printCalls += 1;
      };
    });
    await page.getByRole('button', { name: 'Print summary' }).click();
    expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

    // A4 landscape less 10 mm margins is 277 x 190 mm: 1047 x 718 CSS px.
    await page.setViewportSize({ width: 1047, height: 718 });
    // Nothing is drawn for print until printing starts (here, the print media query matching).
    expect(await page.getByTestId('print-map').locator('canvas').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    // Drawn once the print media query matches: wait for it, and for the page to take its print layout.
    await page.getByTestId('print-map').locator('canvas').waitFor();
    await expect.poll(() => page.getByTestId('print-map').locator('canvas').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.leaflet-container').first().isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: 'Download map as PNG' }).isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('slider').first().isVisible()).toBe(false);
    await expect.poll(() => page.locator('.print-levers').innerText()).toContain('International recruitment: 500 FTE a year');
    await expect.poll(() => page.getByTestId('headline-fte').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#trends svg.recharts-surface').first().isVisible()).toBe(true);
    // What the page says about itself: the chart's measure, the target's meaning, the data's period (from the
    // data: the last recorded year and the bulletin's last month), the day printed and the view's link.
    await expect
      .poll(() => page.getByTestId('print-measure').innerText())
      .toContain('Chart: GP FTE per 100,000 patients, in FTE per 100,000 patients');
    await expect
      .poll(() => page.getByTestId('print-target').innerText())
      .toMatch(/^Target: hold GP FTE per 100,000 patients at the 2015\/16 level \(\d+\.\d\) in 2035\/36$/);
    const context = await page.getByTestId('print-context').innerText();
    expect(context).toContain('Data: 2024/25 financial-year average; bulletin to October 2025.');
    const today = await page.evaluate(() =>
      new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    );
    expect(context).toContain(`Printed ${today}.`);
    expect(context.replace(/\s+/g, '')).toContain(`Thisview:${page.url()}`);
    // The under-doctored flag's rule on its basis, under the print map.
    await expect
      .poll(() => page.getByTestId('print-flag').innerText())
      .toMatch(
        /^Under-doctored: fewer than 90% of England's qualified permanent GP FTE per 100,000 registered patients in 2024\/25 \(\d+\.\d\), the latest recorded year, in every year shown/,
      );
    for (const testId of ['print-measure', 'print-target', 'print-context', 'print-flag'])
      expect(await page.getByTestId(testId).isVisible(), testId).toBe(true);
    const footer = await page.locator('.app-footer').innerText();
    for (const line of ATTRIBUTION) expect(footer.replace(/\s+/g, ' ')).toContain(line);
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'print-preview.png'), fullPage: true });

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints on need-weighted patients on one page too, the flag, target and chart saying so', async () => {
    const { page } = shared.watched;
    await page.getByRole('radiogroup', { name: 'Patients' }).getByRole('radio', { name: 'Need-weighted' }).check();
    await expect.poll(() => page.getByTestId('headline-per100k').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect
      .poll(() => page.getByTestId('print-flag').innerText())
      .toMatch(
        /^Under-doctored: fewer than 90% of England's qualified permanent GP FTE per 100,000 need-weighted \(Carr-Hill\) patients in 2024\/25 \(\d+\.\d\), the latest recorded year/,
      );
    await expect
      .poll(() => page.getByTestId('print-target').innerText())
      .toMatch(/^Target: hold GP FTE per 100,000 need-weighted patients at the 2015\/16 level \(\d+\.\d\) in 2035\/36$/);
    await expect
      .poll(() => page.getByTestId('print-measure').innerText())
      .toContain('Chart: GP FTE per 100,000 need-weighted patients, in FTE per 100,000 need-weighted patients');
    await expect.poll(() => page.getByTestId('print-map').locator('canvas').isVisible()).toBe(true);
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'print-preview-need-weighted.png'), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('logs no console errors', () => {
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
