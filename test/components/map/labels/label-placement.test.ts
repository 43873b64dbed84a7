// Greedy, collision-free label placement on hand-worked boxes: selected first, then by size; a label that
// would overlap one already placed or an obstacle, or cross the map's edge, or not fit its area, is dropped;
// a selected label is always placed while its anchor is in view, moved inside the map or beside its area.
import { describe, expect, it } from 'vitest';
import {
  contains,
  moveInside,
  overlaps,
  placeLabels,
  type Box,
  type LabelRequest,
} from '../../../../src/components/map/labels/label-placement';

const MAP: Box = { x: 0, y: 0, width: 200, height: 100 };

/** A one-layout request: a box `width` × `height` centred on (x, y). */
function label(code: string, x: number, y: number, options: Partial<LabelRequest> & { width?: number; height?: number } = {}) {
  const { width = 40, height = 10, ...rest } = options;
  const request: LabelRequest = {
    code,
    x,
    y,
    layouts: [{ lines: [code], width, height }],
    selectedRank: null,
    priority: 1,
    fits: true,
    ...rest,
  };
  return request;
}

const placed = (requests: LabelRequest[], extra: { obstacles?: Box[]; gap?: number } = {}) =>
  placeLabels({ requests, bounds: MAP, gap: 0, ...extra });
const codes = (requests: LabelRequest[], extra: { obstacles?: Box[]; gap?: number } = {}) =>
  placed(requests, extra).map((p) => p.code);

describe('box arithmetic', () => {
  it('overlaps only when the boxes share area, not when they touch', () => {
    const a: Box = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(a, { x: 9, y: 9, width: 10, height: 10 })).toBe(true);
    expect(overlaps(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps(a, { x: 0, y: 10, width: 10, height: 10 })).toBe(false);
  });

  it('contains a box wholly inside, edges included', () => {
    expect(contains(MAP, { x: 0, y: 0, width: 200, height: 100 })).toBe(true);
    expect(contains(MAP, { x: 170, y: 10, width: 40, height: 10 })).toBe(false);
  });

  it('moves a box the least distance into the bounds', () => {
    // 170 + 40 = 210 is 10 past the right edge: back to x = 160; y = −5 up to 0.
    expect(moveInside({ x: 170, y: -5, width: 40, height: 10 }, MAP)).toEqual({ x: 160, y: 0, width: 40, height: 10 });
  });
});

