// The charts' geometry by hand: scales, the plot's box, the nearest point, and the path data of lines (broken at
// gaps), shaded ranges and stacked layers.
import { describe, expect, it } from 'vitest';
import { bandPath, linearScale, linePath, nearestIndex, plotBox, stackLayers } from '../../../src/components/chart/geometry';
import { subpaths } from '../../support/svg-path';

describe('linearScale', () => {
  it('maps a domain onto pixels, either way round', () => {
    // Years 2016..2036 across 72..632 px: 560 px / 20 years = 28 px a year; 2026 is 10 years in: 72 + 280 = 352.
    const x = linearScale([2016, 2036], [72, 632]);
    expect(x(2016)).toBe(72);
    expect(x(2026)).toBe(352);
    expect(x(2036)).toBe(632);
    // Values 20..50 up the plot from 262 (bottom) to 8 (top): 254 px / 30 = 8.4667 px per unit; 35 is halfway: 135.
    const y = linearScale([20, 50], [262, 8]);
    expect(y(20)).toBe(262);
    expect(y(35)).toBe(135);
    expect(y(50)).toBe(8);
    expect(y.domain).toEqual([20, 50]);
  });

  it('puts everything in the middle of a flat domain rather than dividing by zero', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('plotBox', () => {
  it('leaves the margins round the plot, and never turns inside out', () => {
    expect(plotBox(640, 300, { top: 8, right: 36, bottom: 38, left: 35 })).toEqual({ left: 35, top: 8, right: 604, bottom: 262 });
    expect(plotBox(20, 10, { top: 8, right: 36, bottom: 38, left: 35 })).toEqual({ left: 20, top: 8, right: 20, bottom: 8 });
  });
});

describe('nearestIndex', () => {
  it('finds the point nearest the pointer', () => {
    expect(nearestIndex([35, 224.67, 414.33, 604], 300)).toBe(1); // 75.3 px from 224.67, 114.3 from 414.33
    expect(nearestIndex([35, 224.67, 414.33, 604], 0)).toBe(0);
    expect(nearestIndex([35, 224.67, 414.33, 604], 900)).toBe(3);
    expect(nearestIndex([], 10)).toBe(-1);
  });
});

describe('linePath', () => {
  it('draws through the points, to within 0.01 px', () => {
    const [line, ...rest] = subpaths(
      linePath([
        { x: 0, y: 10 },
        { x: 10.123, y: 5.555 },
      ]),
    );
    expect(rest).toEqual([]);
    expect(line?.closed).toBe(false);
    expect(line?.points[0]).toEqual([0, 10]);
    expect(line?.points[1]?.[0]).toBeCloseTo(10.123, 2);
    expect(line?.points[1]?.[1]).toBeCloseTo(5.555, 2);
  });

  it('breaks the line at a gap instead of bridging it', () => {
    const parts = subpaths(linePath([{ x: 0, y: 1 }, { x: 1, y: 2 }, null, { x: 3, y: 4 }, { x: 4, y: 5 }]));
    expect(parts.map((p) => p.points)).toEqual([
      [
        [0, 1],
        [1, 2],
      ],
      [
        [3, 4],
        [4, 5],
      ],
    ]);
    expect(subpaths(linePath([null, null]))).toEqual([]);
  });
});

describe('bandPath', () => {
  it('closes each run along the top edge and back along the bottom', () => {
    const parts = subpaths(bandPath([null, { x: 10, y0: 50, y1: 40 }, { x: 20, y0: 60, y1: 30 }]));
    // Out along the top (y1) left to right, back along the bottom (y0) right to left, closed.
    expect(parts).toEqual([
      {
        points: [
          [10, 40],
          [20, 30],
          [20, 60],
          [10, 50],
        ],
        closed: true,
      },
    ]);
  });

  it('makes a separate shape either side of a gap', () => {
    const parts = subpaths(bandPath([{ x: 0, y0: 2, y1: 1 }, null, { x: 5, y0: 4, y1: 3 }]));
    expect(parts.map((p) => [p.points, p.closed])).toEqual([
      [
        [
          [0, 1],
          [0, 2],
        ],
        true,
      ],
      [
        [
          [5, 3],
          [5, 4],
        ],
        true,
      ],
    ]);
  });
});

describe('stackLayers', () => {
  it('stacks each series on the running total of those before it', () => {
    // Row 1: 10, 5, 2 -> 0–10, 10–15, 15–17. Row 2: 12, a gap (counts 0), 3 -> 0–12, 12–12, 12–15.
    expect(
      stackLayers([
        [10, 5, 2],
        [12, null, 3],
      ]),
    ).toEqual([
      [
        { low: 0, high: 10 },
        { low: 0, high: 12 },
      ],
      [
        { low: 10, high: 15 },
        { low: 12, high: 12 },
      ],
      [
        { low: 15, high: 17 },
        { low: 12, high: 15 },
      ],
    ]);
  });
});
