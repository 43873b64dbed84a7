// 1,000 saved scenarios open in three tabs of one browser (one context, so one localStorage): a save, a rename and
// deletes cost every tab under 50 ms of main-thread work (the median of the seven; each under 100 ms), one write
// in the acting tab and none in the others, and all three tabs agree after each; importing a 300-scenario file
// costs each tab at most one storage write and under 200 ms of main-thread work in all (so no task of more).
//
// How it is measured, so the test holds on a loaded machine:
// - main-thread work: the renderer main thread's CPU time (the DevTools protocol's Performance.getMetrics
//   ThreadTime) from just before the action until every tab shows its result. CPU time, unlike a wall-clock
//   wait, does not grow when other processes hold the cores;
// - writes: an init script wraps Storage.prototype.setItem and counts each key written, in each tab;
// - long tasks: a PerformanceObserver for 'longtask' in each tab, from before the import until all agree.
// Every wait is for a state (the count a tab shows, a row found by name), never for a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { startHarness, waitForMap, waitForPanels, type Harness } from './harness';

declare global {
  interface Window {
    __writes?: string[];
    __longTasks?: number[];
  }
}

const STORAGE_KEY = 'gpw.savedScenarios';
const SAVED = 1000;
const IMPORTED = 300;
/** Main-thread work a change may cost each tab (the bar): the median over the changes measured. */
const CHANGE_BUDGET_MS = 50;
/**
 * Any single change, in any tab: the bar with room for what the measurement itself adds on a loaded machine
 * (the protocol's calls and the waits' DOM reads run on the same thread; at a load of 20-28 on 2 cores single
 * changes measured 31-149 ms, the first save highest as its code is compiled).
 */
const ONE_CHANGE_LIMIT_MS = 2 * CHANGE_BUDGET_MS;
/** Each tab's work for every change measured, for the median. */
const changeWork: number[][] = [[], [], []];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let harness: Harness;
let context: BrowserContext;
const tabs: { page: Page; cdp: CDPSession }[] = [];
const consoleErrors: string[] = [];

const pad = (i: number) => String(i).padStart(4, '0');
const choices = (i: number) => ({
  englandLevers: { internationalRecruitment: 500 + (i % 1000) },
  scopeLevers: i % 3 === 0 ? { QKS: { leaverRate: 8 } } : {},
  target: { kind: 'hold', year: 2016 },
  targetYear: 2036,
  patientGrowth: null,
});
/** What the planner would have written after 1,000 saves and 200 deletes (the most tombstones it keeps). */
function storedText(): string {
  const at = (i: number) => new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString();
  const scenarios = Array.from({ length: SAVED }, (_, i) => ({
    id: `s${pad(i)}seed`,
    name: `Scenario ${pad(i)}`,
    ...choices(i),
    savedAt: at(i),
    rev: `r${pad(i)}seed`,
    prev: [],
  }));
  const deleted = Array.from({ length: 200 }, (_, i) => ({ id: `d${pad(i)}seed`, revs: [`r${pad(i)}gone`], deletedAt: at(i) }));
  return JSON.stringify({ version: 1, scenarios, deleted });
}
function importFile(): string {
  const scenarios = Array.from({ length: IMPORTED }, (_, i) => ({ name: `Imported ${pad(i)}`, ...choices(i), compared: false }));
  return JSON.stringify({ format: 'gp-workforce-planner-scenarios', version: 1, scenarios });
}

/** The main thread's CPU time so far, in ms. */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const time = metrics.find((m) => m.name === 'ThreadTime');
  if (!time) throw new Error('no ThreadTime metric');
  return time.value * 1000;
}

