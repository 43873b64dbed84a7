// The signed distance and ring centroid the label spots are built from, and the pole of inaccessibility (npm
// polylabel, which label-anchor.ts calls) on hand-made polygons: a square (its centre), a U whose centroid falls in
// its notch (the pole is in a thick part instead), a square with a square hole (the pole is in the frame).
import { describe, expect, it } from 'vitest';
import polylabel from 'polylabel';
import { ringAreaCentroid, signedDistance, type Ring } from '../../../../src/components/map/geo/rings';

/** polylabel's answer as { point, distance }. */
function poleOfInaccessibility(rings: readonly Ring[], precision: number) {
  const pole = polylabel(rings as [number, number][][], precision);
  return { point: [pole[0], pole[1]] as [number, number], distance: pole.distance };
}

const square: Ring = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];

// A U, 30 wide and 30 tall: two arms 10 wide either side of a notch 10 wide and 20 deep, on a base 10 tall.
const letterU: Ring = [
  [0, 0],
  [30, 0],
  [30, 30],
  [20, 30],
  [20, 10],
  [10, 10],
  [10, 30],
  [0, 30],
];

describe('signedDistance', () => {
  it('is the distance to the nearest edge, positive inside and negative outside', () => {
    expect(signedDistance(5, 5, [square])).toBeCloseTo(5, 12);
    expect(signedDistance(2, 5, [square])).toBeCloseTo(2, 12);
    // Outside, 3 to the right of the right edge.
    expect(signedDistance(13, 5, [square])).toBeCloseTo(-3, 12);
    // Outside past a corner: sqrt(3² + 4²) = 5.
    expect(signedDistance(13, 14, [square])).toBeCloseTo(-5, 12);
  });

  it('counts a point in a hole as outside', () => {
    const hole: Ring = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
    ];
    expect(signedDistance(5, 5, [square, hole])).toBeCloseTo(-1, 12);
    expect(signedDistance(2, 5, [square, hole])).toBeCloseTo(2, 12);
  });
});

describe('ringAreaCentroid', () => {
  it("gives a ring's area and centroid, open or closed", () => {
    expect(ringAreaCentroid(square)).toEqual({ area: 100, centroid: [5, 5] });
    expect(ringAreaCentroid(square.slice(0, 4))).toEqual({ area: 100, centroid: [5, 5] });
  });

  it("puts the U's centroid in its notch, outside the shape", () => {
    // Base 30 × 10 (area 300, centre y 5) and two arms 10 × 20 (area 200 each, centre y 20):
    // y = (300 × 5 + 400 × 20) / 700 = 13.571…, x = 15 by symmetry: inside the notch (10 < x < 20, y > 10).
    const { area, centroid } = ringAreaCentroid(letterU);
    expect(area).toBe(700);
    expect(centroid[0]).toBeCloseTo(15, 12);
    expect(centroid[1]).toBeCloseTo(9500 / 700, 12);
    expect(signedDistance(centroid[0], centroid[1], [letterU])).toBeLessThan(0);
  });
});

describe('the pole of inaccessibility (npm polylabel)', () => {
  it("finds a square's centre, 5 from every edge", () => {
    const pole = poleOfInaccessibility([square], 0.01);
    expect(pole.point[0]).toBeCloseTo(5, 1);
    expect(pole.point[1]).toBeCloseTo(5, 1);
    expect(pole.distance).toBeCloseTo(5, 1);
  });

  it('finds a point inside a concave U, not its centroid in the notch', () => {
    const pole = poleOfInaccessibility([letterU], 0.01);
    const [x, y] = pole.point;
    expect(signedDistance(x, y, [letterU])).toBeGreaterThan(0);
    // The arms and base are 10 across, but where an arm meets the base a circle at (a, a) is a from the outer
    // edges and √2 (10 − a) from the notch's corner (10, 10): a = √2 (10 − a) gives a = 20 − 10√2 = 5.858
    // (or its mirror image in the right arm).
    expect(pole.distance).toBeCloseTo(20 - 10 * Math.SQRT2, 1);
    const corner = (cx: number) => Math.hypot(x - cx, y - (20 - 10 * Math.SQRT2));
    expect(Math.min(corner(20 - 10 * Math.SQRT2), corner(30 - (20 - 10 * Math.SQRT2)))).toBeLessThan(0.2);
  });

  it('keeps out of a hole: a 10 × 10 square with a 6 × 6 hole leaves a frame 2 wide', () => {
    const hole: Ring = [
      [2, 2],
      [8, 2],
      [8, 8],
      [2, 8],
    ];
    const pole = poleOfInaccessibility([square, hole], 0.001);
    expect(signedDistance(pole.point[0], pole.point[1], [square, hole])).toBeGreaterThan(0);
    // The frame is 2 wide (clearance 1 along it), but in a corner a circle at (a, a) is a from the outer edges
    // and √2 (2 − a) from the hole's corner (2, 2): a = √2 (2 − a) gives a = 4 − 2√2 = 1.172.
    expect(pole.distance).toBeCloseTo(4 - 2 * Math.SQRT2, 2);
  });

  it('returns the start of a degenerate ring (no area) with distance 0', () => {
    const line: Ring = [
      [0, 0],
      [4, 0],
    ];
    expect(poleOfInaccessibility([line], 0.1)).toEqual({ point: [0, 0], distance: 0 });
  });
});
