// Where an area's name goes on the map, computed once per area from its boundary: the pole of
// inaccessibility (npm polylabel, Mapbox's grid-refinement method) of its largest part, in Web Mercator so that distances are the same in
// every direction on screen, with how much room a label has there. Both the live map and the PNG export
// place labels from these spots, scaled to their own pixels.
import type { Geometry, Position } from 'geojson';
import type { AreaFeatures } from '../geo/area-features';
import { inverseMercator, mercator } from '../geo/mercator';
import polylabel from 'polylabel';
import { ringAreaCentroid, signedDistance, type Point, type Ring } from '../geo/rings';

export interface LabelSpot {
  /** Longitude, latitude (degrees): the pole of inaccessibility of the area's largest part, or the middle of
   * the part's inside run along the horizontal line through the pole when a label has more room there. */
  anchor: [number, number];
  /** Distance from the anchor to that part's nearest edge (Mercator units): half the height a label has. */
  clearance: number;
  /** The width (Mercator units) of the part along the horizontal line through the anchor that a label
   * centred on the anchor has: twice the distance to the nearer edge. */
  across: number;
  /** The whole area (every part, less holes) in Mercator units², to rank labels: bigger areas first. */
  size: number;
  /** The largest part's bounding box, [[west, south], [east, north]] in degrees: a selected area too small
   * for its label is labelled beside this box, leaving its outline in view. */
  extent: [[number, number], [number, number]];
}

/** Anchors are within 0.5% of a part's larger side of the true pole (2.5 px when the part spans 500 px). */
const RELATIVE_PRECISION = 0.005;

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
  return [];
}

/** A polygon's area less its holes (Mercator units²). */
const polygonArea = (rings: readonly Ring[]) =>
  rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringAreaCentroid(ring).area), 0);

/**
 * The inside run of the horizontal line through (x, y): from the nearest crossing of the rings' edges on
 * its left to the nearest on its right (both at (x, y) when there is none on a side).
 */
export function horizontalRun(x: number, y: number, rings: readonly Ring[]): { left: number; right: number } {
  let left = -Infinity;
  let right = Infinity;
  for (const ring of rings) {
    let previous: Point | undefined = ring[ring.length - 1];
    for (const point of ring) {
      if (previous && previous[1] > y !== point[1] > y) {
        const crossing = previous[0] + ((y - previous[1]) * (point[0] - previous[0])) / (point[1] - previous[1]);
        if (crossing <= x) left = Math.max(left, crossing);
        else right = Math.min(right, crossing);
      }
      previous = point;
    }
  }
  return Number.isFinite(left) && Number.isFinite(right) ? { left, right } : { left: x, right: x };
}

/** A one-line label is about five times as wide as it is tall: the height of such a label a spot can hold. */
const labelHeightRoom = (across: number, clearance: number) => Math.min(across / 5, 2 * clearance);

/** The label spot of one area's geometry, or null when it has no polygon. */
export function labelSpot(geometry: Geometry | null): LabelSpot | null {
  const parts = polygonsOf(geometry).map((polygon) => polygon.map((ring): Ring => ring.map((p) => mercator(p))));
  let largest: Ring[] | null = null;
  let largestArea = -Infinity;
  let size = 0;
  for (const rings of parts) {
    const area = polygonArea(rings);
    size += area;
    if (area > largestArea) {
      largest = rings;
      largestArea = area;
    }
  }
  const outer = largest?.[0];
  if (!largest || !outer || outer.length < 3) return null;
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY);
  // polylabel's rings are mutable [x, y] arrays by type; it only reads them.
  const pole = polylabel(largest as [number, number][][], span * RELATIVE_PRECISION);
  const [x, y] = pole;
  const run = horizontalRun(x, y, largest);
  // Centred on the pole, a label has twice the nearer side of the run; centred on the run's middle it has
  // the whole run, but there it may be nearer an edge above or below. Keep whichever holds the taller label.
  const atPole = {
    point: [x, y] as [number, number],
    across: 2 * Math.min(x - run.left, run.right - x),
    clearance: Math.max(0, pole.distance),
  };
  const middle: [number, number] = [(run.left + run.right) / 2, y];
  const atMiddle = { point: middle, across: run.right - run.left, clearance: Math.max(0, signedDistance(middle[0], y, largest)) };
  const best =
    labelHeightRoom(atMiddle.across, atMiddle.clearance) > labelHeightRoom(atPole.across, atPole.clearance) ? atMiddle : atPole;
  return {
    anchor: inverseMercator(best.point),
    clearance: best.clearance,
    across: best.across,
    size,
    extent: [inverseMercator([minX, minY]), inverseMercator([maxX, maxY])],
  };
}

const cache = new WeakMap<AreaFeatures, ReadonlyMap<string, LabelSpot>>();

/** Every area's label spot by code, computed once per feature collection (the level's features are cached). */
export function labelSpots(features: AreaFeatures): ReadonlyMap<string, LabelSpot> {
  const cached = cache.get(features);
  if (cached) return cached;
  const spots = new Map<string, LabelSpot>();
  for (const f of features.features) {
    const spot = labelSpot(f.geometry);
    if (spot) spots.set(f.properties.code, spot);
  }
  cache.set(features, spots);
  return spots;
}
