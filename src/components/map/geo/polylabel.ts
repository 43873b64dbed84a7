// The pole of inaccessibility of a polygon: the inside point farthest from its edges, found by the
// grid-refinement method of Mapbox's polylabel (V. Agafonkin, 2016). The polygon's bounding box is covered
// with square cells; a cell is split into four only while the best distance inside it could still beat
// the best found so far by more than `precision`. Planar coordinates in any unit; holes are respected
// (the point-in-polygon test is even-odd over every ring). The outer ring's area-weighted centroid is the
// first candidate, so the answer is the centroid whenever nothing inside is farther from the edges.

export type Point = readonly [number, number];
export type Ring = readonly Point[];

export interface Pole {
  point: [number, number];
  /** Distance from `point` to the nearest edge, in the coordinates' unit (negative if outside). */
  distance: number;
}

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

interface Cell {
  x: number;
  y: number;
  /** Half the cell's side. */
  half: number;
  distance: number;
  /** The best distance any point in the cell could have: its centre's plus its half-diagonal. */
  potential: number;
}

function cell(x: number, y: number, half: number, rings: readonly Ring[]): Cell {
  const distance = signedDistance(x, y, rings);
  return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

/** A binary max-heap of cells by potential. */
class CellQueue {
  private readonly items: Cell[] = [];
  push(item: Cell) {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = items[parent];
      if (!above || above.potential >= item.potential) break;
      items[i] = above;
      i = parent;
    }
    items[i] = item;
  }
  pop(): Cell | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (!top || !last || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let child = left;
      const l = items[left];
      const r = items[right];
      if (!l) break;
      if (r && r.potential > l.potential) child = right;
      const larger = items[child];
      if (!larger || larger.potential <= last.potential) break;
      items[i] = larger;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/**
 * The pole of inaccessibility of a polygon given as rings (the first is the outer ring, the rest holes),
 * to within `precision` of the true farthest distance.
 */
export function poleOfInaccessibility(rings: readonly Ring[], precision: number): Pole {
  const outer = rings[0] ?? [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of outer) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return { point: [0, 0], distance: 0 };
  const width = maxX - minX;
  const height = maxY - minY;
  const size = Math.min(width, height);
  if (size === 0) return { point: [minX, minY], distance: 0 };

  const queue = new CellQueue();
  const half = size / 2;
  for (let x = minX; x < maxX; x += size)
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + half, y + half, half, rings));

  const { centroid } = ringAreaCentroid(outer);
  let best = cell(centroid[0], centroid[1], 0, rings);
  const middle = cell(minX + width / 2, minY + height / 2, 0, rings);
  if (middle.distance > best.distance) best = middle;

  for (let next = queue.pop(); next; next = queue.pop()) {
    if (next.distance > best.distance) best = next;
    if (next.potential - best.distance <= precision) continue;
    const quarter = next.half / 2;
    queue.push(cell(next.x - quarter, next.y - quarter, quarter, rings));
    queue.push(cell(next.x + quarter, next.y - quarter, quarter, rings));
    queue.push(cell(next.x - quarter, next.y + quarter, quarter, rings));
    queue.push(cell(next.x + quarter, next.y + quarter, quarter, rings));
  }
  return { point: [best.x, best.y], distance: best.distance };
}
