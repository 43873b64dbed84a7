// The team chart on the built app: practice staff and PCN staff by group over time for the selected area and for
// England, with its table. England's table lists every practice and PCN group, and its whole team at the latest date
// with both (Nov 2025) is the sum of England's practice staff groups in data/practice-staff-oct2025.json and its PCN
// roles in data/pcn.json (computed here); a scoped pharmacy lever changes the scope's projected pharmacy layer and
// England's by the same FTE, and nothing else (England's other areas keep theirs).
import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { openPage, pageForThisFile, SCREENSHOT_DIR, waitForPanels } from './harness';

// ICB level (the 36 of April 2026); South Yorkshire (QF7) selected, and the levers' scope.
const shared = pageForThisFile('?level=icb&areas=QF7&scope=QF7');
const ROOT = resolve(import.meta.dirname, '../..');
const practiceStaff = JSON.parse(readFileSync(resolve(ROOT, 'data/practice-staff-oct2025.json'), 'utf8')) as {
  areas: { code: string; fte: { staffGroups: Record<'gps' | 'nurses' | 'dpc', number> } }[];
};
const pcnFile = JSON.parse(readFileSync(resolve(ROOT, 'data/pcn.json'), 'utf8')) as {
  dates: string[];
  groups: { key: string; label: string }[];
  roles: { key: string; group: string }[];
  areas: { code: string; level: string; fte: Record<string, (number | null)[]> }[];
};

