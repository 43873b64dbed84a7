// "Your own figures" in headless Chromium: a CSV with 2 good and 3 bad rows is read by the Web Worker,
// the bad rows are listed with their line numbers, the preview shows each sub-ICB before and after, Apply
// changes the Areas table and Restore brings the original back; one practice row for a sub-ICB of 36 practices
// names the missing ones and offers "add the change" or "replace"; every rejected row downloads as CSV; a
// ~20 MB file is read while the page keeps painting; nothing is sent off the page's origin.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { openPage, parseCsv, startHarness, waitForMap, SCREENSHOT_DIR, type Harness, type WatchedPage } from './harness';
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

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the "Your own figures" panel as it is now: its serious and critical violations, as readable lines. */
async function panelViolations(): Promise<string[]> {
  await page().evaluate(AXE_SOURCE);
  return page().evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: string) => Promise<Result> } }).axe;
    const { violations } = await axe.run('#upload');
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target)).join(', ')}`);
  });
}

const page = () => watched.page;
const areasTable = () => page().getByRole('table', { name: /^Areas at/ });
const valueFor = (name: string) => areasTable().locator('tbody tr').filter({ hasText: name }).locator('td').first().textContent();
const preview = () => page().getByRole('region', { name: /Check before applying/ });
const fileInput = () => page().getByLabel('Load your own figures (CSV)');
const beforeAfter = () => preview().getByRole('table', { name: /^Before and after, by sub-ICB and year/ });
/** The before/after table's rows as text: sub-ICB, year, then before, after and change for FTE, heads, patients. */
const beforeAfterRows = () =>
  beforeAfter()
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((cell) => cell.textContent)));

/** Chooses the file, waits for the preview, and returns the longest gap between animation frames meanwhile (ms). */
/**
 * Does `act` (reading a file through the file input until the preview shows) and says how much of that time the page's own thread
 * was busy: the renderer main thread's task time (DevTools protocol, Performance.getMetrics TaskDuration) over the
 * read's wall time, with the longest gap between animation frames for the log. Parsing on the page's thread keeps it
 * busy for most of the read; parsing in the worker leaves it waiting. A share, unlike a gap in milliseconds, holds on
 * a loaded machine (the best of three runs' longest gaps was 300 ms at a load average of 24, against 200 ms gated).
 */
async function mainThreadWhile(
  act: () => Promise<void>,
): Promise<{ share: number; busyMs: number; wallMs: number; gap: number }> {
  const cdp = await page().context().newCDPSession(page());
  try {
    await cdp.send('Performance.enable');
    const taskSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
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
    const before = await taskSeconds();
    const started = Date.now();
    await act();
    const after = await taskSeconds();
    const wallMs = Date.now() - started;
    const gaps = await page().evaluate(() => {
      const w = window as unknown as { gaps: number[]; stop: boolean };
      w.stop = true;
      return w.gaps;
    });
    const busyMs = (after - before) * 1000;
    return { share: busyMs / wallMs, busyMs, wallMs, gap: Math.max(...gaps) };
  } finally {
    await cdp.detach();
  }
}

describe('your own figures in Chromium', () => {
  it('lists bad rows by line, applies the good ones to the Areas table, and restores the original', async () => {
    await page().getByLabel('Geography level').selectOption({ label: 'Sub-ICB (CCG)' });
    await expect.poll(() => areasTable().locator('tbody tr').count()).toBe(106);
    // GP FTE per 100,000 patients, 2024/25, as the table shows it (1 dp).
    const original = ((first!.fte[last]! / first!.patients[last]!) * 100_000).toFixed(1);
    await expect.poll(() => valueFor(first!.name)).toBe(original);

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
    await expect
      .poll(() =>
        page()
          .getByRole('progressbar', { name: 'Reading CSV' })
          .evaluate((p: HTMLProgressElement) => p.value),
      )
      .toBe(1);
    const rejected = () =>
      preview()
        .getByRole('table', { name: /Rejected rows/ })
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    await expect.poll(rejected).toEqual([
      ['4', 'unknown area code "ZZZ"'],
      ['5', 'gp_fte is negative ("-5")'],
      ['6', 'duplicate of line 2 (same code and year)'],
    ]);
    // Before and after, largest change first: the first sub-ICB's FTE (2 dp in areas.json) goes to 500.
    const firstRow = beforeAfter().locator('tbody tr').filter({ hasText: first!.name });
    await expect.poll(() => firstRow.locator('td').nth(1).textContent()).toBe(first!.fte[last]!.toFixed(1));
    expect(await firstRow.locator('td').nth(2).textContent()).toBe('500.0');
    await page()
      .getByRole('region', { name: 'Your own figures' })
      .screenshot({ path: resolve(SCREENSHOT_DIR, 'upload-preview.png') });
    expect(await panelViolations()).toEqual([]);
    // Not applied yet.
    expect(await valueFor(first!.name)).toBe(original);
    // 500 FTE for 400,000 patients is 125.0 per 100,000, beyond any sub-ICB on record: flagged by line, used only when ticked.
    const flagged = preview().getByRole('alert').filter({ hasText: 'far outside what the area has recorded' });
    await expect
      .poll(() => flagged.textContent())
      .toMatch(/Line 2: .*125\.0 GP FTE per 100,000 patients is outside what any sub-ICB has recorded/);
    expect(await preview().getByRole('button', { name: 'Apply these figures' }).isDisabled()).toBe(true);
    await preview().getByRole('checkbox', { name: 'Use these figures anyway' }).check();

    await preview().getByRole('button', { name: 'Apply these figures' }).click();
    await page().getByText('Showing your figures for 2 areas (local-figures.csv)').waitFor();
    await expect.poll(() => valueFor(first!.name)).toBe('125.0');
    await page().screenshot({ path: resolve(SCREENSHOT_DIR, 'upload-applied.png') });

    await page().getByRole('button', { name: 'Restore the original data' }).click();
    await expect.poll(() => valueFor(first!.name)).toBe(original);
    await expect
      .poll(() =>
        page()
          .getByText(/Showing your figures/)
          .count(),
      )
      .toBe(0);
  });

  it('adds 2025/26 when the file gives it for every sub-ICB, and the projection then starts from it', async () => {
    const subIcbs = areasFile.areas.filter((a) => a.level === 'subicb');
    const csv = [
      'area_code,year,gp_fte,gp_headcount,patients',
      ...subIcbs.map((a) => `${a.code},2025/26,${(a.fte[last]! * 1.02).toFixed(2)},${a.headcount[last]},${a.patients[last]}`),
    ].join('\n');
    await fileInput().setInputFiles({ name: 'next-year.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => preview().textContent()).toContain('2025/26 is added after 2024/25');
    await preview().getByRole('button', { name: 'Apply these figures' }).click();
    // The headline's milestones start from the latest recorded year: now 2025/26, and 2024/25 again after Restore.
    const firstMilestone = page()
      .getByRole('table', { name: /recorded and projected milestones/ })
      .locator('tbody th')
      .first();
    await expect.poll(() => firstMilestone.textContent()).toBe('2025/26 (recorded)');
    await page().getByRole('button', { name: 'Restore the original data' }).click();
    await expect.poll(() => firstMilestone.textContent()).toBe('2024/25 (recorded)');
  });

  it('names the practices one practice row leaves out, and adds its change or replaces the sub-ICB as chosen', async () => {
    // Per-practice figures load only for an upload that needs them, never with the first screen.
    expect(watched.requests.filter((url) => url.includes('/data/practices/'))).toEqual([]);
    // data/areas.json and data/practices/00L.json: Northumberland (00L) in 2024/25 has 36 practices, 179.9 GP FTE,
    // 260 heads and 340,539 patients; its practice A84002 (The Rothbury Practice) 2.7 FTE, 4 heads, 6,133 patients.
    expect([first!.code, first!.fte[last], first!.headcount[last], first!.patients[last], first!.practices[last]]).toEqual([
      '00L',
      179.9,
      260,
      340539,
      36,
    ]);
    const csv = ['practice_code,year,gp_fte,gp_headcount,patients', 'A84002,2024/25,5,6,6500'].join('\n');
    await fileInput().setInputFiles({ name: 'rothbury.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    const warning = preview().getByRole('region', { name: 'Your practice rows leave out practices' });
    await expect.poll(() => warning.textContent()).toContain('the file lists 1 practice; the baseline has 36.');
    const text = await warning.textContent();
    expect(text).toContain('Missing: A84005 BEDLINGTONSHIRE MED.GROUP; A84006 ALNWICK MEDICAL GROUP;');
    expect(text).toContain('A84018 CORBRIDGE HEALTH CENTRE, and 25 more.');
    expect(watched.requests.filter((url) => url.includes('/data/practices/')).map((url) => new URL(url).pathname)).toEqual([
      '/data/practices/00L.json',
    ]);

    const name = 'NHS North East and North Cumbria ICB - 00L Northumberland (formerly NHS Northumberland CCG)';
    const addChange = page().getByRole('radio', { name: "Add the listed practices' change to the rest" });
    const replace = page().getByRole('radio', { name: "Replace the sub-ICB's figure with the sum of the listed practices" });
    const apply = preview().getByRole('button', { name: 'Apply these figures' });
    expect(await page().getByRole('radiogroup', { name: 'How to use practice rows' }).count()).toBe(1);
    // The safe default adds the change: 179.9 - 2.7 + 5 = 182.2 FTE; 260 - 4 + 6 = 262; 340,539 - 6,133 + 6,500 = 340,906.
    expect(await addChange.isChecked()).toBe(true);
    await expect
      .poll(beforeAfterRows)
      .toEqual([[name, '2024/25', '179.9', '182.2', '+1.3%', '260', '262', '+0.8%', '340,539', '340,906', '+0.1%']]);
    await page()
      .getByRole('region', { name: 'Your own figures' })
      .screenshot({ path: resolve(SCREENSHOT_DIR, 'upload-practice-preview.png') });
    expect(await panelViolations()).toEqual([]);

    // Replace: the one practice becomes the sub-ICB, (5 - 179.9) / 179.9 = -97.2%, and Apply waits for a "yes".
    await replace.check();
    await expect
      .poll(beforeAfterRows)
      .toEqual([[name, '2024/25', '179.9', '5.0', '−97.2%', '260', '6', '−97.7%', '340,539', '6,500', '−98.1%']]);
    expect(await apply.isDisabled()).toBe(true);
    await page()
      .getByRole('checkbox', { name: /Yes, replace/ })
      .check();
    // 5 FTE is below a third of the least the area has recorded: Apply also waits for "Use these figures anyway".
    expect(await apply.isDisabled()).toBe(true);
    await preview().getByRole('checkbox', { name: 'Use these figures anyway' }).check();
    await expect.poll(() => apply.isEnabled()).toBe(true);

    // Back to adding the change, and apply: 182.2 / 340,906 x 100,000 = 53.4 FTE per 100,000 patients.
    await addChange.check();
    await expect.poll(() => beforeAfterRows().then((rows) => rows[0]?.[3])).toBe('182.2');
    await apply.click();
    await page().getByText('Showing your figures for 1 area (rothbury.csv)').waitFor();
    await expect.poll(() => valueFor(first!.name)).toBe('53.4');
    await page().getByRole('button', { name: 'Restore the original data' }).click();
    await expect.poll(() => valueFor(first!.name)).toBe(((179.9 / 340_539) * 100_000).toFixed(1));
  });

  it('reads UTF-16 tab-separated and semicolon-separated files, and says how it read them', async () => {
    const rows = [
      ['area_code', 'year', 'gp_fte', 'gp_headcount', 'patients'],
      [
        first!.code,
        '2024/25',
        (first!.fte[last]! * 1.05).toFixed(2),
        String(first!.headcount[last]),
        String(first!.patients[last]),
      ],
    ];
    // UTF-16 little-endian with a byte-order mark, tabs between fields: what a spreadsheet's "Unicode text" gives.
    const tabbed = rows.map((r) => r.join('\t')).join('\r\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabbed, 'utf16le')]);
    await fileInput().setInputFiles({ name: 'unicode.txt', mimeType: 'text/plain', buffer: utf16 });
    await expect.poll(() => preview().textContent()).toContain('Read as UTF-16 (little-endian), tab-separated.');
    await expect.poll(() => beforeAfterRows().then((r) => r[0]?.[3])).toBe((first!.fte[last]! * 1.05).toFixed(1));
    await preview().getByRole('button', { name: 'Cancel' }).click();

    const semicolons = rows.map((r) => r.join(';')).join('\n');
    await fileInput().setInputFiles({ name: 'semicolons.csv', mimeType: 'text/csv', buffer: Buffer.from(semicolons) });
    await expect.poll(() => preview().textContent()).toContain('Read as UTF-8, semicolon-separated.');
    await expect.poll(() => beforeAfterRows().then((r) => r[0]?.[3])).toBe((first!.fte[last]! * 1.05).toFixed(1));
    expect(await preview().getByRole('button', { name: 'Apply these figures' }).isEnabled()).toBe(true);
    await preview().getByRole('button', { name: 'Cancel' }).click();
  });

  it('flags a units slip (every value 100 times too large, or 1e308) and applies it only when told to', async () => {
    const csv = [
      'area_code,year,gp_fte,gp_headcount,patients',
      `${first!.code},2024/25,${first!.fte[last]! * 100},${first!.headcount[last]! * 100},${first!.patients[last]! * 100}`,
      `${second!.code},2024/25,1e308,${second!.headcount[last]},${second!.patients[last]}`,
    ].join('\n');
    await fileInput().setInputFiles({ name: 'slip.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const flagged = preview().getByRole('alert').filter({ hasText: 'far outside what the area has recorded' });
    await expect.poll(() => flagged.textContent()).toContain('2 figures far outside what the area has recorded');
    expect(await flagged.textContent()).toMatch(/Line 2: .*GP FTE [\d,.]+ is more than 3 times/);
    expect(await flagged.textContent()).toMatch(/Line 3: .*GP FTE [\d,.]+ is more than 3 times/);
    const apply = preview().getByRole('button', { name: 'Apply these figures' });
    expect(await apply.isDisabled()).toBe(true);
    await preview().getByRole('checkbox', { name: 'Use these figures anyway' }).check();
    await expect.poll(() => apply.isEnabled()).toBe(true);
    await preview().getByRole('button', { name: 'Cancel' }).click();
  });

  it('downloads every rejected row as CSV, not only the 200 listed on screen', async () => {
    const bad = Array.from({ length: 260 }, (_, i) => `BAD${i},2024/25,1,1,1`);
    const csv = ['area_code,year,gp_fte,gp_headcount,patients', `${second!.code},2024/25,70,90,160000`, ...bad].join('\n');
    await fileInput().setInputFiles({ name: 'many-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await preview().getByRole('table', { name: 'Rejected rows (the first 200; 60 more in the download)' }).waitFor();
    const [download]: [Download, void] = await Promise.all([
      page().waitForEvent('download'),
      preview().getByRole('button', { name: 'Download rejected rows (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('many-bad-rejected-rows.csv');
    const path = await download.path();
    const rows = parseCsv(readFileSync(path, 'utf8'));
    expect(rows).toHaveLength(261);
    expect(rows[0]).toEqual(['line', 'reason', 'area_code', 'year', 'gp_fte', 'gp_headcount', 'patients']);
    expect(rows[1]).toEqual(['3', 'unknown area code "BAD0"', 'BAD0', '2024/25', '1', '1', '1']);
    expect(rows[260]).toEqual(['262', 'unknown area code "BAD259"', 'BAD259', '2024/25', '1', '1', '1']);
    await preview().getByRole('button', { name: 'Cancel' }).click();
    await preview().waitFor({ state: 'detached' });
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

    // The page's own thread stays free while the worker reads: its task time is under 65% of the read's wall time (34% measured quiet, 96% for 1.5 s of work on it)
    // (parsing 20 MB on it would keep it busy for most of the read). The best of up to three runs is gated, as
    // another process can stall any one run on a shared machine.
    const runs: { share: number; busyMs: number; wallMs: number; gap: number }[] = [];
    for (let run = 0; run < 3 && !runs.some((r) => r.share < 0.65); run += 1) {
      if (run > 0) {
        await preview().getByRole('button', { name: 'Cancel' }).click();
        // The next run must wait for its own preview, not find this one still in the page.
        await preview().waitFor({ state: 'detached' });
      }
      runs.push(
        await mainThreadWhile(async () => {
          await fileInput().setInputFiles(path);
          await preview().waitFor({ timeout: 60_000 });
        }),
      );
    }
    console.log(
      `20 MB upload (${(bytes / 1e6).toFixed(1)} MB), per run: ` +
        runs
          .map(
            (r) =>
              `page thread busy ${r.busyMs.toFixed(0)} of ${r.wallMs} ms (${(r.share * 100).toFixed(0)}%), longest frame gap ${r.gap.toFixed(0)} ms`,
          )
          .join('; '),
    );
    expect(Math.min(...runs.map((r) => r.share))).toBeLessThan(0.65);

    const rows = lines.length - 1;
    await expect
      .poll(() => preview().getByRole('definition').allTextContents())
      .toEqual([rows.toLocaleString('en-GB'), rows.toLocaleString('en-GB'), '0']);
    await preview().getByRole('button', { name: 'Cancel' }).click();
  });

  it('the measurement sees a busy page thread (the gate can fail)', async () => {
    // 1.5 s of work on the page's thread, as parsing there would be: most of the wall time is task time.
    const busy = await mainThreadWhile(async () => {
      await page().evaluate(() => {
        const until = performance.now() + 1500;
        let x = 0;
        while (performance.now() < until) x += Math.sqrt(x + 1);
        return x;
      });
    });
    console.log(`busy page thread: ${busy.busyMs.toFixed(0)} of ${busy.wallMs} ms (${(busy.share * 100).toFixed(0)}%)`);
    expect(busy.share).toBeGreaterThan(0.5);
  });

  it('sends nothing anywhere: only GET requests, all to its own origin', () => {
    const origin = new URL(harness.baseUrl).origin;
    const foreign = watched.requests.filter(
      (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
    );
    expect(foreign).toEqual([]);
    expect(new Set(methods)).toEqual(new Set(['GET']));
  });

  it('logs no console errors', () => {
    expect(watched.consoleErrors).toEqual([]);
  });
});
