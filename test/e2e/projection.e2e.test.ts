// The projection as a planner meets it in the built app: England's headline with its 80% range and milestones
// (starting from the latest bulletin), the training pipeline's lag on screen, an ICB lead's own levers in whole
// places with an answer from "What would it take?", the ready-made scenarios, and ranges in the Areas table,
// the trend chart, the CSV and "How accurate is this?".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import {
  openPage,
  parseCsv,
  SCREENSHOT_DIR,
  startHarness,
  waitForMap,
  waitForPanels,
  type Harness,
  type WatchedPage,
} from './harness';
import { realPrepared } from '../support/real-data';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const num = (text: string | null | undefined) => Number((text ?? '').replace(/[,+]/g, ''));
const rangeOf = (text: string | null | undefined) => {
  const match = /([\d,.]+)\s*[–-]\s*([\d,.]+)/.exec(text ?? '');
  return match ? { low: num(match[1]), high: num(match[2]) } : null;
};
const headlineFte = async (page: Page) => num(await page.getByTestId('headline-fte').textContent());
const trendFte = async (page: Page) =>
  num(
    (
      await page
        .getByRole('definition')
        .filter({ hasText: /^Current trends:/ })
        .textContent()
    )?.replace('Current trends:', ''),
  );

async function setLever(page: Page, label: string, value: string) {
  const box = page.getByRole('textbox', { name: new RegExp(`^${label} value`) });
  await box.fill(value);
  await box.press('Enter');
}

async function fresh(path = ''): Promise<WatchedPage> {
  const watched = await openPage(harness, path);
  await waitForMap(watched.page);
  await waitForPanels(watched.page);
  return watched;
}

