// The dashboard with the keyboard alone, in Chromium: only page.keyboard (Tab, Shift+Tab, arrows, Enter, Space)
// changes anything. Geography level, Metric and Year, an area through the "Find an area" picker and through
// the Areas table, and the "International recruitment" slider. Every element that takes focus on the way
// must show a visible focus indicator (a computed outline or box-shadow).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPage, startHarness, waitForMap, type Harness, type WatchedPage } from './harness';

let harness: Harness;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  watched = await openPage(harness);
  page = watched.page;
  await waitForMap(page, 42);
});

afterAll(async () => {
  await watched?.context.close();
  await harness?.close();
});

/**
 * What has focus, and whether it shows a focus indicator (outline with width, or a box-shadow; a map area, an SVG
 * shape, has its own ring: a stroke of 3 px or more with a glow).
 */
const focusState = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { what: 'body', visible: false };
    const style = getComputedStyle(el);
    // A chart's own <svg> (recharts' keyboard layer) is a box like any element: its outline counts.
    if (el instanceof SVGElement && el.ownerSVGElement)
      return {
        what: `${el.tagName} "${el.getAttribute('aria-label') ?? ''}"`,
        visible: parseFloat(style.strokeWidth) >= 3 && style.filter.includes('drop-shadow'),
      };
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return { what: `${el.tagName.toLowerCase()} "${label.trim().slice(0, 60)}"`, visible: outline || style.boxShadow !== 'none' };
  });

async function expectVisibleFocus() {
  const state = await focusState();
  expect(state.visible, `no visible focus indicator on ${state.what}`).toBe(true);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until target has focus, checking the focus indicator at every stop. */
async function tabTo(target: Locator, { back = false, max = 400 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectVisibleFocus();
    if (await isFocused(target)) return i + 1;
  }
  throw new Error(`Tab did not reach the target within ${max} presses`);
}

async function press(key: string, times = 1) {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await expectVisibleFocus();
  }
}

const mapPathCount = () => page.getByRole('region', { name: 'Map', exact: true }).locator('.leaflet-overlay-pane path').count();
const trendHeading = () => page.getByRole('region', { name: 'Trends' }).getByRole('heading', { level: 3 }).textContent();
const headlineFte = () => page.getByTestId('headline-fte').textContent();
const level = () => page.getByRole('combobox', { name: 'Geography level' });
const metric = () => page.getByRole('combobox', { name: 'Metric', exact: true });
const year = () => page.getByRole('combobox', { name: 'Year', exact: true });

