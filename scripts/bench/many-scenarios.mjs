// Many saved scenarios (issue 20): 1,000 saved (and 200 tombstones) open in three tabs of one browser context (one
// localStorage). A save, a rename, five deletes and an import of 300 scenarios; for each, every tab's main-thread work
// (the renderer main thread's CPU time by the DevTools protocol's Performance.getMetrics ThreadTime) from just before
// the action until every tab shows its result, the storage writes in each tab (Storage.prototype.setItem wrapped by
// an init script) and the longest task by the clock (PerformanceObserver 'longtask').
// Used by the bench (which reports the figures against the budgets: a change < 50 ms of work per tab, an
// import < 200 ms) and by test/e2e/many-scenarios.e2e.test.ts (which gates what does not depend on the machine's
// speed: the writes, and that every tab agrees). Every wait is for a state, never for a time.

export const STORAGE_KEY = 'gpw.savedScenarios';
export const SAVED = 1000;
export const IMPORTED = 300;
/** Main-thread work a change may cost each tab, and an import (the bars), in ms. */
export const CHANGE_BUDGET_MS = 50;
export const IMPORT_BUDGET_MS = 200;

export const pad = (i) => String(i).padStart(4, '0');
const choices = (i) => ({
  englandLevers: { internationalRecruitment: 500 + (i % 1000) },
  scopeLevers: i % 3 === 0 ? { QKS: { leaverRate: 8 } } : {},
  target: { kind: 'hold', year: 2016 },
  targetYear: 2036,
  patientGrowth: null,
});

/** What the planner would have written after 1,000 saves, 20 conflicts and 200 deletes (the most tombstones it keeps). */
export function storedText() {
  const at = (i) => new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString();
  const scenarios = Array.from({ length: SAVED }, (_, i) => ({
    id: `s${pad(i)}seed`,
    name: `Scenario ${pad(i)}`,
    ...choices(i),
    savedAt: at(i),
    rev: `r${pad(i)}seed`,
    prev: [],
  }));
  const deleted = Array.from({ length: 200 }, (_, i) => ({ id: `d${pad(i)}seed`, revs: [`r${pad(i)}gone`], deletedAt: at(i) }));
  // 20 of them changed in two tabs at once: each has a conflicting version (the merge weighs their versions each time).
  const conflicts = Array.from({ length: 20 }, (_, k) => {
    const i = 950 + k;
    return { ...scenarios[i], name: `Other ${pad(i)}`, rev: `c${pad(i)}seed`, savedAt: at(i - 1) };
  });
  return JSON.stringify({ version: 2, scenarios, conflicts, deleted });
}

/** A scenario file of IMPORTED scenarios. */
export function importFile() {
  const scenarios = Array.from({ length: IMPORTED }, (_, i) => ({ name: `Imported ${pad(i)}`, ...choices(i), compared: false }));
  return JSON.stringify({ format: 'gp-workforce-planner-scenarios', version: 1, scenarios });
}

/** The init script: counts each key written to storage, and the long tasks, in each tab. */
export function watchWritesAndTasks() {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    (window.__writes ??= []).push(key);
    setItem.call(this, key, value);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) (window.__longTasks ??= []).push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
}

/** The main thread's CPU time so far, in ms. */
async function threadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const time = metrics.find((m) => m.name === 'ThreadTime');
  if (!time) throw new Error('no ThreadTime metric');
  return time.value * 1000;
}

// Waits are cheap DOM reads made only when the page's DOM changes (a MutationObserver in the page), not polled:
// polling, or a role query (which walks the accessibility tree of a page with thousands of nodes), would be
// counted as the app's work.
export const SAVED_NAMES = 'ul.saved-scenarios:not(.presets) .saved-scenario-name';
/** Waits until `check` holds in the page: { count } (the list's count text), { row, present }, or { status }. */
export function until(page, check) {
  return page.evaluate(
    ([check, names]) =>
      new Promise((resolve) => {
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
    [check, SAVED_NAMES],
  );
}
/** Waits until the saved list's count reads `text` ("Showing 50 of 1,001 saved scenarios."). */
export const countIs = (page, text) => until(page, { count: text });
/** Waits until the list shows a row named `name` (or, with `present` false, shows none). */
export const rowIs = (page, name, present = true) => until(page, { row: name, present });
/** A button by its accessible name (its aria-label), found without a role query. */
const button = (page, label) => page.locator(`button[aria-label="${label}"]`);
/**
 * Clicks `selector` from inside the page (the click event the app handles, without Playwright's checks for
 * visibility and hit-testing, which run on the page's main thread and would be counted as the app's work).
 */
const clickIn = (page, selector) =>
  page.evaluate((sel) => {
    const target = document.querySelector(sel);
    if (!target) throw new Error(`nothing matches ${sel}`);
    target.click();
  }, selector);
const find = (page, name) => page.getByRole('searchbox', { name: 'Find a saved scenario' }).fill(name);

/** Resets each tab's write and long-task records, runs `act`, waits for `settled` in every tab; returns the figures. */
async function measure(tabs, act, settled) {
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
    workMs: after.map((t, i) => Math.round(t - before[i])),
    wallMs,
    writes: records.map((r) => r.writes.filter((key) => key === STORAGE_KEY).length),
    allWrites: records.map((r) => r.writes.length),
    longestTaskMs: records.map((r) => Math.round(Math.max(0, ...r.longTasks))),
  };
}

/**
 * Seeds the context's storage with the 1,000 saved, then opens three tabs. `context` must have had
 * watchWritesAndTasks added as an init script; `ready(page)` waits for the app's panels (the test's harness, or the
 * bench's own wait). Returns the tabs.
 */
export async function openThreeTabs(context, baseUrl, ready, onError = () => {}) {
  const seed = await context.newPage();
  await seed.goto(new URL('favicon.svg', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href);
  await seed.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, storedText()]);
  await seed.close();
  const tabs = [];
  for (let i = 0; i < 3; i += 1) {
    const page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && onError(msg.text()));
    page.on('pageerror', (error) => onError(error.message));
    await page.goto(baseUrl);
    await ready(page);
    await page
      .getByTestId('saved-count')
      .filter({ hasText: `Showing 50 of ${SAVED.toLocaleString('en-GB')} saved scenarios.` })
      .waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    tabs.push({ page, cdp });
  }
  return tabs;
}