/** A table's cells, row by row. */
const cells = (table: Locator) =>
  table.locator('tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
const fte = (text: string) => Number(text.replace(/,/g, ''));

describe('the PCN team chart', () => {
  it("lists England's role groups with the data file's total, and a scoped pharmacy lever moves only the scope's layer", async () => {
    const { page, requests, consoleErrors } = shared.watched;
    await waitForPanels(page);
    const panel = page.locator('#pcn-team-chart');
    // Not on the first screen: the PCN file loads when asked for.
    expect(requests.some((url) => url.includes('pcn.json'))).toBe(false);
    await panel.getByRole('button', { name: 'Show the PCN team chart' }).click();
    const englandBox = panel.getByRole('region', { name: 'England: PCN team' });
    await englandBox.getByText("Show the chart's figures as a table").click();
    const englandTable = englandBox.getByRole('table', { name: 'England: practice and PCN staff FTE by staff group' });

    // England at the latest date with both practice and PCN staff (Nov 2025 PCN file, Oct 2025 bulletin tables):
    // every practice and PCN group, and the whole team's total as the data files add up, computed here.
    const practiceGroups = [
      'Practice GPs (qualified permanent)',
      'Practice GP locums and registrars',
      'Practice nurses',
      'Practice direct patient care staff',
    ];
    const headers = () => englandTable.locator('thead th').allTextContents();
    await expect
      .poll(headers, { timeout: 60_000 })
      .toEqual([
        'Date',
        ...practiceGroups.map((g) => `${g} (FTE)`),
        ...pcnFile.groups.map((g) => `${g.label} (FTE)`),
        'All PCN staff (FTE)',
        'Practice staff (FTE)',
        'Whole practice team (FTE)',
        'Practice GPs, 80% range (FTE)',
        'Basis',
      ]);
    const header = await headers();
    const eng = pcnFile.areas.find((a) => a.level === 'england')!;
    const di = pcnFile.dates.indexOf('2025-11');
    const pcnExpected = pcnFile.roles.reduce((s, r) => s + (eng.fte[r.key]?.[di] ?? 0), 0);
    const staffGroups = practiceStaff.areas.find((a) => a.code === 'ENG')!.fte.staffGroups;
    const practiceExpected = staffGroups.gps + staffGroups.nurses + staffGroups.dpc;
    expect(pcnExpected).toBeGreaterThan(30_000);
    expect(practiceExpected).toBeGreaterThan(70_000);
    const latest = englandTable.getByRole('row', { name: /^Nov 2025 / });
    const row = (await latest.locator('td, th').allTextContents()).map((c) => c.trim());
    expect(row[header.length - 1]).toMatch(/^Recorded; practice staff: bulletin, Oct 2025/);
    expect(fte(row[header.indexOf('Whole practice team (FTE)')]!)).toBeCloseTo(practiceExpected + pcnExpected, 0);
    expect(fte(row[header.indexOf('All PCN staff (FTE)')]!)).toBeCloseTo(pcnExpected, 0);
    expect(fte(row[header.indexOf('Practice staff (FTE)')]!)).toBeCloseTo(practiceExpected, 0);
    // The groups add up to the whole team.
    const groupCount = practiceGroups.length + pcnFile.groups.length;
    const groupSum = row.slice(1, 1 + groupCount).reduce((s, c) => s + fte(c), 0);
    expect(groupSum).toBeCloseTo(practiceExpected + pcnExpected, 0);
    // The latest PCN file (June 2026) has no practice figures beside it: not a row of the stack.
    expect(await englandTable.getByRole('row', { name: /^Jun 2026 / }).count()).toBe(0);

    // The selected area's chart, and the projected years (once the projection carries the team).
    const areaBox = panel.getByRole('region', { name: /^NHS South Yorkshire.*: PCN team$/ });
    await areaBox.getByText("Show the chart's figures as a table").click();
    const areaTable = areaBox.getByRole('table', { name: /practice and PCN staff FTE by staff group$/ });
    const projectedRow = /^Jun 2030 \(2030\/31, projected\)/;
    await expect.poll(() => areaTable.getByRole('row', { name: projectedRow }).count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => englandTable.getByRole('row', { name: projectedRow }).count()).toBe(1);
    const projectedOf = async (table: Locator) =>
      (await cells(table))
        .find((r) => projectedRow.test(r[0] ?? ''))!
        .slice(1, 1 + groupCount)
        .map(fte);
    const areaBefore = await projectedOf(areaTable);
    const englandBefore = await projectedOf(englandTable);
    // The area's own projection, not England's: South Yorkshire is one of 36 ICBs.
    expect(areaBefore.reduce((s, v) => s + v, 0)).toBeLessThan(englandBefore.reduce((s, v) => s + v, 0) / 5);
    await panel.screenshot({ path: resolve(SCREENSHOT_DIR, 'team-chart.png') });

    await page.getByText('PCN team (ARRS roles): growth by role group').click();
    const slider = page.getByRole('slider', { name: 'PCN growth: Pharmacy team' });
    await slider.waitFor({ timeout: 60_000 });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => window.location.search)).toMatch(/team=QF7\.pharmacy:\d+/);
    const pharmacy = practiceGroups.length + pcnFile.groups.findIndex((g) => g.key === 'pharmacy');
    await expect
      .poll(async () => (await projectedOf(areaTable))[pharmacy], { timeout: 60_000 })
      .toBeGreaterThan(areaBefore[pharmacy]! + 1);
    await expect.poll(async () => (await projectedOf(englandTable))[pharmacy]).toBeGreaterThan(englandBefore[pharmacy]! + 1);
    const areaAfter = await projectedOf(areaTable);
    const englandAfter = await projectedOf(englandTable);
    // Only the pharmacy layer moved, in the scope and in England by the same FTE (to the table's rounding): England's
    // other areas are unchanged.
    areaAfter.forEach((v, i) => {
      if (i !== pharmacy) expect(v).toBe(areaBefore[i]);
    });
    englandAfter.forEach((v, i) => {
      if (i !== pharmacy) expect(v).toBe(englandBefore[i]);
    });
    const scopeGain = areaAfter[pharmacy]! - areaBefore[pharmacy]!;
    const englandGain = englandAfter[pharmacy]! - englandBefore[pharmacy]!;
    expect(Math.abs(englandGain - scopeGain)).toBeLessThanOrEqual(0.2);
    await panel.screenshot({ path: resolve(SCREENSHOT_DIR, 'team-chart-scoped.png') });

    // The team chart's PNG: South Yorkshire's, 1920 px wide, its lever block naming the scoped PCN lever (the words
    // the image draws are recorded as the canvas draws them).
    await page.evaluate(() => {
      const drawn: string[] = [];
      (window as unknown as { __drawnText: string[] }).__drawnText = drawn;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        drawn.push(text);
        return fillText.call(this, text, ...rest);
      };
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download team chart as PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pcn-team-.*south-yorkshire.*\.png$/);
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1920);
    copyFileSync(await download.path(), resolve(SCREENSHOT_DIR, 'team-chart-export.png'));
    const drawn = (await page.evaluate(() => (window as unknown as { __drawnText: string[] }).__drawnText)).join(' ');
    expect(drawn).toContain('NHS South Yorkshire ICB: own PCN team levers');
    expect(drawn).toMatch(/PCN growth, Pharmacy team: [\d,.]+ FTE a year \(default [\d,.]+, its share of England’s\)/);
    expect(drawn).toContain('Practice GPs (qualified permanent)');

    // In presentation mode: the same chart for the area on show, with its table.
    await page.getByRole('button', { name: 'Present' }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation' });
    await dialog.getByRole('radio', { name: 'PCN team' }).check();
    await dialog.getByRole('heading', { name: /practice and PCN staff by group$/ }).waitFor();
    await dialog.getByText("Show the chart's figures as a table").waitFor();
    await expect.poll(() => dialog.locator('.team-chart .team-band path').count()).toBeGreaterThan(0);
    await dialog.screenshot({ path: resolve(SCREENSHOT_DIR, 'team-chart-present.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(consoleErrors).toEqual([]);
  });

  it("an uploaded PCN staff row (with a bad one listed) changes Knowsley's and England's charts once applied", async () => {
    const watched = await openPage(shared.harness, '?level=subicb&areas=01J');
    const { page, consoleErrors } = watched;
    await waitForPanels(page);
    // Knowsley's pharmacists at November 2025 (the latest PCN date with practice staff beside it, so a row of the
    // stack) in the data file, and a figure 20 FTE higher.
    const di = pcnFile.dates.indexOf('2025-11');
    const knowsley = pcnFile.areas.find((a) => a.code === '01J')!;
    const eng = pcnFile.areas.find((a) => a.level === 'england')!;
    const before = knowsley.fte.pharmacists![di]!;
    const csvText = [
      'sub_icb_code,date,role,fte',
      `01J,2025-11,Pharmacists,${(before + 20).toFixed(2)}`,
      '01J,2019-06,pharmacists,3',
    ].join('\n');
    await page.getByLabel('Load your own figures (CSV)').setInputFiles({
      name: 'pcn-staff.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csvText),
    });
    const preview = page.getByRole('region', { name: /Check before applying/ });
    await preview.waitFor({ timeout: 60_000 });
    const rejected = preview.getByRole('table', { name: /Rejected rows/ }).locator('tbody tr');
    await expect.poll(() => rejected.first().textContent()).toMatch(/^3date 2019-06 is not a PCN file date/);
    const mine = preview.getByRole('table', { name: 'Your PCN staff figures: FTE before and after' });
    const cellsOfMine = () => mine.locator('tbody tr').first().locator('td').allTextContents();
    await expect
      .poll(async () => (await cellsOfMine()).slice(1))
      .toEqual(['Nov 2025', 'Pharmacists', before.toFixed(1), (before + 20).toFixed(1)]);
    expect((await cellsOfMine())[0]).toMatch(/Knowsley.*\(01J\)$/);
    await preview.getByRole('button', { name: 'Apply these figures' }).click();

    const panel = page.locator('#pcn-team-chart');
    // The check loaded the PCN file, so the team chart is on show without asking.
    const englandBox = panel.getByRole('region', { name: 'England: PCN team' });
    await englandBox.getByText("Show the chart's figures as a table").click({ timeout: 60_000 });
    const latest = englandBox.getByRole('row', { name: /^Nov 2025 / });
    const total = pcnFile.roles.reduce((s, r) => s + (eng.fte[r.key]?.[di] ?? 0), 0) + 20;
    const pcnColumn = async () => (await englandBox.locator('thead th').allTextContents()).indexOf('All PCN staff (FTE)');
    await expect
      .poll(async () => (await latest.locator('td, th').allTextContents())[await pcnColumn()], { timeout: 60_000 })
      .toBe(total.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
    // Knowsley's own chart: its pharmacy team at November 2025 is the file's pharmacists + 20 and its technicians.
    const areaBox = panel.getByRole('region', { name: /Knowsley.*: PCN team$/ });
    await areaBox.getByText("Show the chart's figures as a table").click();
    const knowsleyLatest = areaBox.getByRole('row', { name: /^Nov 2025 / });
    const pharmacyTeam = before + 20 + knowsley.fte.pharmacyTechnicians![di]!;
    const pharmacyColumn = async () => (await areaBox.locator('thead th').allTextContents()).indexOf('Pharmacy team (FTE)');
    await expect
      .poll(async () => (await knowsleyLatest.locator('td, th').allTextContents())[await pharmacyColumn()])
      .toBe(pharmacyTeam.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
    await page.locator('#upload').screenshot({ path: resolve(SCREENSHOT_DIR, 'team-upload.png') });
    expect(consoleErrors).toEqual([]);
    await watched.context.close();
  });
});
