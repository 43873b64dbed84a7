// Lighthouse scores for the built app: performance and accessibility, with the desktop preset (Lighthouse's own
// desktop config: no mobile emulation, desktop-class throttling simulated) or the mobile one (Lighthouse's default:
// a mid-range phone's screen, 4× slower CPU and a slow 4G network, simulated), one run against the app served
// by Vite's preview() on a free local port, in Debian's Chromium launched by chrome-launcher.
// Never throws: if Lighthouse cannot run (not installed, Chromium missing, a timeout), it returns
// { unavailable: why } so the benchmark prints the reason and carries on.
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';

const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu'];
const TIMEOUT_MS = 180_000;
// Lab metrics kept in bench-results/latest.json next to the scores (ms, except CLS which has no unit).
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const score = (category) => (category && typeof category.score === 'number' ? Math.round(category.score * 100) : null);

/**
 * @param {{ root: string, outDir: string, chromePath?: string, preset?: 'desktop' | 'mobile' }} options
 * @returns {Promise<{ performance: number, accessibility: number, url: string, version: string,
 *   metrics: Record<string, number>, failedAccessibilityAudits: string[] } | { unavailable: string }>}
 */
export async function runLighthouse({
  root,
  outDir,
  chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  preset = 'desktop',
}) {
  let server = null;
  let chrome = null;
  try {
    if (!existsSync(join(outDir, 'index.html'))) throw new Error(`no built app at ${outDir}`);
    // chrome-launcher's spawn failure is an unhandled 'error' event that would end the whole bench: check first.
    try {
      accessSync(chromePath, constants.X_OK);
    } catch {
      throw new Error(`no Chromium at ${chromePath} (set CHROMIUM_PATH)`);
    }
    const [{ default: lighthouse }, { default: desktopConfig }, chromeLauncher] = await Promise.all([
      import('lighthouse'),
      import('lighthouse/core/config/desktop-config.js'),
      import('chrome-launcher'),
    ]);
    server = await preview({
      root,
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'silent',
    });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('preview server has no port');
    const url = `http://127.0.0.1:${address.port}/`;
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    const result = await withTimeout(
      lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
        preset === 'desktop' ? desktopConfig : undefined,
      ),
      TIMEOUT_MS,
      'Lighthouse',
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const performance = score(lhr.categories.performance);
    const accessibility = score(lhr.categories.accessibility);
    if (performance === null || accessibility === null)
      throw new Error(`no score (${(lhr.runWarnings ?? []).join('; ') || 'see the Lighthouse report'})`);
    const metrics = Object.fromEntries(
      METRICS.filter((id) => typeof lhr.audits[id]?.numericValue === 'number').map((id) => [
        id,
        Math.round(lhr.audits[id].numericValue * 1000) / 1000,
      ]),
    );
    // Accessibility audits that did not pass, so a score under 100 says what to fix.
    const failedAccessibilityAudits = lhr.categories.accessibility.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => ref.id);
    return { performance, accessibility, url, version: lhr.lighthouseVersion, metrics, failedAccessibilityAudits };
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  } finally {
    try {
      chrome?.kill();
    } catch {
      // Chromium already gone: nothing to clean up.
    }
    if (server) await new Promise((done) => server.httpServer.close(() => done()));
  }
}
