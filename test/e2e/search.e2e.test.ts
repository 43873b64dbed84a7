// "Find an area" finds places people know, in Chromium on the built app: a local authority (Tower Hamlets,
// Dartford), a former CCG (Thanet, keyboard only: type, arrow, Enter), and a practice by its code (G82002).
// Each goes to the right area at the right geography level, and a polite live line says how it matched.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { pageForThisFile, SCREENSHOT_DIR, waitForPanels } from './harness';

const shared = pageForThisFile();

describe('Find an area: places people know', () => {
  const page = () => shared.watched.page;
  const picker = () => page().getByRole('combobox', { name: 'Find an area' });
  const listbox = () => page().getByRole('listbox', { name: 'Matching areas' });
  const level = () => page().getByRole('combobox', { name: 'Geography level' });
  const trendHeading = () => page().getByRole('region', { name: 'Trends' }).getByRole('heading', { level: 3 }).textContent();
  /** The area the Trends heading leads with (the newest choice; earlier ones stay compared after it). */
  const firstTrendArea = async () => (await trendHeading())?.replace(/(, .*)? against England$/, '');
  /** The picker's polite status line (its text box's description). */
  const statusLine = () => page().locator('.area-picker-status[role="status"]').textContent();

  /** Types the text, waits for `first` to head the list, and picks the option at `index` with a click. */
  async function pick(text: string, first: RegExp, index = 0) {
    await picker().fill(text);
    await expect.poll(() => listbox().getByRole('option').first().textContent()).toMatch(first);
    await listbox().getByRole('option').nth(index).click();
  }

  it('does not load the places file for the first screen', async () => {
    await waitForPanels(page());
    expect(shared.watched.requests.some((url) => url.endsWith('/data/places.json'))).toBe(false);
  });

  it('Tower Hamlets → its ICB (one sub-ICB), at ICB level, and the line says it is a local authority', async () => {
    await level().selectOption('subicb');
    await pick('Tower Hamlets', /^Tower Hamlets\s*Local authority · E09000030/);
    expect(shared.watched.requests.some((url) => url.endsWith('/data/places.json'))).toBe(true);
    await expect.poll(statusLine).toBe('Tower Hamlets → NHS North East London ICB (local authority)');
    // The line stays on screen under the picker too (the live status says it once).
    await expect
      .poll(() => page().locator('.area-picker-match').textContent())
      .toBe('Tower Hamlets → NHS North East London ICB (local authority)');
    await expect.poll(() => level().inputValue()).toBe('icb');
    await expect.poll(firstTrendArea).toBe('NHS North East London ICB');
    await page().screenshot({
      path: resolve(SCREENSHOT_DIR, 'search-after-pick.png'),
      clip: { x: 0, y: 0, width: 1440, height: 640 },
    });
  });

  it('G82002, a practice code → the sub-ICB it is counted in', async () => {
    await level().selectOption('region');
    await pick('G82002', /^ST JAMES' SURGERY\s*Practice · G82002 · CT16 1SF/);
    await expect.poll(statusLine).toBe("G82002 ST JAMES' SURGERY → NHS Kent and Medway ICB - 91Q (practice)");
    await expect.poll(() => level().inputValue()).toBe('subicb');
    await expect.poll(firstTrendArea).toBe('NHS Kent and Medway ICB - 91Q');
    // The practice view of that area opens with the practice picked in its table.
    await expect.poll(() => page().getByRole('button', { name: 'Show practices' }).getAttribute('aria-pressed')).toBe('true');
    const table = page().getByRole('table', { name: /^Practices of NHS Kent and Medway ICB - 91Q/ });
    const picked = table.locator('tr[aria-selected="true"]');
    await expect.poll(() => picked.count()).toBe(1);
    expect(await picked.textContent()).toContain('G82002');
  });

  it('Dartford → NHS Kent and Medway ICB (local authority), and the list says what kind each result is', async () => {
    await picker().fill('Dartford');
    await expect.poll(() => listbox().getByRole('option').count()).toBe(5);
    expect(await listbox().locator('.area-option-meta').allTextContents()).toEqual([
      ' Local authority · E07000107 · → NHS Kent and Medway ICB',
      ' Former CCG · 09J · 2015/16–2019/20 · → NHS Kent and Medway ICB - 91Q',
      // The same CCG as it was (as-was.json): it opens at "CCG (as was)" (test/e2e/as-was.e2e.test.ts).
      ' CCG (as was) · 09J · 2015/16–2019/20 · opens at 2019/20',
      ' PCN · U10200 · → NHS Kent and Medway ICB - 91Q',
      ' PCN · U17834 · → NHS Kent and Medway ICB - 91Q',
    ]);
    await page().screenshot({
      path: resolve(SCREENSHOT_DIR, 'search-results.png'),
      clip: { x: 700, y: 0, width: 740, height: 420 },
    });
    await listbox().getByRole('option').first().click();
    await expect.poll(statusLine).toBe('Dartford → NHS Kent and Medway ICB (local authority)');
    await expect.poll(() => level().inputValue()).toBe('icb');
    await expect.poll(firstTrendArea).toBe('NHS Kent and Medway ICB');
  });

  it('Thanet, keyboard only: the arrow moves to the former CCG and Enter goes to its sub-ICB', async () => {
    await picker().fill('');
    await picker().focus();
    await page().keyboard.type('Thanet');
    // The local authority, the former CCG, the CCG as it was and a PCN.
    await expect.poll(() => listbox().getByRole('option').count()).toBe(4);
    await page().keyboard.press('ArrowDown');
    const active = listbox().locator('[role="option"][aria-selected="true"]');
    await expect.poll(() => active.locator('.area-option-name').textContent()).toBe('NHS Thanet CCG');
    expect(await picker().getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
    await page().keyboard.press('Enter');
    await expect.poll(statusLine).toBe('NHS Thanet CCG (2015/16–2019/20) → NHS Kent and Medway ICB - 91Q (former CCG)');
    await expect.poll(() => level().inputValue()).toBe('subicb');
    await expect.poll(firstTrendArea).toBe('NHS Kent and Medway ICB - 91Q');
    await expect.poll(() => picker().getAttribute('aria-expanded')).toBe('false');
  });

  it('left no console errors', () => {
    expect(shared.watched.consoleErrors).toEqual([]);
  });
});
