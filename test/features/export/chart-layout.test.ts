// The chart PNG's layout: the plot fills most of the image (key and levers below it, not in a tall side
// column) and the credits are the workforce statistics only (a chart shows no boundaries).
import { describe, expect, it } from 'vitest';
import { defaultLeverValues } from '../../../src/model';
import { chartExportContent, chartLayout } from '../../../src/features/export/chart-png';
import { attributionFor, leverGroups } from '../../../src/features/export/export-text';
import type { Measure } from '../../../src/features/export/png-layout';

/** A stand-in for canvas measureText: every character 0.55 em wide at the font's pixel size. */
const measure: Measure = (text, font) => text.length * 0.55 * Number(/(\d+)px/.exec(font)?.[1] ?? 20);
const defaults = defaultLeverValues({ ftePerGp: 0.7147 });
const line = (colour: string) => ({ kind: 'line' as const, colour, width: 3, dash: [] });

const content = chartExportContent({
  metric: { label: 'GP FTE per 100,000 patients', unit: 'FTE per 100,000 patients' },
  years: Array.from({ length: 21 }, (_, i) => 2016 + i),
  areaNames: ['NHS Herefordshire and Worcestershire ICB'],
  lastDataYear: 2025,
  legend: [
    { label: 'NHS Herefordshire and Worcestershire ICB', swatch: line('#0072b2') },
    { label: 'England', swatch: line('#000000') },
    { label: 'Recorded', swatch: line('#555555') },
    { label: 'Current trends', swatch: { ...line('#555555'), dash: [6, 4] } },
    { label: 'Scenario', swatch: line('#555555') },
    { label: '80% range (scenario)', swatch: { kind: 'fill', colour: '#c8c8c8' } },
  ],
  levers: leverGroups({
    englandLevers: { ...defaults, internationalRecruitment: 1000 },
    defaults,
    scopeOverrides: {},
    nameOf: String,
  }),
  // The dashboard's chart at 1440 px: about 830 x 300 px.
  figureAspect: 300 / 830,
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
