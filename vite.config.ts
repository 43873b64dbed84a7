/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { serviceWorker } from './config/pwa.ts';
import { firstMapPicture } from './config/first-map.ts';
import { FIRST_SCREEN_DATA } from './scripts/first-screen.mjs';
import { bundleTrims, RECHARTS_SCALES_ID, workerLeverText } from './config/bundle-trims.ts';

/** Unit tests of the layers with no DOM (README "Layout"): run in Node, not jsdom. */
const NODE_TESTS = ['test/{model,data,figures,lib,config,lint}/**/*.test.{ts,tsx}'];

const dataDir = resolve(import.meta.dirname, 'data');

/**
 * Serves the committed datasets in data/ at /data/* (dev and preview) and copies them into the build,
 * so the app is static files with its data embedded: no server, no network beyond its own origin.
 */
function embeddedData(): Plugin {
  return {
    name: 'gpw-embedded-data',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        // data/*.json, and the per-sub-ICB practice files in data/practices/.
        if (!/^(practices\/)?[\w.-]+\.json$/.test(name)) return next();
        try {
          res.setHeader('Content-Type', 'application/json');
          res.end(readFileSync(join(dataDir, name)));
        } catch {
          next();
        }
      });
    },
    // Start fetching the first screen's data while the script loads. Injected as tags (not written in
    // index.html) so Vite leaves the URLs alone: they must be the very URLs the app fetches.
    transformIndexHtml: () =>
      FIRST_SCREEN_DATA.map((name) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./data/${name}`, as: 'fetch', type: 'application/json', crossorigin: '' },
        injectTo: 'head' as const,
      })),
    generateBundle() {
      for (const folder of ['', 'practices/'])
        for (const name of readdirSync(join(dataDir, folder)).filter((f) => f.endsWith('.json'))) {
          const path = `${folder}${name}`;
          this.emitFile({ type: 'asset', fileName: `data/${path}`, source: readFileSync(join(dataDir, path)) });
        }
    },
  };
}

/** recharts, its own dependencies (with the trimmed d3 scales it gets) and src/components/chart (`codeSplitting`). */
const CHART_MODULE =
  /[\\/](node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs[\\/]toolkit|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|use-sync-external-store|react-is|@standard-schema[\\/][a-z]+)|src[\\/]components[\\/]chart)[\\/]/;
const isChartModule = (id: string) => id === RECHARTS_SCALES_ID || CHART_MODULE.test(id);

/** The app's own modules that the `shared` chunk groups take when two or more chunks use them. */
const SHARED_MODULE = /[\\/]src[\\/](lib|figures|data|state|components)[\\/]/;

/**
 * What the entry imports statically (the code the first map waits for), found once the module graph is complete and
 * before chunks are made: the 'shared' chunk group takes only these, and modules shared by two or more lazy chunks
 * alone go in 'shared-lazy', fetched with the first of those chunks after the first map, not before it.
 */
function firstScreenModules(): Plugin & { readonly has: (id: string) => boolean } {
  const reachable = new Set<string>();
  return {
    name: 'gpw-first-screen-modules',
    apply: 'build',
    has: (id) => reachable.has(id),
    buildEnd() {
      reachable.clear();
      const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        if (reachable.has(id)) continue;
        reachable.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}
const firstScreen = firstScreenModules();

/** The built app's Content Security Policy: scripts from our own origin only, no inline script, no eval. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'gpw-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

export default defineConfig({
  base: './',
  plugins: [bundleTrims(), react(), embeddedData(), contentSecurityPolicy(), serviceWorker(), firstScreen, firstMapPicture()],
  // The Monte Carlo worker carries the model but shows no lever texts (config/bundle-trims.ts).
  worker: { plugins: () => [workerLeverText()] },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      output: {
        // The app's own shared modules (lib, data, state, components) that two or more chunks use go in one
        // chunk, instead of a dozen chunks of a few hundred bytes each: every chunk repeats its import and export
        // glue and is gzipped without the others as context. Measured by `npm run bench` (kB of 1,000 bytes): all JS
        // in dist/assets 243.1 → 236.6 kB gzipped (245.7 with the service worker); JS before the first map 185.7 →
        // 187.5 kB, as a few shared modules that only lazy chunks used came with the first screen: those now go in
        // 'shared-lazy' (firstScreenModules: 199.1 → 196.2 kB before the first map). Modules used by one lazy chunk
        // stay in it.
        // recharts, the libraries it brings (d3's scales and shapes, redux, immer, reselect...) and the app's chart
        // components are one chunk of their own, first in the list so it wins over 'shared': the trend panel, the
        // national chart, presentation, the practice sparklines and the chart PNG import it, the first map does
        // not, so it loads after the map is drawn.
        codeSplitting: {
          groups: [
            // Only these modules: by default a group takes its modules' dependencies too, React among them.
            { name: 'charts', test: isChartModule, includeDependenciesRecursively: false },
            { name: 'shared', test: (id) => SHARED_MODULE.test(id) && firstScreen.has(id), minShareCount: 2 },
            // Only the modules lazy chunks share: their dependencies the first screen has are in 'shared' already.
            { name: 'shared-lazy', test: SHARED_MODULE, minShareCount: 2, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    css: false,
    // A whole-app render in jsdom takes about 1 s on a quiet machine and over 5 s on a loaded 2-core one (seen at a
    // load average of 11-17): the limits are ceilings, not waits, so a passing test is no slower for them. At load 10-16
    // the lever tests took 8-27 s each and up to 39 s (30 s ran out in CI; all 7 passed with more time): 120 s.
    testTimeout: 120_000,
    // Vitest runs (cores - 1) files at once by default: one at a time on the 2-core CI machine, with the main process
    // mostly waiting. At least two keeps both cores busy; every wait is a ceiling, so a loaded machine is slower, not red.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // react-leaflet must import the same Leaflet as the app (the ES module build: config/bundle-trims.ts),
    // not Node's pick of its UMD file, or the two disagree about whose LatLngBounds is whose.
    server: { deps: { inline: [/react-leaflet/] } },
    // Two environments: the pure layers' tests (model, data, figures, lib, config, lint) need no DOM and run in Node,
    // which starts in milliseconds; everything that renders or touches window, storage or the URL runs in jsdom,
    // whose set-up per file was most of the unit suite's time on a loaded 2-core machine (820 of 1,267 s at load 15-20).
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: NODE_TESTS },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**', ...NODE_TESTS],
          setupFiles: ['test/setup.ts'],
        },
      },
    ],
  },
});
