// The map with the keyboard and a screen reader, in Chromium, at Sub-ICB level: the areas are one listbox of named
// options ("Thurrock: 29.2 GP FTE per 100,000 patients, under-doctored", worked from areas.json), one Tab stop
// between "Find an area" and "Target year" (a dozen stops, not 118); arrow keys move to the next area that way with
// a visible ring and its tooltip, Enter selects it, Tab leaves; "Skip past the map" goes to the legend; the drawing
// is not an unnamed image.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, pageForThisFile, waitForMap, waitForMapAtRest, waitForPanels } from './harness';

const areas = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/areas.json'), 'utf8')) as {
  years: number[];
  areas: { code: string; name: string; level: string; fte: number[]; patients: number[] }[];
};
const yi = areas.years.indexOf(2025);
const per100k = (code: string) => {
  const area = areas.areas.find((a) => a.code === code)!;
  return (area.fte[yi]! / area.patients[yi]!) * 100_000;
};
// Thurrock (07G), 2024/25: its GP FTE ÷ registered patients × 100,000, against 90% of England's rate.
const thurrock = per100k('07G');
const threshold = 0.9 * per100k('ENG');
const thurrockName = `Thurrock: ${thurrock.toFixed(1)} GP FTE per 100,000 patients${thurrock < threshold ? ', under-doctored' : ''}`;

const shared = pageForThisFile('?level=subicb');
const page = () => shared.watched.page;
const mapRegion = () => page().getByRole('region', { name: 'Map', exact: true });
const list = () => mapRegion().getByRole('listbox', { name: 'Areas on the map' });
const focusedName = () => page().evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

/** The focused element's ring as drawn: an SVG area's stroke and glow (or an element's outline). */
const ring = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement;
    if (!el) return null;
    const css = getComputedStyle(el);
    return { stroke: css.stroke, strokeWidth: parseFloat(css.strokeWidth), filter: css.filter };
  });

describe('the map by keyboard, in Chromium', () => {
  it('lists every area as a named option, Thurrock with its value and flag', async () => {
    await waitForMap(page(), 106);
    await waitForPanels(page());
    await expect.poll(() => list().getByRole('option').count()).toBe(106);
    expect(thurrock).toBeLessThan(threshold);
    await expect.poll(() => list().getByRole('option', { name: thurrockName, exact: true }).count()).toBe(1);
    // Every option is named by its value: no option is only a code, and none is left unnamed.
    const names = await list()
      .getByRole('option')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(
      names.filter((n) => !/^[^:]+: (\d[\d,]*\.\d GP FTE per 100,000 patients(, under-doctored)?|no data)$/.test(n)),
    ).toEqual([]);
    // The flagged options are the Areas table's flagged rows.
    const table = page().getByRole('table', { name: /^Areas at/ });
    const flaggedRows = await table.locator('tbody tr', { hasText: 'Under-doctored' }).count();
    expect(names.filter((n) => n.endsWith(', under-doctored')).length).toBe(flaggedRows);
    // The drawing itself is no longer an unnamed image in the accessibility tree.
    const tree = await mapRegion().ariaSnapshot();
    expect(tree).not.toMatch(/^\s*- img\s*$/m);
    expect(tree).toContain('listbox "Areas on the map"');
  });

  it('is one Tab stop: a dozen stops from "Find an area" to "Target year", one area among them', async () => {
    await page().getByRole('combobox', { name: 'Find an area' }).focus();
    const stops: string[] = [];
    const target = page().getByRole('combobox', { name: 'Target year' });
    for (let i = 0; i < 200; i++) {
      await page().keyboard.press('Tab');
      stops.push(
        await page().evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.getAttribute('role') ?? ''}`),
      );
      if (await target.evaluate((el) => el === document.activeElement)) break;
    }
    expect(stops.at(-1)).toBe('SELECT ');
    expect(stops.filter((s) => s.startsWith('path')).length).toBe(1);
    expect(stops.length).toBeLessThanOrEqual(15);
  });

  it('moves between areas with arrow keys, shows the ring and the tooltip, and selects with Enter', async () => {
    await page().getByRole('button', { name: 'Download map as PNG' }).focus();
    await page().keyboard.press('Tab');
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe('Skip past the map');
    await page().keyboard.press('Tab');
    const first = await focusedName();
    expect(first).toMatch(/^[^:]+: /);
    // A ring of its own: a dark stroke at least 3 px with the focus colour's glow.
    const drawn = await ring(page());
    expect(drawn!.strokeWidth).toBeGreaterThanOrEqual(3);
    expect(drawn!.filter).toContain('drop-shadow');
    const tooltip = mapRegion().locator('.map-page-tooltip');
    const firstPlace = first!.split(':')[0]!;
    await expect.poll(() => tooltip.textContent()).toContain(firstPlace);

    // Down moves south to another area; its tooltip follows; the first area leaves the tab order.
    await page().keyboard.press('ArrowDown');
    await expect.poll(focusedName).not.toBe(first);
    const second = (await focusedName())!;
    await expect.poll(() => tooltip.textContent()).toContain(second.split(':')[0]!);
    expect(await list().locator('[tabindex="0"]').count()).toBe(1);
    expect(await list().locator('[tabindex="0"]').getAttribute('aria-label')).toBe(second);
    await page().screenshot({ path: `${SCREENSHOT_DIR}/map-keyboard-focus.png` });

    // Enter selects it (the trend chart follows) and keeps the focus on it.
    await page().keyboard.press('Enter');
    const option = list().getByRole('option', { name: second, exact: true });
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    const area = areas.areas.find((a) => a.level === 'subicb' && a.name.endsWith(second.split(':')[0]!))!;
    await expect
      .poll(() => page().getByRole('region', { name: 'Trends' }).getByRole('heading', { level: 3 }).textContent())
      .toBe(`${area.name} against England`);
    await waitForMapAtRest(page());
    expect(await focusedName()).toBe(second);

    // Up goes north again, to another area (which one: test/components/map/geo/neighbours.test.ts).
    await page().keyboard.press('ArrowUp');
    await expect.poll(focusedName).not.toBe(second);
    // Escape hides the tooltip; Tab leaves the map for its zoom buttons.
    await page().keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
    await page().keyboard.press('Tab');
    expect(await page().evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Zoom in');
  });

  it('"Skip past the map" takes the focus to the legend', async () => {
    await page().getByRole('button', { name: 'Download map as PNG' }).focus();
    await page().keyboard.press('Tab');
    await page().keyboard.press('Enter');
    await expect
      .poll(() => page().evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Legend: GP FTE per 100,000 patients/);
    // The next Tab is the legend's own control, past every area.
    await page().keyboard.press('Tab');
    expect(await page().evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
  });

  it('logged no console errors', () => {
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