// Waits are cheap DOM reads made only when the page's DOM changes (a MutationObserver in the page), not polled:
// polling, or a role query (which walks the accessibility tree of a page with thousands of nodes), would be
// counted as the app's work.
const SAVED_NAMES = 'ul.saved-scenarios:not(.presets) .saved-scenario-name';
type Check = { count: string } | { row: string; present: boolean } | { status: string };
function until(page: Page, check: Check): Promise<void> {
  return page.evaluate(
    ([check, names]) =>
      new Promise<void>((resolve) => {
        const holds = () => {
          if ('count' in check) return document.querySelector('[data-testid="saved-count"]')?.textContent === check.count;
          if ('row' in check)
            return [...document.querySelectorAll(names)].some((el) => el.textContent === check.row) === check.present;
          return [...document.querySelectorAll('.scenario-files p')].some((p) => p.textContent?.startsWith(check.status));
        };
        if (holds()) return resolve();
        const observer = new MutationObserver(() => {
          if (!holds()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    [check, SAVED_NAMES] as const,
  );
}
/** Waits until the saved list's count reads `text` ("Showing 50 of 1,001 saved scenarios."). */
const countIs = (page: Page, text: string) => until(page, { count: text });
/** Waits until the list shows a row named `name` (or, with `present` false, shows none). */
const rowIs = (page: Page, name: string, present = true) => until(page, { row: name, present });
/** A button by its accessible name (its aria-label), found without a role query. */
const button = (page: Page, label: string) => page.locator(`button[aria-label="${label}"]`);
/**
 * Clicks `selector` from inside the page (the click event the app handles, without Playwright's checks for
 * visibility and hit-testing, which run on the page's main thread and would be counted as the app's work).
 */
const clickIn = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const target = document.querySelector<HTMLElement>(sel);
    if (!target) throw new Error(`nothing matches ${sel}`);
    target.click();
  }, selector);

/** Resets each tab's write and long-task records, runs `act`, waits for `settled` in every tab; returns the work. */
async function measure(act: () => Promise<void>, settled: (page: Page, i: number) => Promise<void>) {
  await Promise.all(tabs.map(({ page }) => page.evaluate(() => ((window.__writes = []), (window.__longTasks = [])))));
  const before = await Promise.all(tabs.map(({ cdp }) => threadMs(cdp)));
  const start = Date.now();
  await act();
  await Promise.all(tabs.map(({ page }, i) => settled(page, i)));
  const wallMs = Date.now() - start;
  const after = await Promise.all(tabs.map(({ cdp }) => threadMs(cdp)));
  const records = await Promise.all(
    tabs.map(({ page }) => page.evaluate(() => ({ writes: window.__writes ?? [], longTasks: window.__longTasks ?? [] }))),
  );
  return {
    workMs: after.map((t, i) => Math.round(t - before[i]!)),
    wallMs,
    writes: records.map((r) => r.writes.filter((key) => key === STORAGE_KEY).length),
    allWrites: records.map((r) => r.writes.length),
    longestTaskMs: records.map((r) => Math.round(Math.max(0, ...r.longTasks))),
  };
}

async function openTab(): Promise<void> {
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(harness.baseUrl);
  await waitForMap(page);
  await waitForPanels(page);
  await page
    .getByTestId('saved-count')
    .filter({ hasText: `Showing 50 of ${SAVED.toLocaleString('en-GB')} saved scenarios.` })
    .waitFor({ timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  tabs.push({ page, cdp });
}

const find = (page: Page, name: string) => page.getByRole('searchbox', { name: 'Find a saved scenario' }).fill(name);

beforeAll(async () => {
  harness = await startHarness();
  context = await harness.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      (window.__writes ??= []).push(key);
      setItem.call(this, key, value);
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window.__longTasks ??= []).push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  // The stored list, as a page of the app's origin writes it, before the three tabs open.
  const seed = await context.newPage();
  await seed.goto(`${harness.baseUrl}/favicon.svg`);
  await seed.evaluate(([key, text]) => localStorage.setItem(key!, text!), [STORAGE_KEY, storedText()]);
  await seed.close();
  for (let i = 0; i < 3; i += 1) await openTab();
}, 180_000);

afterAll(async () => {
  await context?.close();
  await harness?.close();
});

describe('1,000 saved scenarios in three tabs', () => {
  it('a save costs each tab under 50 ms of main-thread work, one write in its own tab and none in the others; all agree', async () => {
    const [one] = tabs.map((t) => t.page);
    // Tabs 2 and 3 look for the new name, so the row is seen arriving (it is last of 1,001, off the first page).
    await Promise.all(tabs.slice(1).map(({ page }) => find(page, 'Brand new plan')));
    await one!.getByRole('textbox', { name: 'Scenario name' }).fill('Brand new plan');
    const result = await measure(
      () => clickIn(one!, '.save-scenario button[type="submit"]'),
      async (page, i) => {
        if (i === 0) await countIs(page, 'Showing 50 of 1,001 saved scenarios.');
        else {
          await rowIs(page, 'Brand new plan');
          await countIs(page, '1 of 1,001 saved scenarios matches.');
        }
      },
    );
    console.log('save', JSON.stringify(result));
    expect(result.writes).toEqual([1, 0, 0]);
    result.workMs.forEach((work, i) => {
      changeWork[i]!.push(work);
      expect(work).toBeLessThan(ONE_CHANGE_LIMIT_MS);
    });
  });

  it('a rename costs each tab under 50 ms; all agree', async () => {
    const [one] = tabs.map((t) => t.page);
    await Promise.all(tabs.slice(1).map(({ page }) => find(page, 'Renamed plan')));
    await one!.getByRole('button', { name: 'Rename Scenario 0010', exact: true }).click();
    await one!.getByRole('textbox', { name: 'New name for Scenario 0010' }).fill('Renamed plan');
    const result = await measure(
      () => clickIn(one!, '.saved-scenario-rename button[type="submit"]'),
      async (page, i) => {
        if (i > 0) await countIs(page, '1 of 1,001 saved scenarios matches.');
        await rowIs(page, 'Renamed plan');
      },
    );
    console.log('rename', JSON.stringify(result));
    expect(result.writes).toEqual([1, 0, 0]);
    result.workMs.forEach((work, i) => {
      changeWork[i]!.push(work);
      expect(work).toBeLessThan(ONE_CHANGE_LIMIT_MS);
    });
  });

  it('deletes cost each tab under 50 ms, not growing with the tombstones kept; all agree after each', async () => {
    const [one] = tabs.map((t) => t.page);
    await Promise.all(tabs.slice(1).map(({ page }) => find(page, '')));
    let left = 1001;
    for (const n of [1, 2, 3, 4, 5]) {
      const name = `Scenario ${pad(n)}`;
      await button(one!, `Delete ${name}`).click();
      left -= 1;
      const result = await measure(
        () => clickIn(one!, `button[aria-label="Yes, delete ${name}"]`),
        async (page) => {
          await countIs(page, `Showing 50 of ${left.toLocaleString('en-GB')} saved scenarios.`);
          await rowIs(page, name, false);
        },
      );
      console.log('delete', n, JSON.stringify(result));
      expect(result.writes).toEqual([1, 0, 0]);
      result.workMs.forEach((work, i) => {
        changeWork[i]!.push(work);
        expect(work).toBeLessThan(ONE_CHANGE_LIMIT_MS);
      });
    }
    // Half or more of the changes cost each tab under the bar (the median of save, rename and five deletes).
    console.log('work per change (ms) by tab', JSON.stringify(changeWork));
    for (const work of changeWork) expect(median(work)).toBeLessThan(CHANGE_BUDGET_MS);
    // Every tab lists the same first page.
    const pages = await Promise.all(tabs.map(({ page }) => page.locator(SAVED_NAMES).allTextContents()));
    expect(pages[1]).toEqual(pages[0]);
    expect(pages[2]).toEqual(pages[0]);
  });

  it(`importing ${IMPORTED} scenarios: at most one write per tab, under 200 ms of main-thread work in each`, async () => {
    const [one] = tabs.map((t) => t.page);
    const total = (996 + IMPORTED).toLocaleString('en-GB');
    const result = await measure(
      () =>
        one!.getByLabel('Import scenarios (file)').setInputFiles({
          name: 'many.json',
          mimeType: 'application/json',
          buffer: Buffer.from(importFile()),
        }),
      async (page, i) => {
        if (i === 0) await until(page, { status: `Imported ${IMPORTED} scenarios from` });
        await countIs(page, `Showing 50 of ${total} saved scenarios.`);
      },
    );
    console.log('import', JSON.stringify(result));
    expect(result.allWrites[0]).toBeLessThanOrEqual(1);
    expect(result.allWrites.slice(1)).toEqual([0, 0]);
    // All of each tab's main-thread work from the import until every tab agrees is under 200 ms, so no task in it
    // did more than 200 ms of work (and the whole is far inside 2 s). Long tasks by the clock are logged, not
    // gated: on a machine loaded to 20 a task of 50 ms of work spans 300-700 ms of wall-clock time.
    for (const work of result.workMs) expect(work).toBeLessThan(200);
    // Every tab shows the imported ones too.
    await Promise.all(tabs.map(({ page }) => find(page, `Imported ${pad(IMPORTED - 1)}`)));
    for (const { page } of tabs) await rowIs(page, `Imported ${pad(IMPORTED - 1)}`);
    expect(consoleErrors).toEqual([]);
  });
});
