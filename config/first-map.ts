// The first map pre-rendered into index.html (issue 23): a shared link's map is on screen before the app's JS has
// downloaded, parsed and run. At build time the app's own modules (config/first-map-entry.ts: its schemas, colours,
// boundaries and link format), bundled for Node by Vite's build() in library mode, draw the default view's map and
// the sub-ICB level's as SVG, each hidden, in a static outline of the page where the map panel will be. A tiny
// external module script (first-map.js, no inline script: the CSP) shows the one whose link is the page's own
// (written by the app's serialiser, so "" and "?level=subicb") and removes the others: any other link shows none.
// The app moves the picture to an overlay at the same place before React renders, and removes it when its Leaflet
// map has drawn, when the view changes first, or when the app fails (src/app/first-map-picture.ts).
import { build, type Plugin } from 'vite';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MapLevel } from '../src/figures/map-levels';
import type * as FirstMapEntry from './first-map-entry';

type Entry = typeof FirstMapEntry;

const ROOT = resolve(import.meta.dirname, '..');
/** The levels pre-rendered: the app's default (ICB 2022–2026) and the bench's second view. */
export const FIRST_MAP_LEVELS: readonly MapLevel[] = ['icb', 'subicb'];
export const FIRST_MAP_SCRIPT = 'first-map.js';

/** Bundles config/first-map-entry.ts for Node (as scripts/bench/model.mjs bundles the model) and imports it. */
export async function loadFirstMapEntry(): Promise<Entry> {
  const outDir = join(ROOT, 'node_modules/.cache/gpw-first-map');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: {
      lib: { entry: join(ROOT, 'config/first-map-entry.ts'), formats: ['es'], fileName: () => 'first-map.mjs' },
      outDir,
      emptyOutDir: true,
      minify: false,
      write: true,
      copyPublicDir: false,
      reportCompressedSize: false,
    },
  });
  return (await import(`${pathToFileURL(join(outDir, 'first-map.mjs')).href}?t=${Date.now()}`)) as Entry;
}

export interface FirstMapPicture {
  level: MapLevel;
  /** The link (location.search) of its view, as the app writes it. */
  search: string;
  svg: string;
  areas: number;
}

/** The pictures, from the committed data files. */
export async function firstMapPictures(): Promise<FirstMapPicture[]> {
  const entry = await loadFirstMapEntry();
  const { files, boundaries } = entry.readFiles((file) => JSON.parse(readFileSync(join(ROOT, 'data', file), 'utf8')));
  return FIRST_MAP_LEVELS.map((level) => ({
    level,
    search: entry.serialiseScenario({ ...entry.defaultUrlState(), level }).search,
    ...entry.firstMapSvg(files, boundaries, level),
  }));
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The page's outline before the app renders (header, the controls' bar, the map panel, the side column: the app's
 * own classes, so the same boxes at the same sizes as its DashboardSkeleton) with the pictures, each hidden.
 */
export function firstScreenHtml(pictures: readonly FirstMapPicture[]): string {
  const figures = pictures
    .map(
      (p) =>
        `<div class="first-map" data-first-map="${p.level}" data-view-search="${escapeAttribute(p.search)}" aria-hidden="true" hidden>${p.svg}</div>`,
    )
    .join('');
  return (
    '<div id="root"><div class="app"><header class="app-header"><div><h1>GP Workforce Planner</h1>' +
    '<p class="tagline">Where England\'s GPs are short, how that changed since 2015/16, and what planning levers would do.</p>' +
    '</div></header><main><div class="controls first-screen-controls" aria-hidden="true"></div><div class="layout">' +
    `<div class="main-column"><section class="panel map-panel"><div class="map-placeholder">${figures}</div></section></div>` +
    '<div class="side"><section class="panel side-placeholder" aria-hidden="true"></section></div></div></main></div></div>'
  );
}

/** first-map.js: shows the picture whose view is the link's, removes the rest. Runs before the app's entry. */
export function firstMapScript(pictures: readonly FirstMapPicture[]): string {
  const levelBySearch = Object.fromEntries(pictures.map((p) => [p.search.toLowerCase(), p.level]));
  return [
    '// The pre-rendered first map (config/first-map.ts): shown only when the link is exactly its view.',
    `const levels = ${JSON.stringify(levelBySearch)};`,
    "const search = location.search === '?' ? '' : location.search.toLowerCase();",
    'const level = Object.hasOwn(levels, search) ? levels[search] : null;',
    "for (const picture of document.querySelectorAll('[data-first-map]')) {",
    "  if (picture.getAttribute('data-first-map') === level) picture.hidden = false;",
    '  else picture.remove();',
    '}',
    "// The app's own scripts failed to load: no picture stays over a page that cannot draw its map.",
    'addEventListener(',
    "  'error',",
    '  (event) => {',
    '    if (event.target instanceof HTMLScriptElement || event.target instanceof HTMLLinkElement)',
    "      for (const picture of document.querySelectorAll('[data-first-map]')) picture.remove();",
    '  },',
    '  true,',
    ');',
    '',
  ].join('\n');
}

export function firstMapPicture(): Plugin {
  let pictures: FirstMapPicture[] | null = null;
  return {
    name: 'gpw-first-map',
    apply: 'build',
    async buildStart() {
      pictures = await firstMapPictures();
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!pictures) throw new Error('the first map was not drawn');
        if (!html.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root for the first map');
        // Before the app's entry (module scripts run in document order) and after the CSP's meta tag.
        const entry = html.indexOf('<script type="module" crossorigin');
        if (entry < 0) throw new Error("index.html has no entry script to put the first map's script before");
        const script = `<script type="module" src="./${FIRST_MAP_SCRIPT}"></script>\n    `;
        return (html.slice(0, entry) + script + html.slice(entry)).replace('<div id="root"></div>', firstScreenHtml(pictures));
      },
    },
    generateBundle() {
      if (!pictures) return;
      this.emitFile({ type: 'asset', fileName: FIRST_MAP_SCRIPT, source: firstMapScript(pictures) });
    },
  };
}
