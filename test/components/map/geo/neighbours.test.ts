// Arrow-key steps between areas: on hand-placed spots (the score worked out in comments), and on every real
// boundary, where every area must be reachable from every other by arrow keys alone.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { arrowDirection, neighbourInDirection, type Direction, type Spot } from '../../../../src/components/map/geo/neighbours';
import { featuresForLevel } from '../../../../src/components/map/geo/area-features';
import { labelSpots } from '../../../../src/components/map/labels/label-anchor';
import { mercator } from '../../../../src/components/map/geo/mercator';
import { MAP_LEVELS } from '../../../../src/figures/map-levels';
import type { BoundariesFile } from '../../../../src/data/schemas';

// A plus shape with a far-off corner:
//            N (0, 10)
//   W (-10, 0)   C (0, 0)   E (10, 0)    FAR (30, 1)
//            S (0, -10)
//                         SE (4, -3)
const spots = new Map<string, Spot>([
  ['C', [0, 0]],
  ['N', [0, 10]],
  ['S', [0, -10]],
  ['E', [10, 0]],
  ['W', [-10, 0]],
  ['SE', [4, -3]],
  ['FAR', [30, 1]],
]);

describe('neighbourInDirection', () => {
  it('takes the area ahead with the smallest along + 2 × across', () => {
    // Right of C: E scores 10 + 2×0 = 10; SE 4 + 2×3 = 10 (a tie, E sorts first); FAR 30 + 2×1 = 32.
    expect(neighbourInDirection(spots, 'C', 'right')).toBe('E');
    // Down from C: SE scores 3 + 2×4 = 11, S 10 + 0 = 10: the area straight ahead wins.
    expect(neighbourInDirection(spots, 'C', 'down')).toBe('S');
    expect(neighbourInDirection(spots, 'C', 'up')).toBe('N');
    expect(neighbourInDirection(spots, 'C', 'left')).toBe('W');
    // From E rightwards only FAR is ahead: 20 + 2×1 = 22.
    expect(neighbourInDirection(spots, 'E', 'right')).toBe('FAR');
    // From S upwards: C is 10 ahead, SE 7 ahead and 4 across (7 + 8 = 15), N 20: C.
    expect(neighbourInDirection(spots, 'S', 'up')).toBe('C');
  });

  it('gives null when nothing lies that way, or the area has no spot', () => {
    expect(neighbourInDirection(spots, 'FAR', 'right')).toBeNull();
    expect(neighbourInDirection(spots, 'N', 'up')).toBeNull();
    expect(neighbourInDirection(spots, 'nowhere', 'up')).toBeNull();
  });

  it('reads the four arrow keys and nothing else', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter', 'a'].map(arrowDirection)).toEqual([
      'left',
      'right',
      'up',
      'down',
      null,
      null,
    ]);
  });
});

describe('on the real boundaries', () => {
  const boundaries = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../../data/boundaries.topo.json'), 'utf8'),
  ) as BoundariesFile;
  const DIRECTIONS: Direction[] = ['left', 'right', 'up', 'down'];

  for (const level of MAP_LEVELS) {
    it(`${level}: every area can be reached from every other by arrow keys`, () => {
      const features = featuresForLevel(boundaries, level);
      const points = new Map<string, Spot>([...labelSpots(features)].map(([code, spot]) => [code, mercator(spot.anchor)]));
      expect(points.size).toBe(features.features.length);
      const codes = [...points.keys()];
      const reachableFrom = (start: string) => {
        const seen = new Set([start]);
        const queue = [start];
        while (queue.length > 0) {
          const code = queue.shift()!;
          for (const direction of DIRECTIONS) {
            const next = neighbourInDirection(points, code, direction);
            if (next !== null && !seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
          }
        }
        return seen;
      };
      const unreachable = codes.flatMap((start) => {
        const seen = reachableFrom(start);
        return codes.filter((c) => !seen.has(c)).map((c) => `${c} from ${start}`);
      });
      expect(unreachable.slice(0, 10)).toEqual([]);
    });
  }
});