describe('placeLabels', () => {
  it('centres each label on its anchor', () => {
    // (50, 50) with a 40 × 10 box: x 30 to 70, y 45 to 55.
    expect(placed([label('A', 50, 50)])[0]?.box).toEqual({ x: 30, y: 45, width: 40, height: 10 });
  });

  it('keeps the bigger area when two labels would overlap, and both when they only touch', () => {
    // A at x 30–70, B at x 60–100: overlapping by 10. B is bigger, so it goes first and A is dropped.
    const a = label('A', 50, 50, { priority: 1 });
    const b = label('B', 80, 50, { priority: 5 });
    expect(codes([a, b])).toEqual(['B']);
    // Moved to x 70–110, B touches A at x = 70: both fit.
    expect(codes([a, { ...b, x: 90 }])).toEqual(['B', 'A']);
    // With a 2 px gap between labels, touching is too close.
    expect(codes([a, { ...b, x: 90 }], { gap: 2 })).toEqual(['B']);
  });

  it('places the selected areas first, in the order chosen, whatever their size', () => {
    const big = label('BIG', 50, 50, { priority: 100 });
    const second = label('SECOND', 60, 52, { priority: 1, selectedRank: 1 });
    const first = label('FIRST', 150, 50, { priority: 1, selectedRank: 0 });
    // FIRST (x 130–170) then SECOND (x 40–80, y 47–57); BIG (x 30–70, y 45–55) overlaps SECOND: dropped.
    const result = placed([big, second, first]);
    expect(result.map((p) => p.code)).toEqual(['FIRST', 'SECOND']);
    expect(result.every((p) => p.selected)).toBe(true);
  });

  it('breaks ties in size by code, so the result does not depend on the input order', () => {
    const a = label('A', 50, 50);
    const b = label('B', 60, 50);
    expect(codes([b, a])).toEqual(['A']);
    expect(codes([a, b])).toEqual(['A']);
  });

  it('drops an unselected label that would cross the edge of the map', () => {
    // Centred on (190, 50): x 170–210, past the right edge at 200.
    expect(codes([label('EDGE', 190, 50)])).toEqual([]);
    // On the edge exactly (x 160–200) is inside.
    expect(codes([label('EDGE', 180, 50)])).toEqual(['EDGE']);
  });

  it('drops an unselected label over an obstacle (the London inset, a button)', () => {
    const inset: Box = { x: 0, y: 0, width: 60, height: 40 };
    // y 30–40 at x 30–70 overlaps the inset (y < 40, x < 60); one row lower, y 40–50, it does not.
    expect(codes([label('UNDER', 50, 35)], { obstacles: [inset] })).toEqual([]);
    expect(codes([label('BELOW', 50, 45)], { obstacles: [inset] })).toEqual(['BELOW']);
  });

  it('drops an unselected label that does not fit its area', () => {
    expect(codes([label('SMALL', 50, 50, { fits: false })])).toEqual([]);
  });

  it('tries an unselected label’s other layouts (two lines) when the first collides', () => {
    // B (priority 5) at x 60–100. A's one-line box (x 30–70) overlaps it; its two-line box 20 × 20 at
    // x 40–60, y 40–60 does not.
    const b = label('B', 80, 50, { priority: 5 });
    const a = label('A', 50, 50, { priority: 1 });
    a.layouts = [...a.layouts, { lines: ['A1', 'A2'], width: 20, height: 20 }];
    const result = placed([a, b]);
    expect(result.map((p) => [p.code, p.lines])).toEqual([
      ['B', ['B']],
      ['A', ['A1', 'A2']],
    ]);
    expect(result[1]?.box).toEqual({ x: 40, y: 40, width: 20, height: 20 });
  });

  it('moves a selected label inside the map instead of dropping it', () => {
    // Centred on (190, 96): x 170–210, y 91–101; moved in to x 160–200, y 90–100.
    const result = placed([label('SEL', 190, 96, { selectedRank: 0 })]);
    expect(result[0]?.box).toEqual({ x: 160, y: 90, width: 40, height: 10 });
    expect(result[0]?.anchor).toEqual({ x: 190, y: 96 });
  });

  it('labels a selected area even where its name does not fit, beside its area so its outline stays in view', () => {
    // The area's box is x 45–55, y 45–55; the label (40 × 10) goes below it, 2 px clear: y 57–67, centred
    // on the anchor's x (30–70).
    const area: Box = { x: 45, y: 45, width: 10, height: 10 };
    const result = placed([label('TINY', 50, 50, { selectedRank: 0, fits: false, area })]);
    expect(result[0]?.box).toEqual({ x: 30, y: 57, width: 40, height: 10 });
  });

  it('moves a selected label off another selected label: below, then above, then to the side', () => {
    const first = label('ONE', 50, 50, { selectedRank: 0 });
    // TWO at the same anchor: centred would overlap ONE (y 45–55); below the anchor, y 55–65, it is clear.
    const second = label('TWO', 50, 50, { selectedRank: 1 });
    const result = placed([first, second]);
    expect(result.map((p) => p.box.y)).toEqual([45, 55]);
  });

  it('gives no label to a selected area whose anchor is out of view (panned away)', () => {
    expect(codes([label('AWAY', 250, 50, { selectedRank: 0 })])).toEqual([]);
  });

  it('never overlaps: many labels on a grid, all placed ones pairwise clear and inside the map', () => {
    const requests = Array.from({ length: 60 }, (_, i) =>
      label(`L${i}`, 10 + ((i * 37) % 190), 5 + ((i * 53) % 95), { priority: (i * 7) % 11 }),
    );
    const result = placed(requests, { gap: 2 });
    expect(result.length).toBeGreaterThan(5);
    result.forEach((a, i) => {
      expect(contains(MAP, a.box)).toBe(true);
      result.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box)).toBe(false));
    });
  });
});
