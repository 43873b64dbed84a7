// The chart PNG's layout: the plot fills most of the image (key and levers below it, not in a tall side
// column), each lever under its own scope's heading, and the credits are the workforce statistics only (a chart
// shows no boundaries).
import { describe, expect, it } from 'vitest';
import { defaultLeverValues } from '../../../src/model';
import { chartExportContent, chartLayout } from '../../../src/features/export/chart-png';
import { CHART_PLOT } from '../../../src/features/export/chart-svg';
import { attributionFor, leverGroups } from '../../../src/features/export/export-text';
import { FONTS, LINE_HEIGHT, type Measure } from '../../../src/features/export/png-layout';

/** A stand-in for canvas measureText: every character 0.55 em wide at the font's pixel size. */
const measure: Measure = (text, font) => text.length * 0.55 * Number(/(\d+)px/.exec(font)?.[1] ?? 20);
const defaults = defaultLeverValues({ ftePerGp: 0.7147 });
const line = (colour: string) => ({ kind: 'line' as const, colour, width: 3, dash: [] });

const content = chartExportContent({
  model: {
    measure: { label: 'GP FTE per 100,000 patients', unit: 'FTE per 100,000 patients' },
    legend: [
      { group: 'area', label: 'NHS Herefordshire and Worcestershire ICB', swatch: line('#0072b2') },
      { group: 'area', label: 'England', swatch: line('#000000') },
      { group: 'series', label: 'Recorded', swatch: line('#555555') },
      { group: 'series', label: 'Current trends', swatch: { ...line('#555555'), dash: [6, 4] } },
      { group: 'series', label: 'Scenario', swatch: line('#555555') },
      { group: 'series', label: '80% range (scenario)', swatch: { kind: 'fill', colour: '#c8c8c8' } },
    ],
  },
  years: Array.from({ length: 21 }, (_, i) => 2016 + i),
  areaNames: ['NHS Herefordshire and Worcestershire ICB'],
  lastDataYear: 2025,
  levers: leverGroups({
    englandLevers: { ...defaults, internationalRecruitment: 1000 },
    defaults,
    scopeOverrides: {},
    nameOf: String,
  }),
  figureAspect: CHART_PLOT.height / CHART_PLOT.width,
});
const layout = chartLayout(content, measure);
const allText = layout.texts.map((t) => t.text).join(' ');

describe('chart PNG layout', () => {
  it('gives the plot at least half the image', () => {
    const share = (layout.figure.width * layout.figure.height) / (layout.width * layout.height);
    expect(share).toBeGreaterThanOrEqual(0.5);
    // Slide-friendly: no taller than 16:9 is wide... give or take the key and levers below.
    expect(layout.height / layout.width).toBeLessThanOrEqual(0.75);
  });

  it('puts the key and levers below the plot, inside the image', () => {
    const below = layout.texts.filter((t) => t.text === 'England' || t.text.startsWith('International recruitment'));
    expect(below).toHaveLength(2);
    for (const t of below) expect(t.y).toBeGreaterThan(layout.figure.y + layout.figure.height);
    for (const t of layout.texts) expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(layout.width);
    expect(layout.swatches).toHaveLength(6);
  });

  it("puts an ICB's own levers under the ICB's heading, never under England's", () => {
    const scoped = chartLayout(
      chartExportContent({
        model: { measure: { label: 'GP FTE', unit: 'FTE' }, legend: [] },
        years: [2025, 2026],
        areaNames: ['NHS Kent and Medway ICB'],
        lastDataYear: 2025,
        levers: leverGroups({
          englandLevers: defaults,
          defaults,
          scopeOverrides: { QKS: { trainingPlaces: 211, returners: 40 } },
          nameOf: () => 'NHS Kent and Medway ICB',
        }),
        figureAspect: 0.4,
      }),
      measure,
    );
    // Headings (bold, 25 px) may wrap onto two lines: each heading is its run of lines, joined.
    const headingLines = scoped.texts.filter((t) => t.font === FONTS.heading && t.y > scoped.figure.y + scoped.figure.height);
    const headings: { x: number; y: number; end: number; text: string }[] = [];
    for (const line of [...headingLines].sort((a, b) => a.x - b.x || a.y - b.y)) {
      const last = headings[headings.length - 1];
      // A heading's next line is one line height below its last (a group's lines always follow its heading).
      if (last && last.x === line.x && Math.abs(line.y - last.end - 25 * LINE_HEIGHT) < 0.5) {
        last.text = `${last.text} ${line.text}`;
        last.end = line.y;
      } else headings.push({ x: line.x, y: line.y, end: line.y, text: line.text });
    }
    /** The heading a lever line is read under: the nearest one above it in its column. */
    const headingOver = (line: { x: number; y: number }) =>
      headings
        .filter((h) => h.x === line.x && h.y < line.y)
        .sort((a, b) => b.y - a.y)[0]
        ?.text.replace(/^(.*) \(continued\)$/, (_, scope: string) =>
          scope === 'England-wide' ? 'Levers, England-wide (current trends)' : `${scope}: own levers (others follow England)`,
        );
    const kent = scoped.texts.filter((t) => /^(Training places|Returners): (211|40)\b/.test(t.text));
    expect(kent.map((t) => t.text)).toHaveLength(2);
    for (const line of kent) expect(headingOver(line)).toBe('NHS Kent and Medway ICB: own levers (others follow England)');
    // England's ten levers each sit under England's heading (or its continuation at the top of a column).
    const englandLines = scoped.texts.filter((t) => t.font === FONTS.small && !kent.includes(t) && /: /.test(t.text));
    expect(englandLines.length).toBeGreaterThanOrEqual(10);
    for (const line of englandLines.slice(0, 10)) expect(headingOver(line)).toBe('Levers, England-wide (current trends)');
  });

  it('credits the workforce statistics, not the ONS boundaries', () => {
    expect(allText).toContain('Open Government Licence v3.0 (NHS England / NHS Digital).');
    expect(allText).not.toMatch(/Office for National Statistics|Boundaries|OS data/);
  });
});

describe('attributionFor', () => {
  it('credits the boundaries only where a map is shown', () => {
    expect(attributionFor('chart').join(' ')).not.toContain('Office for National Statistics');
    expect(attributionFor('map').join(' ')).toContain('Office for National Statistics');
    expect(attributionFor('print').join(' ')).toContain('Office for National Statistics');
    for (const kind of ['chart', 'map', 'print'] as const) expect(attributionFor(kind)[0]).toContain('NHS England / NHS Digital');
  });
});
