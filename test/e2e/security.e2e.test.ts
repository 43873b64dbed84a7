// Security of the built app in Chromium: (a) its Content Security Policy allows scripts from its own origin
// only, is enforced, and the app runs without breaking it; (b) a session that loads the app, switches
// levels, moves a lever and opens About requests nothing outside its own origin; (c) text from data and
// from people is rendered as text: an area named like an HTML payload shows literally in the Areas table,
// the map tooltip, the area picker and a scenario name, and never runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, waitForMap, waitForMapAtRest, waitForOfflineCopy, waitForPanels, type Harness } from './harness';
import type { AreasFile } from '../../src/data/schemas';

const PAYLOAD = '<img src=x onerror="window.__xss=1">';
const TARGET_CODE = 'QT6'; // NHS Cornwall and The Isles Of Scilly ICB: at the default (ICB) level

declare global {
  interface Window {
    __csp?: string[];
    __xss?: unknown;
    __inline?: unknown;
  }
}

interface Session {
  context: BrowserContext;
  page: Page;
  requests: string[];
  consoleErrors: string[];
  /** Requests the page has made that have neither finished nor failed yet. */
  inFlight: () => number;
}

let harness: Harness;
let origin: string;

beforeAll(async () => {
  harness = await startHarness();
  origin = new URL(harness.baseUrl).origin;
});

afterAll(async () => {
  await harness?.close();
});

/**
 * A fresh context that records every request (any that would leave the origin is recorded and aborted, so
 * the test never reaches the network), console errors and CSP violation events (listened for by an init
 * script, which runs before the app's own), optionally serving a modified areas.json. The app's service
 * worker runs as in a real browser, except with a modified areas.json: page.route does not see requests the
 * worker answers, so it is blocked then.
 */
async function openSession(areasBody?: string): Promise<Session> {
  const context = await harness.browser.newContext({
    viewport: { width: 1440, height: 1000 },
    serviceWorkers: areasBody === undefined ? 'allow' : 'block',
  });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp?.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return /^(data|blob):/.test(url) || new URL(url).origin === origin ? route.fallback() : route.abort();
  });
  const page = await context.newPage();
  if (areasBody !== undefined)
    await page.route('**/data/areas.json', (route) => route.fulfill({ body: areasBody, contentType: 'application/json' }));
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  await page.goto(harness.baseUrl);
  await waitForMap(page);
  return { context, page, requests, consoleErrors, inFlight: () => inFlight };
}

const foreign = (requests: readonly string[]) =>
  requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);

