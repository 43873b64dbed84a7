// Saved scenarios in two tabs of one browser (one context, so one localStorage): a save in each keeps
// both, a tab shows the other's changes without a reload, a deletion is not undone by the other tab, and a
// scenario renamed in both tabs at once keeps both names (the later change as the scenario, the earlier as its
// conflicting version, which either tab can restore as a scenario of its own), with a notice in each tab.
//
// A tab can be made "not yet told" (deaf): an init script swallows the storage events the browser sends it
// while window.__deaf is set, as if the other tab's write had not reached it yet (two writes racing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, waitForMap, waitForPanels, type Harness } from './harness';

declare global {
  interface Window {
    __deaf?: boolean;
  }
}

let harness: Harness;
let context: BrowserContext;
let tab1: Page;
let tab2: Page;
const consoleErrors: string[] = [];

async function openTab(): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Capturing listeners on the target run before the app's own listener.
    window.addEventListener(
      'storage',
      (event) => {
        if (window.__deaf) event.stopImmediatePropagation();
      },
      true,
    );
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(harness.baseUrl);
  await waitForMap(page);
  await waitForPanels(page);
  return page;
}

const deaf = (page: Page, on: boolean) => page.evaluate((value) => (window.__deaf = value), on);

async function saveAs(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Scenario name' }).fill(name);
  await page.getByRole('button', { name: 'Save current scenario' }).click();
  await expect.poll(() => page.getByRole('checkbox', { name: `Compare ${name}`, exact: true }).count()).toBe(1);
}

async function remove(page: Page, name: string) {
  await page.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
  await page.getByRole('button', { name: `Yes, delete ${name}`, exact: true }).click();
}

/** The saved list's names; [] once the list is gone (nothing saved). */
const savedNames = (page: Page) => page.locator('ul.saved-scenarios:not(.presets) .saved-scenario-name').allTextContents();
const notices = (page: Page) => page.locator('.scenarios .notice p').allTextContents();

beforeAll(async () => {
  harness = await startHarness();
  context = await harness.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  // Tab 2 is opened first and never reloaded.
  tab2 = await openTab();
  tab1 = await openTab();
});

afterAll(async () => {
  await context?.close();
  await harness?.close();
});

describe('saved scenarios in two tabs of one browser', () => {
  it('tab 1 saves "A", tab 2 (open since before, not reloaded) saves "B": both are kept; tab 2 shows "A" unreloaded', async () => {
    await saveAs(tab1, 'A');
    // Tab 2 shows tab 1's save as it happens.
    await expect.poll(() => savedNames(tab2)).toEqual(['A']);
    await saveAs(tab2, 'B');
    await expect.poll(() => savedNames(tab2)).toEqual(['A', 'B']);
    await expect.poll(() => savedNames(tab1)).toEqual(['A', 'B']);
    await tab1.reload();
    await waitForMap(tab1);
    await expect.poll(() => savedNames(tab1)).toEqual(['A', 'B']);
  });

  it('a tab that has not yet been told of the other’s save keeps both when it saves', async () => {
    await deaf(tab2, true);
    await saveAs(tab1, 'C');
    // Tab 2 does not know of "C" (given time to hear of it, it has not), and saves "D" over what it had read.
    await expect.poll(() => savedNames(tab1)).toEqual(['A', 'B', 'C']);
    await tab2.waitForTimeout(500);
    expect(await savedNames(tab2)).toEqual(['A', 'B']);
    await saveAs(tab2, 'D');
    await expect.poll(() => savedNames(tab2)).toEqual(['A', 'B', 'C', 'D']);
    await expect.poll(() => savedNames(tab1)).toEqual(['A', 'B', 'C', 'D']);
    await deaf(tab2, false);
  });

  it('deleted in one tab: gone from the other at once, and not brought back by a save there', async () => {
    await remove(tab1, 'A');
    await expect.poll(() => savedNames(tab2)).toEqual(['B', 'C', 'D']);
    // Tab 2 not told this time: it still lists "B" when it saves "E", and "B" must not come back.
    await deaf(tab2, true);
    await remove(tab1, 'B');
    await expect.poll(() => savedNames(tab1)).toEqual(['C', 'D']);
    await tab2.waitForTimeout(500);
    expect(await savedNames(tab2)).toEqual(['B', 'C', 'D']);
    await saveAs(tab2, 'E');
    await expect.poll(() => savedNames(tab2)).toEqual(['C', 'D', 'E']);
    await deaf(tab2, false);
    await expect.poll(() => savedNames(tab1)).toEqual(['C', 'D', 'E']);
    await tab1.reload();
    await waitForMap(tab1);
    await expect.poll(() => savedNames(tab1)).toEqual(['C', 'D', 'E']);
  });

  it('renamed in both tabs at once: both names are kept, and each tab says so', async () => {
    // Both people open "Rename" on "C".
    await tab1.getByRole('button', { name: 'Rename C', exact: true }).click();
    await tab2.getByRole('button', { name: 'Rename C', exact: true }).click();
    await tab1.getByRole('textbox', { name: 'New name for C', exact: true }).fill('C in tab 1');
    await tab1.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => savedNames(tab1)).toEqual(['C in tab 1', 'D', 'E']);
    // Tab 2 is told (its list says "C in tab 1"), but its person was renaming "C": their name is typed after.
    await expect.poll(() => savedNames(tab2)).toEqual(['C in tab 1', 'D', 'E']);
    await tab2.getByRole('textbox', { name: /^New name for / }).fill('C in tab 2');
    await tab2.getByRole('button', { name: 'Save name' }).click();

    // The later change is the scenario; the earlier is kept beside it as a conflicting version (saved format 2),
    // in both tabs, with a notice in each.
    const kept = ['C in tab 2', 'D', 'E'];
    await expect.poll(() => savedNames(tab2)).toEqual(kept);
    await expect.poll(() => savedNames(tab1)).toEqual(kept);
    const said =
      'A scenario was changed in two tabs at the same time: “C in tab 2” (the later change) is kept, and the other version, “C in tab 1”, is kept beside it as a conflicting version. Restore it as a scenario of its own or dismiss it in the saved scenarios list.';
    // Names are bidi-isolated in the notice (U+2066-U+2069): compare the words.
    const plain = async (page: Page) => (await notices(page)).map((t) => t.replace(/[\u2066-\u2069]/g, ''));
    await expect.poll(() => plain(tab2)).toEqual([said]);
    await expect.poll(() => plain(tab1)).toEqual([said]);
    for (const tab of [tab1, tab2])
      await expect
        .poll(() =>
          tab
            .getByRole('group', { name: 'Conflicting versions of C in tab 2' })
            .getByRole('button', { name: 'Restore C in tab 1 as a scenario of its own' })
            .count(),
        )
        .toBe(1);
    // Restored in one tab, it is a scenario of its own in both (just below its original), to load like any other.
    await tab1.getByRole('button', { name: 'Restore C in tab 1 as a scenario of its own' }).click();
    const restored = ['C in tab 2', 'C in tab 1', 'D', 'E'];
    await expect.poll(() => savedNames(tab1)).toEqual(restored);
    await expect.poll(() => savedNames(tab2)).toEqual(restored);
    await expect.poll(() => tab2.getByRole('group', { name: 'Conflicting versions of C in tab 2' }).count()).toBe(0);
    await expect.poll(() => tab1.getByRole('button', { name: 'Load C in tab 1', exact: true }).count()).toBe(1);
  });

  it('logs no console errors in either tab', () => {
    expect(consoleErrors).toEqual([]);
  });
});
