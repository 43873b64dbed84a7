// Moving between areas with the arrow keys: from an area, the nearest area in the direction pressed, judged between
// the areas' label spots (the pole of inaccessibility of each area's largest part, labels/label-anchor.ts) in Web
// Mercator, so that a step means the same on screen at every zoom.
//
// The rule, as keyboard spatial navigation in browsers and TV interfaces has it: only areas ahead of the current one
// count (a positive distance along the direction), and among them the one with the smallest
// `along + 2 × across` wins, where `along` is the distance in the direction pressed and `across` the distance off
// its line. An area straight ahead beats a nearer one far to the side, and an area that is ahead but off to the side
// is still reachable (no cone cuts it off). Ties go to the code that sorts first, so a step is the same every time.

export type Direction = 'left' | 'right' | 'up' | 'down';

/** An area's spot: x grows east, y grows north (Mercator units). */
export type Spot = readonly [number, number];

/** How much being off the line costs against being further along it. */
const ACROSS_WEIGHT = 2;

const UNIT: Record<Direction, Spot> = { left: [-1, 0], right: [1, 0], up: [0, 1], down: [0, -1] };

/** The arrow key's direction, or null for any other key. */
export function arrowDirection(key: string): Direction | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}

/** The area one step from `from` in `direction`, or null when no area lies that way (or `from` has no spot). */
export function neighbourInDirection(spots: ReadonlyMap<string, Spot>, from: string, direction: Direction): string | null {
  const origin = spots.get(from);
  if (!origin) return null;
  const [dx, dy] = UNIT[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [code, [x, y]] of spots) {
    if (code === from) continue;
    const vx = x - origin[0];
    const vy = y - origin[1];
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    const score = along + ACROSS_WEIGHT * across;
    if (score < bestScore || (score === bestScore && best !== null && code < best)) {
      best = code;
      bestScore = score;
    }
  }
  return best;
}
