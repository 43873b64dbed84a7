// GPonline's 2016 analysis of NHS Digital's workforce data ("CCGs seeing up to 20% fall" in FTE GPs while the national
// total rose), reproduced in the app as a planner would: "CCG (as was)", 2016/17, "Change since base year (%)" from
// 2015/16, read off the Areas table. The expected figures are computed here from data/as-was.json (none typed in),
// and the app's own table must show them: how many CCGs fell by 10% or more, the five largest falls (names and %),
// and London's share of the national change (London's row at "NHS England local office (as was)").
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { pageForThisFile, waitForMap } from './harness';

interface AsWasJson {
  years: number[];
  levels: Record<'ccg' | 'localOffice', { years: { year: number; count: number }[] }>;
  areas: {
    id: string;
    name: string;
    level: 'ccg' | 'localOffice';
    firstYear: number;
    lastYear: number;
    parent: (string | null)[];
    fte: (number | null)[];
  }[];
}
const asWas = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/as-was.json'), 'utf8')) as AsWasJson;
const FROM = 2016; // 2015/16 (the September 2015 census)
const TO = 2017; // 2016/17
const fi = asWas.years.indexOf(FROM);
const ti = asWas.years.indexOf(TO);

/** The published figures from the data: every CCG that stood, on the same boundary, in both years. */
const changes = asWas.areas
  .filter((a) => a.level === 'ccg' && a.firstYear <= FROM && a.lastYear >= TO)
  .map((a) => ({
    name: a.name,
    parent: a.parent[fi],
    change: a.fte[ti]! - a.fte[fi]!,
    pct: ((a.fte[ti]! - a.fte[fi]!) / a.fte[fi]!) * 100,
  }))
  .sort((a, b) => a.pct - b.pct || a.name.localeCompare(b.name));
const london = asWas.areas.find((a) => a.level === 'localOffice' && /london/i.test(a.name) && a.firstYear <= FROM)!;
const national = changes.reduce((s, c) => s + c.change, 0);
const londonChange = changes.filter((c) => c.parent === london.id).reduce((s, c) => s + c.change, 0);
const expected = {
  fellTenPercent: changes.filter((c) => c.pct <= -10).length,
  largestFalls: changes.slice(0, 5).map((c) => ({ name: c.name, pct: signed(c.pct) })),
  londonShare: ((100 * londonChange) / national).toFixed(1),
};

/** As the app writes a signed figure to one decimal: "+1.2", "−15.3". */
function signed(n: number): string {
  const text = Math.abs(n).toFixed(1);
  return Number(text) === 0 ? text : n > 0 ? `+${text}` : `−${text}`;
}
const number = (text: string) => Number(text.replace('−', '-').replace(/[+,]/g, ''));

/** The Areas table as the page shows it: its header texts and each row's cells (the area's name first). */
async function readTable(page: Page) {
  const table = page.getByRole('table', { name: /^Areas at/ });
  const headers = await table
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => th.textContent?.replace(/[▲▼↕]/g, '').trim() ?? ''));
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th button')?.textContent ?? '',
        ...[...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      ]),
    );
  const column = (header: string) => {
    const i = headers.indexOf(header);
    if (i < 0) throw new Error(`No column "${header}" in ${headers.join(' | ')}`);
    return i;
  };
  return { rows, column };
}

const shared = pageForThisFile();

describe('GPonline 2016 in the app: CCG (as was), change in GP FTE from 2015/16 to 2016/17', () => {
  it('the Areas table shows the CCGs that fell by 10% or more, the largest falls and London’s share of the rise', async () => {
    const { page } = shared.watched;
    // The expected figures are the published ones (the data test checks them against the raw practice files).
    expect(changes).toHaveLength(asWas.levels.ccg.years.find((y) => y.year === TO)!.count);
    expect(national).toBeGreaterThan(0);
    expect(expected.fellTenPercent).toBeGreaterThan(0);
    // No CCG sits on the 10% line within the table's rounding: the count read off the screen is the data's.
    expect(changes.some((c) => Math.abs(c.pct + 10) < 0.05)).toBe(false);

    await page.getByLabel('Geography level').selectOption({ label: 'CCG (as was)' });
    await page.getByLabel('Metric', { exact: true }).selectOption({ label: 'Change in GP FTE since base year (%)' });
    await page.getByLabel('Year', { exact: true }).selectOption({ label: '2016/17' });
    await page.getByLabel('Base year', { exact: true }).selectOption({ label: '2015/16' });
    await waitForMap(page, changes.length);
    const table = page.getByRole('table', { name: /^Areas at CCG \(as was\) level, 2016\/17/ });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(changes.length);
    // Largest fall first: sort by the change since 2015/16.
    await table.getByRole('button', { name: /^Change since 2015\/16 \(%\)/ }).click();
    await expect
      .poll(() => table.getByRole('columnheader', { name: /^Change since 2015\/16 \(%\)/ }).getAttribute('aria-sort'))
      .toBe('ascending');

    const { rows, column } = await readTable(page);
    const pct = column('Change since 2015/16 (%)');
    const fte = column('Change in FTE since 2015/16');
    const shown = rows.map((r) => ({ name: r[0]!, pct: r[pct]!, change: number(r[fte]!) }));
    // The map's own metric column says the same.
    const metric = column('Change in GP FTE since 2015/16 (%)');
    expect(rows.map((r) => r[metric])).toEqual(shown.map((r) => r.pct));

    expect(shown.filter((r) => number(r.pct) <= -10).length).toBe(expected.fellTenPercent);
    expect(shown.slice(0, 5).map(({ name, pct: p }) => ({ name, pct: p }))).toEqual(expected.largestFalls);
    // The national change is the sum of the CCGs' changes (each shown to 0.1 FTE).
    const shownNational = shown.reduce((s, r) => s + r.change, 0);
    expect(Math.abs(shownNational - national)).toBeLessThan(0.05 * changes.length);

    // London's change: its row at "NHS England local office (as was)", against the national rise.
    await page.getByLabel('Geography level').selectOption({ label: 'NHS England local office (as was)' });
    await waitForMap(page, asWas.levels.localOffice.years.find((y) => y.year === TO)!.count);
    await expect
      .poll(() => page.getByRole('table', { name: /^Areas at NHS England local office \(as was\) level, 2016\/17/ }).count())
      .toBe(1);
    const offices = await readTable(page);
    const londonRow = offices.rows.find((r) => r[0] === london.name)!;
    const londonShown = number(londonRow[offices.column('Change in FTE since 2015/16')]!);
    expect(londonShown).toBeCloseTo(londonChange, 1);
    expect(((100 * londonShown) / shownNational).toFixed(1)).toBe(expected.londonShare);
    console.log(
      `GPonline 2016: ${expected.fellTenPercent} CCGs fell >= 10%; largest ${expected.largestFalls.map((f) => `${f.name} ${f.pct}%`).join(', ')}; London ${expected.londonShare}% of the ${signed(national)} FTE change`,
    );
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
