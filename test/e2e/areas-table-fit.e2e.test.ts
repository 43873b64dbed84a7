// The Areas table fits its column at the widths people present and work at (issue 18): at 1280×720 and 1366×768,
// at every level and metric, recorded and projected (with its 80% range column), on registered and need-weighted
// patients (with the flag's own column), the table's scrolling box never scrolls sideways (scrollWidth ≤
// clientWidth). Headers wrap and are short, with the full name for screen readers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, openPage, startHarness, waitForMap, waitForPanels, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const options = (page: Page, name: string) =>
  page
    .getByRole('combobox', { name, exact: true })
    .evaluate((el) =>
      [...(el as HTMLSelectElement).options].filter((o) => !o.disabled).map((o) => ({ value: o.value, label: o.text })),
    );

/** The table's scrolling box: how wide its content is against how wide it shows. */
const widths = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('.areas-panel .table-scroll');
    const caption = box?.querySelector('caption')?.textContent ?? '';
    return { scroll: box?.scrollWidth ?? Infinity, client: box?.clientWidth ?? 0, caption };
  });

describe('the Areas table fits its column', () => {
  const viewports = [
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
  ];
  // One page, resized between the two sizes at every state (the table's width is layout only: no figure changes with
  // the window), so each state is rendered once and measured at both sizes.
  it('at 1280×720 and 1366×768: no sideways scroll at any level, metric, year kind or patients basis', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '', viewports[0]);
    await waitForMap(page);
    await waitForPanels(page);
    // Today's levels (recorded and projected years); the as-was levels have recorded years only and their own table.
    const levels = (await options(page, 'Geography level')).filter((o) => !/as was/i.test(o.label));
    const years = await options(page, 'Year');
    // A recorded year (2024/25) and the last projected one (with the 80% range column).
    const yearChoices = [years.find((o) => o.value === '2025'), years[years.length - 1]].flatMap((o) =>
      o ? [{ value: o.value, label: o.label.replace(' (projected)', '') }] : [],
    );
    const overflows: string[] = [];
    const checked = new Map(viewports.map((v) => [v.width, 0]));
    let size = viewports[0]!;
    const metrics = await options(page, 'Metric');
    // Every metric on registered patients; on need-weighted patients, the registered rate (with the flag's own
    // need-weighted column beside it) and the need-weighted one.
    const runs = [
      { basis: 'Registered', metrics },
      { basis: 'Need-weighted', metrics: metrics.filter((m) => /^(ftePer100k|ftePerWeighted100k)$/.test(m.value)) },
    ];
    for (const { basis, metrics: chosen } of runs) {
      await page.getByRole('radio', { name: basis, exact: true }).check();
      for (const level of levels) {
        await page.getByRole('combobox', { name: 'Geography level', exact: true }).selectOption(level.value);
        for (const metric of chosen)
          for (const year of yearChoices) {
            await page.getByRole('combobox', { name: 'Metric', exact: true }).selectOption(metric.value);
            await page.getByRole('combobox', { name: 'Year', exact: true }).selectOption(year.value);
            // The table renders in a deferred pass: wait until its caption names this year and metric (a PCN
            // team metric's year says what it is: "2025/26 (PCN staff at Nov 2025)", "2035/36 (projected)").
            await page.waitForFunction(
              ({ year, metric }) => {
                const caption = document.querySelector('.areas-panel .table-scroll caption')?.textContent ?? '';
                return (
                  caption.includes(`, ${year}: ${metric}.`) ||
                  (caption.includes(`, ${year} (`) && caption.includes(`): ${metric}.`))
                );
              },
              { year: year.label, metric: metric.label },
            );
            // The size it is at first, then the other (the next state starts at the size this one ends at).
            for (const viewport of [size, ...viewports.filter((v) => v !== size)]) {
              if (viewport !== size) {
                await page.setViewportSize(viewport);
                await page.waitForFunction((width) => window.innerWidth === width, viewport.width);
                size = viewport;
              }
              const seen = await widths(page);
              checked.set(viewport.width, (checked.get(viewport.width) ?? 0) + 1);
              if (seen.scroll > seen.client)
                overflows.push(
                  `${viewport.width}: ${basis} ${level.label} ${metric.label} ${year.label}: ${seen.scroll} > ${seen.client}`,
                );
            }
          }
      }
    }
    await page.getByRole('combobox', { name: 'Geography level', exact: true }).selectOption('subicb');
    await page.getByRole('combobox', { name: 'Metric', exact: true }).selectOption({ index: 0 });
    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      await page.waitForFunction((width) => window.innerWidth === width, viewport.width);
      await page.getByRole('region', { name: 'Areas', exact: true }).screenshot({
        path: `${SCREENSHOT_DIR}/areas-table-${viewport.width}.png`,
      });
    }
    for (const viewport of viewports)
      expect(checked.get(viewport.width)).toBe(levels.length * yearChoices.length * (metrics.length + 2));
    expect(overflows).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 240_000);
});
