// From label spots to placement requests: an area's layouts are measured in the view's font and scaled to
// its pixels; those that fit the area's room come first (as they are, then with ROOM_SLACK), and a selected
// area too small for any of them still gets its narrowest, marked as not fitting.
import { describe, expect, it } from 'vitest';
import type { LabelSpot } from '../../../../src/components/map/labels/label-anchor';
import { labelRequests, mapLabels, ROOM_SLACK, type LabelView } from '../../../../src/components/map/labels/map-labels';

/** Every character 6 px wide, whatever the font. */
const measure = (text: string) => text.length * 6;
const style = { font: '600 12px sans-serif', lineHeight: 14, halo: 2 };

/** A spot at (lon, lat) = (x, y) px under an identity projection, 1 px per Mercator unit. */
const spot = (x: number, y: number, across: number, clearance: number, size = 1): LabelSpot => ({
  anchor: [x, y],
  across,
  clearance,
  size,
  extent: [
    [x - across / 2, y + clearance],
    [x + across / 2, y - clearance],
  ],
});

function view(spots: Record<string, LabelSpot>, selected: string[] = []): LabelView {
  return {
    codes: Object.keys(spots),
    spots: new Map(Object.entries(spots)),
    // "ABCD EFGH": one line 9 characters (54 px), or two of 4 (24 px).
    layoutsOf: () => [['ABCD EFGH'], ['ABCD', 'EFGH']],
    selected,
    toPixels: ([x, y]) => [x, y],
    pixelsPerUnit: 1,
    measure,
    style,
  };
}

describe('labelRequests', () => {
  it('measures each layout and adds the halo: 54 + 2 × 2 = 58 px by 14 + 4 = 18 px on one line', () => {
    const [request] = labelRequests(view({ A: spot(100, 100, 60, 10) }));
    expect(request?.layouts[0]).toEqual({ lines: ['ABCD EFGH'], width: 58, height: 18 });
    expect(request).toMatchObject({ x: 100, y: 100, fits: true, selectedRank: null, priority: 1 });
    // The area's box from its extent: x 70–130, y 90–110.
    expect(request?.area).toEqual({ x: 70, y: 90, width: 60, height: 20 });
  });

  it('puts the layouts that fit as they are before those that fit only with the slack', () => {
    // Room 40 px wide, 40 tall (clearance 20): two lines (24 × 28) fit as they are; one line (54 px) only with
    // the slack (40 × 1.5 = 60).
    const [request] = labelRequests(view({ A: spot(100, 100, 40, 20) }));
    expect(ROOM_SLACK).toBe(1.5);
    expect(request?.layouts.map((l) => l.lines.length)).toEqual([2, 1]);
    expect(request?.fits).toBe(true);
  });

  it('marks an area too small for any layout as not fitting, with its narrowest layout', () => {
    // Room 10 × 10: even two lines (24 px wide, 28 tall) are more than 1.5 times too big.
    const [request] = labelRequests(view({ A: spot(100, 100, 10, 5) }));
    expect(request?.fits).toBe(false);
    expect(request?.layouts.map((l) => l.lines)).toEqual([['ABCD', 'EFGH']]);
  });

  it('ranks selected areas in the order chosen, and skips areas without a spot', () => {
    const spots = { A: spot(50, 50, 60, 10), B: spot(150, 50, 60, 10) };
    const requests = labelRequests({ ...view(spots, ['B', 'A']), codes: ['A', 'B', 'C'] });
    expect(requests.map((r) => [r.code, r.selectedRank])).toEqual([
      ['A', 1],
      ['B', 0],
    ]);
  });

  it('scales the room by the view’s pixels per unit', () => {
    // 30 units across at 2 px a unit is 60 px: one line fits as it is.
    const [request] = labelRequests({ ...view({ A: spot(100, 100, 30, 5) }), pixelsPerUnit: 2 });
    expect(request?.layouts[0]?.lines).toEqual(['ABCD EFGH']);
  });
});

describe('mapLabels', () => {
  it('places the requests inside the bounds', () => {
    const labels = mapLabels({
      ...view({ A: spot(100, 50, 60, 10), B: spot(500, 50, 60, 10) }),
      bounds: { x: 0, y: 0, width: 200, height: 100 },
    });
    expect(labels.map((l) => l.code)).toEqual(['A']);
    expect(labels[0]?.box).toEqual({ x: 71, y: 41, width: 58, height: 18 });
  });
});
