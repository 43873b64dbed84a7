// The primary care team on the built app: PCN staff load only when a team metric is chosen; at sub-ICB level a planner
// picks "PCN staff FTE" and the "Pharmacists" staff group, and Knowsley's figure at November 2025 is the raw file's
// sum (every row of the NHS Digital individual-level file for sub-ICB 01J in the pharmacist roles the data file
// names, staff and contracted services alike); England's PCN staff at June 2026 on the headline is 31,253.3 FTE; an
// early year says how few PCNs reported.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { openPage, pageForThisFile, SCREENSHOT_DIR, waitForMapAtRest, waitForPanels } from './harness';
import { rawFile } from '../support/raw-data';

const shared = pageForThisFile('?level=subicb&areas=01J');
const ROOT = resolve(import.meta.dirname, '../..');
const pcnFile = JSON.parse(readFileSync(resolve(ROOT, 'data/pcn.json'), 'utf8')) as {
  dates: string[];
  roles: { key: string; staffRoles: string[] }[];
  areas: { code: string; pcnsActive: number[]; pcnsReporting: number[] }[];
};
const novFile = rawFile('pcn/pcn_workforce_individual_level_2025-11_via_datawarp.csv');

/** Knowsley's (01J) pharmacist FTE at November 2025, summed from the raw file. */
function knowsleyPharmacistsNov2025(): number {
  const roles = new Set(pcnFile.roles.find((r) => r.key === 'pharmacists')!.staffRoles);
  const rows = parse(readFileSync(novFile.require(), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const mine = rows.filter((r) => r.SUB_ICB_CODE === '01J' && roles.has(r.STAFF_ROLE ?? ''));
  expect(mine.length).toBeGreaterThan(0);
  return mine.reduce((s, r) => s + Number(r.FTE), 0);
}

describe('PCN staff and the whole practice team', () => {
  it.skipIf(novFile.skip)(
    `shows Knowsley's PCN pharmacist FTE at Nov 2025 as the raw file sums it${novFile.skipNote}`,
    async () => {
      const { page, requests, consoleErrors } = shared.watched;
      await waitForPanels(page);
      // Not on the first screen.
      expect(requests.some((url) => url.includes('pcn.json'))).toBe(false);
      await page.getByRole('combobox', { name: 'Metric' }).selectOption({ label: 'PCN staff FTE' });
      const staff = page.getByRole('combobox', { name: 'Staff group' });
      await expect.poll(() => staff.isEnabled()).toBe(true);
      expect(requests.some((url) => url.endsWith('/data/pcn.json'))).toBe(true);
      await staff.selectOption({ label: 'Pharmacists' });
      // The year moves to one with PCN figures: 2025/26, November 2025's file.
      const year = page.getByRole('group', { name: 'View' }).getByRole('combobox', { name: 'Year', exact: true });
      await expect.poll(() => year.inputValue()).toBe('2026');
      expect(await year.locator('option:checked').textContent()).toBe('2025/26 (PCN staff at Nov 2025)');

      const expected = knowsleyPharmacistsNov2025();
      expect(expected).toBeGreaterThan(5);
      const map = page.getByRole('region', { name: 'Map', exact: true });
      await expect
        .poll(() => map.getByRole('option', { name: /^Knowsley:/ }).getAttribute('aria-label'), { timeout: 60_000 })
        .toBe(`Knowsley: ${expected.toFixed(1)} PCN staff FTE (Pharmacists)`);
      const table = page.getByRole('table', { name: /^Areas at/ });
      await expect.poll(() => table.getByRole('row', { name: /01J Knowsley/ }).textContent()).toContain(expected.toFixed(1));
      await expect.poll(() => page.evaluate(() => window.location.search)).toContain('staff=role:pharmacists');
      await map.scrollIntoViewIfNeeded();
      await waitForMapAtRest(page);
      await page.locator('#map-panel').screenshot({ path: resolve(SCREENSHOT_DIR, 'pcn-pharmacists-map.png') });
      expect(consoleErrors).toEqual([]);
    },
  );

  it("gives England's PCN staff at June 2026 on the headline (31,253.3 FTE) and says how few PCNs reported in 2020/21", async () => {
    const watched = await openPage(shared.harness, '?metric=pcnFte&year=2027');
    const { page, consoleErrors } = watched;
    await waitForPanels(page);
    const total = page.getByTestId('pcn-total');
    await expect.poll(() => total.textContent(), { timeout: 60_000 }).toBe('31,253.3');
    await expect.poll(() => page.locator('.pcn-team caption').textContent()).toContain('PCN staff, Jun 2026 (2026/27)');

    // September 2020 (2020/21): the share of England's PCNs that reported, from the data file.
    const eng = pcnFile.areas.find((a) => a.code === 'ENG')!;
    const di = pcnFile.dates.indexOf('2020-09');
    const share = Math.round((eng.pcnsReporting[di]! / eng.pcnsActive[di]!) * 100);
    expect(share).toBeLessThan(95);
    await page.getByRole('group', { name: 'View' }).getByRole('combobox', { name: 'Year', exact: true }).selectOption('2021');
    await expect
      .poll(() => page.locator('.pcn-team caption').textContent())
      .toContain(`PCN staff, Sep 2020 (2020/21), ${share}% of PCNs reporting`);
    await page.locator('.pcn-team').screenshot({ path: resolve(SCREENSHOT_DIR, 'pcn-headline.png') });
    expect(consoleErrors).toEqual([]);
    await watched.context.close();
  });
});

describe('the PCN team levers', () => {
  it("a scoped pharmacy lever changes that scope's projected whole-team FTE and nothing else", async () => {
    // ICB level (the 36 of April 2026), whole team (all staff), 2030/31; the levers edit NHS South Yorkshire ICB (QF7).
    const watched = await openPage(shared.harness, '?level=icb&metric=teamFte&year=2031&scope=QF7');
    const { page, consoleErrors } = watched;
    await waitForPanels(page);
    // Each area's value as the map names it for the keyboard ("South Yorkshire: 3,456.7 Whole practice team FTE …").
    const map = page.getByRole('region', { name: 'Map', exact: true });
    const values = async () =>
      map.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '').sort());
    const southYorkshire = (names: string[]) => names.find((n) => n.startsWith('South Yorkshire:')) ?? '';
    await expect
      .poll(async () => southYorkshire(await values()), { timeout: 60_000 })
      .toMatch(/^South Yorkshire: \d[\d,]*\.\d whole/);
    const before = await values();
    expect(before.length).toBe(36); // the ICBs of April 2026 (South Yorkshire unchanged)

    await page.getByText('PCN team (ARRS roles): growth by role group').click();
    const slider = page.getByRole('slider', { name: 'PCN growth: Pharmacy team' });
    await slider.waitFor({ timeout: 60_000 });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => window.location.search)).toMatch(/team=QF7\.pharmacy:\d+/);
    await expect.poll(async () => southYorkshire(await values())).not.toBe(southYorkshire(before));
    const after = await values();
    const changedBefore = before.filter((n) => !after.includes(n));
    expect(changedBefore).toEqual([southYorkshire(before)]);
    // More pharmacy staff: a larger whole team.
    const fte = (n: string) => Number(/: ([\d,]+\.\d)/.exec(n)![1]!.replace(/,/g, ''));
    expect(fte(southYorkshire(after))).toBeGreaterThan(fte(southYorkshire(before)));
    await page.locator('.team-levers').screenshot({ path: resolve(SCREENSHOT_DIR, 'pcn-team-levers.png') });
    expect(consoleErrors).toEqual([]);
    await watched.context.close();
  });
});
