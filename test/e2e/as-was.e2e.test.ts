// The geography as it was, in Chromium: "CCG (as was)" draws each year's CCGs on that year's boundaries (209 at
// 2015/16, 191 at 2019/20; the Year control redraws them and the legend follows the vintage), its files load only
// when the level is chosen, an area that did not exist in the base year says so, its CSV names the level and the
// vintage, a link to a year the level lacks opens the nearest, and "Find an area" opens a former CCG at this level in
// its last year. Expected counts and names come from data/as-was.json.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { openPage, pageForThisFile, parseCsv, SCREENSHOT_DIR, waitForMap } from './harness';

interface AsWasJson {
  levels: Record<'ccg' | 'localOffice', { years: { year: number; object: string; label: string; count: number }[] }>;
  areas: { id: string; code: string; name: string; level: string; firstYear: number; lastYear: number }[];
}
const asWas = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/as-was.json'), 'utf8')) as AsWasJson;
const vintage = (level: 'ccg' | 'localOffice', year: number) => asWas.levels[level].years.find((y) => y.year === year)!;

const shared = pageForThisFile();

const mapPaths = (page = shared.watched.page) =>
  page.getByRole('region', { name: 'Map', exact: true }).locator('.leaflet-overlay-pane path');
const areasTable = (page = shared.watched.page) => page.getByRole('table', { name: /^Areas at/ });
const legendTitle = (page = shared.watched.page) => page.locator('#map-panel .legend figcaption').first().textContent();

