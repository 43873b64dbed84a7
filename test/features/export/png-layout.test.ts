// PNG layout and text: the canvas is at least 1600 px wide, and its text lines carry the title, the legend,
// the scenario's levers (formatted from the LEVERS table) and the attribution; the map projection fits its box.
import { describe, expect, it } from 'vitest';
import { defaultLeverValues } from '../../../src/model';
import { fitWord, layoutExport, wrapText, type ExportContent, type Measure } from '../../../src/features/export/png-layout';
import { ATTRIBUTION, chartTitle, leverGroups, mapTitle } from '../../../src/features/export/export-text';
import { fitMercator, mercator, projectedAspect } from '../../../src/features/export/draw-map';
import type { AreaFeatures } from '../../../src/components/map/geo/area-features';

/** A stand-in for canvas measureText: every character 0.55 em wide at the font's pixel size. */
const measure: Measure = (text, font) => text.length * 0.55 * Number(/(\d+)px/.exec(font)?.[1] ?? 20);

const defaults = defaultLeverValues({ ftePerGp: 0.7147 });
const groups = leverGroups({
  englandLevers: { ...defaults, leaverRate: 0.07 },
  defaults,
  scopeOverrides: { Q1: { trainingPlaces: 250 }, Q2: {} },
  nameOf: (code) => (code === 'Q1' ? 'NHS Kent and Medway ICB' : code),
});

const content: ExportContent = {
  title: mapTitle({
    metricLabel: 'GP FTE per 100,000 patients',
    levelLabel: 'ICB (STP)',
    year: 2031,
    baseYear: 2016,
    usesBaseYear: false,
  }),
  subtitle: ['England; outlined: NHS Kent and Medway ICB'],
  figureAspect: 1.15,
  legendTitle: 'GP FTE per 100,000 patients (FTE per 100,000 patients)',
  legend: [
    { label: 'under 50.0', swatch: { kind: 'fill', colour: '#ffffcc' } },
    { label: '50.0 and over', swatch: { kind: 'fill', colour: '#253494' } },
  ],
  inset: { title: 'London', aspect: 0.75 },
  levers: groups,
  attribution: ATTRIBUTION,
};

describe('export text', () => {
  it('titles the map with metric, level, year and "projected"', () => {
    expect(content.title).toBe('GP FTE per 100,000 patients by ICB (STP), 2030/31 (projected)');
    expect(mapTitle({ metricLabel: 'GP FTE', levelLabel: 'Region', year: 2024, baseYear: 2016, usesBaseYear: true })).toBe(
      'GP FTE by Region, 2015/16 to 2023/24',
    );
  });

  it('counts a year the planner’s own figures recorded as recorded, not projected', () => {
    expect(
      mapTitle({
        metricLabel: 'GP FTE',
        levelLabel: 'Region',
        year: 2026,
        baseYear: 2016,
        usesBaseYear: false,
        lastDataYear: 2026,
      }),
    ).toBe('GP FTE by Region, 2025/26');
    expect(chartTitle({ metricLabel: 'GP FTE', years: [2016, 2036], areaNames: [], lastDataYear: 2026 })).toBe(
      'GP FTE, 2015/16 to 2035/36 (projected from 2026/27): England',
    );
  });

  it('titles the chart with measure, years and areas', () => {
    expect(chartTitle({ metricLabel: 'GP FTE', years: [2016, 2036], areaNames: ['Kent'] })).toBe(
      'GP FTE, 2015/16 to 2035/36 (projected from 2025/26): Kent against England',
    );
  });

  it('lists England-wide levers with the LEVERS labels and units, changed ones against current trends, then scoped ones', () => {
    const [england, scoped, ...rest] = groups;
    expect(rest).toEqual([]); // a scope with no overrides is not listed
    expect(england?.heading).toBe('Scenario levers, England-wide');
    expect(england?.lines).toContain('Training places: 4,032 places a year');
    expect(england?.lines).toContain('Change starts with the intake of: 2026 intake');
    expect(england?.lines).toContain('Leaver rate: 7.0% (current trends 8.8%)');
    expect(england?.lines).toContain('Participation trend: -0.2% a year');
    expect(england?.lines).toContain('FTE per GP: 0.715 FTE per head');
    expect(england?.lines).toHaveLength(10);
    expect(scoped).toEqual({
      heading: 'NHS Kent and Medway ICB: own levers (others follow England)',
      scope: 'NHS Kent and Medway ICB',
      lines: ['Training places: 250 places a year'],
    });
    const unchanged = leverGroups({ englandLevers: defaults, defaults, scopeOverrides: {}, nameOf: String });
    expect(unchanged[0]?.heading).toBe('Levers, England-wide (current trends)');
  });
});

