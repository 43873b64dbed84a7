// Label spots: a point well inside each area (the pole of inaccessibility of its largest part, in Web
// Mercator), with the room a label has there; on hand-made shapes near the equator (where Mercator is
// close to degrees in radians) and on every real boundary.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Geometry, Polygon, Position } from 'geojson';
import { featuresForLevel, type AreaFeatures } from '../../../../src/components/map/geo/area-features';
import { horizontalRun, labelSpot, labelSpots } from '../../../../src/components/map/labels/label-anchor';
import { mercator } from '../../../../src/components/map/geo/mercator';
import { signedDistance, type Ring } from '../../../../src/components/map/geo/rings';
import type { BoundariesFile } from '../../../../src/data/schemas';

const DEGREE = Math.PI / 180;
const rect = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const polygon = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const projected = (geometry: Polygon): Ring[] => geometry.coordinates.map((ring) => ring.map((p) => mercator(p)));

describe('horizontalRun', () => {
  it('is the inside stretch of the horizontal line through a point, between the nearest edges', () => {
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
    // Across the left arm (y = 20): from x = 0 to the notch at x = 10; across the base (y = 5): 0 to 30.
    expect(horizontalRun(4, 20, [letterU])).toEqual({ left: 0, right: 10 });
    expect(horizontalRun(4, 5, [letterU])).toEqual({ left: 0, right: 30 });
  });
});

describe('labelSpot', () => {
  it("puts a square's label at its centre, with the square's width and half its height as room", () => {
    // 0.2° square on the equator: 0.2° = 0.00349 Mercator units wide, very nearly as tall.
    const spot = labelSpot(polygon(rect(0, 0, 0.2, 0.2)));
    expect(spot).not.toBeNull();
    expect(spot?.anchor[0]).toBeCloseTo(0.1, 3);
    expect(spot?.anchor[1]).toBeCloseTo(0.1, 3);
    expect(spot?.across).toBeCloseTo(0.2 * DEGREE, 5);
    expect(spot?.clearance).toBeCloseTo(0.1 * DEGREE, 5);
    expect(spot?.size).toBeCloseTo((0.2 * DEGREE) ** 2, 9);
    expect(spot?.extent[0][0]).toBeCloseTo(0, 9);
    expect(spot?.extent[1][1]).toBeCloseTo(0.2, 9);
  });

  it('puts an L-shaped area’s label inside it, though the centroid of its bounding box is outside', () => {
    // An L: a bar 3 wide and 1 tall along the bottom, and a post 1 wide and 3 tall on the left (degrees).
    const shape = polygon([
      [0, 0],
      [3, 0],
      [3, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ]);
    const spot = labelSpot(shape);
    const [x, y] = mercator(spot?.anchor ?? [9, 9]);
    expect(signedDistance(x, y, projected(shape))).toBeGreaterThan(0.4 * DEGREE);
    // The bounding box's centre (1.5, 1.5) is outside the L.
    const [bx, by] = mercator([1.5, 1.5]);
    expect(signedDistance(bx, by, projected(shape))).toBeLessThan(0);
  });

  it('moves the label along the horizontal to the middle of the run when it has more room there', () => {
    // A bar 6° wide from y = 0 to 1, its left end a block 1.2° wide from y = −0.3 to 1.3. The pole is in the
    // block at (x, 0.5), x from the left edge and √((1.2 − x)² + 0.5²) from the block's inner corners:
    // x² = (1.2 − x)² + 0.25 gives x = 1.69 / 2.4 = 0.704. Centred there a label has 2 × 0.704 = 1.41° across,
    // so a one-line label (5 times as wide as tall) could be 1.41 / 5 = 0.28° tall. The run through the pole
    // is the whole bar, x = 0 to 6; at its middle (3, 0.5) a label has 6° across and 2 × 0.5° of height:
    // min(6 / 5, 1) = 1° > 0.28°, so the label goes to the middle.
    const spot = labelSpot(
      polygon([
        [0, -0.3],
        [1.2, -0.3],
        [1.2, 0],
        [6, 0],
        [6, 1],
        [1.2, 1],
        [1.2, 1.3],
        [0, 1.3],
        [0, -0.3],
      ]),
    );
    expect(spot?.anchor[0]).toBeCloseTo(3, 1);
    expect(spot?.anchor[1]).toBeCloseTo(0.5, 1);
    expect(spot?.across).toBeCloseTo(6 * DEGREE, 4);
    expect(spot?.clearance).toBeGreaterThan(0.45 * DEGREE);
    expect(spot?.clearance).toBeLessThanOrEqual(0.5 * DEGREE);
  });

  it('labels the largest part of a multi-part area, and sizes the area by all its parts less holes', () => {
    const geometry: Geometry = {
      type: 'MultiPolygon',
      coordinates: [[rect(10, 0, 10.1, 0.1)], [rect(0, 0, 1, 1), rect(0.4, 0.4, 0.6, 0.6)]],
    };
    const spot = labelSpot(geometry);
    expect(spot?.anchor[0]).toBeLessThan(1);
    // Not in the hole (0.4–0.6 square) either.
    const [x, y] = mercator(spot?.anchor ?? [0.5, 0.5]);
    expect(signedDistance(x, y, projected(polygon(rect(0, 0, 1, 1), rect(0.4, 0.4, 0.6, 0.6))))).toBeGreaterThan(0);
    // 0.01 + 1 − 0.04 square degrees.
    expect(spot?.size).toBeCloseTo(0.97 * DEGREE ** 2, 7);
  });

  it('gives no spot for an area without a polygon', () => {
    expect(labelSpot(null)).toBeNull();
    expect(labelSpot({ type: 'Point', coordinates: [0, 0] })).toBeNull();
  });
});

describe('labelSpots on the real boundaries', () => {
  const boundaries = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../../data/boundaries.topo.json'), 'utf8'),
  ) as BoundariesFile;

  it.each(['region', 'icb', 'subicb'] as const)('puts every %s anchor inside its own area, clear of its edges', (level) => {
    const features = featuresForLevel(boundaries, level);
    const spots = labelSpots(features);
    expect(spots.size).toBe(features.features.length);
    for (const f of features.features) {
      const spot = spots.get(f.properties.code);
      const geometry = f.geometry;
      const parts =
        geometry.type === 'MultiPolygon' ? geometry.coordinates : geometry.type === 'Polygon' ? [geometry.coordinates] : [];
      const [x, y] = mercator(spot?.anchor ?? [0, 0]);
      const inside = parts.some((part) => signedDistance(x, y, projected(polygon(...part))) > 0);
      expect(inside, f.properties.code).toBe(true);
      expect(spot?.clearance, f.properties.code).toBeGreaterThan(0);
    }
  });

  it('computes the spots once per feature collection', () => {
    const features: AreaFeatures = featuresForLevel(boundaries, 'region');
    expect(labelSpots(features)).toBe(labelSpots(features));
  });
});