describe('Content Security Policy', () => {
  it('the served index.html allows scripts from its own origin only, with no inline script or eval', async () => {
    const html = await (await fetch(harness.baseUrl)).text();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = new Map(
      (csp ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    // script-src governs scripts; were it missing, default-src would.
    const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
    expect(scripts).toContain("'self'");
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
      expect(scripts).not.toContain(unsafe);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    // Nothing in the page itself relies on inline script.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('the app loads and runs with no CSP violation; the policy is enforced', async () => {
    const { context, page, consoleErrors } = await openSession();
    try {
      // Everything rendered after the map (lazy chunks included) is in, and the service worker has registered
      // and cached the app, before "no violation" is read.
      await waitForPanels(page);
      await waitForOfflineCopy(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${origin}/sw.js`);
      expect(await page.evaluate(() => window.__csp)).toEqual([]);
      expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);

      // A control: an inline script injected into the page is refused, and the refusal is reported.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inline = 1';
        document.head.append(script);
      });
      await expect.poll(() => page.evaluate(() => window.__csp?.length)).toBe(1);
      expect(await page.evaluate(() => window.__inline)).toBeUndefined();
    } finally {
      await context.close();
    }
  });
});

describe('no request leaves the app', () => {
  it('loading, switching levels, moving a lever and opening About stay on the own origin', async () => {
    const { context, page, requests, consoleErrors, inFlight } = await openSession();
    try {
      const level = page.getByLabel('Geography level');
      await level.selectOption('subicb');
      await waitForMap(page, 106);
      await level.selectOption('region');
      await waitForMap(page, 7);
      const slider = page.getByRole('slider', { name: 'International recruitment' });
      await slider.focus();
      await slider.press('PageUp');
      await expect.poll(() => page.getByRole('button', { name: 'Reset International recruitment' }).isEnabled()).toBe(true);
      await page.getByRole('button', { name: 'About the data' }).click();
      await page.getByRole('region', { name: 'About the data' }).waitFor();
      // Whatever the session set off has loaded: every panel is rendered and no request is still in flight.
      await waitForPanels(page);
      await expect.poll(inFlight).toBe(0);

      expect(foreign(requests)).toEqual([]);
      expect(requests.some((url) => url.endsWith('/data/areas.json'))).toBe(true);
      expect(await page.evaluate(() => window.__csp)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** A point inside a map path, in page coordinates, where that path is the topmost element. */
function pointInside(path: SVGPathElement): { x: number; y: number } | null {
  const box = path.getBBox();
  const ctm = path.getScreenCTM();
  if (!ctm) return null;
  for (let i = 1; i < 12; i++)
    for (let j = 1; j < 12; j++) {
      const local = new DOMPoint(box.x + (box.width * i) / 12, box.y + (box.height * j) / 12);
      if (!path.isPointInFill(local)) continue;
      const screen = local.matrixTransform(ctm);
      if (document.elementFromPoint(screen.x, screen.y) === path) return { x: screen.x, y: screen.y };
    }
  return null;
}

describe('text from data and from people stays text', () => {
  let session: Session;

  beforeAll(async () => {
    const areas = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/areas.json'), 'utf8')) as AreasFile;
    const target = areas.areas.find((a) => a.code === TARGET_CODE);
    if (!target) throw new Error(`${TARGET_CODE} is not in data/areas.json`);
    target.name = PAYLOAD;
    session = await openSession(JSON.stringify(areas));
  });

  afterAll(async () => {
    await session?.context.close();
  });

  it('shows the name literally in the Areas table', async () => {
    const { page } = session;
    const button = page.getByRole('table', { name: /^Areas at/ }).getByRole('button', { name: PAYLOAD, exact: true });
    expect(await button.textContent()).toBe(PAYLOAD);
    expect(await button.innerHTML()).toContain('&lt;img');
    await button.click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Trends' }).getByRole('heading', { level: 3 }).textContent())
      .toBe(`${PAYLOAD} against England`);
  });

  it('shows the name literally in the map tooltip on hover', async () => {
    const { page } = session;
    const selected = page
      .getByRole('region', { name: 'Map', exact: true })
      .locator('.leaflet-overlay-pane path[stroke="#000000"]');
    await expect.poll(() => selected.count()).toBe(1);
    // The table click left the map scrolled away; the map then flies to the chosen area (0.4 s).
    await page.getByRole('region', { name: 'Map', exact: true }).scrollIntoViewIfNeeded();
    await waitForMapAtRest(page);
    const point = await selected.evaluate(pointInside);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const tooltip = page.locator('.leaflet-tooltip strong');
    await expect.poll(() => tooltip.textContent()).toBe(PAYLOAD);
    expect(await tooltip.innerHTML()).toContain('&lt;img');
  });

  it('shows the name literally in the area picker, and typed text stays text', async () => {
    const { page } = session;
    await page.getByRole('combobox', { name: 'Find an area' }).fill('<img src');
    const option = page.getByRole('listbox', { name: 'Matching areas' }).locator('.area-option-name');
    await expect.poll(() => option.allTextContents()).toEqual([PAYLOAD]);
    await page.getByRole('combobox', { name: 'Find an area' }).press('Escape');

    // fill() waits for the Saved scenarios panel, which renders after the map.
    const scenarioName = page.getByRole('textbox', { name: 'Scenario name' });
    await scenarioName.fill(PAYLOAD);
    await page.getByRole('button', { name: 'Save current scenario' }).click();
    const saved = page.getByRole('list', { name: 'Saved scenarios' });
    await expect.poll(() => saved.getByText(PAYLOAD, { exact: true }).count()).toBeGreaterThan(0);
  });

  it('never ran the payload: no injected image, window.__xss unset, no CSP violation', async () => {
    const { page, consoleErrors } = session;
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(foreign(session.requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
