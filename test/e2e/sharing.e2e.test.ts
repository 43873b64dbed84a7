// Sharing in the built app: "Copy link" on the dashboard and in presentation copies the view's link and says
// what it opens; each saved scenario copies its own link, which opens with its levers; scenarios go to a file
// and come back from it in another browser, compared as they were; a bad file is explained and changes nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, waitForMap, waitForMapAtRest, waitForPanels, type Harness } from './harness';
import { realFiles } from '../support/real-data';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function open(path = ''): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await harness.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.baseUrl.replace(/\/$/, '') });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(harness.baseUrl + path);
  await waitForMap(page);
  await waitForPanels(page);
  return { context, page, errors };
}
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const setLever = async (page: Page, name: string, value: string) => {
  const box = page.getByRole('textbox', { name: new RegExp(`^${name} value`) });
  await box.fill(value);
  await box.press('Enter');
};

describe('sharing', () => {
  it('"Copy link" copies the link to the view, on the dashboard and in presentation, and says what it opens', async () => {
    const { page, context, errors } = await open('?level=region');
    await setLever(page, 'International recruitment', '300');
    await expect.poll(() => page.url()).toContain('internationalRecruitment:300');
    await page.getByRole('banner').getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => clipboard(page)).toBe(page.url());
    await expect
      .poll(() => page.getByRole('banner').getByRole('status').allTextContents())
      .toContain('Copied the link to this view: Region level, GP FTE per 100,000 patients, 2024/25, 1 England lever changed.');

    await page.getByRole('button', { name: 'Present' }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation' });
    await dialog.waitFor();
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => clipboard(page)).toBe(page.url());
    await expect
      .poll(() => dialog.getByRole('status').allTextContents())
      .toContain('Copied the link to this view: Region level, GP FTE per 100,000 patients, 2024/25, 1 England lever changed.');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the map's zoom is part of the link: zoomed in, the link opens zoomed in the same way", async () => {
    const { page, context } = await open();
    expect(new URL(page.url()).searchParams.get('map')).toBeNull();
    await page.getByRole('button', { name: 'Zoom in' }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('map') ?? '').toMatch(/^[\d.]+,-?[\d.]+,[\d.]+$/);
    const view = new URL(page.url()).searchParams.get('map')!;
    const zoom = Number(view.split(',')[2]);
    const link = page.url();
    // "Show all England" goes back to the default, which the link leaves out.
    await page.getByRole('button', { name: 'Show all England' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).toBeNull();
    await context.close();

    const other = await open(link.replace(harness.baseUrl, ''));
    // Opened at the linked view, and it stays (the map did not fly elsewhere).
    await waitForMapAtRest(other.page);
    expect(new URL(other.page.url()).searchParams.get('map')).toBe(view);
    expect(zoom).toBeGreaterThan(5);
    await other.context.close();
  });

  it('a link too long to keep names the areas whose levers it leaves out, on screen and when copied', async () => {
    // Every ICB with four levers of its own (about 90 characters each, 3,800 in all): the app's own link keeps the
    // scope being edited (Kent and Medway) and as many others as fit in 2,000 characters, and says which it left out.
    const icbs = realFiles()
      .areas.areas.filter((a) => a.level === 'icb')
      .map((a) => a.code)
      .sort();
    const nameOf = new Map(realFiles().areas.areas.map((a) => [a.code, a.name]));
    const scopes = icbs.map(
      (c) => `levers.${c}=leaverRate:0.081,traineeUptake:0.81,participationTrend:-0.001,participationHalfLife:7`,
    );
    const { page, context, errors } = await open(`?scope=QKS&${scopes.join('&')}`);
    const notice = page.locator('.notice[role="status"] li');
    await expect.poll(() => notice.count()).toBe(1);
    const text = (await notice.textContent()) ?? '';
    // Kept: the scope being edited, then codes in order while they fit; the rest are named as other notices name areas.
    const kept = new URL(page.url()).search.split('&').filter((p) => p.startsWith('levers.'));
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.filter((p) => p.startsWith('levers.QKS='))).toHaveLength(1);
    const left = icbs.filter((c) => !kept.some((p) => p.startsWith(`levers.${c}=`)));
    expect(left.length).toBeGreaterThan(3);
    const first = nameOf.get(left[0] ?? '') ?? '';
    expect(first).toMatch(/^NHS .+ ICB$/);
    expect(text).toMatch(
      new RegExp(
        `^The link leaves out the levers for ${left.length} areas \\(${first.replace(/[()]/g, '\\$&')}[,;] .+ and \\d+ more\\) to keep the link under 2,000 characters; saved scenarios keep them\\.$`,
      ),
    );
    // No area is named by its code.
    expect(text).not.toMatch(/\bQ[A-Z0-9]{2}\b/);
    // "Copy link" says the same in its confirmation.
    await page.getByRole('banner').getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => page.getByRole('banner').getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining(text));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("each saved scenario copies its own link, which opens with that scenario's levers", async () => {
    const { page, context } = await open();
    await setLever(page, 'International recruitment', '450');
    await page.getByRole('textbox', { name: 'Scenario name' }).fill('Recruit 450');
    await page.getByRole('button', { name: 'Save current scenario' }).click();
    // Move on to something else, then copy the saved scenario's link.
    await page.getByRole('button', { name: 'Reset International recruitment' }).click();
    await expect.poll(() => page.url()).not.toContain('internationalRecruitment');
    await page.getByRole('button', { name: 'Copy link to Recruit 450' }).click();
    await expect.poll(() => clipboard(page)).toContain('internationalRecruitment:450');
    const link = await clipboard(page);
    await context.close();

    const other = await open(link.replace(harness.baseUrl, ''));
    await expect
      .poll(() => other.page.getByRole('textbox', { name: /^International recruitment value/ }).inputValue())
      .toBe('450');
    await other.context.close();
  });

  it('exports scenarios to a file that another browser imports, compared as they were; a bad file changes nothing', async () => {
    const first = await open();
    for (const [name, value] of [
      ['Plan A', '300'],
      ['Plan B', '480'],
    ] as const) {
      await setLever(first.page, 'International recruitment', value);
      await first.page.getByRole('textbox', { name: 'Scenario name' }).fill(name);
      await first.page.getByRole('button', { name: 'Save current scenario' }).click();
    }
    await first.page.getByRole('checkbox', { name: 'Compare Plan B' }).check();
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Export scenarios (file)' }).click(),
    ]);
    const path = await download.path();
    const text = readFileSync(path!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'gp-workforce-planner-scenarios', version: 1 });
    await first.context.close();

    const second = await open();
    const saved = second.page.getByRole('list', { name: 'Saved scenarios' });
    // A bad file: explained, nothing changes.
    await second.page
      .getByLabel('Import scenarios (file)')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect
      .poll(() => second.page.getByRole('alert').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('is not a scenarios file from the GP Workforce Planner')]));
    expect(await saved.count()).toBe(0);
    // The real file: both scenarios, Plan B compared as it was.
    await second.page
      .getByLabel('Import scenarios (file)')
      .setInputFiles({ name: 'scenarios.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => saved.locator('.saved-scenario-name').allTextContents()).toEqual(['Plan A', 'Plan B']);
    expect(await second.page.getByRole('checkbox', { name: 'Compare Plan B' }).isChecked()).toBe(true);
    expect(await second.page.getByRole('checkbox', { name: 'Compare Plan A' }).isChecked()).toBe(false);
    await expect
      .poll(() =>
        second.page
          .getByRole('table', { name: /^Headline figures for England/ })
          .locator('tbody th')
          .allTextContents(),
      )
      .toEqual(['Plan B']);
    expect(second.errors).toEqual([]);
    await second.context.close();
  });
});