describe('keyboard only, in Chromium', () => {
  it('changes Geography level, Metric and Year with Tab and arrow keys', async () => {
    await tabTo(level());
    expect(await level().inputValue()).toBe('icb');
    await press('ArrowDown'); // ICB (2022–2026) -> Sub-ICB (CCG)
    await expect.poll(() => level().inputValue()).toBe('subicb');
    await expect.poll(mapPathCount, { timeout: 60_000 }).toBe(106);

    await press('Tab');
    await expect.poll(() => isFocused(metric())).toBe(true);
    const firstMetric = await metric().inputValue();
    await press('ArrowDown');
    await expect.poll(() => metric().inputValue()).not.toBe(firstMetric);

    // "Patients" (the under-doctored flag's basis) is one tab stop; arrows choose within it.
    const patients = page.getByRole('radiogroup', { name: 'Patients' });
    await press('Tab');
    await expect.poll(() => isFocused(patients.getByRole('radio', { name: 'Registered' }))).toBe(true);
    await press('ArrowRight');
    await expect.poll(() => patients.getByRole('radio', { name: 'Need-weighted' }).isChecked()).toBe(true);
    await press('ArrowLeft');
    await expect.poll(() => patients.getByRole('radio', { name: 'Registered' }).isChecked()).toBe(true);

    await press('Tab');
    await expect.poll(() => isFocused(year())).toBe(true);
    const lastYear = await year().inputValue();
    await press('ArrowUp'); // one financial year earlier
    await expect.poll(() => year().inputValue()).toBe(String(Number(lastYear) - 1));

    // Shift+Tab goes back to Metric, and an arrow puts the first metric back.
    await tabTo(metric(), { back: true, max: 4 });
    await press('ArrowUp');
    await expect.poll(() => metric().inputValue()).toBe(firstMetric);
  });

  it('picks an area through "Find an area": type, arrow, Enter', async () => {
    const picker = page.getByRole('combobox', { name: 'Find an area' });
    await tabTo(picker, { max: 5 });
    await page.keyboard.type('Cornwall');
    await expectVisibleFocus();
    await expect.poll(() => picker.getAttribute('aria-expanded')).toBe('true');
    // Every match (the two areas first, then places such as the local authority) is listed before the arrow
    // moves the highlight off the first.
    const listbox = page.getByRole('listbox', { name: 'Matching areas' });
    await expect.poll(() => listbox.getByRole('option').count()).toBe(7);
    await press('ArrowDown'); // the ICB is first; the sub-ICB (formerly NHS Kernow CCG) second
    const active = listbox.locator('[role="option"][aria-selected="true"]');
    await expect
      .poll(() => active.locator('.area-option-name').textContent())
      .toBe('NHS Cornwall and The Isles Of Scilly ICB - 11N');
    // The text box points at the highlighted option.
    const activeId = await active.getAttribute('id');
    await expect.poll(() => picker.getAttribute('aria-activedescendant')).toBe(activeId);
    // The highlighted option is marked by more than colour: it has its own outline.
    expect(await active.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await press('Enter');
    await expect.poll(trendHeading).toBe('NHS Cornwall and The Isles Of Scilly ICB - 11N against England');
    await expect.poll(() => picker.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => level().inputValue()).toBe('subicb');
  });

  it('moves the "International recruitment" slider with arrow keys and the projected FTE follows', async () => {
    const slider = page.getByRole('slider', { name: 'International recruitment' });
    await tabTo(slider);
    const before = await headlineFte();
    const value = Number(await slider.inputValue());
    await press('ArrowRight', 20); // 20 steps of 10 FTE a year
    await expect.poll(() => slider.inputValue()).toBe(String(value + 200));
    // More recruits a year never gives fewer GPs.
    const number = (s: string | null) => Number((s ?? '').replace(/,/g, ''));
    await expect.poll(async () => number(await headlineFte())).toBeGreaterThan(number(before));
  });

  it('picks an area through the Areas table with Tab and Space', async () => {
    const table = page.getByRole('table', { name: /^Areas at/ });
    // The first row's area button (sorted by rank), unless it is the area already chosen: then the second.
    const rows = table.locator('tbody tr');
    const current = (await trendHeading())?.replace(/ against England$/, '');
    const firstName = (await rows.nth(0).getByRole('button').textContent())?.trim();
    const row = firstName === current ? rows.nth(1) : rows.nth(0);
    const button = row.getByRole('button');
    const name = (await button.textContent())?.trim() ?? '';
    await tabTo(button);
    await press('Space');
    // The chosen area leads the heading; the area picked earlier stays on the chart beside it.
    await expect.poll(async () => (await trendHeading())?.startsWith(`${name}, `)).toBe(true);
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    // Its Compare box is next in the tab order, and Enter on the sort header re-sorts (still by keyboard).
    await press('Tab');
    await expect.poll(() => isFocused(row.getByRole('checkbox'))).toBe(true);
    const areaHeader = table.getByRole('columnheader', { name: /^Area/ });
    await tabTo(areaHeader.getByRole('button'), { back: true, max: 20 });
    await press('Enter');
    await expect.poll(() => areaHeader.getAttribute('aria-sort')).toBe('ascending');
  });

  it('logged no console errors', () => {
    expect(watched.consoleErrors).toEqual([]);
  });
});
