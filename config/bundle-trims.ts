// Build-time trims of two libraries, so the bundle carries only what the app uses (no features removed).
//
// Leaflet 1.9 ships a UMD file (its "main") that no bundler can shake: every class comes along (tiles, WMS,
// markers' drag, overlays, layer and scale controls...). Its ES module build has the same code, but each
// class is a call (`var TileLayer = GridLayer.extend({...})`) the bundler must assume has side effects.
// Class.extend only builds a new constructor from its arguments, so those calls are marked pure; and three
// static aliases that would keep unused classes alive (L.Control.Layers, L.Control.Scale, L.TileLayer.WMS)
// are dropped: the app has no tiles, layer switcher or scale bar. Each edit must match exactly as counted
// below, so a Leaflet upgrade that changes the file fails the build instead of silently shipping more.
//
// Recharts looks axis scales up by name in the whole d3-scale namespace (`import * as d3Scales`), which
// keeps every scale in the bundle, time scales and their locale formatting included. The app's charts use
// recharts' default scales only: number axes (linear: years and months in proportion to time, and values) and,
// for a category axis, a point scale (line and area charts) or a band scale (bars). Recharts gets just those
// three; an axis given another `scale` name would fall back to a point scale, so add it to RECHARTS_SCALES first.
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
export const LEAFLET_ESM = require.resolve('leaflet/dist/leaflet-src.esm.js');

/** Classes in leaflet-src.esm.js 1.9.4 defined as `var X = Y.extend({`. */
const LEAFLET_CLASSES = 44;
const LEAFLET_UNUSED_ALIASES = ['Control.Layers = Layers;', 'Control.Scale = Scale;', 'TileLayer.WMS = TileLayerWMS;'];

export function shakeLeaflet(code: string): string {
  let classes = 0;
  let out = code.replace(/^var (\w+) = (\w+)\.extend\(/gm, (_, name: string, base: string) => {
    classes += 1;
    return `var ${name} = /*#__PURE__*/ ${base}.extend(`;
  });
  if (classes !== LEAFLET_CLASSES) throw new Error(`leaflet: expected ${LEAFLET_CLASSES} class definitions, found ${classes}`);
  for (const alias of LEAFLET_UNUSED_ALIASES) {
    const lines = out.split('\n');
    const at = lines.indexOf(alias);
    if (at < 0 || lines.indexOf(alias, at + 1) >= 0) throw new Error(`leaflet: expected "${alias}" once`);
    lines.splice(at, 1);
    out = lines.join('\n');
  }
  return out;
}

export const RECHARTS_SCALES = ['scaleLinear', 'scalePoint', 'scaleBand'] as const;
export const RECHARTS_SCALES_ID = '\0gpw-recharts-scales';

export function bundleTrims(): Plugin {
  return {
    name: 'gpw-bundle-trims',
    enforce: 'pre',
    config: () => ({ resolve: { alias: [{ find: /^leaflet$/, replacement: LEAFLET_ESM }] } }),
    resolveId(source, importer) {
      if (source === 'victory-vendor/d3-scale' && importer?.includes('/node_modules/recharts/')) return RECHARTS_SCALES_ID;
      return null;
    },
    load(id) {
      if (id !== RECHARTS_SCALES_ID) return null;
      return `export { ${RECHARTS_SCALES.join(', ')} } from 'victory-vendor/d3-scale';`;
    },
    transform(code, id) {
      return id === LEAFLET_ESM ? { code: shakeLeaflet(code), map: null } : null;
    },
  };
}

// The Monte Carlo worker never shows a lever's words (its source, description or the reason for its range): they
// are for the levers panel. The worker's copy of src/model/levers.ts keeps every number and name and drops those
// three texts (about 2 kB gzipped). Every lever must have each of the three as one plain string, so a lever written
// otherwise fails the build instead of silently keeping (or losing) more.
export const LEVERS_MODULE = /[\\/]src[\\/]model[\\/]levers\.ts$/;
const LEVER_TEXT = /\b(source|description|rangeReason):(\s*)'(?:[^'\\\n]|\\.)*'/g;

export function dropLeverText(code: string): string {
  const levers = (code.match(/^\s+key: '/gm) ?? []).length;
  const counts = { source: 0, description: 0, rangeReason: 0 };
  const out = code.replace(LEVER_TEXT, (_, name: keyof typeof counts, space: string) => {
    counts[name] += 1;
    return `${name}:${space}''`;
  });
  for (const [name, count] of Object.entries(counts))
    if (count !== levers) throw new Error(`levers: expected ${levers} plain-string ${name} texts, found ${count}`);
  return out;
}

/** For the worker build only: vite.config.ts `worker.plugins`. */
export function workerLeverText(): Plugin {
  return {
    name: 'gpw-worker-lever-text',
    enforce: 'pre',
    transform(code, id) {
      return LEVERS_MODULE.test(id) ? { code: dropLeverText(code), map: null } : null;
    },
  };
}
