// The build-time trim of Leaflet (config/bundle-trims.ts): the edits apply exactly as counted to the installed
// Leaflet, and fail loudly on a file that differs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LEAFLET_ESM, shakeLeaflet } from '../../config/bundle-trims';

const leaflet = readFileSync(LEAFLET_ESM, 'utf8');

describe('shakeLeaflet', () => {
  it('marks every class definition pure and drops the three unused static aliases', () => {
    const out = shakeLeaflet(leaflet);
    expect(out.match(/^var \w+ = \/\*#__PURE__\*\/ \w+\.extend\(/gm)).toHaveLength(44);
    expect(out).not.toMatch(/^var \w+ = \w+\.extend\(/m);
    for (const alias of ['Control.Layers = Layers;', 'Control.Scale = Scale;', 'TileLayer.WMS = TileLayerWMS;'])
      expect(out.split('\n')).not.toContain(alias);
    // Everything else is untouched: the classes themselves and the aliases the app relies on stay.
    expect(out.split('\n')).toContain('Control.Zoom = Zoom;');
    expect(out.length).toBeGreaterThan(leaflet.length);
  });

  it('refuses a Leaflet that differs from the one the edits were counted on', () => {
    expect(() =>
      shakeLeaflet(leaflet.replace('var TileLayer = GridLayer.extend(', 'const TileLayer = GridLayer.extend(')),
    ).toThrow(/expected 44 class definitions, found 43/);
    expect(() => shakeLeaflet(leaflet.replace('Control.Scale = Scale;\n', ''))).toThrow(/Control.Scale = Scale;/);
  });
});
