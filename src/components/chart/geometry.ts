// The charts' geometry, pure: a linear scale (values or years to pixels), the plot's box inside the SVG, and SVG
// path data for lines, shaded ranges and stacked areas. A gap in a series (null) breaks its line rather than
// bridging it, so a missing year is never drawn as if it had been recorded. Pixels are rounded to 0.01 px.

/** A linear map from `domain` (data units) to `range` (px); a flat domain maps everything to the range's middle. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = (value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
  return Object.assign(scale, { domain, range });
}

/** The plot's box in SVG px: where the data is drawn, inside the axes' labels. */
export interface PlotBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot inside a `width` × `height` SVG, leaving `margins` (axis labels go in them); never inside out. */
export function plotBox(width: number, height: number, margins: Margins): PlotBox {
  const left = Math.min(margins.left, width);
  const top = Math.min(margins.top, height);
  return { left, top, right: Math.max(left, width - margins.right), bottom: Math.max(top, height - margins.bottom) };
}

/** Index of the x nearest `px` in ascending `xs`, or -1 for none. */
export function nearestIndex(xs: readonly number[], px: number): number {
  let best = -1;
  let distance = Infinity;
  xs.forEach((x, i) => {
    const d = Math.abs(x - px);
    if (d < distance) {
      best = i;
      distance = d;
    }
  });
  return best;
}

const px = (n: number) => String(Math.round(n * 100) / 100);

export interface Point {
  x: number;
  y: number;
}

/** "M x y L x y …" through the points; a null ends one run and the next point starts another (M). */
export function linePath(points: readonly (Point | null)[]): string {
  const parts: string[] = [];
  let drawing = false;
  for (const point of points) {
    if (point === null) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? 'L' : 'M'}${px(point.x)} ${px(point.y)}`);
    drawing = true;
  }
  return parts.join('');
}

export interface BandPoint {
  x: number;
  /** Pixel y of the band's two edges (the low value is the larger y on screen). */
  y0: number;
  y1: number;
}

/** A closed shape per run of points: along y1 left to right, back along y0 right to left. Nulls split runs. */
export function bandPath(points: readonly (BandPoint | null)[]): string {
  const runs: BandPoint[][] = [];
  let run: BandPoint[] = [];
  for (const point of points) {
    if (point === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(point);
  }
  if (run.length > 0) runs.push(run);
  return runs
    .map((r) => {
      const top = r.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x)} ${px(p.y1)}`);
      const bottom = [...r].reverse().map((p) => `L${px(p.x)} ${px(p.y0)}`);
      return `${top.join('')}${bottom.join('')}Z`;
    })
    .join('');
}

/**
 * Stacked layers: for each series, its lower and upper edge at every row (the running total before and after it),
 * in data units. A missing value (null) counts as 0 in the total, as the bulletin's series have none missing.
 */
export function stackLayers(rows: readonly (readonly (number | null)[])[]): { low: number; high: number }[][] {
  const layers = (rows[0] ?? []).map(() => [] as { low: number; high: number }[]);
  for (const row of rows) {
    let total = 0;
    row.forEach((value, i) => {
      const low = total;
      total += value ?? 0;
      layers[i]?.push({ low, high: total });
    });
  }
  return layers;
}
