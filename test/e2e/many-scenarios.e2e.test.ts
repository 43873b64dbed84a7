// 1,000 saved scenarios open in three tabs of one browser (one context, so one localStorage): a save, a rename and
// five deletes each cost one storage write in the acting tab and none in the others, and all three tabs agree after
// each; importing a 300-scenario file costs the importing tab one write and the others none, and every tab shows the
// imported ones. The measurement is scripts/bench/many-scenarios.mjs, which the bench runs too: the main-thread work
// of each change in each tab (issue 20's bar: under 50 ms a change, under 200 ms an import) is printed here and
// judged by the bench (`npm run bench`), not gated here, because CPU time on a shared 2-core machine is not the app's
// alone (in CI a 300-scenario import measured 222 ms in the importing tab beside a second test worker, 54-104 ms on
// its own). Every wait is for a state (the count a tab shows, a row found by name), never for a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import {
  IMPORTED,
  SAVED_NAMES,
  deleteFive,
  importMany,
  openThreeTabs,
  pad,
  renameOne,
  rowIs,
  saveOne,
  watchWritesAndTasks,
  type Tab,
} from '../../scripts/bench/many-scenarios.mjs';
import { startHarness, waitForMap, waitForPanels, type Harness } from './harness';

let harness: Harness;
let context: BrowserContext;
let tabs: Tab[] = [];
const consoleErrors: string[] = [];
/** Each tab's work for every change measured (printed, for the note and the bench's comparison). */
const changeWork: number[][] = [[], [], []];

beforeAll(async () => {
  harness = await startHarness();
  context = await harness.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.addInitScript(watchWritesAndTasks);
  tabs = await openThreeTabs(
    context,
    harness.baseUrl,
    async (page) => {
      await waitForMap(page);
      await waitForPanels(page);
    },
    (message) => consoleErrors.push(message),
  );
}, 180_000);

afterAll(async () => {
  await context?.close();
  await harness?.close();
});

const firstPages = () => Promise.all(tabs.map(({ page }) => page.locator(SAVED_NAMES).allTextContents()));

describe('1,000 saved scenarios in three tabs', () => {
  it('a save: one write in its own tab and none in the others; all show it', async () => {
    const result = await saveOne(tabs);
    console.log('save', JSON.stringify(result));
    expect(result.writes).toEqual([1, 0, 0]);
    result.workMs.forEach((work, i) => changeWork[i]!.push(work));
  });

  it('a rename: one write in its own tab and none in the others; all show the new name', async () => {
    const result = await renameOne(tabs);
    console.log('rename', JSON.stringify(result));
    expect(result.writes).toEqual([1, 0, 0]);
    result.workMs.forEach((work, i) => changeWork[i]!.push(work));
  });

  it('five deletes: one write each in the acting tab, none in the others; all agree after each', async () => {
    const results = await deleteFive(tabs);
    results.forEach((result, n) => {
      console.log('delete', n + 1, JSON.stringify(result));
      expect(result.writes).toEqual([1, 0, 0]);
      result.workMs.forEach((work, i) => changeWork[i]!.push(work));
    });
    console.log('work per change (ms) by tab', JSON.stringify(changeWork));
    // Every tab lists the same first page.
    const pages = await firstPages();
    expect(pages[1]).toEqual(pages[0]);
    expect(pages[2]).toEqual(pages[0]);
  });

  it(`importing ${IMPORTED} scenarios: one write in the importing tab, none in the others; all show them`, async () => {
    const result = await importMany(tabs);
    console.log('import', JSON.stringify(result));
    expect(result.allWrites[0]).toBeLessThanOrEqual(1);
    expect(result.allWrites.slice(1)).toEqual([0, 0]);
    // Every tab shows the imported ones too.
    await Promise.all(
      tabs.map(({ page }) =>
        page.getByRole('searchbox', { name: 'Find a saved scenario' }).fill(`Imported ${pad(IMPORTED - 1)}`),
      ),
    );
    for (const { page } of tabs) await rowIs(page, `Imported ${pad(IMPORTED - 1)}`);
    expect(consoleErrors).toEqual([]);
  });
});
