// The map PNG's labels, on the real boundaries and names at the PNG's scale: the list is not empty at any
// level, the selected area is always on it, and its boxes lie inside the map without overlapping. The PNG is
// drawn from exactly this list (map-png.ts), so a browser test only has to check the pixels are there.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset } from '../../../src/data/dataset';
import type { BoundariesFile } from '../../../src/data/schemas';
import { labelLayoutsFor } from '../../../src/components/map/labels/short-names';
import { featuresForLevel } from '../../../src/components/map/geo/area-features';
import { contains, overlaps } from '../../../src/components/map/labels/label-placement';
import { mapPadding } from '../../../src/features/export/draw-map';
import { pngLabelStyle, pngMapLabels } from '../../../src/features/export/png-labels';
import { realFiles } from '../../support/real-data';

const boundaries = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../data/boundaries.topo.json'), 'utf8'),
) as BoundariesFile;
const dataset = buildDataset(realFiles().areas);
const layoutsOf = labelLayoutsFor((code) => dataset.byCode.get(code)?.name);
/** A stand-in for canvas measureText: 0.6 em a character (bold sans-serif is about 0.55–0.6). */
const measure = (text: string, font: string) => text.length * 0.6 * Number(/(\d+)px/.exec(font)?.[1]);
/** The 1800 px PNG's map: 1113 px wide, England's aspect (about 1.2) tall. */
const rect = { x: 49, y: 250, width: 1113, height: 1335 };
const style = pngLabelStyle(1800);

function labelsAt(level: 'region' | 'icb' | 'subicb', selected: string[] = []) {
  return pngMapLabels({
    features: featuresForLevel(boundaries, level),
    layoutsOf,
    selected,
    rect,
    padding: mapPadding(1.6),
    measure,
    style,
  });
}

describe('pngLabelStyle', () => {
  it('is 22 px on the 1800 px PNG and 13 px at the print page’s 900 px', () => {
    expect(style.font).toMatch(/^600 22px /);
    expect(pngLabelStyle(900).font).toMatch(/^600 13px /);
  });
});

describe('pngMapLabels on the real map', () => {
  it.each([
    ['region', 6],
    ['icb', 12],
    ['subicb', 15],
  ] as const)('labels the %s map (at least %i names), none overlapping, all inside the map', (level, atLeast) => {
    const labels = labelsAt(level);
    expect(labels.length).toBeGreaterThanOrEqual(atLeast);
    labels.forEach((a, i) => {
      expect(contains(rect, a.box), a.code).toBe(true);
      labels.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box), `${a.code} / ${b.code}`).toBe(false));
    });
  });

  it('uses short names: "Devon", not "NHS Devon ICB"', () => {
    const lines = labelsAt('icb').flatMap((l) => l.lines);
    expect(lines).toContain('Devon');
    expect(lines.filter((line) => /NHS|ICB/.test(line))).toEqual([]);
  });

  it('always labels the selected areas, even ones too small for their names at this scale', () => {
    // Black Country (QUA) and Halton (01F) are not labelled unselected; selected, they are.
    expect(labelsAt('icb').map((l) => l.code)).not.toContain('QUA');
    expect(labelsAt('subicb').map((l) => l.code)).not.toContain('01F');
    const icb = labelsAt('icb', ['QUA']);
    expect(icb.find((l) => l.code === 'QUA')?.selected).toBe(true);
    const subicb = labelsAt('subicb', ['01F', '00T']);
    expect(subicb.filter((l) => l.selected).map((l) => l.code)).toEqual(['01F', '00T']);
  });
});
