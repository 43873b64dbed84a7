// Offline for real, in the built app: after a first visit the service worker holds the whole build, so with
// the network off AND the server stopped, a reload still opens the app and every feature works: the map, a
// level switch, a lever, the three downloads, presentation mode, print, "About the data", an upload of
// practice-level figures (which needs practices.json, a file the first visit never loaded itself), and a
// shared link (a navigation with a query string, answered with the cached page).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download, Response } from 'playwright-core';
import {
  DIST,
  openPage,
  parseCsv,
  startHarness,
  waitForMap,
  waitForOfflineCopy,
  waitForPanels,
  type Harness,
  type WatchedPage,
} from './harness';
import type { PracticesFile } from '../../src/data/practices';

const practices = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/practices.json'), 'utf8')) as PracticesFile)
  .subIcbs;
const [subIcb, subIcbPractices] = Object.entries(practices).find(([, codes]) => codes.length >= 2) ?? ['', []];

let harness: Harness;
let watched: WatchedPage;
let dir: string;
/** Every response the page gets after going offline, and whether the service worker gave it. */
const offlineResponses: { url: string; fromServiceWorker: boolean }[] = [];

beforeAll(async () => {
  harness = await startHarness();
  watched = await openPage(harness, '', undefined, { serviceWorkers: 'allow' });
  await waitForMap(watched.page);
  await waitForPanels(watched.page);
  await waitForOfflineCopy(watched.page);
  dir = mkdtempSync(join(tmpdir(), 'gpw-offline-'));
});