describe('the projection in the browser', () => {
  it('shows England with an 80% range and milestones that start from the latest bulletin', async () => {
    const { page, context, consoleErrors } = await fresh();
    await expect.poll(() => page.getByRole('heading', { name: 'England, 2035/36 (projected)' }).count()).toBe(1);
    // The range comes from the worker: "80% range low–high", around the central figure.
    const rangeLine = page.getByTestId('headline-fte-range');
    await expect.poll(async () => rangeOf(await rangeLine.textContent())).not.toBeNull();
    await expect.poll(() => rangeLine.textContent()).not.toContain('updating');
    const fte = await headlineFte(page);
    const range = rangeOf(await rangeLine.textContent());
    expect(range!.low).toBeLessThan(fte);
    expect(range!.high).toBeGreaterThan(fte);

    const milestones = page.getByRole('table', { name: /England: recorded and projected milestones/ });
    const rows = milestones.locator('tbody tr');
    await expect.poll(() => rows.allTextContents()).toHaveLength(4);
    const cells = async (i: number) => rows.nth(i).locator('th, td').allTextContents();
    expect((await cells(0))[0]).toBe('2024/25 (recorded)');
    expect((await cells(1))[0]).toBe('2025/26 (projected)');
    expect((await cells(2))[0]).toBe('2030/31 (projected)');
    expect((await cells(3))[0]).toBe('2035/36 (projected)');
    // 2025/26 starts from the mean of the monthly bulletin figures for April–October 2025 (data/national.json),
    // converted to the practice basis by the factor the model states: within ±1% on screen.
    const national = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/national.json'), 'utf8')) as {
      rows: { date: string; qualifiedPermanentFte: number }[];
    };
    const months = national.rows.filter((r) => r.date >= '2025-04' && r.date <= '2026-03');
    expect(months.length).toBeGreaterThanOrEqual(6);
    const bulletinMean = months.reduce((s, r) => s + r.qualifiedPermanentFte, 0) / months.length;
    const factor = realPrepared().jumpOff!.factorFte;
    const shown2025 = num((await cells(1))[1]);
    expect(Math.abs(shown2025 / (bulletinMean / factor) - 1)).toBeLessThanOrEqual(0.01);
    // Recorded 2024/25 has no range; projected years do, around their figure.
    expect((await cells(0))[2]).toBe('—');
    for (const i of [1, 2, 3]) {
      const row = await cells(i);
      const r = rangeOf(row[2]);
      expect(r!.low).toBeLessThanOrEqual(num(row[1]));
      expect(r!.high).toBeGreaterThanOrEqual(num(row[1]));
    }
    // What the figures count is stated beside them.
    await expect
      .poll(() =>
        page
          .getByText(/fully qualified permanent GPs/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('training places change nothing until their intake qualifies: +1,000 from 2026 adds about 312 FTE in 2029/30', async () => {
    const { page, context, consoleErrors } = await fresh();
    const places = num(await page.getByRole('textbox', { name: /^Training places value/ }).inputValue());
    await setLever(page, 'Change starts with the intake of', '2026');
    await setLever(page, 'Years to reach it', '1');
    await setLever(page, 'Training places', String(places + 1000));
    await expect.poll(() => page.getByRole('button', { name: 'Reset Training places' }).isEnabled()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('levers') ?? '').toContain(`trainingPlaces:${places + 1000}`);

    const gapIn = async (year: string, label: string) => {
      await page.getByLabel('Target year').selectOption(year);
      await expect.poll(() => page.getByRole('heading', { name: `England, ${label} (projected)` }).count()).toBe(1);
      return (await headlineFte(page)) - (await trendFte(page));
    };
    // The intakes of 2026 finish training from 2029/30: 2028/29 is exactly the current-trends figure.
    expect(await gapIn('2029', '2028/29')).toBe(0);
    // 2/3 of the intake qualifies in 2029/30: 2/3 × 72% uptake × 0.65 FTE × 1,000 = 312 FTE (±5%).
    const added = await gapIn('2030', '2029/30');
    expect(added).toBeGreaterThan(312 * 0.95);
    expect(added).toBeLessThan(312 * 1.05);
    // The lever says so in words.
    await expect.poll(() => page.getByText(/are already in training and are not changed/).count()).toBeGreaterThanOrEqual(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('an ICB lead sets Kent and Medway’s own places in whole numbers and "What would it take?" answers', async () => {
    const { page, context, consoleErrors } = await fresh();
    await page.getByLabel('Lever scope').selectOption({ label: 'NHS Kent and Medway ICB' });
    await expect.poll(() => page.getByText('Levers in force: NHS Kent and Medway ICB').count()).toBe(1);
    const box = page.getByRole('textbox', { name: /^Training places value/ });
    await expect.poll(async () => /^\d+$/.test(await box.inputValue())).toBe(true);
    const slider = page.getByRole('slider', { name: 'Training places' });
    expect(await slider.getAttribute('step')).toBe('1');
    expect(Number(await slider.getAttribute('min'))).toBe(0);

    // Select the ICB, and target holding its FTE per 100,000 patients at the 2024/25 level by 2030/31.
    await page.getByRole('combobox', { name: 'Find an area' }).fill('Kent and Medway');
    await page
      .getByRole('option', { name: /NHS Kent and Medway ICB/ })
      .first()
      .click();
    await expect.poll(() => page.getByRole('heading', { name: /NHS Kent and Medway ICB.*, 2035\/36/ }).count()).toBe(1);
    await page.getByLabel('Target year').selectOption('2031');
    await page.getByLabel('Level of year').selectOption('2025');
    await expect.poll(() => page.getByRole('heading', { name: /NHS Kent and Medway ICB.*, 2030\/31/ }).count()).toBe(1);

    await page.getByLabel('Lever to solve for').selectOption({ label: 'Training places' });
    await page.getByRole('button', { name: 'Find the value' }).click();
    const answer = page.locator('.goal-result');
    await expect.poll(() => answer.textContent()).toMatch(/\w/);
    const text = (await answer.textContent()) ?? '';
    // Either a value in whole places a year, or an honest "cannot be reached" with the closest result.
    expect(text).toMatch(/(\d[\d,]* places a year)|(Cannot be reached .* the closest is)/);
    expect(text).toContain('Other levers as they are: England at current trends.');
    if (/places a year/.test(text) && !/Cannot be reached/.test(text)) {
      await page.getByRole('button', { name: 'Apply this value' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Reset Training places' }).isEnabled()).toBe(true);
      // England's own levers are untouched: only Kent and Medway's areas change.
      const scoped = () => {
        const params = new URL(page.url()).searchParams;
        return [...params.keys()].filter((k) => k.startsWith('levers.')).map((k) => `${k}=${params.get(k)}`);
      };
      await expect.poll(scoped).toEqual([expect.stringMatching(/^levers\.\w+=trainingPlaces:\d+$/)]);
      expect(new URL(page.url()).searchParams.get('levers')).toBeNull();
      // The headline now meets the target it was solved for.
      const per100k = async () =>
        num(
          await page
            .getByRole('definition')
            .filter({ hasText: /^\d+\.\d$/ })
            .first()
            .textContent(),
        );
      const target = num(
        /Target: ([\d.]+)/.exec(
          (await page
            .getByRole('region', { name: 'Headline' })
            .getByText(/^Target: [\d.]+ /)
            .textContent()) ?? '',
        )?.[1],
      );
      await expect.poll(per100k).toBeGreaterThanOrEqual(target);
    }
    await page.screenshot({ path: `${SCREENSHOT_DIR}/projection-kent-goal-seek.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("Kent and Medway's own +50 training places a year: Kent gains less than England, and the screen says how many stay", async () => {
    const { page, context, consoleErrors } = await fresh('?areas=QKS&scope=QKS');
    await expect.poll(() => page.getByText('Levers in force: NHS Kent and Medway ICB').count()).toBe(1);
    // The share of its trainees who stay, in words, beside its own lever.
    await expect.poll(() => page.getByRole('slider', { name: 'Trained here who stay' }).count()).toBe(1);
    const words = page.getByText(
      /^Of every 10 GPs trained here, about \d+ stays? in NHS Kent and Medway ICB; the rest take posts elsewhere/,
    );
    await expect.poll(() => words.count()).toBe(1);
    const places = num(await page.getByRole('textbox', { name: /^Training places value/ }).inputValue());
    await setLever(page, 'Training places', String(places + 50));
    await expect.poll(() => new URL(page.url()).searchParams.get('levers.QKS') ?? '').toContain(`trainingPlaces:${places + 50}`);
    // Kent's gain beside England's, in 2035/36.
    const gain = page.getByTestId('scope-gain');
    await expect
      .poll(() => gain.textContent())
      .toMatch(/add \+\d[\d,]* FTE to NHS Kent and Medway ICB in 2035\/36, and \+\d[\d,]* FTE to England/);
    const match = /add \+([\d,]+) FTE to NHS Kent and Medway ICB in 2035\/36, and \+([\d,]+) FTE to England/.exec(
      (await gain.textContent()) ?? '',
    );
    const kent = num(match?.[1]);
    const england = num(match?.[2]);
    expect(kent).toBeGreaterThan(0);
    expect(kent).toBeLessThan(england);
    // The headline (Kent selected) moves by Kent's gain, not England's.
    await expect.poll(async () => (await headlineFte(page)) - (await trendFte(page))).toBe(kent);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/projection-kent-stay.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('ready-made scenarios apply to England and compare side by side', async () => {
    const { page, context, consoleErrors } = await fresh();
    const before = await headlineFte(page);
    await page.getByLabel('Ready-made scenario', { exact: true }).selectOption({ label: 'Long Term Workforce Plan 2023' });
    await page.getByRole('button', { name: 'Use for England' }).click();
    await expect.poll(() => headlineFte(page)).toBeGreaterThan(before + 1000);
    // The plan's points as a path, in place of the single ramp's levers, and in the link.
    const path = page.getByRole('group', { name: 'Training path' });
    await expect.poll(() => path.textContent()).toMatch(/4,532 in 2025, 5,000 in 2027, 6,000 in 2031/);
    expect(await page.getByRole('textbox', { name: /^Training places value/ }).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('path')).toBe('2025:4532,2027:5000,2031:6000');

    const presets = page.getByRole('list', { name: 'Ready-made scenarios' });
    await presets.getByRole('checkbox', { name: 'Compare Current trends' }).check();
    await presets.getByRole('checkbox', { name: 'Compare Long Term Workforce Plan 2023' }).check();
    const compared = page.getByRole('table', { name: /^Headline figures for England: each scenario/ });
    await expect
      .poll(() => compared.locator('tbody th').allTextContents())
      .toEqual(expect.arrayContaining(['Current trends', 'Long Term Workforce Plan 2023']));
    const fteOf = async (name: string) =>
      num(
        await compared
          .locator('tbody tr')
          .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
          .locator('td')
          .nth(1)
          .textContent(),
      );
    await expect.poll(() => fteOf('Current trends')).toBe(before);
    expect(await fteOf('Long Term Workforce Plan 2023')).toBeGreaterThan(before + 1000);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('ranges show at every level in the Areas table, the trend chart and the CSV; accuracy is one click away', async () => {
    const { page, context, consoleErrors } = await fresh();
    for (const level of ['Region', 'ICB (2022–2026)', 'Sub-ICB (CCG)']) {
      await page.getByLabel('Geography level').selectOption({ label: level });
      await page.getByLabel('Year', { exact: true }).selectOption('2031');
      const table = page.getByRole('table', { name: /^Areas at/ });
      await expect.poll(() => table.getByRole('columnheader', { name: '80% range' }).count()).toBe(1);
      const expected = { Region: 7, 'ICB (2022–2026)': 42, 'Sub-ICB (CCG)': 106 }[level];
      await expect.poll(() => table.locator('tbody tr').count()).toBe(expected);
      const headers = await table.getByRole('columnheader').allTextContents();
      const rangeColumn = headers.findIndex((h) => h.startsWith('80% range'));
      const first = await table.locator('tbody tr').first().locator('th, td').allTextContents();
      expect(rangeOf(first[rangeColumn])).not.toBeNull();
    }

    // The trend chart: a shaded band, and the same range as columns of its table.
    const trends = page.getByRole('region', { name: 'Trends' });
    await page.getByLabel('Geography level').selectOption({ label: 'ICB (2022–2026)' });
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /^Areas at/ })
          .locator('tbody tr')
          .count(),
      )
      .toBe(42);
    await page
      .getByRole('table', { name: /^Areas at/ })
      .locator('tbody tr')
      .first()
      .getByRole('button')
      .first()
      .click();
    await expect.poll(() => trends.locator('.trend-band path.recharts-area-area').count()).toBeGreaterThanOrEqual(1);
    await trends.getByText("Show the chart's figures as a table").click();
    await expect
      .poll(async () => (await trends.getByRole('columnheader').allTextContents()).some((h) => h.includes('80% range')))
      .toBe(true);

    // The CSV carries low and high for every area and level (on request: all areas), around the central figure.
    await page.getByRole('checkbox', { name: 'All areas in CSV' }).check();
    const [file]: [Download, void] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download projection as CSV' }).click(),
    ]);
    const [header = [], ...rows] = parseCsv(readFileSync((await file.path())!, 'utf8'));
    const fte = header.indexOf('gp_fte (qualified permanent GPs, FTE)');
    const low = header.indexOf('gp_fte_80pct_low (qualified permanent GPs, FTE)');
    const high = header.indexOf('gp_fte_80pct_high (qualified permanent GPs, FTE)');
    expect(low).toBeGreaterThan(0);
    expect(high).toBeGreaterThan(0);
    const projected = rows.filter((r) => r[0] === 'Scenario' && r[6] === 'projected');
    const codes = new Set<string>();
    for (const r of projected) {
      codes.add(`${r[1]}|${r[3]}`);
      expect(Number(r[low])).toBeLessThanOrEqual(Number(r[fte]) + 0.05);
      expect(Number(r[high])).toBeGreaterThanOrEqual(Number(r[fte]) - 0.05);
      expect(Number(r[high])).toBeGreaterThan(Number(r[low]));
    }
    // 1 + 7 + 42 + 106, and the 7 ICBs of April 2026 that are not one of the 42 (QRL at both ICB levels).
    expect(codes.size).toBe(163);

    // "How accurate is this?": the back-test in words and a table, beside the headline.
    await page.getByText('How accurate is this?').click();
    const backtest = page.getByRole('table', { name: /^Back-test: mean absolute error/ });
    await expect.poll(() => backtest.locator('tbody tr').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.getByText(/Assuming no change from the same nowcast missed by/).count()).toBe(1);
    // Coverage by years ahead, in words and a table.
    await expect
      .poll(() => page.getByText(/England's range held the recorded figure in \d+ of \d+ cases one or two years ahead/).count())
      .toBe(1);
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /^England from every year since 2015\/16: by years ahead/ })
          .locator('tbody tr')
          .count(),
      )
      .toBe(9);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/projection-ranges.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
