// The Practice view in Chromium: with NHS Kent and Medway ICB selected, "Show practices" fetches only its practice
// file, draws a point for every placed practice reporting in 2024/25 (counted against data/practices/91Q.json),
// names those it could not place, and its tables sort; the PCN table's total is the ICB's own figure in
// areas.json, and picking a practice in the table highlights its row (and its point's tooltip on the map). On the
// need-weighted basis and metric, the practice legend has the under-doctored class at 90% of England's 2024/25 rate
// (worked from areas.json); the page's own URL, reloaded, reopens the view with the practice picked.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCREENSHOT_DIR, openPage, pageForThisFile, waitForMap, waitForPanels } from './harness';

const DATA = resolve(import.meta.dirname, '../../data');
const readJson = (file: string) => JSON.parse(readFileSync(resolve(DATA, file), 'utf8'));
interface FilePractice {
  code: string;
  name: string | null;
  lat?: number | null;
  fte: (number | null)[];
  patients: (number | null)[];
}
const file = readJson('practices/91Q.json') as { years: number[]; practices: FilePractice[] };
const areas = readJson('areas.json') as {
  years: number[];
  areas: { code: string; fte: number[]; patients: number[]; weightedPatients: (number | null)[]; practices: number[] }[];
};
const kent = areas.areas.find((a) => a.code === 'QKS')!;
const england = areas.areas.find((a) => a.code === 'ENG')!;
const yi = file.years.indexOf(2025);
const reporting = file.practices.filter((p) => p.fte[yi] !== null);
const placed = reporting.filter((p) => typeof p.lat === 'number');
const fmt = (n: number, d: number) => n.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });

const shared = pageForThisFile();
const page = () => shared.watched.page;
const toggle = () => page().getByRole('button', { name: 'Show practices' });
const practiceTable = () => page().getByRole('table', { name: /^Practices of NHS Kent and Medway ICB, 2024\/25/ });
const picked = () => placed[0] ?? reporting[0]!;
const pcnTable = () => page().getByRole('table', { name: /^Primary care networks of NHS Kent and Medway ICB/ });

