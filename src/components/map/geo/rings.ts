// Planar rings (any unit; the map uses Web Mercator): the signed distance from a point to a polygon's edges and
// a ring's area and centroid. The pole of inaccessibility itself comes from npm polylabel (labels/label-anchor.ts).

export type Point = readonly [number, number];
export type Ring = readonly Point[];

/** Consecutive edges of a ring as [a, b] pairs, closing the ring whether or not its last point repeats the first. */
function* edges(ring: Ring): Generator<[Point, Point]> {
  let previous = ring[ring.length - 1];
  for (const point of ring) {
    if (previous) yield [previous, point];
    previous = point;
  }
}

function segmentDistanceSquared(px: number, py: number, [ax, ay]: Point, [bx, by]: Point): number {
  let x = ax;
  let y = ay;
  let dx = bx - ax;
  let dy = by - ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Distance from (x, y) to the nearest edge: positive inside the polygon, negative outside. */
export function signedDistance(x: number, y: number, rings: readonly Ring[]): number {
  let inside = false;
  let nearest = Infinity;
  for (const ring of rings)
    for (const [a, b] of edges(ring)) {
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      nearest = Math.min(nearest, segmentDistanceSquared(x, y, a, b));
    }
  return nearest === Infinity ? 0 : (inside ? 1 : -1) * Math.sqrt(nearest);
}

/** Signed area (shoelace; positive when counter-clockwise with y up) and centroid of one ring. */
export function ringAreaCentroid(ring: Ring): { area: number; centroid: [number, number] } {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (const [a, b] of edges(ring)) {
    const cross = a[0] * b[1] - b[0] * a[1];
    twiceArea += cross;
    cx += (a[0] + b[0]) * cross;
    cy += (a[1] + b[1]) * cross;
  }
  if (twiceArea === 0) return { area: 0, centroid: ring[0] ? [ring[0][0], ring[0][1]] : [0, 0] };
  return { area: twiceArea / 2, centroid: [cx / (3 * twiceArea), cy / (3 * twiceArea)] };
}
