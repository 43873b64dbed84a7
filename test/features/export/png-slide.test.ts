// The map PNG for a 16:9 slide: exactly 1920 x 1080 px, with the map, legend, London inset, levers, title and
// attribution all inside it.
import { describe, expect, it } from 'vitest';
import { defaultLeverValues } from '../../../src/model';
import { layoutSlide } from '../../../src/features/export/png-slide';
import { attributionFor, leverGroups } from '../../../src/features/export/export-text';
import type { ExportContent, Measure, Rect } from '../../../src/features/export/png-layout';

const measure: Measure = (text, font) => text.length * 0.55 * Number(/(\d+)px/.exec(font)?.[1] ?? 20);
const defaults = defaultLeverValues({ ftePerGp: 0.7147 });
const content: ExportContent = {
  title: 'GP FTE per 100,000 patients by ICB (STP), 2030/31 (projected)',
  subtitle: ['England; outlined: NHS Kent and Medway ICB', '80% range in 2030/31: England 55.1 (53.0 to 57.2)'],
  figureAspect: 1.15,
  legendTitle: 'GP FTE per 100,000 patients, 2030/31',
  legend: ['under 44.0', '44.0 to under 46.0', '46.0 to under 49.0', '49.0 and over', 'no data'].map((label) => ({
    label,
    swatch: { kind: 'fill' as const, colour: '#ffffcc' },
  })),
  inset: { title: 'London', aspect: 0.75 },
  levers: leverGroups({
    englandLevers: { ...defaults, internationalRecruitment: 1000 },
    defaults,
    scopeOverrides: { Q1: { trainingPlaces: 250 } },
    nameOf: () => 'NHS Kent and Medway ICB',
  }),
  attribution: attributionFor('map'),
};

const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.width <= w && r.y + r.height <= h;

describe('16:9 map PNG layout', () => {
  const layout = layoutSlide(content, measure);

  it('is exactly 1920 x 1080', () => {
    expect([layout.width, layout.height]).toEqual([1920, 1080]);
  });

  it('has the map, inset, legend, levers, title and attribution inside the image, without overlaps', () => {
    expect(inside(layout.figure, 1920, 1080)).toBe(true);
    expect(layout.inset && inside(layout.inset, 1920, 1080)).toBe(true);
    expect(layout.inset?.width).toBeGreaterThan(100);
    // The map is large: at least half the slide's height.
    expect(layout.figure.height).toBeGreaterThan(540);
    for (const t of layout.texts) {
      expect(t.x + measure(t.text, t.font), t.text).toBeLessThanOrEqual(1920);
      expect(t.y + Number(/(\d+)px/.exec(t.font)?.[1]), t.text).toBeLessThanOrEqual(1080);
      const inFigure =
        t.x < layout.figure.x + layout.figure.width && t.y >= layout.figure.y && t.y < layout.figure.y + layout.figure.height;
      expect(inFigure, t.text).toBe(false);
    }
    const all = layout.texts.map((t) => t.text).join(' ');
    expect(all).toContain('GP FTE per 100,000 patients by ICB (STP)');
    expect(all).toContain('Training places: 250 places a year');
    expect(all).toContain('Office for National Statistics');
    expect(layout.swatches).toHaveLength(5);
  });
});
