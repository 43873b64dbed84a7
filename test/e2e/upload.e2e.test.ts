// "Your own figures" in headless Chromium: a CSV with 2 good and 3 bad rows is read by the Web Worker,
// the bad rows are listed with their line numbers, Apply changes the Areas table and Restore brings the
// original back; a ~20 MB file is read while the page keeps painting; nothing is sent off the page's origin.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openPage, startHarness, waitForMap, SCREENSHOT_DIR, type Harness, type WatchedPage } from './harness';
import type { AreasFile } from '../../src/data/schemas';
import type { PracticesFile } from '../../src/data/practices';

const DATA = resolve(import.meta.dirname, '../../data');
const areasFile = JSON.parse(readFileSync(join(DATA, 'areas.json'), 'utf8')) as AreasFile;
const practicesFile = JSON.parse(readFileSync(join(DATA, 'practices.json'), 'utf8')) as PracticesFile;
const [first, second] = areasFile.areas.filter((a) => a.level === 'subicb');
const last = areasFile.years.length - 1;

let harness: Harness;
let watched: WatchedPage;
let dir: string;
const methods: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  watched = await openPage(harness);
  watched.page.on('request', (r) => methods.push(r.method()));
  await waitForMap(watched.page);
  dir = mkdtempSync(join(tmpdir(), 'gpw-upload-'));
});

afterAll(async () => {
  await watched?.context.close();
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const page = () => watched.page;
const areasTable = () => page().getByRole('table', { name: /^Areas at/ });
const valueFor = (name: string) =>
  areasTable().locator('tbody tr').filter({ hasText: name }).locator('td').first().textContent();
const preview = () => page().getByRole('region', { name: /Check before applying/ });
const fileInput = () => page().getByLabel('Load your own figures (CSV)');

describe('your own figures in Chromium', () => {
  it('lists bad rows by line, applies the good ones to the Areas table, and restores the original', async () => {
    await page().getByLabel('Geography level').selectOption({ label: 'Sub-ICB (CCG)' });
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(106);
    // GP FTE per 100,000 patients, 2024/25, as the table shows it (1 dp).
    const original = ((first!.fte[last]! / first!.patients[last]!) * 100_000).toFixed(1);
    expect(await valueFor(first!.name)).toBe(original);

    const csv = [
      'area_code,year,gp_fte,gp_headcount,patients', // 1
      `${first!.code},2024/25,500,640,400000`, // 2: 125.0 per 100,000
      `${second!.code},2025,70,90,160000`, // 3
      'ZZZ,2024/25,1,1,1', // 4: unknown code
      `${second!.code},2023/24,-5,1,1`, // 5: negative
      `${first!.code},2025,1,1,1`, // 6: duplicate of line 2
    ].join('\r\n');
    await fileInput().setInputFiles({ name: 'local-figures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    await preview().waitFor();
    expect(await page().getByRole('progressbar', { name: 'Reading CSV' }).evaluate((p: HTMLProgressElement) => p.value)).toBe(1);
    const rejected = await preview()
      .getByRole('table', { name: /Rejected rows/ })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rejected).toEqual([
      ['4', 'unknown area code "ZZZ"'],
      ['5', 'gp_fte is negative ("-5")'],
      ['6', 'duplicate of line 2 (same code and year)'],
    ]);
    await page().getByRole('region', { name: 'Your own figures' }).screenshot({ path: resolve(SCREENSHOT_DIR, 'upload-preview.png') });
    // Not applied yet.
    expect(await valueFor(first!.name)).toBe(original);

    await preview().getByRole('button', { name: 'Apply these figures' }).click();
    await page().getByText('Showing your figures for 2 areas (local-figures.csv)').waitFor();
    await expect.poll(() => valueFor(first!.name)).toBe('125.0');
    await page().screenshot({ path: resolve(SCREENSHOT_DIR, 'upload-applied.png') });

    await page().getByRole('button', { name: 'Restore the original data' }).click();
    await expect.poll(() => valueFor(first!.name)).toBe(original);
    expect(await page().getByText(/Showing your figures/).count()).toBe(0);
  });

  it('reads a ~20 MB practice-level file in the worker while the page keeps painting', async () => {
    // Every placed practice for every year, with a quoted notes column (commas, doubled quotes) as padding.
    const pad = `"Local return, checked by the ""workforce"" team; ${'x'.repeat(190)}"`;
    const lines = ['practice_code,year,gp_fte,gp_headcount,patients,notes'];
    for (const practices of Object.values(practicesFile.subIcbs))
      for (const practice of practices)
        for (const year of areasFile.years) lines.push(`${practice},${year - 1}/${String(year).slice(2)},3.25,4,7500,${pad}`);
    const path = join(dir, 'big.csv');
    writeFileSync(path, lines.join('\n'));
    const bytes = Buffer.byteLength(lines.join('\n'));
    expect(bytes).toBeGreaterThan(19_000_000);

    // The longest gap between animation frames while the file is read: the page's own thread stays free.
    await page().evaluate(() => {
      const w = window as unknown as { gaps: number[]; stop: boolean };
      w.gaps = [];
      w.stop = false;
      let previous = performance.now();
      const tick = (now: number) => {
        w.gaps.push(now - previous);
        previous = now;
        if (!w.stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    await fileInput().setInputFiles(path);
    await preview().waitFor({ timeout: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    const gaps = await page().evaluate(() => {
      const w = window as unknown as { gaps: number[]; stop: boolean };
      w.stop = true;
      return w.gaps;
    });
    const longest = Math.max(...gaps);
    console.log(`20 MB upload: ${(bytes / 1e6).toFixed(1)} MB read in ${seconds.toFixed(1)} s; ${gaps.length} frames, longest gap ${longest.toFixed(0)} ms`);
    expect(gaps.length).toBeGreaterThan(5);
    expect(longest).toBeLessThan(200);

    const figures = await preview().getByRole('definition').allTextContents();
    const rows = lines.length - 1;
    expect(figures).toEqual([rows.toLocaleString('en-GB'), rows.toLocaleString('en-GB'), '0']);
    await preview().getByRole('button', { name: 'Cancel' }).click();
  });

  it('sends nothing anywhere: only GET requests, all to its own origin', () => {
    const origin = new URL(harness.baseUrl).origin;
    const foreign = watched.requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(new Set(methods)).toEqual(new Set(['GET']));
  });

  it('logs no console errors', () => {
    expect(watched.consoleErrors).toEqual([]);
  });
});