/** Tab 1 saves "Brand new plan"; tabs 2 and 3 look for it by name, so its row is seen arriving (last of 1,001). */
export async function saveOne(tabs) {
  const one = tabs[0].page;
  await Promise.all(tabs.slice(1).map(({ page }) => find(page, 'Brand new plan')));
  await one.getByRole('textbox', { name: 'Scenario name' }).fill('Brand new plan');
  return measure(
    tabs,
    () => clickIn(one, '.save-scenario button[type="submit"]'),
    async (page, i) => {
      if (i === 0) await countIs(page, 'Showing 50 of 1,001 saved scenarios.');
      else {
        await rowIs(page, 'Brand new plan');
        await countIs(page, '1 of 1,001 saved scenarios matches.');
      }
    },
  );
}

/** Tab 1 renames Scenario 0010 to "Renamed plan"; the others look for the new name. */
export async function renameOne(tabs) {
  const one = tabs[0].page;
  await Promise.all(tabs.slice(1).map(({ page }) => find(page, 'Renamed plan')));
  await one.getByRole('button', { name: 'Rename Scenario 0010', exact: true }).click();
  await one.getByRole('textbox', { name: 'New name for Scenario 0010' }).fill('Renamed plan');
  return measure(
    tabs,
    () => clickIn(one, '.saved-scenario-rename button[type="submit"]'),
    async (page, i) => {
      if (i > 0) await countIs(page, '1 of 1,001 saved scenarios matches.');
      await rowIs(page, 'Renamed plan');
    },
  );
}

/** Tab 1 deletes Scenario 0001 to 0005 one by one (after the confirm); returns each delete's figures. */
export async function deleteFive(tabs) {
  const one = tabs[0].page;
  await Promise.all(tabs.slice(1).map(({ page }) => find(page, '')));
  let left = 1001;
  const results = [];
  for (const n of [1, 2, 3, 4, 5]) {
    const name = `Scenario ${pad(n)}`;
    await button(one, `Delete ${name}`).click();
    left -= 1;
    const shown = `Showing 50 of ${left.toLocaleString('en-GB')} saved scenarios.`;
    results.push(
      await measure(
        tabs,
        () => clickIn(one, `button[aria-label="Yes, delete ${name}"]`),
        async (page) => {
          await countIs(page, shown);
          await rowIs(page, name, false);
        },
      ),
    );
  }
  return results;
}

/** Tab 1 imports the file of IMPORTED scenarios (after the save and five deletes: 996 + IMPORTED in all). */
export async function importMany(tabs) {
  const one = tabs[0].page;
  const total = (996 + IMPORTED).toLocaleString('en-GB');
  return measure(
    tabs,
    () =>
      one.getByLabel('Import scenarios (file)').setInputFiles({
        name: 'many.json',
        mimeType: 'application/json',
        buffer: Buffer.from(importFile()),
      }),
    async (page, i) => {
      if (i === 0) await until(page, { status: `Imported ${IMPORTED} scenarios from` });
      await countIs(page, `Showing 50 of ${total} saved scenarios.`);
    },
  );
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The bench's run: the seven changes and the import in a fresh context of `harness.browser`; each tab's median and
 * largest work per change, and each tab's import work, with the writes.
 */
export async function measureManyScenarios(harness) {
  const context = await harness.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const errors = [];
  try {
    await context.addInitScript(watchWritesAndTasks);
    const ready = (page) => page.getByTestId('headline-fte').waitFor({ timeout: 60_000 });
    const tabs = await openThreeTabs(context, harness.baseUrl, ready, (e) => errors.push(e));
    const changes = [await saveOne(tabs), await renameOne(tabs), ...(await deleteFive(tabs))];
    const imported = await importMany(tabs);
    const byTab = [0, 1, 2].map((i) => changes.map((c) => c.workMs[i]));
    return {
      changeMedianMs: Math.max(...byTab.map(median)),
      changeMaxMs: Math.max(...byTab.flat()),
      importMaxMs: Math.max(...imported.workMs),
      writesPerChange: changes.map((c) => c.allWrites),
      importWrites: imported.allWrites,
      byTab,
      imported,
      errors,
    };
  } finally {
    await context.close();
  }
}
