// The floor page (issue 23): scripts/bench/floor/ built by Vite into a temporary folder and served by the same
// preview server as the app at /floor/ (startBrowser's floorDir), fetching the app's own data files from /data/.
// measureFloorRatio times the app and the floor alternately, each in a fresh context with service workers
// blocked, to the frame in which the map's paths are all filled (watchFirstMap, the cold load's criterion), with
// the expected number of paths: at the app's default view (ICB, 42 areas) and at sub-ICB level (106).
// Absolute times do not travel between machines; the ratio app ÷ floor, measured in the same run, does.
import { readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { join, resolve, extname, normalize, sep } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'vite';
import { MAP, VIEWPORT, watchFirstMap } from './browser.mjs';

const FLOOR_SRC = resolve(import.meta.dirname, 'floor');

/** Builds the floor page (minified, as the app is) and returns its folder. */
export async function buildFloor() {
  const outDir = mkdtempSync(join(tmpdir(), 'gpw-floor-'));
  await build({
    configFile: false,
    root: FLOOR_SRC,
    base: './',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return outDir;
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A Vite plugin for preview(): serves `dir` at /floor/ (index.html for the folder itself). */
export function serveFloor(dir) {
  return {
    name: 'gpw-bench-floor',
    configurePreviewServer(server) {
      server.middlewares.use('/floor', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '') || 'index.html';
        const path = normalize(join(dir, name));
        if (!path.startsWith(dir + sep) || !existsSync(path)) return next();
        res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
        res.end(readFileSync(path));
      });
    },
  };
}

/**
 * One cold load in a fresh context (service workers blocked): ms to the frame with a map's every path filled, the
 * first on screen (`first`: the pre-rendered picture or the Leaflet map) and the interactive Leaflet map (`live`).
 */
async function firstMap(harness, url, expected) {
  const context = await harness.browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript(watchFirstMap, MAP);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__gpwMapDrawn !== undefined, null, { timeout: 20_000 });
    const { drawn, first } = await page.evaluate(() => ({ drawn: window.__gpwMapDrawn, first: window.__gpwFirstMap }));
    for (const map of [drawn, first])
      if (map.paths !== expected) throw new Error(`${url}: ${map.paths} paths filled first, expected ${expected}`);
    return { live: drawn.at, first: first.at, source: first.source };
  } catch (error) {
    throw new Error(`${url}: ${errors.join('; ') || error.message}`);
  } finally {
    await context.close();
  }
}

export const FLOOR_VIEWS = [
  { key: 'default', label: 'default view (ICB)', query: '', paths: 42 },
  { key: 'subicb', label: 'sub-ICB level', query: '?level=subicb', paths: 106 },
];

/** `rounds` alternating pairs per view after one discarded warm-up pair; the order flips every round. */
export async function measureFloorRatio(harness, rounds) {
  const results = {};
  for (const view of FLOOR_VIEWS) {
    const app = `${harness.baseUrl}${view.query}`;
    const floor = `${harness.baseUrl}floor/${view.query}`;
    await firstMap(harness, app, view.paths);
    await firstMap(harness, floor, view.paths);
    // app: the interactive (Leaflet) map; appFirst: the first map on screen (the picture, or the Leaflet map).
    const samples = { app: [], appFirst: [], appFirstSource: [], floor: [] };
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
      for (const which of order) {
        const times = await firstMap(harness, which === 'app' ? app : floor, view.paths);
        samples[which].push(times.live);
        if (which === 'app') {
          samples.appFirst.push(times.first);
          samples.appFirstSource.push(times.source);
        }
      }
    }
    results[view.key] = { ...view, ...samples };
  }
  return results;
}
