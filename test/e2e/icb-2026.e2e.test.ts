// The ICBs of April 2026 in Chromium: "ICB" draws the 36 (NHS Essex ICB and NHS Thames Valley ICB among them),
// "ICB (2022–2026)" the 42, and an old link naming an ICB that merged opens the ICB of today with a notice.
import { describe, it, expect } from 'vitest';
import { openPage, waitForMap, pageForThisFile } from './harness';

const shared = pageForThisFile();

const mapPaths = (page = shared.watched.page) =>
  page.getByRole('region', { name: 'Map', exact: true }).locator('.leaflet-overlay-pane path');
const areasTable = (page = shared.watched.page) => page.getByRole('table', { name: /^Areas at/ });
const rowNames = (page = shared.watched.page) =>
  areasTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.querySelector('th, td button')?.textContent?.trim() ?? ''));

describe('the ICBs of April 2026, in Chromium', () => {
  it('"ICB" lists the 36 ICBs of today on the map and in the Areas table; "ICB (2022–2026)" the 42', async () => {
    const { page } = shared.watched;
    const level = page.getByLabel('Geography level');
    await level.selectOption({ label: 'ICB' });
    await waitForMap(page, 36);
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(36);
    const names = await rowNames();
    expect(names).toEqual(expect.arrayContaining(['NHS Essex ICB', 'NHS Thames Valley ICB']));
    expect(names).not.toContain('NHS Mid and South Essex ICB');
    // Every one of the 36 is drawn and coloured (its figures are recorded for 2024/25).
    await expect
      .poll(
        async () =>
          (await mapPaths().evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')))).filter((f) => f && f !== '#bdbdbd')
            .length,
      )
      .toBe(36);
    // The link names today's ICBs as level=icb.
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('icb');

    await level.selectOption({ label: 'ICB (2022–2026)' });
    await waitForMap(page, 42);
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(42);
    expect(await rowNames()).toContain('NHS Mid and South Essex ICB');
    expect(shared.watched.consoleErrors).toEqual([]);
  });

  it('an old link to NHS Mid and South Essex ICB (QH8) opens NHS Essex ICB at "ICB" and says what happened', async () => {
    const watched = await openPage(shared.harness, '?level=icb&areas=QH8');
    try {
      const { page } = watched;
      await waitForMap(page, 36);
      const notice = page.getByRole('alert').filter({ hasText: 'QH8' });
      await expect
        .poll(() => notice.textContent())
        .toContain(
          'NHS Mid and South Essex ICB (QH8) merged into NHS Essex ICB (D7T5G) in April 2026, shown instead. Choose "ICB (2022–2026)" as the geography level to see NHS Mid and South Essex ICB as it was.',
        );
      expect(await page.getByLabel('Geography level').inputValue()).toBe('icb2026');
      const heading = page.getByRole('region', { name: 'Trends' }).getByRole('heading', { level: 3 });
      await expect.poll(() => heading.textContent()).toBe('NHS Essex ICB against England');
      const essex = areasTable(page).getByRole('button', { name: 'NHS Essex ICB', exact: true });
      await expect.poll(() => essex.getAttribute('aria-pressed')).toBe('true');
      // The link is rewritten to the area of today.
      await expect.poll(() => new URL(page.url()).searchParams.get('areas')).toBe('D7T5G');
      // Its PCN team is projected too (an ICB of today made of sub-ICBs of 2022 ICBs), not only recorded.
      await page.getByRole('button', { name: 'Show the PCN team chart' }).click();
      const team = page.getByRole('region', { name: 'NHS Essex ICB: PCN team' });
      await team.getByText("Show the chart's figures as a table").click();
      const table = team.getByRole('table', { name: /PCN staff FTE by role group$/ });
      await expect.poll(() => table.getByRole('row', { name: /^Jun 2026 / }).count(), { timeout: 60_000 }).toBe(1);
      await expect
        .poll(() => table.getByRole('row', { name: /^Jun 2030 \(2030\/31, projected\)/ }).count(), { timeout: 60_000 })
        .toBe(1);
      expect(watched.consoleErrors).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });
});
