// Reads SVG path data (as the charts write it: M, L and Z with absolute coordinates) back into points, so tests
// check where a line goes and where it breaks, not the exact text the drawing code happens to write.

export type Point = [number, number];

/** Each subpath (one per M) as its points; a closing Z is recorded as `closed`. */
export function subpaths(d: string): { points: Point[]; closed: boolean }[] {
  const out: { points: Point[]; closed: boolean }[] = [];
  for (const command of d.match(/[MLZ][^MLZ]*/gi) ?? []) {
    const letter = command[0]!.toUpperCase();
    if (letter === 'Z') {
      const last = out[out.length - 1];
      if (last) last.closed = true;
      continue;
    }
    const numbers = command
      .slice(1)
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const point: Point = [numbers[0] ?? Number.NaN, numbers[1] ?? Number.NaN];
    if (letter === 'M') out.push({ points: [point], closed: false });
    else out[out.length - 1]?.points.push(point);
  }
  return out;
}

/** Whether two lists of points agree to within `tolerance` (pixels). */
export function closeTo(actual: readonly Point[], expected: readonly Point[], tolerance = 0.01): boolean {
  return (
    actual.length === expected.length &&
    actual.every(([x, y], i) => Math.abs(x - expected[i]![0]) <= tolerance && Math.abs(y - expected[i]![1]) <= tolerance)
  );
}