describe('Practice view', () => {
  it('is offered only once an ICB or sub-ICB is selected, and loads no practice file before it opens', async () => {
    await waitForPanels(page());
    expect(await toggle().isDisabled()).toBe(true);
    await page()
      .getByRole('table', { name: /^Areas at/ })
      .getByRole('button', { name: 'NHS Kent and Medway ICB' })
      .click();
    await expect.poll(() => toggle().isEnabled()).toBe(true);
    expect(shared.watched.requests.filter((url) => url.includes('/data/practices/'))).toEqual([]);
  });

  it('draws a point for every placed practice and names those it could not place', async () => {
    await toggle().click();
    expect(await toggle().getAttribute('aria-pressed')).toBe('true');
    const map = page().getByRole('region', { name: 'Map', exact: true }).locator('.leaflet-container');
    await expect.poll(() => map.getAttribute('data-practice-points'), { timeout: 60_000 }).toBe(String(placed.length));
    // Only the selected area's file was fetched.
    expect(
      shared.watched.requests.filter((url) => url.includes('/data/practices/')).map((u) => u.replace(/^.*\/data\//, '')),
    ).toEqual(['practices/91Q.json']);
    const status = page().getByText(/practices of NHS Kent and Medway ICB on the map/);
    await expect.poll(() => status.textContent()).toContain(`${placed.length} of ${reporting.length} practices`);
    const unplaced = reporting.length - placed.length;
    if (unplaced > 0) {
      const note = await page()
        .getByText(/could not be placed:/)
        .textContent();
      expect(note).toContain(unplaced === 1 ? '1 practice could not be placed' : `${unplaced} practices could not be placed`);
      for (const p of reporting.filter((r) => typeof r.lat !== 'number')) expect(note).toContain(p.code);
    }
    await page().getByRole('figure', { name: 'Legend: circle size' }).getByText('Circle area ∝ registered patients').waitFor();
  });

  it('lists every practice in the file, sortable by its header buttons', async () => {
    await practiceTable().locator('tbody tr').first().waitFor({ timeout: 60_000 });
    expect(await practiceTable().locator('tbody tr').count()).toBe(file.practices.length);
    const patientsHeader = practiceTable()
      .getByRole('columnheader', { name: /^Patients/ })
      .first();
    // Largest list first by default; the header button turns it round and back.
    expect(await patientsHeader.getAttribute('aria-sort')).toBe('descending');
    await patientsHeader.getByRole('button').click();
    expect(await patientsHeader.getAttribute('aria-sort')).toBe('ascending');
    const smallest = [...reporting].sort((a, b) => (a.patients[yi] ?? 0) - (b.patients[yi] ?? 0))[0]!;
    expect(await practiceTable().locator('tbody tr').first().locator('td').first().textContent()).toBe(smallest.code);
    await patientsHeader.getByRole('button').click();
    expect(await patientsHeader.getAttribute('aria-sort')).toBe('descending');
    const biggest = [...reporting].sort((a, b) => (b.patients[yi] ?? 0) - (a.patients[yi] ?? 0))[0]!;
    expect(await practiceTable().locator('tbody tr').first().locator('td').first().textContent()).toBe(biggest.code);
    // Every row has a trend with its figures as text.
    expect(
      await practiceTable()
        .getByRole('img', { name: /^GP FTE by year: 2015\/16/ })
        .count(),
    ).toBeGreaterThan(0);
  });

  it('draws the trends of the rows in view at once and the others as the table scrolls to them', async () => {
    const drawn = (row: 'first' | 'last') =>
      practiceTable().locator('tbody tr')[row]().locator('.sparkline path.recharts-line-curve').count();
    await expect.poll(() => drawn('first')).toBe(1);
    // Far below the table's visible part: a named box of its size, not yet a chart.
    expect(await drawn('last')).toBe(0);
    expect(await practiceTable().locator('tbody tr').last().getByRole('img').getAttribute('aria-label')).toMatch(
      /^GP FTE by year|^No GP FTE/,
    );
    await practiceTable().locator('tbody tr').last().scrollIntoViewIfNeeded();
    await expect.poll(() => drawn('last')).toBe(1);
  });

  it("sums the practices by PCN to the ICB's own 2024/25 figures", async () => {
    const total = pcnTable().locator('tfoot tr');
    const cells = await total.locator('td').allTextContents();
    expect(cells[1]).toBe(String(kent.practices[yi]));
    expect(cells[2]).toBe(fmt(kent.fte[yi]!, 1));
    const patients = Number(cells[3]!.replace(/,/g, ''));
    expect(Math.abs(patients - kent.patients[yi]!)).toBeLessThanOrEqual(0.5 * reporting.length);
    // Sorting the PCN table by GP FTE puts the largest first.
    const fteHeader = pcnTable()
      .getByRole('columnheader', { name: /^GP FTE/ })
      .first();
    await fteHeader.getByRole('button').click();
    await fteHeader.getByRole('button').click();
    expect(await fteHeader.getAttribute('aria-sort')).toBe('descending');
    const fte = (await pcnTable().locator('tbody tr td:nth-child(4)').allTextContents()).map((t) => Number(t.replace(/,/g, '')));
    expect(fte).toEqual([...fte].sort((a, b) => b - a));
  });

  it('highlights a practice picked in the table, on the map too', async () => {
    const target = picked();
    const row = practiceTable().locator('tbody tr', { has: page().getByText(target.code, { exact: true }) });
    await row.getByRole('button').click();
    expect(await row.getAttribute('aria-selected')).toBe('true');
    expect(await row.getByRole('button').getAttribute('aria-pressed')).toBe('true');
    if (placed.length > 0) {
      // The picked point opens its tooltip, named after the practice.
      const tooltip = page().getByRole('region', { name: 'Map', exact: true }).locator('.leaflet-tooltip');
      await expect.poll(() => tooltip.textContent()).toContain(target.code);
    }
    await page()
      .locator('#map-panel')
      .screenshot({ path: resolve(SCREENSHOT_DIR, 'practices-map.png') });
    await page()
      .locator('#practices')
      .screenshot({ path: resolve(SCREENSHOT_DIR, 'practices-tables.png') });
    expect(shared.watched.consoleErrors).toEqual([]);
  });

  it('shows the under-doctored class in the practice legend on the need-weighted basis and metric', async () => {
    await page().getByRole('radiogroup', { name: 'Patients' }).getByRole('radio', { name: 'Need-weighted' }).check();
    await page()
      .getByRole('combobox', { name: 'Metric', exact: true })
      .selectOption({ label: 'GP FTE per 100,000 need-weighted patients' });
    // England 2024/25: qualified permanent GP FTE ÷ need-weighted patients × 100,000, and 90% of it.
    const ai = areas.years.indexOf(2025);
    const englandRate = (england.fte[ai]! / england.weightedPatients[ai]!) * 100_000;
    const threshold = fmt(0.9 * englandRate, 1);
    const legend = page().getByRole('figure', { name: /^Legend: Practices: GP FTE per 100,000 need-weighted patients/ });
    await expect
      .poll(() => legend.textContent(), { timeout: 60_000 })
      .toContain(`below 90% of England (${threshold}): under-doctored`);
    const text = (await legend.textContent()) ?? '';
    expect(text).toContain('Same scale for 2015/16–2024/25');
    expect(text).toMatch(/\d+ of \d+ practices are below 90% of England's rate \(need-weighted patients\)/);
    expect(text).toContain('Contains Royal Mail data © Royal Mail copyright and database right 2025.');
    // The need-weighted patients have a column of their own in the practice table.
    await practiceTable()
      .getByRole('columnheader', { name: /^Need-weighted patients/ })
      .waitFor();
    await page()
      .locator('#map-panel')
      .screenshot({ path: resolve(SCREENSHOT_DIR, 'practices-flag-map.png') });
    await page()
      .locator('.practice-legend')
      .screenshot({ path: resolve(SCREENSHOT_DIR, 'practices-flag-legend.png') });
    expect(shared.watched.consoleErrors).toEqual([]);
  });

  it('reopens from its URL with the practice view open and the practice picked', async () => {
    const target = picked();
    await expect.poll(() => page().url()).toContain(`practice=${target.code}`);
    const url = new URL(page().url());
    expect(url.searchParams.get('practices')).toBe('1');
    expect(url.searchParams.get('areas')).toBe('QKS');
    const again = await openPage(shared.harness, url.search);
    try {
      await waitForMap(again.page);
      const row = again.page
        .getByRole('table', { name: /^Practices of NHS Kent and Medway ICB, 2024\/25/ })
        .locator('tbody tr', { has: again.page.getByText(target.code, { exact: true }) });
      await expect.poll(() => row.getAttribute('aria-selected'), { timeout: 60_000 }).toBe('true');
      expect(await again.page.getByRole('button', { name: 'Show practices' }).getAttribute('aria-pressed')).toBe('true');
      expect(
        await again.page.getByRole('radiogroup', { name: 'Patients' }).getByRole('radio', { name: 'Need-weighted' }).isChecked(),
      ).toBe(true);
      expect(again.consoleErrors).toEqual([]);
    } finally {
      await again.context.close();
    }
  });
});