describe('the geography as it was, in Chromium', () => {
  it('CCG (as was): 209 areas at 2015/16 and 191 at 2019/20, the boundaries and legend following the Year control', async () => {
    const { page, requests } = shared.watched;
    // The as-was files load only when the level is chosen (or a search is typed), and its view's code with them.
    expect(requests.filter((url) => /data\/as-was|AsWasView/.test(url))).toEqual([]);
    await page.getByLabel('Geography level').selectOption({ label: 'CCG (as was)' });
    await expect.poll(() => requests.filter((url) => /data\/as-was/.test(url)).length).toBe(2);
    const year = page.getByLabel('Year', { exact: true });
    await year.selectOption({ label: '2015/16' });
    const at2016 = vintage('ccg', 2016);
    expect(at2016.count).toBe(209);
    await waitForMap(page, at2016.count);
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(at2016.count);
    await expect.poll(() => legendTitle()).toContain(at2016.label);
    // Only the level's recorded years: no projected year, no bulletin month.
    const options = await year.locator('option').allTextContents();
    expect(options).toEqual(asWas.levels.ccg.years.map((y) => `${y.year - 1}/${String(y.year).slice(-2)}`));
    const outlines = () =>
      mapPaths().evaluateAll((ps) =>
        ps
          .map((p) => p.getAttribute('d'))
          .sort()
          .join('|'),
      );
    const before = await outlines();

    await year.selectOption({ label: '2019/20' });
    const at2020 = vintage('ccg', 2020);
    expect(at2020.count).toBe(191);
    await waitForMap(page, at2020.count);
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(at2020.count);
    await expect.poll(() => legendTitle()).toContain(at2020.label);
    expect(await outlines()).not.toBe(before);
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('ccg-as-was');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2019-20');

    // A CCG formed after 2015/16 says so instead of a change since the base year.
    const newer = asWas.areas.find((a) => a.level === 'ccg' && a.firstYear > 2016 && a.firstYear <= 2020 && a.lastYear >= 2020)!;
    const row = areasTable()
      .locator('tbody tr')
      .filter({ has: page.getByRole('button', { name: newer.name, exact: true }) });
    await expect.poll(() => row.textContent()).toContain('Did not exist in 2015/16');
    // The projection panels say the projection stays on today's geography.
    await expect
      .poll(() => page.getByRole('region', { name: 'Planning levers' }).locator('.projection-geography-note').textContent())
      .toContain('today’s geography');
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'as-was-ccg-2019-20.png') });

    // The table's CSV names the level and the boundaries on every row, and why a change is missing.
    const [file]: [Download, void] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download table as CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('gp-areas-ccg-as-was-2019-20.csv');
    const [header, ...lines] = parseCsv(readFileSync(await file.path(), 'utf8'));
    expect(lines).toHaveLength(at2020.count);
    const col = (name: string) => header!.indexOf(name);
    expect(new Set(lines.map((l) => `${l[col('area_level')]} | ${l[col('boundaries')]} | ${l[col('year')]}`))).toEqual(
      new Set([`CCG (as was) | ${at2020.label} | 2019/20`]),
    );
    const newerLine = lines.find((l) => l[col('area_name')] === newer.name)!;
    expect(newerLine[col('change_in_gp_fte_since_2015_16')]).toBe('');
    expect(newerLine[col('note_since_2015_16')]).toBe('Did not exist in 2015/16');

    // Back to a level of today: today's map, and the Year control offers projections again.
    await page.getByLabel('Geography level').selectOption({ label: 'ICB' });
    await waitForMap(page, 36);
    expect(await year.locator('option', { hasText: '(projected)' }).count()).toBeGreaterThan(0);
    expect(shared.watched.consoleErrors).toEqual([]);
  });

  it('a link to a year the level lacks opens its nearest recorded year, says so, and is rewritten to it', async () => {
    const last = asWas.levels.localOffice.years.at(-1)!;
    const other = await openPage(shared.harness, '?level=local-office-as-was&year=2022-23');
    try {
      const { page } = other;
      await waitForMap(page, last.count);
      const notice = page.getByRole('alert');
      await expect
        .poll(() => notice.textContent())
        .toContain(`showing the nearest recorded year, ${last.year - 1}/${String(last.year).slice(-2)}`);
      await expect.poll(() => legendTitle(page)).toContain(last.label);
      await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'as-was-local-offices.png') });
      // Written back as the level and its year, "2018-19" (links with "2016-17" round-trip: test/figures/as-was.test.ts).
      await expect
        .poll(() => new URL(page.url()).search)
        .toBe(`?level=local-office-as-was&year=${last.year - 1}-${String(last.year).slice(-2)}`);
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.context.close();
    }
  });

  it('"Find an area" finds a CCG as it was and opens it at CCG (as was) in its last year, picked', async () => {
    const { page } = shared.watched;
    // A CCG that ended before the sub-ICB locations (from as-was.json), found by its name without "NHS … CCG".
    const ccg = asWas.areas
      .filter((a) => a.level === 'ccg' && a.lastYear <= 2021 && a.id === a.code)
      .sort((a, b) => a.name.localeCompare(b.name))[0]!;
    const words = ccg.name.replace(/^NHS /, '').replace(/ CCG$/, '');
    const fy = (y: number) => `${y - 1}/${String(y).slice(-2)}`;
    await page.getByRole('combobox', { name: 'Geography level' }).selectOption({ label: 'Region' });
    await waitForMap(page, 7);
    await page.getByRole('combobox', { name: 'Find an area' }).fill(words);
    const option = page
      .getByRole('listbox', { name: 'Matching areas' })
      .getByRole('option')
      .filter({ hasText: `CCG (as was) · ${ccg.code}` });
    await expect.poll(() => option.count()).toBe(1);
    expect(await option.textContent()).toContain(`${fy(ccg.firstYear)}–${fy(ccg.lastYear)} · opens at ${fy(ccg.lastYear)}`);
    await option.click();
    await waitForMap(page, vintage('ccg', ccg.lastYear).count);
    expect(await page.getByLabel('Geography level').locator('option:checked').textContent()).toBe('CCG (as was)');
    await expect
      .poll(() => page.getByLabel('Year', { exact: true }).locator('option:checked').textContent())
      .toBe(fy(ccg.lastYear));
    const button = areasTable().getByRole('button', { name: ccg.name, exact: true });
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
