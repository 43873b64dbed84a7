// Need-weighted patients and the wider practice team on the built app: a planner at sub-ICB level chooses GP FTE per
// 100,000 need-weighted patients, switches "Patients" to Need-weighted (the legend and the Areas table state the
// basis, and the count flagged goes from 21 to 33; the headline's per-100,000 figure, target and milestones switch to
// need-weighted patients too), then a wider-team metric, whose tooltip and table say which
// staff they count, and which says "recorded years only" in a projected year.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { pageForThisFile, SCREENSHOT_DIR, waitForMapAtRest, waitForPanels } from './harness';

// Knowsley (01J) selected: outlined on the map, so the tooltip can be read over it.
const shared = pageForThisFile('?level=subicb&areas=01J');

function pointInside(path: SVGPathElement): { x: number; y: number } | null {
  const box = path.getBBox();
  const ctm = path.getScreenCTM();
  if (!ctm) return null;
  for (let i = 1; i < 12; i++)
    for (let j = 1; j < 12; j++) {
      const local = new DOMPoint(box.x + (box.width * i) / 12, box.y + (box.height * j) / 12);
      if (!path.isPointInFill(local)) continue;
      const screen = local.matrixTransform(ctm);
      if (document.elementFromPoint(screen.x, screen.y) === path) return { x: screen.x, y: screen.y };
    }
  return null;
}

describe('need-weighted patients and the wider team', () => {
  it('states the basis in the legend and table, and flags 33 sub-ICBs on need-weighted patients (21 on registered)', async () => {
    const { page } = shared.watched;
    await waitForPanels(page);
    const legend = page.getByRole('figure', { name: /^Legend/ });
    const rule = page.getByTestId('flag-rule');
    await expect
      .poll(() => rule.textContent())
      .toMatch(/per 100,000 registered patients in 2024\/25 \(\d+\.\d\), the latest recorded year, in every year shown/);
    await expect.poll(() => legend.textContent()).toContain('21 of 106 areas are flagged.');

    // The headline (Knowsley, 2035/36) on registered patients, before the switch.
    const headline = page.locator('#headline');
    const per100k = page.getByTestId('headline-per100k');
    const figure = async () => Number(await per100k.textContent());
    await expect.poll(() => headline.locator('dt').allTextContents()).toContain('GP FTE per 100,000 patients');
    await expect.poll(figure).toBeGreaterThan(0);
    const registered = await figure();
    await headline.scrollIntoViewIfNeeded();
    await headline.screenshot({ path: resolve(SCREENSHOT_DIR, 'headline-registered.png') });

    // Choosing the need-weighted metric moves the Patients control with it: one basis for the map and the flag.
    await page.getByRole('combobox', { name: 'Metric' }).selectOption({ label: 'GP FTE per 100,000 need-weighted patients' });
    await expect.poll(() => legend.textContent()).toContain('FTE per 100,000 need-weighted patients');
    await expect.poll(() => legend.textContent()).toContain('per 100,000 need-weighted (Carr-Hill) patients.');
    await expect
      .poll(() => page.getByRole('radiogroup', { name: 'Patients' }).getByRole('radio', { name: 'Need-weighted' }).isChecked())
      .toBe(true);
    await page.getByRole('radiogroup', { name: 'Patients' }).getByRole('radio', { name: 'Need-weighted' }).check();
    // The headline says which patients, and its figure is Knowsley's registered one ÷ its 2024/25 need ratio
    // (197,461 / 173,187 = 1.1402), each to one decimal.
    await expect.poll(() => headline.locator('dt').allTextContents()).toContain('GP FTE per 100,000 need-weighted patients');
    await expect.poll(figure).not.toBe(registered);
    expect(Math.abs((await figure()) - registered / (197_461 / 173_187))).toBeLessThan(0.1);
    await expect.poll(() => headline.textContent()).toContain('Hold FTE per 100,000 need-weighted patients at');
    await expect
      .poll(() =>
        headline
          .getByRole('table', { name: /recorded and projected milestones/ })
          .locator('thead')
          .textContent(),
      )
      .toContain('Per 100,000 need-weighted patients');
    await headline.screenshot({ path: resolve(SCREENSHOT_DIR, 'headline-need-weighted.png') });
    await expect.poll(() => rule.textContent()).toContain('per 100,000 need-weighted (Carr-Hill) patients in 2024/25');
    await expect.poll(() => rule.textContent()).toContain('33 of 106 areas are flagged.');
    await expect.poll(() => legend.textContent()).toContain('33 of 106 areas are flagged.');
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('patients=weighted');
    const knowsley = page.getByRole('table', { name: /^Areas at/ }).getByRole('row', { name: /01J Knowsley/ });
    await expect.poll(() => knowsley.textContent()).toContain('Under-doctored');

    await page.getByRole('region', { name: 'Map', exact: true }).scrollIntoViewIfNeeded();
    await waitForMapAtRest(page);
    await page.locator('#map-panel').screenshot({ path: resolve(SCREENSHOT_DIR, 'need-weighted-map.png') });
  });

  it('says which staff a wider-team metric counts, in the tooltip and the table, and "recorded years only" when projected', async () => {
    const { page } = shared.watched;
    await page.getByRole('combobox', { name: 'Metric' }).selectOption({ label: 'Practice nurses FTE per 100,000 patients' });
    const table = page.getByRole('table', { name: /^Areas at/ });
    await expect
      .poll(() => table.locator('caption').textContent())
      .toContain('Counts practice nurses (all nurse roles), per 100,000 registered patients.');

    const map = page.getByRole('region', { name: 'Map', exact: true });
    await map.scrollIntoViewIfNeeded();
    await waitForMapAtRest(page);
    const selected = map.locator('.leaflet-overlay-pane path[stroke="#000000"]');
    await expect.poll(() => selected.count()).toBe(1);
    const point = await selected.evaluate(pointInside);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const tooltip = map.locator('.leaflet-tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('Practice nurses FTE per 100,000 patients:');
    await expect.poll(() => tooltip.textContent()).toContain('Staff: practice nurses; patients: registered');
    await page.mouse.move(0, 0);

    await page
      .getByRole('group', { name: 'View' })
      .getByRole('combobox', { name: 'Year', exact: true })
      .selectOption({ label: '2030/31 (projected)' });
    await expect.poll(() => table.locator('caption').textContent()).toContain('Recorded years only');
    await expect.poll(() => page.getByRole('figure', { name: /^Legend/ }).textContent()).toContain('Recorded years only');
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => tooltip.textContent()).toContain('Practice nurses FTE per 100,000 patients: recorded years only');
    await page.mouse.move(0, 0);
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