afterAll(async () => {
  await watched?.context.close();
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const page = () => watched.page;
const fte = async () => Number((await page().getByTestId('headline-fte').textContent())?.replace(/,/g, ''));

async function download(name: string): Promise<Buffer> {
  const [file]: [Download, void] = await Promise.all([
    page().waitForEvent('download'),
    page().getByRole('button', { name }).click(),
  ]);
  return readFileSync(await file.path());
}

describe('offline after the first visit', () => {
  it('installs a service worker that caches every file of the build, data and workers included', async () => {
    const cached = await page().evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls.map((url) => new URL(url).pathname);
    });
    const built = [
      ...['areas.json', 'boundaries.topo.json', 'national.json', 'practices.json', 'places.json'].map((f) => `/data/${f}`),
      '/index.html',
      '/manifest.webmanifest',
      '/icons/icon-192.png',
    ];
    for (const path of built) expect(cached, path).toContain(path);
    const assets = readFileSync(join(DIST, 'sw.js'), 'utf8').match(/assets\/[\w.-]+\.(?:js|css)/g) ?? [];
    expect(assets.some((a) => /spread-worker/.test(a)) && assets.some((a) => /csv-worker/.test(a))).toBe(true);
    for (const asset of new Set(assets)) expect(cached, asset).toContain(`/${asset}`);
  });

  it('reloads with the network off and the server stopped, and draws the map from the offline copy', async () => {
    await watched.context.setOffline(true);
    await harness.stopServer();
    await expect(fetch(harness.baseUrl)).rejects.toThrow();
    page().on('response', (r: Response) => offlineResponses.push({ url: r.url(), fromServiceWorker: r.fromServiceWorker() }));
    await page().reload();
    await waitForMap(page());
    await waitForPanels(page());
    expect(offlineResponses.length).toBeGreaterThan(10);
    expect(offlineResponses.filter((r) => !r.fromServiceWorker && !/^(data|blob):/.test(r.url))).toEqual([]);
  });

  it('switches the geography level', async () => {
    await page().getByLabel('Geography level').selectOption('subicb');
    await waitForMap(page(), 106);
    await page().getByLabel('Geography level').selectOption('region');
    await waitForMap(page(), 7);
  });

  it('moves a lever and the headline follows', async () => {
    const before = await fte();
    const slider = page().getByRole('slider', { name: 'International recruitment' });
    await slider.focus();
    for (let i = 0; i < 10; i += 1) await page().keyboard.press('ArrowRight');
    await expect.poll(fte).toBeGreaterThan(before);
  });

  it('downloads the map PNG, the chart PNG and the projection CSV', async () => {
    for (const name of ['Download map as PNG', 'Download chart as PNG']) {
      const png = await download(name);
      expect(png.subarray(0, 8).toString('hex'), name).toBe('89504e470d0a1a0a');
      expect(png.readUInt32BE(16), name).toBeGreaterThanOrEqual(1600);
    }
    const [header, ...rows] = parseCsv((await download('Download projection as CSV')).toString('utf8'));
    expect(header).toContain('gp_fte (qualified permanent GPs, FTE)');
    // England (the default rows with no area selected): 2 scenarios x 21 years.
    expect(rows.filter((r) => r[1] === 'ENG').length).toBeGreaterThanOrEqual(42);
    expect((await page().locator('.export-error').allTextContents()).filter((t) => t !== '')).toEqual([]);
  });

  it('opens presentation mode and leaves it', async () => {
    await page().getByRole('button', { name: 'Present' }).click();
    const dialog = page().getByRole('dialog');
    await dialog.waitFor({ timeout: 60_000 });
    await page().keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('lays out the print summary', async () => {
    await page().emulateMedia({ media: 'print' });
    await page().getByTestId('print-map').locator('canvas').waitFor({ timeout: 60_000 });
    await expect.poll(() => page().locator('.print-levers').innerText()).toContain('International recruitment');
    await expect.poll(() => page().locator('#trends svg.recharts-surface').first().isVisible()).toBe(true);
    await page().emulateMedia({ media: 'screen' });
  });

  it('opens "About the data"', async () => {
    await page().getByRole('button', { name: 'About the data' }).click();
    await expect.poll(() => page().getByRole('heading', { name: 'The projection' }).count()).toBeGreaterThan(0);
  });

  it('reads practice-level figures, placing the practices with practices.json from the offline copy', async () => {
    const path = join(dir, 'practices.csv');
    const lines = ['practice_code,year,gp_fte,gp_headcount,patients', ...subIcbPractices.map((p) => `${p},2024/25,5,6,9000`)];
    writeFileSync(path, lines.join('\n'));
    await page().getByLabel('Load your own figures (CSV)').setInputFiles(path);
    const preview = page().getByRole('region', { name: /Check before applying/ });
    await preview.waitFor({ timeout: 60_000 });
    expect(await preview.locator('dt:text-is("Accepted") + dd').textContent()).toBe(String(subIcbPractices.length));
    expect(await preview.textContent()).toContain('1 sub-ICB');
    expect(subIcb).not.toBe('');
  });

  it('opens a shared link offline (the view is in its query string)', async () => {
    await page().goto(`${harness.baseUrl}?level=subicb&year=2031`);
    await waitForMap(page(), 106);
    expect(await page().getByLabel('Geography level').inputValue()).toBe('subicb');
  });

  it('opens the Practice view of NHS Kent and Medway ICB from the offline copy, every placed practice drawn', async () => {
    const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/practices/91Q.json'), 'utf8')) as {
      years: number[];
      practices: { fte: (number | null)[]; lat: number | null }[];
    };
    const yi = file.years.indexOf(2025);
    const placed = file.practices.filter((p) => p.fte[yi] !== null && p.lat !== null).length;
    await page().goto(`${harness.baseUrl}?areas=QKS&practices=1`);
    const map = page().getByRole('region', { name: 'Map', exact: true }).locator('.leaflet-container');
    await expect.poll(() => map.getAttribute('data-practice-points'), { timeout: 60_000 }).toBe(String(placed));
    expect(placed).toBeGreaterThan(150);
  });

  it('logs no console errors', () => {
    expect(watched.consoleErrors).toEqual([]);
  });
});
