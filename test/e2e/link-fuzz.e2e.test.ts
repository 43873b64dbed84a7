// A seeded fuzz of shared links in the real browser: a few hundred links from a fixed seed (valid, miscased,
// repeated, malformed and hostile: markup, huge numbers, unicode, very long lists), each opened in one reused
// page. For each: no page or console error, the map draws, the app is not blank, the notices are the ones the
// pure parser gives (each short, few of them), the page never scrolls sideways, and the link the app writes
// back is the one serialiseScenario gives and no longer than MAX_URL_LENGTH.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openPage, startHarness, waitForMap, type Harness, type WatchedPage } from './harness';
import { linkArbitrary } from '../support/link-arbitrary';
import { realConfigFor, realFiles } from '../support/real-data';
import { MAX_NOTICES, MAX_NOTICE_LENGTH } from '../../src/state/url/notices';
import { MAX_URL_LENGTH, parseScenario, serialiseScenario, type UrlContext } from '../../src/state/url/url-state';
import { yearRange } from '../../src/lib/years';
import { LAST_PROJECTION_YEAR } from '../../src/lib/years';

const SEED = 20_261_111;
const LINKS = Number(process.env.GPW_LINK_FUZZ_RUNS ?? 150);
/** Links stay under Node's 16 KB request-header limit (the preview server's), well past MAX_URL_LENGTH. */
const MAX_LINK_LENGTH = 6000;

const areas = realFiles().areas;
const ctx: UrlContext = {
  areaCodes: new Set(areas.areas.map((a) => a.code)),
  scopeCodes: new Set(areas.areas.filter((a) => a.level === 'region' || a.level === 'icb').map((a) => a.code)),
  years: yearRange(areas.years[0] ?? 2016, LAST_PROJECTION_YEAR),
  dataYears: areas.years,
  configFor: realConfigFor,
  // As the app names a scope in its notices (use-workforce's urlContext).
  areaName: (code) => areas.areas.find((a) => a.code === code)?.name,
};

let harness: Harness;
let watched: WatchedPage;
beforeAll(async () => {
  harness = await startHarness();
  // A laptop-width window, narrower than the other tests' (below 1,280 px a control already widens the page).
  watched = await openPage(harness, '', { width: 1280, height: 800 });
  await waitForMap(watched.page);
});
afterAll(async () => {
  await watched?.context.close();
  await harness?.close();
});

interface Seen {
  href: string;
  rootChildren: number;
  scrollWidth: number;
  clientWidth: number;
  alerts: string[][];
  statuses: string[][];
}

describe('link fuzz', () => {
  it(`opens ${LINKS} seeded links (seed ${SEED}) without an error, a blank page, a wide page or an over-long link`, async () => {
    const { page, consoleErrors } = watched;
    const links = fc.sample(linkArbitrary({ areas: [...ctx.areaCodes], scopes: [...ctx.scopeCodes] }, MAX_LINK_LENGTH), {
      numRuns: LINKS,
      seed: SEED,
    });
    const origin = new URL(harness.baseUrl);
    const budget = MAX_URL_LENGTH - origin.origin.length - origin.pathname.length;
    const found: string[] = [];
    const started = performance.now();
    let withNotices = 0;
    let shortened = 0;
    for (const [i, link] of links.entries()) {
      const url = new URL(link, harness.baseUrl);
      // What the app should make of it: the pure functions on the link as the browser reads it.
      const { state, notices } = parseScenario(url.search, ctx);
      const { search, leftOut } = serialiseScenario(state, budget, ctx.areaName);
      if (notices.length) withNotices += 1;
      if (leftOut.length) shortened += 1;
      const errors = consoleErrors.length;
      try {
        await page.goto(url.href, { waitUntil: 'domcontentloaded' });
        await waitForMap(page);
        // The link is read once the data is ready; then the app shows its notices and writes its own link back.
        const expected = { search, notices, leftOut };
        const settled = await page
          .waitForFunction(
            (want) => {
              const texts = (selector: string) => [...document.querySelectorAll(selector)].map((li) => li.textContent ?? '');
              const now = {
                search: window.location.search,
                notices: texts('.notice[role="alert"] li'),
                leftOut: texts('.notice[role="status"] li'),
              };
              return JSON.stringify(now) === JSON.stringify(want);
            },
            expected,
            { timeout: 60_000 },
          )
          .then(
            () => true,
            () => false,
          );
        if (!settled)
          expect(
            await page.evaluate(() => ({
              search: window.location.search,
              notices: [...document.querySelectorAll('.notice[role="alert"] li')].map((li) => li.textContent ?? ''),
              leftOut: [...document.querySelectorAll('.notice[role="status"] li')].map((li) => li.textContent ?? ''),
            })),
          ).toEqual(expected);
        const seen: Seen = await page.evaluate(() => ({
          href: window.location.href,
          rootChildren: document.getElementById('root')?.childElementCount ?? 0,
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          alerts: [...document.querySelectorAll('.notice[role="alert"] ul')].map((ul) =>
            [...ul.querySelectorAll('li')].map((li) => li.textContent ?? ''),
          ),
          statuses: [...document.querySelectorAll('.notice[role="status"] ul')].map((ul) =>
            [...ul.querySelectorAll('li')].map((li) => li.textContent ?? ''),
          ),
        }));
        expect(seen.href.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
        expect(seen.rootChildren).toBeGreaterThan(0);
        expect(seen.scrollWidth).toBeLessThanOrEqual(seen.clientWidth + 1);
        for (const list of [...seen.alerts, ...seen.statuses]) {
          expect(list.length).toBeLessThanOrEqual(MAX_NOTICES);
          for (const text of list) expect(text.length).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
        }
        expect(consoleErrors.slice(errors)).toEqual([]);
      } catch (error) {
        found.push(`link ${i} ${JSON.stringify(link.slice(0, 300))}: ${String(error).slice(0, 500)}`);
        if (found.length >= 5) break;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `link fuzz: tried ${LINKS} links (seed ${SEED}) in ${seconds.toFixed(1)} s; ${withNotices} opened with notices, ` +
        `${shortened} written back shortened; found ${found.length} problem(s)${found.length ? `:\n${found.join('\n')}` : ''}`,
    );
    expect(found).toEqual([]);
  }, 1_200_000);
});
