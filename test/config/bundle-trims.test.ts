// The build-time trims of Leaflet and recharts (config/bundle-trims.ts): the edits apply exactly as counted to
// the installed Leaflet, and fail loudly on a file that differs; the charts ask recharts for no axis scale
// that the trimmed scale list lacks.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LEAFLET_ESM, RECHARTS_SCALES, dropLeverText, shakeLeaflet } from '../../config/bundle-trims';

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

describe('recharts scales', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
    });

  it('every scale an axis names in src/ is one recharts still gets', () => {
    const named = sources(resolve(import.meta.dirname, '../../src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bscale=["{]['"]?(\w+)/g)].map((m) => m[1] ?? ''),
    );
    const supported = RECHARTS_SCALES.map((s) => s.replace(/^scale/, '').toLowerCase());
    for (const scale of named) expect(supported).toContain(scale.toLowerCase());
  });
});

describe('dropLeverText (the Monte Carlo worker keeps no lever words)', () => {
  const levers = readFileSync(resolve(import.meta.dirname, '../../src/model/levers.ts'), 'utf8');

  it("empties every lever's source, description and range reason, and keeps every number and name", () => {
    const out = dropLeverText(levers);
    const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
    const leverCount = count(levers, /^\s+key: '/gm);
    expect(leverCount).toBeGreaterThanOrEqual(11);
    for (const name of ['source', 'description', 'rangeReason'])
      expect(count(out, new RegExp(`\\b${name}:\\s*''`, 'g')), name).toBe(leverCount);
    expect(out).not.toMatch(/Share of GPs leaving a year \(gross\)/);
    expect(levers).toMatch(/Share of GPs leaving a year \(gross\)/);
    for (const kept of [/key: 'trainingPlaces'/, /label: 'Trained here who stay'/, /max: 8000,/, /scopeTotal: 'training'/])
      expect(out).toMatch(kept);
  });

  it('refuses a lever whose text is not one plain string', () => {
    const odd = levers
      .replace("description: 'The first recruitment year", 'description: `The first recruitment year')
      .replace("differs from the latest recorded level.',", 'differs from the latest recorded level.`,');
    expect(() => dropLeverText(odd)).toThrow(/plain-string description texts/);
  });
});
