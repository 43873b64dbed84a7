// Gzipped sizes of the built app (dist/): every file is compressed in memory with gzip level 9.
// 1 KB = 1,000 bytes here (as Vite reports sizes), the stricter reading of the budgets.
// "All JS" is every script in dist/assets: the page's chunks and its two Web Workers. The service worker
// (dist/sw.js, Workbox's runtime inlined, plus any workbox-*.js beside it) lives at the root, outside
// dist/assets, so it is measured on its own and added in a separate figure rather than hidden.
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIRST_SCREEN_DATA } from '../first-screen.mjs';

// What the first screen fetches: one list with the preloads in vite.config.ts.
export { FIRST_SCREEN_DATA };

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

function group(files, root) {
  const items = files.map((path) => ({ file: relative(root, path), raw: statSync(path).size, gzip: gzipBytes(path) }));
  return { files: items, raw: items.reduce((s, f) => s + f.raw, 0), gzip: items.reduce((s, f) => s + f.gzip, 0) };
}

/** The JS the first screen loads before it can draw the map: index.html's module script and its modulepreloads. */
function firstScreenJs(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\.?\/?([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g),
  ];
  return [...new Set(srcs.map((m) => m[1]))].map((file) => join(distDir, file));
}

export function measureSizes(distDir) {
  const assets = filesUnder(join(distDir, 'assets'));
  if (assets.length === 0) throw new Error(`no files in ${join(distDir, 'assets')}: run vite build first`);
  const dataFiles = FIRST_SCREEN_DATA.map((name) => join(distDir, 'data', name));
  const missing = dataFiles.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`missing data files: ${missing.join(', ')}`);
  return {
    js: group(
      assets.filter((f) => /\.m?js$/.test(f)),
      distDir,
    ),
    css: group(
      assets.filter((f) => f.endsWith('.css')),
      distDir,
    ),
    firstScreenJs: group(firstScreenJs(distDir), distDir),
    // The chunk vite.config.ts names 'charts': recharts and the app's chart components.
    chartJs: group(
      assets.filter((f) => /[\\/]charts-[\w-]+\.js$/.test(f)),
      distDir,
    ),
    serviceWorker: group(
      readdirSync(distDir)
        .filter((f) => /^(sw|workbox-[\w-]+)\.js$/.test(f))
        .map((f) => join(distDir, f)),
      distDir,
    ),
    firstScreenData: group(dataFiles, distDir),
    boundaries: group([join(distDir, 'data', 'boundaries.topo.json')], distDir),
    // The page itself, with the first map pre-rendered in it (config/first-map.ts).
    indexHtml: group([join(distDir, 'index.html')], distDir),
  };
}