describe('PNG layout', () => {
  const layout = layoutExport(content, measure);
  const lines = layout.texts.map((t) => t.text);
  const allText = lines.join(' ');

  it('is at least 1600 px wide and tall enough for everything in it', () => {
    expect(layout.width).toBeGreaterThanOrEqual(1600);
    const bottom = Math.max(...layout.texts.map((t) => t.y), layout.figure.y + layout.figure.height);
    expect(layout.height).toBeGreaterThan(bottom);
    expect(layout.figure.height).toBe(Math.round(layout.figure.width * 1.15));
  });

  it('prints the title, legend, levers and attribution', () => {
    expect(allText).toContain('GP FTE per 100,000 patients by ICB (STP), 2030/31 (projected)');
    expect(lines).toContain('under 50.0');
    expect(lines).toContain('Leaver rate: 7.0% (current trends 8.8%)');
    expect(allText).toContain('Training places: 250 places a year');
    expect(allText).toContain('Open Government Licence v3.0 (NHS England / NHS Digital).');
    expect(allText).toContain('contains OS data © Crown copyright and database right 2015–2023.');
    expect(layout.swatches).toHaveLength(2);
    expect(layout.inset?.width).toBeGreaterThan(0);
  });

  it('keeps every line inside the image, and the side column clear of the figure', () => {
    for (const t of layout.texts) expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(layout.width);
    const side = layout.texts.filter((t) => t.y >= layout.figure.y && t.y < layout.figure.y + layout.figure.height);
    for (const t of side) expect(t.x).toBeGreaterThanOrEqual(layout.figure.x + layout.figure.width);
  });

  it('wraps text greedily at word boundaries', () => {
    const tenPx: Measure = (text) => text.length * 10;
    expect(wrapText('aaa bbb ccc', 75, '', tenPx)).toEqual(['aaa bbb', 'ccc']);
    // A word longer than the line is shortened to fit with an ellipsis: 4 letters + "…" = 50 px.
    expect(wrapText('averyveryverylongword x', 50, '', tenPx)).toEqual(['aver…', 'x']);
  });
});

describe('long names on a PNG', () => {
  const tenPx: Measure = (text) => Array.from(text).length * 10;

  it('shortens a word longer than the line with an ellipsis, never splitting an emoji', () => {
    expect(fitWord('short', 50, '', tenPx)).toBe('short');
    expect(fitWord('abcdefghij', 50, '', tenPx)).toBe('abcd…');
    // "👍🏽" is one character on screen (two code points): it stays whole or goes whole.
    expect(fitWord('ab👍🏽cdefgh', 50, '', (t) => Array.from(new Intl.Segmenter().segment(t)).length * 10)).toBe('ab👍🏽c…');
    expect(fitWord('abc', 5, '', tenPx)).toBe('…');
  });

  it('keeps every line of a long unbroken scenario name inside the image, without bidi controls', () => {
    const name = `\u202E${'W'.repeat(80)}`;
    const layout = layoutExport(
      {
        ...content,
        title: `GP FTE, 2015/16 to 2035/36: ${'K'.repeat(120)} against England`,
        legend: [{ label: `England — Saved: ${name}`, swatch: { kind: 'line', colour: '#000', width: 2, dash: [] } }],
      },
      measure,
    );
    const pad = Math.round(layout.width * 0.027);
    for (const item of layout.texts) {
      expect(item.x + measure(item.text, item.font), item.text).toBeLessThanOrEqual(layout.width - pad + 0.5);
      expect(item.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
    const legendLine = layout.texts.find((t) => t.text.startsWith('WWW'));
    expect(legendLine?.text.endsWith('…')).toBe(true);
  });
});

describe('Web Mercator fit', () => {
  const square = (lon: number, lat: number, size: number) => ({
    type: 'Feature' as const,
    properties: { code: `${lon},${lat}` },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [lon, lat],
          [lon + size, lat],
          [lon + size, lat + size],
          [lon, lat + size],
          [lon, lat],
        ],
      ],
    },
  });
  const features: AreaFeatures = { type: 'FeatureCollection', features: [square(-2, 52, 1), square(0, 53, 1)] };

  it('projects the equator and Greenwich to the origin, and north upwards', () => {
    const [x0, y0] = mercator([0, 0]);
    expect(x0).toBe(0);
    expect(y0).toBeCloseTo(0, 12);
    // ln(tan(45° + 45°/2)) = ln(2.41421) = 0.881374; 180° east = pi.
    expect(mercator([180, 45])[0]).toBeCloseTo(Math.PI, 12);
    expect(mercator([0, 45])[1]).toBeCloseTo(0.881374, 6);
    expect(mercator([0, 60])[1]).toBeGreaterThan(mercator([0, 50])[1]);
  });

  it('fits the features inside the box, centred, north at the top', () => {
    const box = { x: 100, y: 50, width: 400, height: 300 };
    const project = fitMercator(features, box, 0);
    const [west, south] = project([-2, 52]);
    const [east, north] = project([1, 54]);
    expect(west).toBeGreaterThanOrEqual(box.x - 1e-6);
    expect(east).toBeLessThanOrEqual(box.x + box.width + 1e-6);
    expect(north).toBeLessThan(south);
    // 3 degrees wide and ~3.3 Mercator-degrees tall in a 400 x 300 box: the height fills the box.
    expect(south - north).toBeCloseTo(300, 6);
    expect((west + east) / 2).toBeCloseTo(box.x + box.width / 2, 6);
    expect(projectedAspect(features)).toBeCloseTo((south - north) / (east - west), 6);
  });
});
