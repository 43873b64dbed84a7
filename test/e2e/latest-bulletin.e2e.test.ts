// "Oct 2025 (latest bulletin)" in Chromium: at sub-ICB level the Year control's bulletin month draws the 106 areas
// with the bulletin's own figures (read here from data/bulletin-latest.json, not typed), says its month and basis,
// and is in the link; at the 36 ICBs of April 2026 it is offered disabled, with the reason.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { openPage, waitForMap, pageForThisFile } from './harness';

const shared = pageForThisFile();

interface BulletinFile {
  date: string;
  label: string;
  basisDifference: { text: string };
  areas: { code: string; level: string; fte: number }[];
}
const bulletin = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/bulletin-latest.json'), 'utf8'),
) as BulletinFile;
const areasFile = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/areas.json'), 'utf8')) as {
  areas: { code: string; name: string; level: string }[];
};
const oneDecimal = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const mapPaths = (page = shared.watched.page) =>
  page.getByRole('region', { name: 'Map', exact: true }).locator('.leaflet-overlay-pane path');
const areasTable = (page = shared.watched.page) => page.getByRole('table', { name: /^Areas at/ });

describe('the latest bulletin month, in Chromium', () => {
  it('at sub-ICB, "Oct 2025 (latest bulletin)" draws the 106 areas with the bulletin\'s figures, its month and basis', async () => {
    const { page } = shared.watched;
    await page.getByLabel('Geography level').selectOption({ label: 'Sub-ICB (CCG)' });
    await waitForMap(page, 106);
    const year = page.getByLabel('Year', { exact: true });
    await year.selectOption({ label: bulletin.label });
    await waitForMap(page, 106);
    // The month gives GP FTE only: the metric follows it.
    expect(await page.getByLabel('Metric').inputValue()).toBe('fte');
    // Every area is coloured from the bulletin (none "no data").
    await expect
      .poll(
        async () =>
          (await mapPaths().evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')))).filter((f) => f && f !== '#bdbdbd')
            .length,
      )
      .toBe(106);
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(106);

    // One area's value in the Areas table is the bulletin's figure for it.
    const frimley = bulletin.areas.find((a) => a.level === 'subicb' && a.code === 'D4U1Y')!;
    const name = areasFile.areas.find((a) => a.code === frimley.code)!.name;
    const row = areasTable()
      .locator('tbody tr')
      .filter({ has: page.getByRole('button', { name, exact: true }) });
    await expect.poll(() => row.locator('td').first().textContent()).toBe(oneDecimal(frimley.fte));

    // The caption names the month, the basis and how the basis differs from the annual figures.
    const caption = (await areasTable().locator('caption').textContent()) ?? '';
    expect(caption).toContain(`Areas at Sub-ICB (CCG) level, ${bulletin.label}: GP FTE.`);
    expect(caption).toContain('GP partners + salaried GPs + GP retainers');
    expect(caption).toContain(bulletin.basisDifference.text);
    // The month has no change figures (another source, one point): the caption says so, no change columns.
    expect(caption).not.toContain('Changes since');
    expect(caption).toContain(`No change figures on ${bulletin.label.split(' (')[0]}:`);
    expect(
      await areasTable()
        .getByRole('columnheader', { name: /change/i })
        .count(),
    ).toBe(0);
    // The map's title and legend say the same.
    await expect.poll(() => page.locator('#map-panel h2').first().textContent()).toContain(bulletin.label);
    // "Same colour scale for every year" (on by default) puts the month on the years' breaks, and the legend says so;
    // off, the month has its own.
    const legend = page.locator('#map-panel figure.legend');
    await expect
      .poll(() => legend.textContent())
      .toMatch(new RegExp(`Same scale for 2015/16–\\d{4}/\\d{2} and ${bulletin.label.split(' (')[0]}`));
    const sameScale = page.getByRole('checkbox', { name: 'Same colour scale for every year' });
    await sameScale.uncheck();
    await expect.poll(() => legend.textContent()).toContain(`Scale for ${bulletin.label.split(' (')[0]} only`);
    await sameScale.check();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(bulletin.date);

    // The trend chart: in FTE, the month is a point of its own for England, marked in the key and its table.
    const trends = page.getByRole('region', { name: 'Trends' });
    const measure = trends.getByRole('radiogroup', { name: 'Trend measure' }).getByRole('radio');
    await expect.poll(() => trends.getByText(`${bulletin.label} is drawn in FTE only`).count()).toBe(1);
    await measure.last().check();
    await expect.poll(() => trends.locator('.trend-month-point path, .trend-month-point rect').count()).toBeGreaterThan(0);
    await expect.poll(() => trends.getByRole('list', { name: 'Series, by pattern' }).textContent()).toContain(bulletin.label);
    await trends.getByText("Show the chart's figures as a table").click();
    const england = bulletin.areas.find((a) => a.code === 'ENG')!;
    const monthRow = trends.locator('tbody tr').filter({ hasText: bulletin.label });
    await expect.poll(() => monthRow.textContent()).toContain(oneDecimal(england.fte));
    if (process.env.GPW_SHOT) await trends.screenshot({ path: 'test-results/latest-trend.png' });
    expect(shared.watched.consoleErrors).toEqual([]);
  });

  it('a link to the month opens it; at the 36 ICBs the month is offered disabled with the reason', async () => {
    const watched = await openPage(shared.harness, `?level=region&year=${bulletin.date}`);
    try {
      const { page } = watched;
      await waitForMap(page, 7);
      const year = page.getByLabel('Year', { exact: true });
      const london = bulletin.areas.find((a) => a.level === 'region' && a.code === 'Y56')!;
      const row = areasTable(page)
        .locator('tbody tr')
        .filter({ has: page.getByRole('button', { name: 'London', exact: true }) });
      await expect.poll(() => row.locator('td').first().textContent()).toBe(oneDecimal(london.fte));
      expect(await year.locator('option:checked').textContent()).toBe(bulletin.label);

      await page.getByLabel('Geography level').selectOption({ label: 'ICB' });
      await waitForMap(page, 36);
      // Back to the latest recorded year, and the month is there but cannot be chosen.
      await expect.poll(() => year.locator('option:checked').textContent()).toBe('2024/25');
      const month = year.locator('option', { hasText: bulletin.label });
      expect(await month.isDisabled()).toBe(true);
      expect(await month.textContent()).toContain('not for the 36 ICBs');
      expect(watched.consoleErrors).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });
});
